package org.dyad.coding.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.lexicon.VerbPattern;
import org.dyad.model.Quote;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Matches an evaluative verb ({@link VerbPattern.Pos#E} written on a verb: {@code betray}, {@code
 * mislead}, {@code break :promise}, {@code honour ~ :agreement}) as the verb of a clause inside a
 * statement ({@link EventRule#PATTERN_REPORTED_DEED}): the speaker judges the clause's doer by the
 * deed they report ("he says he has been betrayed by the British authorities", "Labour said the
 * government had misled voters", "Japan was not honouring the agreement"). The source is the
 * statement's speaker, the target the verb's active subject or its passive's "by" agent; a deed
 * claimed or alleged is an accusation ({@link EventRule#PATTERN_CLAIMED_DEED_ACCUSES}: "the book
 * claims the premier went back on his pledge"). Not coded: a negated verb (unless the pattern asks
 * for the negation, {@code ~}), questions and conditions, a clause said by a negated verb, and a
 * speaker judging themselves or their own side. Takes the article's context, a sentence, the verb
 * and the pattern; returns the match or null (the reason told to the trace). Stateless,
 * thread-safe.
 */
final class ReportedDeedMatcher {
  private ReportedDeedMatcher() {}

  /**
   * Whether the evaluative word at {@code t} is the verb of a clause (a finite verb, a participle
   * with an auxiliary, a verb with a subject), which this matcher reads, rather than an adjective
   * ("a rigged election", "the advert was misleading") that {@link EvaluationMatcher} reads.
   */
  static boolean isClauseVerb(Sentence s, int t) {
    Token tok = s.token(t);
    if (!tok.isVerb() || s.hasChild(t, "cop") || Syntax.governorBy(s, t, "amod") >= 0) {
      return false;
    }
    String pos = tok.pos();
    if (pos.equals("VBN") || pos.equals("VBG")) {
      // "had failed", "was covering up", "were betrayed"; "failed promises" is no clause
      return s.hasChild(t, "aux") || s.hasChild(t, "aux:pass");
    }
    return true;
  }

  /**
   * "the advice was flawed", "the policy is misguided": the parser reads an adjective the pattern
   * names in its participle form as a passive verb; with no "by" agent it is said of its subject,
   * as {@link EvaluationMatcher} reads it, not a deed done to it.
   */
  static boolean isAdjectiveAsPassive(Sentence s, int t, VerbPattern p) {
    Token tok = s.token(t);
    String word = tok.word().toLowerCase(Locale.ROOT);
    return tok.pos().equals("VBN")
        && s.hasChild(t, "aux:pass")
        && !s.hasChild(t, "obl:agent")
        && word.equals(p.trigger())
        && !word.equals(tok.lemma());
  }

  static PatternMatch match(CodingContext cx, Sentence s, int trigger, VerbPattern p) {
    if (!cx.on(EventRule.PATTERN_REPORTED_DEED)) {
      return cx.reject(s, trigger, p, "deeds said of an actor are off");
    }
    EventWords w = cx.words();
    Token t = s.token(trigger);
    for (VerbPattern.Step step : p.steps()) {
      if (step instanceof VerbPattern.ObjectWord ow && !hasObject(s, trigger, ow.lemmas())) {
        return cx.reject(s, trigger, p, "the deed is done to none of " + ow.lemmas());
      }
      if (step instanceof VerbPattern.Preposition pp && !hasPhrase(s, trigger, pp.preposition())) {
        // "went back on his pledge", not "went back to London"
        return cx.reject(s, trigger, p, "no '" + pp.preposition() + "' phrase");
      }
    }
    if (Syntax.isNegated(w, s, trigger) != p.negated()) {
      return cx.reject(
          s,
          trigger,
          p,
          p.negated() ? "not negated: the deed is said to be done" : "negated: not done");
    }
    if (ModeRules.isConditionOrQuestion(w, s, trigger)
        || s.tokens().get(s.tokens().size() - 1).word().equals("?")) {
      return cx.reject(s, trigger, p, "a question or a condition, not a judgement");
    }
    if (cx.on(EventRule.MODE_NO_DENIED_JUDGEMENT) && EvaluationMatcher.deniedAbove(w, s, trigger)) {
      return cx.reject(s, trigger, p, "denied: \"I don't think they betrayed us\"");
    }
    if (cx.lexicon()
        .triggers()
        .find(VerbPattern.Pos.V, t.lemma())
        .filter(e -> !e.patternsOnly())
        .isPresent()) {
      // "welcomed", "insulted": the verb codes an event of its own, its subject's
      return cx.reject(s, trigger, p, "the verb codes its own event");
    }
    Quote statement = cx.innermost(t.span(), false);
    List<String> evidence = new ArrayList<>();
    Arg source = null;
    boolean claimed = false;
    int claim = cx.on(EventRule.ARG_CLAIM_OWNER_SPEAKS) ? claimNoun(w, s, trigger) : -1;
    if (claim >= 0) {
      // "American claims that Japanese companies are dumping chips": the claim's owner says so,
      // whoever reports the claim.
      List<Arg> owners = ActorsAt.coded(SourceFinder.ownersOf(cx, s, claim));
      if (!owners.isEmpty()) {
        source = owners.get(0);
        claimed = isClaimWord(w, s.token(claim).lemma());
        evidence.add(EventRule.ARG_CLAIM_OWNER_SPEAKS.id());
      }
    }
    if (source == null) {
      Arg speaker = StatementSpeaker.of(cx, statement);
      if (speaker == null) {
        return cx.reject(s, trigger, p, "not in a statement with a known speaker");
      }
      source = ModalMatcher.located(speaker, s, trigger);
      claimed = isClaimed(w, statement);
      evidence.addAll(StatementSpeaker.evidence(cx, statement));
    }
    Arg judge = source;
    List<Arg> doers = new ArrayList<>();
    if (Syntax.isPassive(s, trigger)) {
      for (String by : List.of("obl:agent", "obl:by")) {
        for (int agent : s.childrenOf(trigger, by)) {
          doers.addAll(ActorsAt.coded(ActorsAt.withConjuncts(cx, s, agent)));
        }
      }
    } else {
      doers.addAll(SourceFinder.activeSubjects(cx, s, trigger));
      for (int subject : s.childrenOf(trigger, "nsubj")) {
        if (doers.isEmpty() && cx.actors().mentionAt(s.index(), subject) == null) {
          // "the party's leadership had done nothing": a body of an actor acts for it.
          doers.addAll(ActorsAt.coded(SourceFinder.ownersOf(cx, s, subject)));
        }
      }
    }
    if (doers.isEmpty()) {
      return cx.reject(s, trigger, p, "no coded actor does the deed");
    }
    if (doers.stream().anyMatch(a -> a.actor().equals(judge.actor()))) {
      return cx.reject(s, trigger, p, "the speaker is among those who did it");
    }
    List<Arg> targets = othersThan(cx, judge, doers, p);
    if (targets.isEmpty()) {
      return cx.reject(s, trigger, p, "the speaker judges their own side");
    }
    evidence.add(EventRule.PATTERN_REPORTED_DEED.id());
    VerbPattern coded = p;
    if (p.code().startsWith("11") && cx.on(EventRule.PATTERN_CLAIMED_DEED_ACCUSES) && claimed) {
      coded =
          new VerbPattern(
              p.id(), "112", p.pos(), p.trigger(), p.steps(), p.negated(), p.note(), p.source());
      evidence.add(EventRule.PATTERN_CLAIMED_DEED_ACCUSES.id());
    }
    return new PatternMatch(
        coded,
        List.of(judge),
        ActorsAt.dedupe(targets),
        trigger,
        trigger,
        false,
        List.of(),
        false,
        false,
        false,
        evidence);
  }

  /**
   * The doers less the speaker's own side, as for an appeal ({@link ModalMatcher#othersThan});
   * criticism between two parties or candidates of one code is between two sides ("the
   * Conservatives say Labour misled voters").
   */
  private static List<Arg> othersThan(
      CodingContext cx, Arg source, List<Arg> doers, VerbPattern p) {
    String sector = source.code().sector();
    boolean office = sector == null || cx.words().executiveSectors().contains(sector);
    if (!office && cx.on(EventRule.ARG_RIVALS_OF_ONE_CODE) && p.code().compareTo("09") >= 0) {
      List<Arg> out = new ArrayList<>(doers);
      out.removeIf(a -> a.code() == null || a.actor().equals(source.actor()));
      return out;
    }
    return ModalMatcher.othersThan(cx, source, doers);
  }

  /**
   * Whether the verb, or its particle, has a phrase with {@code preposition}: the parser may hang
   * "on his pledge" on the "back" of "went back".
   */
  private static boolean hasPhrase(Sentence s, int verb, String preposition) {
    List<Integer> heads = new ArrayList<>(List.of(verb));
    heads.addAll(s.childrenOf(verb, "compound:prt"));
    heads.addAll(s.childrenOf(verb, "advmod"));
    return heads.stream().anyMatch(h -> s.hasChild(h, "obl:" + preposition));
  }

  /** Whether the verb has an object (or a passive subject) whose lemma is one of {@code lemmas}. */
  private static boolean hasObject(Sentence s, int verb, java.util.Set<String> lemmas) {
    List<Integer> objects = new ArrayList<>(s.childrenOf(verb, "obj"));
    objects.addAll(s.childrenOf(verb, "nsubj:pass"));
    for (var d : s.children(verb)) {
      if (d.baseRelation().equals("obl")) {
        objects.add(d.dependent());
      }
    }
    for (int o : objects) {
      if (lemmas.contains(s.token(o).lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The hearsay noun ({@code hearsay-noun}: "claims", "allegations", "reports") whose content the
   * clause at {@code verb} is ("claims that Japanese companies are dumping"), or -1.
   */
  private static int claimNoun(EventWords w, Sentence s, int verb) {
    for (var d : s.parents(verb)) {
      String r = d.baseRelation();
      int g = d.governor();
      if (g >= 0
          && (r.equals("acl") || r.equals("ccomp") || r.equals("dep"))
          && s.token(g).isNoun()
          && w.hearsayNouns().contains(s.token(g).lemma())) {
        return g;
      }
    }
    return -1;
  }

  private static boolean isClaimWord(EventWords w, String word) {
    return w.claimingCues().stream().anyMatch(word::startsWith);
  }

  /**
   * Whether the statement is claimed or alleged ({@code claiming-cue} words: "claims", "alleged",
   * "accused"): a deed claimed of someone is an accusation.
   */
  private static boolean isClaimed(EventWords w, Quote statement) {
    if (statement.cue() == null) {
      return false;
    }
    for (String word : statement.cue().toLowerCase(Locale.ROOT).split("\\s+")) {
      if (isClaimWord(w, word)) {
        return true;
      }
    }
    return false;
  }
}
