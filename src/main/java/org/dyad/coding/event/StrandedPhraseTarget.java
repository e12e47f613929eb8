package org.dyad.coding.event;

import java.util.ArrayList;
import java.util.List;
import org.dyad.lexicon.VerbPattern;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;

/**
 * {@code R.target.phrase-on-governing-verb}: "Syria denounced the Israeli air strikes on Syrian
 * villages": the parser may hang an event noun's "on", "against", "into" or "at" phrase on the verb
 * whose object the noun is. Such a phrase of the verb is the noun's when the verb's own patterns
 * take no phrase with that preposition ("blamed the attack on Hezbollah" is the verb's "on", no
 * attack on Hezbollah). Stateless.
 */
final class StrandedPhraseTarget implements TargetRules.Rule {
  private static final List<String> PREPOSITIONS = List.of("on", "against", "into", "at");

  @Override
  public String id() {
    return "R.target.phrase-on-governing-verb";
  }

  @Override
  public TargetRules.Found find(CodingContext cx, TargetRules.Ask ask) {
    if (ask.entry().pos() != VerbPattern.Pos.N) {
      return TargetRules.Found.NONE;
    }
    Sentence s = ask.s();
    List<String> places = new ArrayList<>(ask.entry().targets());
    places.retainAll(PREPOSITIONS);
    if (places.isEmpty()) {
      places = PREPOSITIONS;
    }
    for (Dependency d : s.parents(ask.trigger())) {
      if (!d.relation().equals("obj") || d.governor() < 0) {
        continue;
      }
      int verb = d.governor();
      for (String p : places) {
        if (verbTakes(cx, s.token(verb).lemma(), p)) {
          continue;
        }
        for (int phrase : s.childrenOf(verb, "obl:" + p)) {
          List<Arg> found = TargetRules.inPhrase(cx, s, phrase, ask.cameo());
          if (!found.isEmpty()) {
            return new TargetRules.Found(found, id() + ":" + p);
          }
        }
      }
    }
    return TargetRules.Found.NONE;
  }

  /** Whether a pattern of the verb {@code lemma} has a phrase with the preposition {@code p}. */
  private static boolean verbTakes(CodingContext cx, String lemma, String p) {
    for (VerbPattern pattern : cx.lexicon().patternsFor(VerbPattern.Pos.V, lemma)) {
      for (VerbPattern.Step st : pattern.steps()) {
        if (st instanceof VerbPattern.Slot sl && p.equals(sl.preposition())) {
          return true;
        }
      }
    }
    return false;
  }
}
