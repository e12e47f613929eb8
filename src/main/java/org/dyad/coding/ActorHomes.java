package org.dyad.coding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.model.Dependency;
import org.dyad.model.Place;
import org.dyad.model.Sentence;

/**
 * Where the text places an actor below its country: a place in the phrase of one of its mentions,
 * "Kurdish militias in Afrin", "voters in Ohio", "the government in Kabul", "officials from Basra".
 * The first such place, in text order, is the actor's home; the geocoder gives it its coordinates
 * ({@code org.dyad.geo.EventGeocoder#homes}). Only places the actor resolver found (so a place that
 * is an actor, "Washington said", is none) hung from the mention's head by "in" or "from".
 * Stateless.
 */
public final class ActorHomes {
  private ActorHomes() {}

  /** Actor id to the place its phrase names, for the actors whose phrase names one. */
  public static Map<String, Place> of(List<Sentence> sentences, ActorAnalysis actors) {
    Map<String, Place> homes = new LinkedHashMap<>();
    for (Sentence s : sentences) {
      for (ResolvedMention m : actors.mentions(s.index())) {
        if (m.actors().size() != 1 || m.head() < 0 || homes.containsKey(m.actors().get(0))) {
          continue;
        }
        Place home = placeInPhrase(actors, s, m.head());
        if (home != null) {
          homes.put(m.actors().get(0), home);
        }
      }
    }
    return homes;
  }

  private static Place placeInPhrase(ActorAnalysis actors, Sentence s, int head) {
    for (Dependency d : s.children(head)) {
      if (d.baseRelation().equals("nmod")
          && ("in".equals(d.subtype()) || "from".equals(d.subtype()))) {
        Place p = actors.placeAt(s.index(), d.dependent());
        if (p != null) {
          return p;
        }
      }
    }
    return null;
  }
}
