package org.dyad.geo;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.lexicon.LexiconFile;

/**
 * Each country's ISO 3166 codes, FIPS 10-4 code (GDELT's) and name, from {@code
 * lexicon/country-codes.tsv} (kind {@code country-codes}), and, where the build's gazetteer gives
 * one, a point inside it (the median of its places). Immutable, thread-safe.
 */
public final class CountryCodes {
  /** The authored table. */
  public static final String TABLE = "/lexicon/country-codes.tsv";

  /** The points the build writes beside the gazetteer (iso3, lat, lon). */
  public static final String POINTS = "/org/dyad/geo/country-points.tsv";

  /**
   * One country.
   *
   * @param lat latitude of a point inside it, or null when the build gave none
   */
  public record Country(
      String id, String iso3, String iso2, String fips, String name, Double lat, Double lon) {}

  private final Map<String, Country> byIso3;

  private CountryCodes(Map<String, Country> byIso3) {
    this.byIso3 = Map.copyOf(byIso3);
  }

  /** Reads the table's rows (the points left null). */
  public static List<Country> read(String origin, InputStream in) {
    return LexiconFile.read(origin, in, "country-codes", 5).rows().stream()
        .map(r -> new Country(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), null, null))
        .toList();
  }

  /** The shipped table with the build's points. */
  public static CountryCodes load() {
    Map<String, Country> m = new HashMap<>();
    try (InputStream table = CountryCodes.class.getResourceAsStream(TABLE);
        InputStream points = CountryCodes.class.getResourceAsStream(POINTS)) {
      if (table == null) {
        throw new IllegalStateException("no " + TABLE + " on the class path");
      }
      read("lexicon/country-codes.tsv", table).forEach(c -> m.put(c.iso3(), c));
      if (points != null) {
        for (String line : new String(points.readAllBytes(), "UTF-8").split("\n")) {
          String[] f = line.split("\t");
          Country c = f.length == 3 ? m.get(f[0]) : null;
          if (c != null) {
            m.put(
                c.iso3(),
                new Country(
                    c.id(),
                    c.iso3(),
                    c.iso2(),
                    c.fips(),
                    c.name(),
                    Double.parseDouble(f[1]),
                    Double.parseDouble(f[2])));
          }
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read the country codes", e);
    }
    return new CountryCodes(m);
  }

  /** The country with this ISO 3166 alpha-3 code, or null. */
  public Country get(String iso3) {
    return iso3 == null ? null : byIso3.get(iso3);
  }
}
