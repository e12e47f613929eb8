package org.dyad.coding.event;

import java.util.ArrayList;
import java.util.List;
import org.dyad.lexicon.VerbPattern;
import org.dyad.model.Dependency;
import org.dyad.model.Quote;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Matches a word of necessity written as a modal pattern ({@code vital +}, {@code need +}; {@link
 * EventRule#PATTERN_NECESSITY_APPEAL}): inside a statement, "it is vital that the government acts"
 * is the speaker's appeal to the government, and "it is vital that we move ahead with …" or "an
 * amendment was needed", which name no one else to act, ask whoever can ({@link ImpliedAddressee}).
 * The word must call an act necessary: an adjective with an expletive subject and a clause ("it is
 * essential to …"), or a passive "needed"; "reform is vital" and "stability is all important" judge
 * a thing and ask no one. Negated words, conditions and questions ask nothing. Takes the article's
 * context, a sentence, the word and the pattern; returns the match or null (the reason told to the
 * trace). Stateless, thread-safe.
 */
final class NecessityMatcher {
  private NecessityMatcher() {}

  static PatternMatch match(CodingContext cx, Sentence s, int trigger, VerbPattern p) {
    if (!cx.on(EventRule.PATTERN_NECESSITY_APPEAL)) {
      return cx.reject(s, trigger, p, "words of necessity are off");
    }
    EventWords w = cx.words();
    Token t = s.token(trigger);
    int clause = -1;
    if (t.isAdjective()) {
      if (!s.hasChild(trigger, "cop")) {
        return cx.reject(s, trigger, p, "not said to be necessary");
      }
      for (int subject : s.childrenOf(trigger, "nsubj")) {
        if (!s.token(subject).lemma().equalsIgnoreCase("it")) {
          return cx.reject(s, trigger, p, "says a thing is necessary, asks no act");
        }
      }
      for (Dependency d : s.children(trigger)) {
        String r = d.baseRelation();
        if ((r.equals("ccomp") || r.equals("csubj") || r.equals("xcomp"))
            && s.token(d.dependent()).isVerb()) {
          clause = d.dependent();
          break;
        }
      }
      if (clause < 0) {
        return cx.reject(s, trigger, p, "necessary of no act");
      }
    } else {
      // "an amendment was needed", "firm action was needed" (parsed as a passive or a copula)
      List<Integer> needed = new ArrayList<>(s.childrenOf(trigger, "nsubj:pass"));
      if (s.hasChild(trigger, "cop")) {
        needed.addAll(s.childrenOf(trigger, "nsubj"));
      }
      if (needed.isEmpty() || !s.hasChild(trigger, "aux:pass") && !s.hasChild(trigger, "cop")) {
        return cx.reject(s, trigger, p, "not a passive 'is needed'");
      }
      for (int subject : needed) {
        if (cx.actors().mentionAt(s.index(), subject) != null || s.token(subject).isPronoun()) {
          return cx.reject(s, trigger, p, "someone, not an act, is needed");
        }
      }
      clause = trigger;
    }
    if (Syntax.isNegated(w, s, trigger)) {
      return cx.reject(s, trigger, p, "negated: not necessary asks nothing");
    }
    if (ModeRules.isConditionOrQuestion(w, s, trigger)
        || s.tokens().get(s.tokens().size() - 1).word().equals("?")) {
      return cx.reject(s, trigger, p, "a question or a condition, not an appeal");
    }
    Quote statement = cx.innermost(t.span(), false);
    Arg speaker = StatementSpeaker.of(cx, statement);
    if (speaker == null) {
      return cx.reject(s, trigger, p, "not in a statement with a known speaker");
    }
    Arg source = ModalMatcher.located(speaker, s, trigger);
    List<Integer> consumed = List.of(clause);
    List<Arg> named = new ArrayList<>();
    if (clause != trigger) {
      for (int subject : s.childrenOf(clause, "nsubj")) {
        named.addAll(ActorsAt.withConjuncts(cx, s, subject));
      }
    }
    if (!named.isEmpty() && named.stream().noneMatch(a -> a.actor().equals(source.actor()))) {
      List<Arg> targets = ModalMatcher.othersThan(cx, source, named);
      if (targets.isEmpty()) {
        return cx.reject(s, trigger, p, "the speaker's own office is asked to act");
      }
      return new PatternMatch(
          p,
          List.of(source),
          targets,
          trigger,
          clause,
          false,
          consumed,
          false,
          false,
          false,
          evidence(cx, statement, EventRule.PATTERN_NECESSITY_APPEAL));
    }
    // No one else is named to act ("to establish …", "we move ahead", "an amendment"): asked of
    // whoever can.
    return ImpliedAddressee.match(
        cx,
        s,
        trigger,
        clause,
        p,
        source,
        consumed,
        EventRule.PATTERN_NECESSITY_APPEAL,
        StatementSpeaker.evidence(cx, statement));
  }

  /** The rules that found the speaking side, then {@code rule}. */
  static List<String> evidence(CodingContext cx, Quote statement, EventRule rule) {
    List<String> out = new ArrayList<>(StatementSpeaker.evidence(cx, statement));
    out.add(rule.id());
    return out;
  }
}
