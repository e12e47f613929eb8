package org.dyad.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts the events a filter selects by where they happened, for the page's map: one point per
 * place, each event at exactly one point.
 *
 * <p>The rule, each step named by the {@link Basis} a point records: {@code coords} an event whose
 * place has coordinates ({@code place_lat}, {@code place_lon}, filled by geocoding) is at them;
 * {@code place_country} else at its place's country; {@code source_country} else at its source's
 * country, {@code target_country} else its target's, where an actor's country is its code's first
 * three letters when they name a country in {@code countries}; else it is not placed and only
 * counted. A point without coordinates names its country, and the page puts it at the centre of
 * that country's shape. Inputs: the rows of {@link EventQuery}. Stateless; each call reads the
 * store once.
 */
public final class EventPlaces {
  /** How a point was placed, strongest first. */
  public enum Basis {
    coords,
    place_country,
    source_country,
    target_country
  }

  /** One point: its coordinates (null: the country's centre) and its events. */
  public record Point(
      String key,
      Basis basis,
      Double lat,
      Double lon,
      String name,
      String country,
      String adm1,
      String precision,
      long events,
      List<Long> quad,
      Double goldstein,
      List<String> examples) {
    public Point {
      quad = List.copyOf(quad);
      examples = List.copyOf(examples);
    }
  }

  /** The points, heaviest first, and how many events had no place at all. */
  public record Result(List<Point> points, long events, long unplaced) {
    public Result {
      points = List.copyOf(points);
    }
  }

  static final int EXAMPLES = 3;

  private final Store store;
  private final Set<String> countries;

  /** {@code countries}: the ISO codes an actor code's first three letters may name. */
  public EventPlaces(Store store, Set<String> countries) {
    this.store = store;
    this.countries = Set.copyOf(countries);
  }

  public Result count(EventFilter filter) {
    Counter counter = new Counter(countries);
    new EventQuery(store).run(filter, counter::add);
    return counter.result();
  }

  /** Counts event rows (as {@link EventQuery} gives them) by point. Used by one thread. */
  static final class Counter {
    private final Set<String> countries;
    private final Map<String, Tally> tallies = new LinkedHashMap<>();
    private long events;
    private long unplaced;

    Counter(Set<String> countries) {
      this.countries = countries;
    }

    void add(Map<String, Object> row) {
      events++;
      Tally t = tally(row);
      if (t == null) {
        unplaced++;
      } else {
        t.add(row);
      }
    }

    Result result() {
      List<Point> points = new ArrayList<>();
      for (Tally t : tallies.values()) {
        points.add(t.point());
      }
      points.sort(Comparator.comparingLong(Point::events).reversed().thenComparing(Point::key));
      return new Result(points, events, unplaced);
    }

    /** The tally the row's event counts in, made when new; null when the event has no place. */
    private Tally tally(Map<String, Object> row) {
      Double lat = number(row.get("place_lat"));
      Double lon = number(row.get("place_lon"));
      String name = text(row.get("place_name"));
      String placeCountry = text(row.get("place_country"));
      if (lat != null && lon != null) {
        String key = lat + "," + lon + "," + (name == null ? "" : name);
        return tallies.computeIfAbsent(
            key,
            k ->
                new Tally(
                    k,
                    Basis.coords,
                    lat,
                    lon,
                    name,
                    placeCountry,
                    text(row.get("place_adm1")),
                    text(row.get("place_precision"))));
      }
      Basis basis = Basis.place_country;
      String country = placeCountry;
      if (country == null) {
        basis = Basis.source_country;
        country = actorCountry(row.get("source_code"));
      }
      if (country == null) {
        basis = Basis.target_country;
        country = actorCountry(row.get("target_code"));
      }
      if (country == null) {
        return null;
      }
      Basis b = basis;
      String c = country;
      Tally t =
          tallies.computeIfAbsent(c, k -> new Tally(k, b, null, null, null, c, null, "country"));
      t.strongest(b);
      return t;
    }

    private String actorCountry(Object code) {
      String s = text(code);
      return s != null && s.length() >= 3 && countries.contains(s.substring(0, 3))
          ? s.substring(0, 3)
          : null;
    }
  }

  private static String text(Object v) {
    return v == null || v.toString().isBlank() ? null : v.toString();
  }

  private static Double number(Object v) {
    return v instanceof Number n ? n.doubleValue() : null;
  }

  /** Events counted at one point so far. Used by one thread. */
  private static final class Tally {
    final String key;
    Basis basis;
    final Double lat;
    final Double lon;
    final String name;
    final String country;
    final String adm1;
    final String precision;
    final long[] quad = new long[4];
    final List<String> examples = new ArrayList<>();
    long events;
    double goldsteinSum;
    long goldsteinCount;

    Tally(
        String key,
        Basis basis,
        Double lat,
        Double lon,
        String name,
        String country,
        String adm1,
        String precision) {
      this.key = key;
      this.basis = basis;
      this.lat = lat;
      this.lon = lon;
      this.name = name;
      this.country = country;
      this.adm1 = adm1;
      this.precision = precision;
    }

    /** A country's point says the strongest reason any of its events is there. */
    void strongest(Basis b) {
      if (b.ordinal() < basis.ordinal()) {
        basis = b;
      }
    }

    void add(Map<String, Object> row) {
      events++;
      if (row.get("quad") instanceof Number q && q.intValue() >= 1 && q.intValue() <= 4) {
        quad[q.intValue() - 1]++;
      }
      if (row.get("goldstein") instanceof Number g) {
        goldsteinSum += g.doubleValue();
        goldsteinCount++;
      }
      if (examples.size() < EXAMPLES) {
        examples.add(row.get("article_id") + "/" + row.get("event_id"));
      }
    }

    Point point() {
      return new Point(
          key,
          basis,
          lat,
          lon,
          name,
          country,
          adm1,
          precision,
          events,
          List.of(quad[0], quad[1], quad[2], quad[3]),
          goldsteinCount == 0 ? null : goldsteinSum / goldsteinCount,
          examples);
    }
  }
}
