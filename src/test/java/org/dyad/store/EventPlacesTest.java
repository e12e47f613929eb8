package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The map's placing rule on hand-made event rows: no store, no CoreNLP. */
class EventPlacesTest {
  static final Set<String> COUNTRIES = Set.of("USA", "RUS", "SYR", "FRA");

  static Map<String, Object> row(String source, String target, String placeCountry) {
    Map<String, Object> r = new HashMap<>();
    r.put("article_id", "a");
    r.put("event_id", "e");
    r.put("source_code", source);
    r.put("target_code", target);
    r.put("place_country", placeCountry);
    r.put("quad", 4);
    r.put("goldstein", -10.0);
    return r;
  }

  static Map<String, Object> geocoded(double lat, double lon, String name) {
    Map<String, Object> r = row("RUSMIL", "SYRREB", "SYR");
    r.put("place_lat", lat);
    r.put("place_lon", lon);
    r.put("place_name", name);
    r.put("place_adm1", "Aleppo");
    r.put("place_precision", "city");
    return r;
  }

  @Test
  void anEventIsAtItsCoordinatesElseItsPlacesCountryElseItsSourcesElseItsTargets() {
    EventPlaces.Counter c = new EventPlaces.Counter(COUNTRIES);
    c.add(geocoded(36.2, 37.16, "Aleppo"));
    c.add(geocoded(36.2, 37.16, "Aleppo"));
    c.add(row("USAGOV", "RUS", "FRA")); // said in Paris: the place's country wins
    c.add(row("USAGOV", "RUS", null));
    c.add(row("IGONAT", "RUSMIL", null)); // NATO has no country: the target's
    c.add(row("IGOUNO", null, null)); // nowhere
    EventPlaces.Result r = c.result();
    assertEquals(6, r.events());
    assertEquals(1, r.unplaced());
    List<String> points =
        r.points().stream()
            .map(p -> p.basis() + " " + p.country() + " " + p.lat() + " " + p.events())
            .toList();
    assertEquals(
        List.of(
            "coords SYR 36.2 2",
            "place_country FRA null 1",
            "target_country RUS null 1",
            "source_country USA null 1"),
        points);
    EventPlaces.Point aleppo = r.points().get(0);
    assertEquals("Aleppo", aleppo.adm1());
    assertEquals("city", aleppo.precision());
    assertEquals(List.of(0L, 0L, 0L, 2L), aleppo.quad());
    assertEquals(-10.0, aleppo.goldstein());
  }

  @Test
  void rowsWithoutTheGeocodingColumnsArePlacedByCountry() {
    EventPlaces.Counter c = new EventPlaces.Counter(COUNTRIES);
    Map<String, Object> r = row("USA", "RUS", null);
    r.remove("place_country");
    c.add(r);
    assertEquals("USA", c.result().points().get(0).key());
  }

  @Test
  void eventsPlacedInOneCountryByDifferentStepsShareAPointNamingTheStrongest() {
    EventPlaces.Counter c = new EventPlaces.Counter(COUNTRIES);
    c.add(row("USAGOV", "RUS", null));
    c.add(row("FRA", "RUS", "USA"));
    List<EventPlaces.Point> points = c.result().points();
    assertEquals(1, points.size());
    assertEquals(EventPlaces.Basis.place_country, points.get(0).basis());
    assertEquals(2, points.get(0).events());
  }
}
