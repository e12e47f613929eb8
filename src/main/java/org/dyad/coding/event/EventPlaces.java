package org.dyad.coding.event;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.coding.ActorAnalysis;
import org.dyad.model.Dependency;
import org.dyad.model.Place;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;

/**
 * Where an event happened: the first place the actor resolver found in the trigger's own phrases
 * ("met … in Beijing"), or a place noun standing for one named before ("in the capital"), or none;
 * and those phrases, which dates are read from too. Stateless, thread-safe.
 */
final class EventPlaces {
  private EventPlaces() {}

  /** The place named in the trigger's own phrases, or null. */
  static Place place(ActorAnalysis actors, Sentence s, int trigger) {
    for (int node : nominalNeighbourhood(s, trigger)) {
      Place p = actors.placeAt(s.index(), node);
      if (p != null) {
        return p;
      }
    }
    return null;
  }

  /**
   * "Fighting in the capital": a definite place noun ({@link EventWords#placeAnaphors()}) in the
   * trigger's own phrases that names no place itself ("the city of Aleppo" is Aleppo, found by
   * {@link #place}), as a place of its own words with no country; the geocoder reads which place it
   * stands for ({@code org.dyad.geo.PlaceAnaphora}). Null when there is none.
   */
  static Place anaphor(EventWords w, Sentence s, int trigger) {
    for (int node : nominalNeighbourhood(s, trigger)) {
      Token t = s.token(node);
      if (!t.isNoun()
          || t.isProperNoun()
          || !w.placeAnaphors().contains(t.lemma().toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      Token the = null;
      boolean named = false;
      for (Dependency d : s.children(node)) {
        Token c = s.token(d.dependent());
        if (d.baseRelation().equals("det") && c.word().equalsIgnoreCase("the")) {
          the = c;
        } else if (c.isProperNoun() || d.baseRelation().equals("amod")) {
          named = true; // "the city of Aleppo", "the Syrian capital", "the northern town"
        }
      }
      if (the != null && !named && the.index() == node - 1) {
        return new Place(
            the.word() + " " + t.word(), null, new Span(the.span().begin(), t.span().end()));
      }
    }
    return null;
  }

  /**
   * The first place in the trigger's own phrases, followed through nouns up to four phrases deep,
   * that lies in a known country, or null: "fighting in a new offensive in the mountains of
   * Kurdistan in northern Iraq" is in Iraq, where "Kurdistan" alone names no country.
   */
  static Place placeInCountry(ActorAnalysis actors, Sentence s, int trigger) {
    for (int node : nominalNeighbourhood(s, trigger, 4)) {
      Place p = actors.placeAt(s.index(), node);
      if (p != null && p.country() != null) {
        return p;
      }
    }
    return null;
  }

  /**
   * Tokens in the trigger's own phrases: its dependents and theirs through nouns, not other
   * clauses.
   */
  static List<Integer> nominalNeighbourhood(Sentence s, int trigger) {
    return nominalNeighbourhood(s, trigger, 2);
  }

  private static List<Integer> nominalNeighbourhood(Sentence s, int trigger, int depth) {
    List<Integer> out = new ArrayList<>();
    Deque<int[]> queue = new ArrayDeque<>();
    queue.add(new int[] {trigger, 0});
    Map<Integer, Boolean> visited = new LinkedHashMap<>();
    while (!queue.isEmpty()) {
      int[] cur = queue.poll();
      if (visited.put(cur[0], true) != null || cur[1] > depth) {
        continue;
      }
      if (cur[0] != trigger) {
        out.add(cur[0]);
      }
      for (Dependency d : s.children(cur[0])) {
        String r = d.baseRelation();
        if ((r.equals("obl") || r.equals("nmod") || r.equals("conj"))
            && !s.token(d.dependent()).isVerb()) {
          queue.add(new int[] {d.dependent(), cur[1] + 1});
        }
      }
    }
    return out;
  }
}
