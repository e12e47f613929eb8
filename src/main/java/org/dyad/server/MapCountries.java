package org.dyad.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.lexicon.LexiconFile;
import org.dyad.lexicon.LexiconFormatException;

/**
 * The country names of the page's world outline and the ISO 3166-1 alpha-3 code of each, read from
 * {@code lexicon/map-countries.tsv} (kind {@code map-countries}: id, map name, ISO3 or {@code -}):
 * the outline names "Dem. Rep. Korea" where events say {@code PRK}.
 *
 * <p>Immutable and thread-safe.
 */
public record MapCountries(String version, Map<String, String> isoByName) {
  public static final String RESOURCE = "lexicon/map-countries.tsv";

  public MapCountries {
    isoByName = Collections.unmodifiableMap(new LinkedHashMap<>(isoByName));
  }

  /** Reads the table shipped with the app. */
  public static MapCountries load() {
    try (InputStream in = MapCountries.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the jar has no " + RESOURCE);
      }
      return read(RESOURCE, in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static MapCountries read(String origin, InputStream in) {
    LexiconFile file = LexiconFile.read(origin, in, "map-countries", 3);
    Map<String, String> iso = new LinkedHashMap<>();
    for (LexiconFile.Row r : file.rows()) {
      String code = r.get(2);
      if (!code.isEmpty() && !code.matches("[A-Z]{3}")) {
        throw new LexiconFormatException(
            origin, r.line(), "ISO3 must be three capital letters or '-', not '" + code + "'");
      }
      if (iso.put(r.get(1), code.isEmpty() ? null : code) != null || r.get(1).isEmpty()) {
        throw new LexiconFormatException(origin, r.line(), "map name given twice or empty");
      }
    }
    return new MapCountries(file.version(), iso);
  }

  /** Every ISO code with a shape on the map. */
  public Set<String> codes() {
    Set<String> codes = new TreeSet<>();
    for (String c : isoByName.values()) {
      if (c != null) {
        codes.add(c);
      }
    }
    return codes;
  }
}
