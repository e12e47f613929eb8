package org.dyad.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.model.Place.Precision;

/**
 * GeoNames' countries, first-level divisions and populated places of at least 1,000 inhabitants,
 * looked up by folded name ({@link NameKey}). Read from the index the build makes ({@link
 * GazetteerIndexBuilder}); places are kept in parallel arrays to stay compact (about 150,000
 * places). Immutable once loaded; thread-safe.
 */
public final class Gazetteer {
  /**
   * The population a country scores as against its namesakes (GeoNames' country table is not in the
   * index): "Georgia" is the country unless the article is about the United States.
   */
  static final long COUNTRY_POPULATION = 30_000_000L;

  /** The resource the build writes. */
  public static final String RESOURCE = "/org/dyad/geo/gazetteer.tsv";

  /** A country: ISO 3166 codes, FIPS 10-4 code (GDELT's), name and a point inside it. */
  public record Country(
      String iso2, String iso3, String fips, String name, double lat, double lon) {}

  /** A first-level division: GeoNames code ({@code US.TX}), name, point, summed population. */
  public record Division(String code, String name, double lat, double lon, long population) {
    public String iso2() {
      return code.substring(0, 2);
    }
  }

  /**
   * A place a name may stand for.
   *
   * @param geonamesId GeoNames feature id, or null for a division or country
   * @param adm1 GeoNames first-level division code ({@code US.TX}), or null
   * @param capital a capital or the seat of a division
   * @param alternate matched by an alternate name, not the place's own
   */
  public record Candidate(
      Integer geonamesId,
      String name,
      String iso3,
      String adm1,
      double lat,
      double lon,
      long population,
      Precision precision,
      boolean capital,
      boolean alternate) {}

  private final Map<String, Country> byIso3;
  private final Map<String, Country> byIso2;
  private final Map<String, Division> divisions;
  private final Map<String, List<Division>> divisionsByKey;
  private final Map<String, Country> countriesByKey;
  private final int[] ids;
  private final String[] names;
  private final float[] lats;
  private final float[] lons;
  private final int[] populations;
  private final String[] divisionCodes;
  private final byte[] seats;

  /** Name key to place indexes, each shifted left once with the low bit set for alternate names. */
  private final Map<String, int[]> placesByKey;

  private Gazetteer(Reader r) {
    this.byIso3 = r.byIso3;
    this.byIso2 = r.byIso2;
    this.divisions = r.divisions;
    this.divisionsByKey = r.divisionsByKey;
    this.countriesByKey = r.countriesByKey;
    int n = r.ids.size();
    this.ids = r.ids.stream().mapToInt(Integer::intValue).toArray();
    this.names = r.names.toArray(String[]::new);
    this.lats = new float[n];
    this.lons = new float[n];
    for (int i = 0; i < n; i++) {
      lats[i] = r.lats.get(i);
      lons[i] = r.lons.get(i);
    }
    this.populations = r.populations.stream().mapToInt(Integer::intValue).toArray();
    this.divisionCodes = r.divisionCodes.toArray(String[]::new);
    this.seats = new byte[n];
    for (int i = 0; i < n; i++) {
      seats[i] = r.seats.get(i);
    }
    this.placesByKey = r.placesByKey;
  }

  /** The build's gazetteer, loaded on first use and kept for the process (it is immutable). */
  public static Gazetteer shared() {
    return Shared.INSTANCE;
  }

  private static final class Shared {
    static final Gazetteer INSTANCE = load();
  }

