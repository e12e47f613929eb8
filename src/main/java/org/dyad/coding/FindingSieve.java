package org.dyad.coding;

/**
 * A sieve that finds actor mentions in a sentence: the sieves of stage {@code find} in {@code
 * lexicon/actor-sieves.tsv} run in its order on each sentence, each adding the mentions (and
 * places) it reads to the sentence's draft and marking their tokens taken. Implementations hold
 * only immutable dictionaries and are thread-safe.
 */
@FunctionalInterface
interface FindingSieve {
  void find(SentenceDraft d);
}
