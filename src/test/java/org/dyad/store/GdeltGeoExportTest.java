package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.ActorCode;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.dyad.model.Mode;
import org.dyad.model.Participant;
import org.dyad.model.Place;
import org.dyad.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The geo fields of a geocoded event in the store, the GDELT export (ActionGeo from the place,
 * Actor1Geo/Actor2Geo from the actors' homes, else their countries, loaded back with DuckDB) and
 * PLOVER. Hand-made events: no CoreNLP needed.
 */
class GdeltGeoExportTest {
  @TempDir Path dir;

  private static final String TEXT =
      "Police arrested protesters in Tripoli, Lebanon. Talks in Texas.";

  private static Event event(String id, Place place, String target) {
    return new Event(
        id,
        0,
        new Participant("a1", ActorCode.of("LBN", "COP"), "Police", new Span(0, 6)),
        new Participant(
            "a2", target == null ? null : new ActorCode(target), "protesters", new Span(16, 26)),
        "173",
        "ARREST",
        4,
        -5.0,
        LocalDate.of(2019, 3, 4),
        place,
        Mode.ASSERTED,
        "arrested",
        new Span(7, 15),
        "V.17.0001",
        null,
        List.of());
  }

  private static CodedArticle article() {
    Place tripoli =
        new Place(
            "Tripoli",
            "LBN",
            new Span(30, 37),
            "LB.09",
            34.4335,
            35.8442,
            266826,
            Place.Precision.city);
    Place texas =
        new Place(
            "Texas",
            "USA",
            new Span(57, 62),
            "US.TX",
            31.0982,
            -97.3764,
            null,
            Place.Precision.adm1);
    return new CodedArticle(
        StoreFixtures.article("geo", TEXT),
        List.of(new Span(0, 47), new Span(48, 63)),
        List.of(
            new Actor(
                "a1",
                "Police",
                Actor.Kind.ORGANIZATION,
                ActorCode.of("LBN", "COP"),
                null,
                "test",
                List.of(new Span(0, 6))),
            new Actor(
                    "a2",
                    "protesters",
                    Actor.Kind.GROUP,
                    ActorCode.of("LBN", "OPP"),
                    null,
                    "test",
                    List.of(new Span(16, 26)))
                .withHome(tripoli)),
        List.of(event("e1", tripoli, "LBNOPP"), event("e2", texas, null), event("e3", null, null)),
        List.of());
  }

  @Test
  void theGdeltFileCarriesActionAndActorGeoColumns() throws Exception {
    Path out = dir.resolve("gdelt");
    try (Store store = Store.open(dir.resolve("store"))) {
      StoreFixtures.write(store, article());
      new Exporter(store).export(Exporter.Format.gdelt, out);
      try (Statement s = StoreAccess.connection(store).createStatement();
          ResultSet r =
              s.executeQuery(
                  "SELECT place_adm1, place_lat, place_geonames_id, place_precision FROM events"
                      + " ORDER BY event_id")) {
        r.next();
        assertEquals("LB.09", r.getString(1));
        assertEquals(34.4335, r.getDouble(2), 1e-9);
        assertEquals(266826, r.getInt(3));
        assertEquals("city", r.getString(4));
      }
    }
    String names = String.join(", ", GdeltColumns.EVENTS.stream().map(n -> "'" + n + "'").toList());
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = db.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT ActionGeo_Type, ActionGeo_FullName, ActionGeo_CountryCode,"
                    + " ActionGeo_ADM1Code, ActionGeo_Lat, ActionGeo_Long, ActionGeo_FeatureID,"
                    + " Actor1Geo_Type, Actor1Geo_CountryCode, Actor2Geo_CountryCode,"
                    + " Actor2Geo_Type, Actor2Geo_FullName, Actor2Geo_FeatureID"
                    + " FROM read_csv('"
                    + out.resolve("events.gdelt.tsv").toString().replace("'", "''")
                    + "', delim = '\\t', header = false, all_varchar = true, columns = {"
                    + String.join(
                        ", ",
                        GdeltColumns.EVENTS.stream().map(n -> "'" + n + "': 'VARCHAR'").toList())
                    + "}) ORDER BY GlobalEventID")) {
      List<List<String>> rows = new ArrayList<>();
      while (r.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= 13; i++) {
          row.add(r.getString(i));
        }
        rows.add(row);
      }
      assertEquals(3, rows.size(), names);
      assertEquals(
          List.of(
              "4",
              "Tripoli, Lebanon",
              "LE",
              "LE09",
              "34.4335",
              "35.8442",
              "266826",
              "1",
              "LE",
              "LE"),
          rows.get(0).subList(0, 10),
          "a world city in Lebanon (FIPS LE); both actors are Lebanese");
      assertEquals(
          List.of("4", "Tripoli, Lebanon", "266826"),
          rows.get(0).subList(10, 13),
          "the protesters' home is the city the text places them in, not only their country");
      assertEquals(
          List.of("2", "Texas, United States", "US", "USTX", "31.0982", "-97.3764", "USTX"),
          rows.get(1).subList(0, 7),
          "a US state");
      assertEquals(null, rows.get(1).get(9), "an actor with no code has no home");
      assertEquals(null, rows.get(2).get(0), "an event without a place has no ActionGeo");
    }
  }

  @Test
  void aStoreFromBeforeGeocodingGainsTheGeoColumnsWhenOpened() throws Exception {
    Path storeDir = dir.resolve("old");
    try (Store store = Store.open(storeDir)) {
      StoreFixtures.write(store, article());
      try (Statement s = StoreAccess.connection(store).createStatement()) {
        for (String c :
            List.of(
                "place_adm1", "place_lat", "place_lon", "place_geonames_id", "place_precision")) {
          s.execute("ALTER TABLE events DROP COLUMN " + c);
        }
        s.execute("DELETE FROM schema_version WHERE version >= " + StoreSchema.GEO_VERSION);
      }
    }
    try (Store store = Store.open(storeDir);
        Statement s = StoreAccess.connection(store).createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT count(*), count(place_lat), (SELECT max(version) FROM schema_version)"
                    + " FROM events")) {
      r.next();
      assertEquals(3, r.getInt(1), "the events are kept");
      assertEquals(0, r.getInt(2), "their places are not geocoded until coded again");
      assertEquals(StoreSchema.CURRENT_VERSION, r.getInt(3));
    }
  }

  @Test
  void ploverGivesTheGeolocation() throws Exception {
    Path out = dir.resolve("plover");
    try (Store store = Store.open(dir.resolve("store2"))) {
      StoreFixtures.write(store, article());
      new Exporter(store).export(Exporter.Format.plover, out);
    }
    String first = java.nio.file.Files.readAllLines(out.resolve("events.plover.jsonl")).get(0);
    var loc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(first).get("event_loc");
    assertEquals(34.4335, loc.get("geolocation").get("lat").asDouble(), 1e-9);
    assertEquals("city", loc.get("geolocation").get("precision").asText());
  }
}
