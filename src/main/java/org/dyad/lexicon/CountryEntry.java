package org.dyad.lexicon;

import java.util.List;
import java.util.Set;

/**
 * A state or territory: its ISO 3166 alpha-3 code and the words that name it.
 *
 * @param metonyms names that stand for one of its institutions ("the Kremlin" → GOV, "the Pentagon"
 *     → MIL)
 */
public record CountryEntry(
    String id,
    String iso3,
    List<String> names,
    List<String> adjectives,
    List<String> capitals,
    List<Metonym> metonyms) {

  /**
   * A name that stands for an institution of the country.
   *
   * @param sector the sector it codes (GOV unless written {@code name:SECTOR})
   * @param requires country codes of which at least one must be named elsewhere in the article (the
   *     {@code @KOR|PRK} suffix), empty when unconditional
   */
  public record Metonym(String name, String sector, Set<String> requires) {
    public static Metonym parse(String text) {
      Set<String> requires = Set.of();
      int at = text.indexOf('@');
      if (at >= 0) {
        requires = Set.of(text.substring(at + 1).split("\\|"));
        text = text.substring(0, at);
      }
      String sector = "GOV";
      int colon = text.lastIndexOf(':');
      if (colon >= 0 && text.substring(colon + 1).matches("[A-Z]{3}")) {
        sector = text.substring(colon + 1);
        text = text.substring(0, colon);
      }
      return new Metonym(text.strip(), sector, requires);
    }
  }

  public CountryEntry {
    names = List.copyOf(names);
    adjectives = List.copyOf(adjectives);
    capitals = List.copyOf(capitals);
    metonyms = List.copyOf(metonyms);
  }

  public String name() {
    return names.isEmpty() ? iso3 : names.get(0);
  }
}
