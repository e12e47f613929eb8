package org.dyad.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * All dictionaries Dyad codes with: actors, agents, the CAMEO code table, the verb patterns, and
 * the word lists of the quotation attributor and the event coder. Immutable once built, so one
 * instance is shared by every thread.
 */
public final class Lexicon {
  private final List<CountryEntry> countries;
  private final List<OrganizationEntry> organizations;
  private final List<PersonEntry> people;
  private final List<AgentEntry> agents;
  private final Map<String, CameoCode> codes;
  private final List<VerbPattern> patterns;
  private final List<ContextEntry> contexts;
  private final Map<String, List<VerbPattern>> patternsByTrigger;
  private final Map<String, CountryEntry> countryByIso;
  private final Map<String, String> versions;
  private final Conventions conventions;
  private final AttributionCues attributionCues;
  private final WordLists wordLists;
  private final EventRules eventRules;
  private final CodingProfile profile;
  private final TriggerDictionary triggers;
  private final List<PlaceEntry> places;
  private final List<NameSectorEntry> nameSectors;
  private final List<EthnicGroupEntry> ethnicGroups;

  /** Whose coding conventions the dictionaries were written for. */
  public enum Conventions {
    /**
     * Dyad's: CAMEO event codes, coded with the event rules of profile {@code dyad} (the
     * CAMEO-specific ones included: a planned meeting is 036); a name after "in" is a place.
     */
    DYAD,
    /**
     * PETRARCH/TABARI's: event codes carried as the dictionary gives them, coded with the event
     * rules of profile {@code petrarch} (no CAMEO-specific rule); every dictionary name is an actor
     * wherever it stands; role nouns add their codes to the actor of their noun phrase (Gondor +
     * government + police); and where the parse names no subject or object, the nearest actor
     * before or after the verb is taken, as PETRARCH's phrase-based coder does.
     */
    PETRARCH
  }

  public Lexicon(
      List<CountryEntry> countries,
      List<OrganizationEntry> organizations,
      List<PersonEntry> people,
      List<AgentEntry> agents,
      Map<String, CameoCode> codes,
      List<VerbPattern> patterns,
      List<ContextEntry> contexts,
      Map<String, String> versions) {
    this(
        countries,
        organizations,
        people,
        agents,
        codes,
        patterns,
        contexts,
        versions,
        Conventions.DYAD,
        AttributionCues.NONE,
        WordLists.NONE,
        EventRules.NONE,
        TriggerDictionary.NONE,
        List.of(),
        List.of(),
        List.of());
  }

  /**
   * Dictionaries without PLOVER context cues (PETRARCH's), coded with these attribution cues and
   * the event coder's word lists and rules.
   */
  public Lexicon(
      List<CountryEntry> countries,
      List<OrganizationEntry> organizations,
      List<PersonEntry> people,
      List<AgentEntry> agents,
      Map<String, CameoCode> codes,
      List<VerbPattern> patterns,
      Map<String, String> versions,
      Conventions conventions,
      AttributionCues attributionCues,
      WordLists wordLists,
      EventRules eventRules) {
    this(
        countries,
        organizations,
        people,
        agents,
        codes,
        patterns,
        List.of(),
        versions,
        conventions,
        attributionCues,
        wordLists,
        eventRules,
        TriggerDictionary.NONE,
        List.of(),
        List.of(),
        List.of());
  }

