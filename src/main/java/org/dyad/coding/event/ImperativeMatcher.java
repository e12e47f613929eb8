package org.dyad.coding.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.lexicon.AttributionCues;
import org.dyad.lexicon.VerbPattern;
import org.dyad.model.Dependency;
import org.dyad.model.Quote;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Matches the imperative mood, written as the modal pattern {@code imperative_mood +} ({@link
 * EventRule#PATTERN_IMPERATIVE_APPEAL}): inside a direct quotation, "Please don't give it away"
 * asks its addressee to act. The addressee is the one the sentence names as spoken to ("His message
 * to the chancellor was: …", "we would say to him 'don't …'", "he told ministers: …"); with none
 * named, whoever a passive appeal would ask ({@link ImpliedAddressee}). Only the first imperative
 * of a sentence codes (one appeal, however many things it asks), and verbs that only steer the talk
 * ("Look, …", "Let me be clear", "Don't get me wrong") ask nothing. What is asked codes nothing of
 * its own, nor does the message noun that carried it ("his message to the chancellor" is the
 * appeal). Takes the article's context, a sentence, the verb and the pattern; returns the match or
 * null (the reason told to the trace). Stateless, thread-safe.
 */
final class ImperativeMatcher {
  private ImperativeMatcher() {}

  /** The trigger of the pattern that stands for any verb in the imperative mood. */
  static final String KEY = "imperative_mood";

  /** How far up the parse the words that name the addressee may be. */
  private static final int ADDRESSEE_HOPS = 4;

  /** Relations by which an imperative hangs in its sentence: as its own clause or what is said. */
  private static final Set<String> CLAUSE_RELATIONS =
      Set.of("root", "ccomp", "parataxis", "dep", "conj");

  /**
   * Whether {@code t} may be a verb in the imperative mood: a bare verb with no subject, modal or
   * "to", heading a clause of its own, with nothing but "please", "do not", "just", a conjunction
   * or punctuation before it in its clause.
   */
  static boolean mayBeImperative(EventWords w, Sentence s, Token t) {
    return mayBeImperative(w, s, t, new java.util.HashSet<>());
  }

  /** As above, {@code seen} holding the verbs asked already: enhanced conj links can cycle. */
  private static boolean mayBeImperative(EventWords w, Sentence s, Token t, Set<Integer> seen) {
    if (!t.pos().equals("VB") || !seen.add(t.index())) {
      return false;
    }
    int v = t.index();
    for (Dependency d : s.children(v)) {
      String r = d.baseRelation();
      if (r.startsWith("nsubj") || r.startsWith("csubj") || r.equals("expl")) {
        return false;
      }
      if ((r.equals("aux") || r.equals("mark")) && !s.token(d.dependent()).lemma().equals("do")) {
        return false;
      }
    }
    boolean hangs = false;
    for (Dependency d : s.parents(v)) {
      // "to take this institution and 'smash it to pieces'": a conjunct of no imperative is none
      if (CLAUSE_RELATIONS.contains(d.baseRelation())
          && !(d.baseRelation().equals("conj")
              && d.governor() >= 0
              && !mayBeImperative(w, s, s.token(d.governor()), seen))) {
        hangs = true;
      }
    }
    if (!hangs) {
      return false;
    }
    for (int k = v - 1; k >= 0; k--) {
      Token b = s.token(k);
      String lemma = b.word().toLowerCase(Locale.ROOT);
      if (w.imperativeLeads().contains(lemma) || b.pos().equals("RB") || b.pos().equals("UH")) {
        continue;
      }
      // the start of the clause: punctuation, a quotation mark, or nothing
      return !Character.isLetterOrDigit(b.word().charAt(0));
    }
    return true;
  }

  static PatternMatch match(CodingContext cx, Sentence s, int trigger, VerbPattern p) {
    if (!cx.on(EventRule.PATTERN_IMPERATIVE_APPEAL)) {
      return cx.reject(s, trigger, p, "imperatives are off");
    }
    EventWords w = cx.words();
    Token t = s.token(trigger);
    if (w.discourseImperatives().contains(t.lemma())) {
      return cx.reject(s, trigger, p, "steers the talk, asks nothing: \"Look, …\"");
    }
    Quote statement = cx.innermost(t.span(), true);
    if (statement == null) {
      return cx.reject(s, trigger, p, "not in a direct quotation");
    }
    for (int k = 0; k < trigger; k++) {
      if (mayBeImperative(w, s, s.token(k))
          && !w.discourseImperatives().contains(s.token(k).lemma())
          && statement.span().contains(s.token(k).span())) {
        return cx.reject(s, trigger, p, "the sentence's appeal is at its first imperative");
      }
    }
    if (s.tokens().get(s.tokens().size() - 1).word().equals("?")) {
      return cx.reject(s, trigger, p, "a question, not an appeal");
    }
    Arg speaker = StatementSpeaker.of(cx, statement);
    if (speaker == null) {
      return cx.reject(s, trigger, p, "not in a statement with a known speaker");
    }
    Arg source = ModalMatcher.located(speaker, s, trigger);
    List<Integer> consumed = new ArrayList<>();
    List<Arg> named = new ArrayList<>(addressees(cx, s, trigger, consumed));
    // "We would say to him 'don't …'": whoever "him" is, it is not the speaker.
    named.removeIf(a -> a.actor().equals(source.actor()));
    if (!named.isEmpty()) {
      List<Arg> targets = ModalMatcher.othersThan(cx, source, named);
      if (targets.isEmpty()) {
        return cx.reject(s, trigger, p, "the speaker's own office is spoken to");
      }
      return new PatternMatch(
          p,
          List.of(source),
          targets,
          trigger,
          trigger,
          false,
          consumed,
          false,
          false,
          false,
          NecessityMatcher.evidence(cx, statement, EventRule.PATTERN_IMPERATIVE_APPEAL));
    }
    return ImpliedAddressee.match(
        cx,
        s,
        trigger,
        trigger,
        p,
        source,
        consumed,
        EventRule.PATTERN_IMPERATIVE_APPEAL,
        StatementSpeaker.evidence(cx, statement));
  }

  /**
   * Whom the sentence says the imperative is spoken to: the "to" phrase of a word above it ("say to
   * him", "his message to the chancellor was"), or the object of a verb whose object is its
   * audience ("told ministers"). A message noun that names the addressee is added to {@code
   * consumed}.
   */
  private static List<Arg> addressees(
      CodingContext cx, Sentence s, int verb, List<Integer> consumed) {
    Set<String> audienceVerbs =
        cx.lexicon().attributionCues().of(AttributionCues.Kind.AUDIENCE_VERB);
    int node = verb;
    for (int hop = 0; hop < ADDRESSEE_HOPS; hop++) {
      int up = -1;
      for (Dependency d : s.parents(node)) {
        if (d.governor() >= 0 && CLAUSE_RELATIONS.contains(d.baseRelation())) {
          up = d.governor();
        }
      }
      if (up < 0) {
        return List.of();
      }
      List<Integer> holders = new ArrayList<>(List.of(up));
      holders.addAll(s.childrenOf(up, "nsubj"));
      for (int h : holders) {
        for (Dependency d : s.children(h)) {
          boolean to = d.relation().equals("obl:to") || d.relation().equals("nmod:to");
          boolean audience =
              h == up
                  && (d.baseRelation().equals("obj") || d.baseRelation().equals("iobj"))
                  && audienceVerbs.contains(s.token(h).lemma());
          if (to || audience) {
            List<Arg> found = ActorsAt.withConjuncts(cx, s, d.dependent());
            if (!found.isEmpty()) {
              if (h != up && cx.words().documentNouns().contains(s.token(h).lemma())) {
                consumed.add(h);
              }
              return found;
            }
          }
        }
      }
      node = up;
    }
    return List.of();
  }
}
