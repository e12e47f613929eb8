package org.dyad.coding;

/**
 * The sieve that coded a mention, recorded where its rule is written: later sieves decide by this
 * typed value, never by reading the rule's text back. {@link #id} is the prefix the rule shows.
 */
enum ActorSieve {
  /** A dictionary name: a country, capital, person, organisation or nationality. */
  DICTIONARY("dictionary"),
  /** A dictionary person coded by the base they hold no office for ("dictionary:X base"). */
  DICTIONARY_BASE("dictionary"),
  /** A country the text names by a plural ("the two Koreas"). */
  COUNTRIES_NAMED("group"),
  /** A role noun with or without its owner: "the president of France", "the police". */
  ROLE_NOUN("role-noun"),
  /** A people or ethnic group: "Kurds". */
  PEOPLE("people"),
  /** "the two communist powers": the states named last. */
  GROUP_OF_STATES("group"),
  /** "the two dictators": the people named last. */
  GROUP_OF_PEOPLE("group"),
  /** Another counted group: "the two sides". */
  GROUP("group"),
  /** Coded by the title, name, apposition or setting around it. */
  CONTEXT("context"),
  /** A state office-holder given the article's country: "the president said". */
  ARTICLE_COUNTRY("context"),
  /** Coded by its employer named around it: "a spokesman for Pfizer". */
  EMPLOYER("context"),
  /** A private person in the story's setting. */
  PRIVATE_PERSON("context"),
  /** A capitalised word alone after "the": "the Community". */
  ORGANIZATION_ANAPHOR("anaphor");

  /** The prefix of the rules this sieve writes. */
  final String id;

  ActorSieve(String id) {
    this.id = id;
  }
}