  /**
   * With the dictionaries that code actors no actor dictionary lists: places and their countries,
   * the words of organisations' names that give a sector, and peoples without a state.
   */
  public Lexicon(
      List<CountryEntry> countries,
      List<OrganizationEntry> organizations,
      List<PersonEntry> people,
      List<AgentEntry> agents,
      Map<String, CameoCode> codes,
      List<VerbPattern> patterns,
      List<ContextEntry> contexts,
      Map<String, String> versions,
      Conventions conventions,
      AttributionCues attributionCues,
      WordLists wordLists,
      EventRules eventRules,
      TriggerDictionary triggers,
      List<PlaceEntry> places,
      List<NameSectorEntry> nameSectors,
      List<EthnicGroupEntry> ethnicGroups) {
    this.places = List.copyOf(places);
    this.nameSectors = List.copyOf(nameSectors);
    this.ethnicGroups = List.copyOf(ethnicGroups);
    this.conventions = conventions;
    this.triggers = triggers;
    this.attributionCues = attributionCues;
    this.wordLists = wordLists;
    this.eventRules = eventRules;
    this.profile = CodingProfile.forConventions(eventRules, conventions);
    this.contexts = List.copyOf(contexts);
    this.countries = List.copyOf(countries);
    this.organizations = List.copyOf(organizations);
    this.people = List.copyOf(people);
    this.agents = List.copyOf(agents);
    this.codes = Map.copyOf(codes);
    this.patterns = List.copyOf(patterns);
    this.versions = Map.copyOf(versions);
    Map<String, List<VerbPattern>> byTrigger = new HashMap<>();
    for (VerbPattern p : patterns) {
      if (!codes.containsKey(p.code())) {
        throw new IllegalArgumentException(
            "pattern " + p.id() + " uses unknown CAMEO code " + p.code());
      }
      byTrigger.computeIfAbsent(p.pos() + ":" + p.trigger(), k -> new ArrayList<>()).add(p);
    }
    byTrigger.replaceAll((k, v) -> List.copyOf(v));
    this.patternsByTrigger = Map.copyOf(byTrigger);
    Map<String, CountryEntry> byIso = new HashMap<>();
    for (CountryEntry c : countries) {
      byIso.put(c.iso3(), c);
    }
    this.countryByIso = Map.copyOf(byIso);
  }

  /** The words the quotation attributor reads attributions by. */
  public AttributionCues attributionCues() {
    return attributionCues;
  }

  /** The word lists the event coder reads by. */
  public WordLists wordLists() {
    return wordLists;
  }

  /** The event coder's rules. */
  public EventRules eventRules() {
    return eventRules;
  }

  /**
   * The event coder's rules as this lexicon's conventions have them: profile {@code dyad} for
   * {@link Conventions#DYAD}, {@code petrarch} for {@link Conventions#PETRARCH}.
   */
  public CodingProfile profile() {
    return profile;
  }

  public List<CountryEntry> countries() {
    return countries;
  }

  public List<OrganizationEntry> organizations() {
    return organizations;
  }

  public List<PersonEntry> people() {
    return people;
  }

  public List<AgentEntry> agents() {
    return agents;
  }

  /** Cities, regions, provinces and states, each in its country. */
  public List<PlaceEntry> places() {
    return places;
  }

  /** Words of organisations' names that give them a sector. */
  public List<NameSectorEntry> nameSectors() {
    return nameSectors;
  }

  /** Peoples without a state, coded by the country they act in. */
  public List<EthnicGroupEntry> ethnicGroups() {
    return ethnicGroups;
  }

  public List<VerbPattern> patterns() {
    return patterns;
  }

  public List<ContextEntry> contexts() {
    return contexts;
  }

  public Map<String, String> versions() {
    return versions;
  }

  public Conventions conventions() {
    return conventions;
  }

  /**
   * The trigger words with their default codes ({@code lexicon/triggers.tsv}); none for
   * dictionaries without the file (PETRARCH's code through their patterns alone).
   */
  public TriggerDictionary triggers() {
    return triggers;
  }

  public CountryEntry country(String iso3) {
    return countryByIso.get(iso3);
  }

  /** The code's table row, or its nearest listed parent (0231 → 023 → 02). */
  public CameoCode code(String cameo) {
    for (String c = cameo; c.length() >= 2; c = c.substring(0, c.length() - 1)) {
      CameoCode found = codes.get(c);
      if (found != null) {
        return found;
      }
    }
    throw new IllegalArgumentException("unknown CAMEO code " + cameo);
  }

  public Map<String, CameoCode> codes() {
    return codes;
  }

  /** Patterns whose trigger is {@code lemma} in word class {@code pos}. */
  public List<VerbPattern> patternsFor(VerbPattern.Pos pos, String lemma) {
    return patternsByTrigger.getOrDefault(pos + ":" + lemma, List.of());
  }
}
