package org.dyad.coding;

import java.util.List;
import org.dyad.model.Place;
import org.dyad.model.Sentence;

/**
 * Sieve {@code A.code.state-opposed}: rebels, insurgents and separatists named without a country
 * take up arms against the state whose institution their sentence names. Codes them from their
 * context as that state's ({@link ContextSieve}), unless the sentence happens in another country,
 * where that state's forces are abroad. Immutable.
 */
final class StateOpposedSieve implements CodingSieve {
  private final ContextSieve context;

  StateOpposedSieve(ContextSieve context) {
    this.context = context;
  }

  @Override
  public Decision code(Mention m, Sentence s, List<Mention> before, ArticleDraft d) {
    Mention state = stateOpposed(m, d.perSentence.get(s.index()), d.agentHits.get(s.index()));
    if (state != null && fightsAbroad(state, s, d)) {
      // "US troops detained 40 suspected insurgents near Falluja": a state's forces abroad fight
      // the insurgents of where they are (A.code.place-in-phrase), not their own state's.
      return null;
    }
    return context.ownedBy(m, s, d, state);
  }

  /** Whether the sentence happens in one other country than the opposed state's. */
  private static boolean fightsAbroad(Mention state, Sentence s, ArticleDraft d) {
    Place there = GroupSettingSieve.onlyCountryOfSentence(s, d.places.get(s.index()));
    return there != null && !there.country().equals(state.code().country());
  }

  /**
   * For rebels named without a country, the state institution their sentence names ("Gbagbo broke a
   * ceasefire with rebels", "troops clashed with insurgents"): they are that state's rebels.
   */
  static Mention stateOpposed(Mention m, List<Mention> sentence, List<DictionaryHit> agents) {
    if (m.code() != null || m.awaiting() != Awaiting.ARTICLE_COUNTRY) {
      return null;
    }
    boolean insurgent =
        agents.stream()
            .anyMatch(
                h ->
                    h.last() == m.last()
                        && h.name().agent().sector() != null
                        && Phrases.INSURGENT_SECTORS.contains(h.name().agent().sector()));
    if (!insurgent) {
      return null;
    }
    for (Mention other : sentence) {
      if (other != m
          && other.code() != null
          && other.code().isState()
          && other.code().sector() != null
          && Phrases.STATE_SECTORS.contains(other.code().sector())) {
        return other;
      }
    }
    return null;
  }
}
