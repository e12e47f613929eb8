package org.dyad.lexicon;

import java.util.List;
import java.util.Locale;

/**
 * A place below the level of a state (a city, region, province or US state) and the country it lies
 * in, so that "voters in Ohio" and "Kurdish militias in Afrin" have a country.
 *
 * @param id {@code G.<ISO3>.<slug>}, the country's code inside it
 * @param names every common name and unambiguous abbreviation, most common first
 * @param country the ISO 3166 alpha-3 code of the country it lies in
 */
public record PlaceEntry(String id, List<String> names, String country, Kind kind, String note) {
  /** What sort of place it is. */
  public enum Kind {
    CITY,
    REGION,
    PROVINCE,
    STATE;

    /** The kind written in the dictionary ({@code city}, {@code region} ...). */
    public static Kind parse(String word) {
      for (Kind k : values()) {
        if (k.name().toLowerCase(Locale.ROOT).equals(word)) {
          return k;
        }
      }
      throw new IllegalArgumentException(
          "place kind must be city, region, province or state: " + word);
    }
  }

  public PlaceEntry {
    names = List.copyOf(names);
    if (!country.matches("[A-Z]{3}") || !id.startsWith("G." + country + ".")) {
      throw new IllegalArgumentException(
          "place id must be G.<country>.<slug> with its country's code: " + id + " in " + country);
    }
  }

  public String name() {
    return names.get(0);
  }
}
