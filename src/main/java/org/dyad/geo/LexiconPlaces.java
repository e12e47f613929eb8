package org.dyad.geo;

import java.util.HashMap;
import java.util.Map;
import org.dyad.lexicon.CountryEntry;
import org.dyad.lexicon.Lexicon;
import org.dyad.lexicon.PlaceEntry;

/**
 * The lexicon's names of countries and places, by folded name ({@link NameKey}): a country's names
 * ("Britain", "U.S."), its adjectives and capitals, and the hand-listed places of {@code
 * lexicon/places.tsv}, each with its country. The geocoder trusts these over the gazetteer: they
 * are curated to be unambiguous. Immutable, thread-safe.
 */
public final class LexiconPlaces {
  /** What a name in the lexicon is. */
  public enum Kind {
    COUNTRY,
    ADJECTIVE,
    CAPITAL,
    PLACE
  }

  /**
   * A lexicon name: what it is, the ISO 3166 alpha-3 code of its country, and its entry's first
   * name ("Tennessee" for "Tenn.").
   */
  public record Name(Kind kind, String iso3, String canonical) {}

  private final Map<String, Name> names = new HashMap<>();

  public LexiconPlaces(Lexicon lexicon) {
    // Later kinds do not replace earlier ones: a country's name beats a namesake city.
    for (CountryEntry c : lexicon.countries()) {
      c.names()
          .forEach(
              n -> names.putIfAbsent(NameKey.of(n), new Name(Kind.COUNTRY, c.iso3(), c.name())));
    }
    for (CountryEntry c : lexicon.countries()) {
      c.capitals()
          .forEach(n -> names.putIfAbsent(NameKey.of(n), new Name(Kind.CAPITAL, c.iso3(), n)));
    }
    for (PlaceEntry p : lexicon.places()) {
      p.names()
          .forEach(
              n ->
                  names.putIfAbsent(
                      NameKey.of(n), new Name(Kind.PLACE, p.country(), p.names().get(0))));
    }
    for (CountryEntry c : lexicon.countries()) {
      c.adjectives()
          .forEach(
              n -> names.putIfAbsent(NameKey.of(n), new Name(Kind.ADJECTIVE, c.iso3(), c.name())));
    }
  }

  /** The lexicon's reading of a folded name, or null. */
  public Name get(String key) {
    return names.get(key);
  }
}
