package org.dyad.coding;

/**
 * A sieve that reads the whole article at once: the sieves of stage {@code article} in {@code
 * lexicon/actor-sieves.tsv} run in its order once every mention is found, those of stage {@code
 * recode} once every mention is coded. Each reads and changes the article's draft.
 */
@FunctionalInterface
interface ArticleSieve {
  void apply(ArticleDraft d);
}
