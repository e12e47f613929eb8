package org.dyad.coding.event;

import org.dyad.lexicon.VerbPattern;
import org.dyad.model.Sentence;

/**
 * The pattern layer's entry: matches one candidate pattern at one trigger. Modal, evaluative and
 * copula patterns have matchers of their own; the others are first checked for clauses that say
 * nothing happened, then their steps are matched ({@link PatternSteps}) and their sides found
 * ({@link MatchArguments}). Takes the article's context, a sentence, the trigger and the pattern;
 * returns the match, or null with the reason told to the trace. Stateless, thread-safe.
 */
final class PatternMatcher {
  private PatternMatcher() {}

  static PatternMatch match(CodingContext cx, Sentence s, int trigger, VerbPattern p) {
    if (p.pos() == VerbPattern.Pos.M) {
      return ModalMatcher.match(cx, s, trigger, p);
    }
    if (p.pos() == VerbPattern.Pos.E
        && ReportedDeedMatcher.isClauseVerb(s, trigger)
        && !ReportedDeedMatcher.isAdjectiveAsPassive(s, trigger, p)) {
      return ReportedDeedMatcher.match(cx, s, trigger, p);
    }
    if (p.pos() == VerbPattern.Pos.E) {
      return EvaluationMatcher.match(cx, s, trigger, p);
    }
    if (cx.on(EventRule.PATTERN_PRESENCE)
        && p.pos() == VerbPattern.Pos.V
        && p.trigger().equals("be")) {
      return PresenceMatcher.match(cx, s, trigger, p);
    }
    if (cx.on(EventRule.PATTERN_NO_CONNECTIVE_NOUN)
        && p.pos() == VerbPattern.Pos.N
        && isConnective(cx.words(), s, trigger)) {
      return cx.reject(s, trigger, p, "a connective ('in response to'), not an event");
    }
    if (cx.on(EventRule.MODE_NO_CONDITION_OR_QUESTION)
        && ModeRules.isConditionOrQuestion(cx.words(), s, trigger)) {
      return cx.reject(s, trigger, p, "a condition or a question ('if …'), not an event");
    }
    if (cx.on(EventRule.MODE_CONDITION_OF_SUBJECT_NOUN)
        && ModeRules.isSubjectOfCondition(cx.words(), s, trigger)) {
      return cx.reject(s, trigger, p, "the subject of a condition ('if the talks take place')");
    }
    if (cx.on(EventRule.MODE_NO_BACKGROUND_STATE) && ModeRules.isBackgroundState(s, trigger)) {
      return cx.reject(s, trigger, p, "a state described in a relative clause, not an event");
    }
    PatternSteps.Frame frame = PatternSteps.match(cx, s, trigger, p);
    return frame == null ? null : MatchArguments.complete(cx, s, trigger, p, frame);
  }

  /**
   * "in response to", "in reply to", "in retaliation for": the noun says why the clause's own
   * action was taken; the action is the event.
   */
  static boolean isConnective(EventWords w, Sentence s, int noun) {
    return w.connectiveNouns().contains(s.token(noun).lemma())
        && s.childrenOf(noun, "case").stream().anyMatch(c -> s.token(c).lemma().equals("in"))
        && s.childrenOf(noun, "det").isEmpty()
        && s.childrenOf(noun, "nmod:poss").isEmpty();
  }
}
