package org.dyad.lexicon;

/**
 * One way of naming a dictionary entry, as indexed by {@link NameIndex}. Exactly one of the entry
 * fields is set, matching {@code kind}.
 *
 * @param form the name as written in the dictionary (leading "the" removed)
 */
public record DictionaryName(
    Kind kind,
    String form,
    CountryEntry country,
    CountryEntry.Metonym metonym,
    OrganizationEntry organization,
    PersonEntry person,
    AgentEntry agent) {

  /** What the name is of. */
  public enum Kind {
    COUNTRY,
    ADJECTIVE,
    CAPITAL,
    METONYM,
    ORGANIZATION,
    PERSON,
    AGENT
  }

  public String entryId() {
    return switch (kind) {
      case COUNTRY, ADJECTIVE, CAPITAL, METONYM -> country.id();
      case ORGANIZATION -> organization.id();
      case PERSON -> person.id();
      case AGENT -> agent.id();
    };
  }

  /** Actor names rank above agent nouns when both match the same words. */
  public boolean isActorName() {
    return kind != Kind.AGENT;
  }
}
