package org.dyad.coding;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dyad.lexicon.DictionaryName;
import org.dyad.lexicon.EthnicGroupEntry;
import org.dyad.model.ActorCode;
import org.dyad.model.Place;
import org.dyad.model.Sentence;

/**
 * Codes a people without a state ("the Kurds", "Kurdish militias", "Uighur activists") as CAMEO
 * codes non-state groups: by the country it acts in, one of those {@code lexicon/ethnic-groups.tsv}
 * lists for it. That is the place its own phrase names ("Kurdish militias in Afrin" SYRREB), else
 * the nationality written before it ("Iraqi Kurds"), else the one country the places of its
 * sentence lie in ("shelled Kurdish positions near Afrin"), else the country the story is set in,
 * else its only country; with none of these it stays uncoded.
 *
 * <p>The sector comes from the noun after the adjective: the armed (militia, fighters, forces,
 * positions) REB, officials, authorities and leaders GOV (Iraq's Kurdistan Regional Government),
 * others their own (civilians CVL, a party PTY, separatists SEP); the people named alone CVL.
 * Stateless; PETRARCH's conventions never reach it.
 */
final class EthnicGroupSieve {
  private EthnicGroupSieve() {}

  /** Sieve {@code A.code.ethnic-group}: a people found by {@link EthnicGroupMentionSieve}. */
  static final CodingSieve SIEVE =
      (m, s, before, d) ->
          m.code() == null && m.awaiting() == Awaiting.WHERE_THEY_ARE
              ? new CodingSieve.Decision(
                  codeEthnicGroup(
                      m,
                      s,
                      d.allHits.get(s.index()),
                      d.agentHits.get(s.index()),
                      d.places.get(s.index()),
                      d.setting))
              : null;

  /** Nouns of armed groups that are no agents: "Kurdish positions". */
  static final Set<String> ARMED_NOUNS = ActorWords.SHIPPED.of("armed-noun");

  /** The sectors whose members are the people's armed side, whatever the noun says. */
  private static final Set<String> ARMED_SECTORS = Set.of("MIL", "UAF");

  /** Agent nouns of inherited sector that name the armed side: "Kurdish fighters". */
  private static final Set<String> ARMED_AGENTS = ActorWords.SHIPPED.of("armed-agent");

  /**
   * The sector of a people's phrase.
   *
   * @param agentSector the sector of the agent noun after the adjective, null for one of inherited
   *     sector ("officials")
   * @param noun the lemma of the phrase's head noun, or null for the people named alone
   */
  static String sector(String agentSector, String noun) {
    if (noun == null) {
      return "CVL";
    }
    if (ARMED_NOUNS.contains(noun)
        || ARMED_AGENTS.contains(noun)
        || agentSector != null && ARMED_SECTORS.contains(agentSector)) {
      return "REB";
    }
    return agentSector == null ? "GOV" : agentSector;
  }

  /**
   * The people's mention coded, or unchanged when the text does not place it in one of its
   * countries.
   *
   * @param nationality the country a nationality word right before the people's names, or null
   */
  static Mention code(
      Mention m,
      Sentence s,
      EthnicGroupEntry people,
      String sector,
      String nationality,
      List<Place> places,
      StorySetting setting) {
    String base = m.rule();
    List<String> theirs = people.countries();
    Place own = GroupSettingSieve.placeInPhrase(m, s, places);
    if (own != null && theirs.contains(own.country())) {
      return m.settledAs(ActorCode.of(own.country(), sector), base + " in place " + own.name());
    }
    if (nationality != null && theirs.contains(nationality)) {
      return m.settledAs(ActorCode.of(nationality, sector), base + " of " + nationality);
    }
    Set<String> countries = new LinkedHashSet<>();
    Place near = null;
    for (Place p : places) {
      if (p.country() != null
          && theirs.contains(p.country())
          && GroupSettingSieve.happensThere(s, p)) {
        countries.add(p.country());
        near = near == null ? p : near;
      }
    }
    if (countries.size() == 1) {
      return m.settledAs(
          ActorCode.of(near.country(), sector), base + " in sentence place " + near.name());
    }
    if (setting != null && setting.country() != null && theirs.contains(setting.country())) {
      return m.settledAs(ActorCode.of(setting.country(), sector), base + " in " + setting.rule());
    }
    if (theirs.size() == 1) {
      return m.settledAs(ActorCode.of(theirs.get(0), sector), base + " of their only country");
    }
    return m;
  }

  /** The people's code for a mention made by {@link EthnicGroupMentionSieve}. */
  private static Mention codeEthnicGroup(
      Mention m,
      Sentence s,
      List<DictionaryHit> hits,
      List<DictionaryHit> agents,
      List<Place> places,
      StorySetting setting) {
    DictionaryHit people = null;
    for (DictionaryHit h : hits) {
      if (h.name().kind() == DictionaryName.Kind.ETHNIC_GROUP && m.covers(h.first())) {
        people = h;
      }
    }
    if (people == null) {
      return m;
    }
    String noun = m.last() == people.last() ? null : s.token(m.last()).lemma();
    String agentSector = null;
    for (DictionaryHit a : agents) {
      if (a.last() == m.last() && a.first() > people.last()) {
        agentSector = a.name().agent().sector();
      }
    }
    DictionaryHit nationality = DictionaryHit.hitAt(hits, m.first());
    String country =
        nationality != null && nationality.name().kind() == DictionaryName.Kind.ADJECTIVE
            ? nationality.name().country().iso3()
            : null;
    return code(
        m, s, people.name().ethnicGroup(), sector(agentSector, noun), country, places, setting);
  }
}