  /** Loads the index the build put on the class path. */
  public static Gazetteer load() {
    InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException(
          "no gazetteer on the class path (" + RESOURCE + "): build with mvn package");
    }
    return read(in);
  }

  public static Gazetteer read(InputStream in) {
    try (BufferedReader br =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      Reader r = new Reader();
      String line;
      while ((line = br.readLine()) != null) {
        if (!line.startsWith("#")) {
          r.line(line);
        }
      }
      return new Gazetteer(r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the gazetteer", e);
    }
  }

  public Country country(String iso3) {
    return iso3 == null ? null : byIso3.get(iso3);
  }

  public Division division(String code) {
    return code == null ? null : divisions.get(code);
  }

  public int size() {
    return ids.length;
  }

  /** The gazetteer's own name of the place with this GeoNames id, or null. */
  public String placeName(Integer geonamesId) {
    if (geonamesId == null) {
      return null;
    }
    for (int i = 0; i < ids.length; i++) {
      if (ids[i] == geonamesId) {
        return names[i];
      }
    }
    return null;
  }

  /** Places and divisions {@code name} may stand for, in no particular order. */
  public List<Candidate> lookup(String name) {
    String key = NameKey.of(name);
    List<Candidate> out = new ArrayList<>();
    Country country = countriesByKey.get(key);
    if (country != null) {
      out.add(
          new Candidate(
              null,
              country.name(),
              country.iso3(),
              null,
              country.lat(),
              country.lon(),
              COUNTRY_POPULATION,
              Precision.country,
              false,
              false));
    }
    for (Division d : divisionsByKey.getOrDefault(key, List.of())) {
      Country c = byIso2.get(d.iso2());
      out.add(
          new Candidate(
              null,
              d.name(),
              c.iso3(),
              d.code(),
              d.lat(),
              d.lon(),
              d.population(),
              Precision.adm1,
              false,
              false));
    }
    for (int packed : placesByKey.getOrDefault(key, new int[0])) {
      int i = packed >>> 1;
      String code = divisionCodes[i];
      out.add(
          new Candidate(
              ids[i],
              names[i],
              byIso2.get(code.substring(0, 2)).iso3(),
              divisions.containsKey(code) ? code : null,
              lats[i],
              lons[i],
              populations[i],
              Precision.city,
              seats[i] > 0,
              (packed & 1) == 1));
    }
    return out;
  }

  /** Accumulates the index's lines before they are packed into arrays. */
  private static final class Reader {
    final Map<String, Country> byIso3 = new HashMap<>();
    final Map<String, Country> byIso2 = new HashMap<>();
    final Map<String, Division> divisions = new HashMap<>();
    final Map<String, List<Division>> divisionsByKey = new HashMap<>();
    final Map<String, Country> countriesByKey = new HashMap<>();
    final List<Integer> ids = new ArrayList<>();
    final List<String> names = new ArrayList<>();
    final List<Float> lats = new ArrayList<>();
    final List<Float> lons = new ArrayList<>();
    final List<Integer> populations = new ArrayList<>();
    final List<String> divisionCodes = new ArrayList<>();
    final List<Byte> seats = new ArrayList<>();
    final Map<String, int[]> placesByKey = new HashMap<>();
    final Map<String, String> interned = new HashMap<>();

    void line(String line) {
      String[] f = line.split("\t", -1);
      switch (f[0]) {
        case "K" -> {
          Country c =
              new Country(
                  f[1], f[2], f[3], f[4], Double.parseDouble(f[5]), Double.parseDouble(f[6]));
          byIso3.put(c.iso3(), c);
          byIso2.put(c.iso2(), c);
          countriesByKey.put(NameKey.of(c.name()), c);
        }
        case "A" -> {
          Division d =
              new Division(
                  f[1],
                  f[2],
                  Double.parseDouble(f[3]),
                  Double.parseDouble(f[4]),
                  Long.parseLong(f[5]));
          divisions.put(d.code(), d);
          for (String key : DivisionNames.keys(d.name())) {
            divisionsByKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(d);
          }
        }
        case "P" -> {
          int i = ids.size();
          ids.add(Integer.parseInt(f[1]));
          names.add(f[2]);
          lats.add(Float.parseFloat(f[3]));
          lons.add(Float.parseFloat(f[4]));
          divisionCodes.add(interned.computeIfAbsent(f[5] + "." + f[6], k -> k));
          populations.add((int) Math.min(Integer.MAX_VALUE, Long.parseLong(f[7])));
          seats.add((byte) (f[8].equals("PPLC") ? 2 : f[8].startsWith("PPLA") ? 1 : 0));
          add(NameKey.of(f[2]), i << 1);
          if (!f[9].isEmpty()) {
            for (String a : f[9].split("\\|")) {
              add(NameKey.of(a), i << 1 | 1);
            }
          }
        }
        default -> throw new IllegalArgumentException("unknown gazetteer line: " + line);
      }
    }

    private void add(String key, int packed) {
      int[] old = placesByKey.get(key);
      if (old == null) {
        placesByKey.put(key, new int[] {packed});
      } else if (old[old.length - 1] >>> 1 != packed >>> 1) {
        int[] grown = Arrays.copyOf(old, old.length + 1);
        grown[old.length] = packed;
        placesByKey.put(key, grown);
      }
    }
  }
}
