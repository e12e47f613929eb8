package org.dyad.coding;

/**
 * What a mention found without a country waits for before a later sieve codes it: a typed mark, so
 * that no sieve reads it back from the rule's text. Its {@link #suffix} only explains the rule to
 * readers ("role-noun:A.police of the article's country").
 */
enum Awaiting {
  /** Coded, or left as it is. */
  NOTHING(""),
  /**
   * A state institution named by its kind ("the police"): a country from context, else the
   * article's.
   */
  ARTICLE_COUNTRY(" of the article's country"),
  /** A group of people ("voters", "protesters"): where the story puts them. */
  STORY_SETTING(" where set"),
  /** A people ("Kurds", "Tamils"): the place the sentence puts them, else their own country. */
  WHERE_THEY_ARE(" where they are");

  /** The words that say so after the rule, in the rule's explanation. */
  final String suffix;

  Awaiting(String suffix) {
    this.suffix = suffix;
  }
}
