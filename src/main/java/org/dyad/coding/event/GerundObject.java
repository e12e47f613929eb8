package org.dyad.coding.event;

import org.dyad.lexicon.VerbPattern;
import org.dyad.model.Sentence;

/**
 * "Putin responded by expelling British diplomats", "Clinton has returned to critiquing Sanders":
 * the noun a gerund the parser read as its modifier ({@link ClauseController#gerundReadAsModifier})
 * is the gerund's object, and so its target. Stateless.
 */
final class GerundObject implements TargetRules.Rule {
  @Override
  public String id() {
    return "R.target.gerund-object";
  }

  @Override
  public TargetRules.Found find(CodingContext cx, TargetRules.Ask ask) {
    if (ask.entry().pos() != VerbPattern.Pos.V) {
      return TargetRules.Found.NONE;
    }
    Sentence s = ask.s();
    int noun = ClauseController.gerundReadAsModifier(cx, s, ask.trigger());
    if (noun < 0) {
      return TargetRules.Found.NONE;
    }
    return new TargetRules.Found(TargetRules.inPhrase(cx, s, noun, ask.cameo()), id());
  }
}
