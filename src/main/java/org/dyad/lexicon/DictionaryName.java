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
    AgentEntry agent,
    PlaceEntry place,
    EthnicGroupEntry ethnicGroup) {

  /** What the name is of. */
  public enum Kind {
    COUNTRY,
    ADJECTIVE,
    CAPITAL,
    METONYM,
    ORGANIZATION,
    PERSON,
    AGENT,
    /** A city, region, province or state: where something is, never an actor itself. */
    PLACE,
    /** A people without a state, by a noun ("Kurds") or an adjective ("Kurdish"). */
    ETHNIC_GROUP
  }

  public DictionaryName(
      Kind kind,
      String form,
      CountryEntry country,
      CountryEntry.Metonym metonym,
      OrganizationEntry organization,
      PersonEntry person,
      AgentEntry agent) {
    this(kind, form, country, metonym, organization, person, agent, null, null);
  }

  public String entryId() {
    return switch (kind) {
      case COUNTRY, ADJECTIVE, CAPITAL, METONYM -> country.id();
      case ORGANIZATION -> organization.id();
      case PERSON -> person.id();
      case AGENT -> agent.id();
      case PLACE -> place.id();
      case ETHNIC_GROUP -> ethnicGroup.id();
    };
  }

  /**
   * Actor names rank above agent nouns when both match the same words; places and peoples are
   * neither, and are read by rules of their own.
   */
  public boolean isActorName() {
    return kind != Kind.AGENT && kind != Kind.PLACE && kind != Kind.ETHNIC_GROUP;
  }
}
