package org.dyad.model;

import java.util.List;

/**
 * One participant of an article, resolved across all the places it is named.
 *
 * @param id article-local id, {@code a1}, {@code a2}, ...
 * @param name canonical name (the dictionary's, or the longest mention)
 * @param kind STATE, PERSON, ORGANIZATION or GROUP
 * @param code CAMEO actor code on the article's date, or null when nothing codes it
 * @param entry the dictionary entry id that identified it, or null for actors found by NER alone
 * @param rule the coding rule that produced the code ("dictionary:role", "title", "context", ...)
 * @param mentions every span that names it, in text order
 * @param sieve the id of the actor sieve behind the code ("role-noun", "employer", ...), or null
 * @param home where the text places it, below its country, once geocoded ("Kurdish militias in
 *     Afrin", "voters in Ohio"), or null
 */
public record Actor(
    String id,
    String name,
    Kind kind,
    ActorCode code,
    String entry,
    String rule,
    List<Span> mentions,
    String sieve,
    Place home) {
  public enum Kind {
    STATE,
    PERSON,
    ORGANIZATION,
    GROUP
  }

  public Actor {
    mentions = List.copyOf(mentions);
  }

  /** An actor without the sieve named: for actors read back or built by hand. */
  public Actor(
      String id,
      String name,
      Kind kind,
      ActorCode code,
      String entry,
      String rule,
      List<Span> mentions) {
    this(id, name, kind, code, entry, rule, mentions, null, null);
  }

  /** The actor with its home place. */
  public Actor withHome(Place home) {
    return new Actor(id, name, kind, code, entry, rule, mentions, sieve, home);
  }

  public String country() {
    return code == null ? null : code.country();
  }

  public String sector() {
    return code == null ? null : code.sector();
  }
}
