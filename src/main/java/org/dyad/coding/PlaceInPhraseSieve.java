package org.dyad.coding;

import java.util.List;
import org.dyad.model.ActorCode;
import org.dyad.model.Place;
import org.dyad.model.Sentence;

/**
 * Sieve {@code A.code.place-in-phrase}: a role noun waiting for the article's country whose own
 * phrase names a place is that place's ("the government in Kabul"); police, rebels and attackers no
 * one names are the country of their sentence's place ("Police arrested dozens of protesters in
 * Moscow", "Maoist rebels attacked a police station in western Nepal", "killed 12 people in
 * Kabul"). Tried before the article's country, which a place in the phrase outranks. Stateless.
 */
final class PlaceInPhraseSieve implements CodingSieve {
  @Override
  public Decision code(Mention m, Sentence s, List<Mention> before, ArticleDraft d) {
    if (m.code() != null || m.awaiting() != Awaiting.ARTICLE_COUNTRY) {
      return null;
    }
    String sector = roleSector(m, d.agentHits.get(s.index()));
    List<Place> places = d.places.get(s.index());
    // Not the armed forces and spies, whom a place names where they serve ("troops … based in
    // Brunei"), nor embassies and envoys, which it names where they are posted.
    if (sector != null
        && !sector.equals("MIL")
        && !sector.equals("SPY")
        && !Phrases.STATIONED_NOUNS.contains(s.token(m.last()).lemma())) {
      Place own = GroupSettingSieve.placeInPhrase(m, s, places);
      if (own != null) {
        return new Decision(
            m.settledBy(" in place " + own.name()).withCode(ActorCode.of(own.country(), sector)));
      }
      // Rebels and insurgents no country names fight where the sentence puts them, as the police
      // do: "Maoist rebels attacked a police station in western Nepal".
      Place near =
          sector.equals("COP")
                  || sector.equals("UAF")
                  || sector.equals("REB")
                  || sector.equals("INS")
              ? GroupSettingSieve.onlyCountryOfSentence(s, places)
              : null;
      if (near == null && sector.equals("UAF")) {
        // Attackers no one names act where their victims are: "killed 12 people in Kabul".
        near = GroupSettingSieve.onlyCountryNamedIn(s, places);
      }
      if (near != null) {
        return new Decision(
            m.settledBy(" in sentence place " + near.name())
                .withCode(ActorCode.of(near.country(), sector)));
      }
    }
    return null;
  }

  /** The sector of the role noun that ends the mention, or null. */
  static String roleSector(Mention m, List<DictionaryHit> agents) {
    String sector = null;
    for (DictionaryHit a : agents) {
      if (a.first() >= m.first() && a.last() == m.last()) {
        sector = a.name().agent().sector();
      }
    }
    return sector;
  }
}
