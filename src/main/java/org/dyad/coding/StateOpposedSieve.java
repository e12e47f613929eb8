package org.dyad.coding;

import java.util.List;
import org.dyad.model.Sentence;

/**
 * Sieve {@code A.code.state-opposed}: rebels, insurgents and separatists named without a country
 * take up arms against the state whose institution their sentence names. Codes them from their
 * context as that state's ({@link ContextSieve}). Immutable.
 */
final class StateOpposedSieve implements CodingSieve {
  private final ContextSieve context;

  StateOpposedSieve(ContextSieve context) {
    this.context = context;
  }

  @Override
  public Decision code(Mention m, Sentence s, List<Mention> before, ArticleDraft d) {
    return context.ownedBy(
        m, s, d, stateOpposed(m, d.perSentence.get(s.index()), d.agentHits.get(s.index())));
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
