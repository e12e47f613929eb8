package org.dyad.coding.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.model.Place;
import org.dyad.model.Sentence;

/**
 * {@code R.target.place-of-calm}: "the UN called for an immediate ceasefire in Syria", "the Pope
 * appealed for peace in Syria", "demanded an end to the violence in Gaza". An appeal or demand (02,
 * 10) for calm, a ceasefire or an end to fighting ({@code calm-noun}) that names no actor it is
 * made to is made to the country where the calm is asked, as a CAMEO coder codes it. Stateless.
 */
final class PlaceOfCalm implements TargetRules.Rule {
  @Override
  public String id() {
    return "R.target.place-of-calm";
  }

  @Override
  public TargetRules.Found find(CodingContext cx, TargetRules.Ask ask) {
    if (!ask.cameo().startsWith("02") && !ask.cameo().startsWith("10")) {
      return TargetRules.Found.NONE;
    }
    Sentence s = ask.s();
    List<Integer> asked = new ArrayList<>(s.childrenOf(ask.trigger(), "obj"));
    asked.addAll(Syntax.prepositional(cx.words(), s, ask.trigger(), -1, "for"));
    for (int a : asked) {
      if (!cx.words().calmNouns().contains(s.token(a).lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      Place place = EventPlaces.placeInCountry(cx.actors(), s, a);
      if (place != null && place.country() != null) {
        return new TargetRules.Found(TargetRules.placeCountry(cx, place), id());
      }
    }
    return TargetRules.Found.NONE;
  }
}
