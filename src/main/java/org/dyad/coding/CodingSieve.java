package org.dyad.coding;

import java.util.List;
import org.dyad.model.Sentence;

/**
 * A sieve that decides a mention's code: the sieves of stage {@code code} in {@code
 * lexicon/actor-sieves.tsv} are tried in its order on each mention, in article order, and the first
 * that decides wins; a mention none decides keeps what finding gave it. Implementations are
 * thread-safe.
 */
@FunctionalInterface
interface CodingSieve {
  /**
   * The sieve's decision on {@code m}, or null when it has none.
   *
   * @param s the mention's sentence
   * @param before the mentions of that sentence coded before this one
   * @param d the article, with the mentions of earlier sentences coded
   */
  Decision code(Mention m, Sentence s, List<Mention> before, ArticleDraft d);

  /**
   * A mention as coded, or null when the mention is no actor after all.
   *
   * @param mention the coded mention; null to drop it
   */
  record Decision(Mention mention) {
    /** The mention is no actor: "the Community" when no community was named before. */
    static Decision drop() {
      return new Decision(null);
    }
  }
}
