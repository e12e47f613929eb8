package org.dyad.coding;

/**
 * The sieve that coded a mention, recorded where its rule is written: later sieves decide by this
 * typed value, never by reading the rule's text back. {@link #id} names it to readers: each actor's
 * {@code sieve} in the JSON output and {@code dyad explain}.
 */
enum ActorSieve {
  /** A dictionary name: a country, capital, person, organisation or nationality. */
  DICTIONARY("dictionary"),
  /** A dictionary person coded by the base they hold no office for ("dictionary:X base"). */
  DICTIONARY_BASE("dictionary-base"),
  /** A country the text names by a plural ("the two Koreas"). */
  COUNTRIES_NAMED("countries-named"),
  /** A role noun with or without its owner: "the president of France", "the police". */
  ROLE_NOUN("role-noun"),
  /** A people or ethnic group: "Kurds". */
  PEOPLE("people"),
  /** "the two communist powers": the states named last. */
  GROUP_OF_STATES("group-of-states"),
  /** "the two dictators": the people named last. */
  GROUP_OF_PEOPLE("group-of-people"),
  /** Another counted group: "the two sides". */
  GROUP("group"),
  /** Coded by the title, name, apposition or setting around it. */
  CONTEXT("context"),
  /** A state office-holder given the article's country: "the president said". */
  ARTICLE_COUNTRY("article-country"),
  /** Coded by its employer named around it: "a spokesman for Pfizer". */
  EMPLOYER("employer"),
  /** A private person in the story's setting. */
  PRIVATE_PERSON("private-person"),
  /** A capitalised word alone after "the": "the Community". */
  ORGANIZATION_ANAPHOR("organization-anaphor"),
  /** A state the article names only by an adjective ("Soviet membership"). */
  NATIONALITY_ONLY("nationality-only");

  /** The sieve's stable name, as output. */
  final String id;

  ActorSieve(String id) {
    this.id = id;
  }
}
