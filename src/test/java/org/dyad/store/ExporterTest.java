package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.TestEngine;
import org.dyad.model.CodedArticle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every export format written from a store on disk and read back the way an analyst would: the
 * GDELT files and the Parquet tables by a separate DuckDB, CSV and JSON by their own rules.
 */
class ExporterTest {
  @TempDir static Path dir;
  private static Store store;
  private static int events;
  private static CodedArticle example;
  private static CodedArticle march;

  @BeforeAll
  static void fill() {
    Path jsonl = TestEngine.shared("examples/china-dprk-socialist-cause.jsonl");
    example = TestEngine.coder().code(TestEngine.read(jsonl, null).get(0));
    store = Store.open(dir.resolve("store"));
    march =
        TestEngine.coder()
            .code(
                new org.dyad.model.Article(
                    "london-march",
                    java.time.LocalDate.of(2019, 3, 4),
                    "",
                    "Thousands marched through central London to protest against Brexit.",
                    null,
                    null,
                    "test"));
    StoreFixtures.write(store, example, StoreFixtures.russia(), march);
    events =
        example.events().size() + StoreFixtures.russia().events().size() + march.events().size();
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static String sqlPath(Path p) {
    return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
  }

  private static List<List<String>> rows(Connection db, String sql) throws SQLException {
    List<List<String>> out = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          row.add(r.getString(i));
        }
        out.add(row);
      }
    }
    return out;
  }

  @Test
  void gdeltHasSixtyOneColumnsInGdeltsOrder() {
    assertEquals(61, GdeltColumns.EVENTS.size());
    assertEquals("GlobalEventID", GdeltColumns.EVENTS.get(0));
    assertEquals("Actor2Code", GdeltColumns.EVENTS.get(15));
    assertEquals("IsRootEvent", GdeltColumns.EVENTS.get(25));
    assertEquals("ActionGeo_FeatureID", GdeltColumns.EVENTS.get(58));
    assertEquals(List.of("DATEADDED", "SOURCEURL"), GdeltColumns.EVENTS.subList(59, 61));
    assertEquals(16, GdeltColumns.MENTIONS.size());
  }

  @Test
  void theGdeltEventFileLoadsInDuckDbWithItsNamedColumns() throws Exception {
    Path out = dir.resolve("gdelt");
    List<Path> files = new Exporter(store).export(Exporter.Format.gdelt, out);
    Path eventsFile = out.resolve("events.gdelt.tsv");
    assertEquals(List.of(eventsFile, out.resolve("mentions.gdelt.tsv")), files);
    for (String line : Files.readAllLines(eventsFile)) {
      assertEquals(61, line.split("\t", -1).length, line);
    }
    String names = String.join(", ", GdeltColumns.EVENTS.stream().map(n -> "'" + n + "'").toList());
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
      List<List<String>> described =
          rows(
              db,
              "DESCRIBE SELECT * FROM read_csv("
                  + sqlPath(eventsFile)
                  + ", delim = '\\t', header = false, all_varchar = true, names = ["
                  + names
                  + "])");
      assertEquals(GdeltColumns.EVENTS, described.stream().map(r -> r.get(0)).toList());
      List<List<String>> china =
          rows(
              db,
              "SELECT Actor1Code, Actor1CountryCode, Actor2Code, EventCode, EventRootCode,"
                  + " QuadClass, Day, AvgTone, SOURCEURL FROM read_csv("
                  + sqlPath(eventsFile)
                  + ", delim = '\\t', header = false, all_varchar = true, names = ["
                  + names
                  + "]) WHERE EventCode = '051' AND Actor1Code = 'CHN' AND Actor2Code = 'PRK'");
      assertFalse(china.isEmpty(), "China applauded North Korea: CHN PRK 051");
      assertEquals(
          List.of("CHN", "CHN", "PRK", "051", "05", "1", "20180620"), china.get(0).subList(0, 7));
      assertEquals(null, china.get(0).get(7), "tone is unknown to Dyad and left empty");
      assertEquals("china-dprk-socialist-cause", china.get(0).get(8));
      assertEquals(
          String.valueOf(events),
          rows(
                  db,
                  "SELECT count(*) FROM read_csv("
                      + sqlPath(eventsFile)
                      + ", delim = '\\t', header = false)")
              .get(0)
              .get(0));
    }
  }

  @Test
  void mentionsLinkEachEventToItsArticleSentenceAndOffsets() throws Exception {
    Path out = dir.resolve("gdelt-mentions");
    new Exporter(store).export(Exporter.Format.gdelt, out);
    List<String> lines = Files.readAllLines(out.resolve("mentions.gdelt.tsv"));
    assertEquals(events, lines.size());
    String[] first = lines.get(0).split("\t", -1);
    assertEquals(16, first.length);
    var e1 = example.events().get(0);
    assertEquals("1", first[0]);
    assertEquals("china-dprk-socialist-cause", first[5]);
    assertEquals(String.valueOf(e1.sentence() + 1), first[6]);
    assertEquals(String.valueOf(e1.source().span().begin()), first[7]);
    assertEquals(String.valueOf(e1.triggerSpan().begin()), first[9]);
    assertTrue(first[15].contains("<DYAD_EVENT_ID>e1</DYAD_EVENT_ID>"), first[15]);
  }

  @Test
  void gdeltActorFieldsSplitCountryGroupAndTypes() {
    List<String> state = Exporter.gdeltActor("CHNGOVMIL", "China");
    assertEquals(List.of("CHNGOVMIL", "CHINA", "CHN", "", "", "", "", "GOV", "MIL", ""), state);
    List<String> igo = Exporter.gdeltActor("IGOUNO", "United Nations");
    assertEquals("", igo.get(2));
    assertEquals("UNO", igo.get(3));
    assertEquals("IGO", igo.get(7));
  }

  /** A table's exported columns: the shared contract, and for events the store's story columns. */
  private static List<String> exported(String table) {
    List<String> columns = new ArrayList<>(Exporter.TABLE_COLUMNS.get(table));
    if (table.equals("events")) {
      columns.addAll(Exporter.STORY_COLUMNS);
    }
    return columns;
  }

  @Test
  void parquetTablesOpenInDuckDbWithTheDocumentedColumns() throws Exception {
    Path out = dir.resolve("parquet");
    new Exporter(store).export(Exporter.Format.parquet, out);
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
      for (Map.Entry<String, List<String>> t : Exporter.TABLE_COLUMNS.entrySet()) {
        Path file = out.resolve(t.getKey() + ".parquet");
        List<List<String>> described =
            rows(db, "DESCRIBE SELECT * FROM read_parquet(" + sqlPath(file) + ")");
        assertEquals(
            exported(t.getKey()), described.stream().map(r -> r.get(0)).toList(), t.getKey());
      }
      assertEquals(
          String.valueOf(events),
          rows(
                  db,
                  "SELECT count(*) FROM read_parquet("
                      + sqlPath(out.resolve("events.parquet"))
                      + ")")
              .get(0)
              .get(0));
      List<List<String>> types =
          rows(
              db,
              "DESCRIBE SELECT cameo, date, quad FROM read_parquet("
                  + sqlPath(out.resolve("events.parquet"))
                  + ")");
      assertEquals(
          List.of("VARCHAR", "DATE", "INTEGER"), types.stream().map(r -> r.get(1)).toList());
    }
  }

  @Test
  void csvAndJsonLinesHaveOneFilePerTable() throws Exception {
    Path csv = dir.resolve("csv");
    new Exporter(store).export(Exporter.Format.csv, csv);
    Path jsonl = dir.resolve("jsonl");
    new Exporter(store).export(Exporter.Format.jsonl, jsonl);
    ObjectMapper json = new ObjectMapper();
    for (Map.Entry<String, List<String>> t : Exporter.TABLE_COLUMNS.entrySet()) {
      List<String> csvLines = Files.readAllLines(csv.resolve(t.getKey() + ".csv"));
      assertEquals(String.join(",", exported(t.getKey())), csvLines.get(0));
      List<String> jsonLines = Files.readAllLines(jsonl.resolve(t.getKey() + ".jsonl"));
      JsonNode first = json.readTree(jsonLines.get(0));
      List<String> fields = new ArrayList<>();
      first.fieldNames().forEachRemaining(fields::add);
      assertEquals(exported(t.getKey()), fields, t.getKey());
    }
    assertEquals(events, Files.readAllLines(jsonl.resolve("events.jsonl")).size());
    try (var listing = Files.list(csv)) {
      assertTrue(listing.noneMatch(p -> p.getFileName().toString().endsWith(".partial")));
    }
  }

  @Test
  void ploverRecordsHaveTheManualsRequiredFields() throws Exception {
    Path out = dir.resolve("plover");
    new Exporter(store).export(Exporter.Format.plover, out);
    ObjectMapper json = new ObjectMapper();
    Set<String> ids = new HashSet<>();
    List<String> lines = Files.readAllLines(out.resolve("events.plover.jsonl"));
    assertEquals(events, lines.size());
    for (String line : lines) {
      JsonNode e = json.readTree(line);
      for (String required : List.of("id", "date", "actor", "event")) {
        assertTrue(e.hasNonNull(required), required + " in " + line);
      }
      assertTrue(ids.add(e.get("id").asText()), "ids are unique: " + e.get("id"));
      assertTrue(e.get("actor").isArray() && e.get("event").isArray(), line);
      assertTrue(e.get("date").asText().matches("\\d{4}-\\d{2}-\\d{2}"), line);
      int q = e.get("quad_code").asInt();
      assertTrue(q >= 1 && q <= 4, line);
    }
    JsonNode first = json.readTree(lines.get(0));
    assertEquals("china-dprk-socialist-cause-e1", first.get("id").asText());
    assertEquals("CHN", first.get("actor").get(0).get("code").asText());
    assertEquals("PRK", first.get("recipient").get(0).get("code").asText());
  }

  @Test
  void aOneSidedEventLeavesTheSecondActorEmptyEverywhere() throws Exception {
    // "Thousands marched …": GDELT and PLOVER record events with no target; so does Dyad.
    assertEquals(1, march.events().size(), march.events().toString());
    assertEquals(null, march.events().get(0).target());
    Path gdelt = dir.resolve("gdelt-one-sided");
    new Exporter(store).export(Exporter.Format.gdelt, gdelt);
    String names = String.join(", ", GdeltColumns.EVENTS.stream().map(n -> "'" + n + "'").toList());
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
      List<List<String>> row =
          rows(
              db,
              "SELECT Actor1Code, Actor1CountryCode, Actor2Code, Actor2Name, Actor2CountryCode,"
                  + " EventCode FROM read_csv("
                  + sqlPath(gdelt.resolve("events.gdelt.tsv"))
                  + ", delim = '\\t', header = false, all_varchar = true, names = ["
                  + names
                  + "]) WHERE SOURCEURL = 'london-march'");
      assertEquals(1, row.size());
      assertEquals(Arrays.asList("GBRCVL", "GBR", null, null, null, "141"), row.get(0));
    }
    Path plover = dir.resolve("plover-one-sided");
    new Exporter(store).export(Exporter.Format.plover, plover);
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(plover.resolve("events.plover.jsonl"))) {
      JsonNode e = json.readTree(line);
      if (e.get("id").asText().startsWith("london-march")) {
        assertEquals("PROTEST", e.get("event").get(0).asText(), line);
        assertTrue(!e.has("recipient") || e.get("recipient").isEmpty(), line);
      }
    }
    Path jsonl = dir.resolve("jsonl-one-sided");
    new Exporter(store).export(Exporter.Format.jsonl, jsonl);
    String stored =
        Files.readAllLines(jsonl.resolve("events.jsonl")).stream()
            .filter(l -> l.contains("london-march"))
            .findFirst()
            .orElseThrow();
    JsonNode e = json.readTree(stored);
    assertTrue(e.get("target_code").isNull(), stored);
    assertTrue(e.get("rules").toString().contains("R.source.crowd"), stored);
  }

  /**
   * Issue 14, finding 9: an export was always the whole store. A selection exports what an event
   * filter selects, or only the articles stored by runs after a given one.
   */
  @Test
  void aSelectionExportsOnlyTheChosenEventsOrTheArticlesOfLaterRuns() throws Exception {
    try (Store s = Store.open(dir.resolve("selection-store"))) {
      StoreFixtures.write(s, example, StoreFixtures.russia());
      s.write(List.of(march), 2, StoreFixtures.CODED_AT, StoreFixtures.CODER);

      Path later = dir.resolve("since-run-1");
      new Exporter(s).export(Exporter.Format.jsonl, later, new Exporter.Selection(null, 1));
      List<String> articles = Files.readAllLines(later.resolve("articles.jsonl"));
      assertEquals(1, articles.size(), articles.toString());
      assertTrue(articles.get(0).contains("\"london-march\""), articles.get(0));
      assertEquals(march.events().size(), Files.readAllLines(later.resolve("events.jsonl")).size());

      EventFilter chinaOnKorea = EventFilter.all().withDyad("CHN", "PRK", false);
      int expected = new EventQuery(s).run(chinaOnKorea, row -> {});
      assertTrue(expected > 0);
      Path chosen = dir.resolve("dyad");
      new Exporter(s)
          .export(Exporter.Format.gdelt, chosen, new Exporter.Selection(chinaOnKorea, null));
      List<String> lines = Files.readAllLines(chosen.resolve("events.gdelt.tsv"));
      assertEquals(expected, lines.size());
      for (String line : lines) {
        String[] f = line.split("\t", -1);
        assertTrue(f[5].startsWith("CHN") && f[15].startsWith("PRK"), line);
      }
      Path tables = dir.resolve("dyad-tables");
      new Exporter(s)
          .export(Exporter.Format.csv, tables, new Exporter.Selection(chinaOnKorea, null));
      assertEquals(expected + 1, Files.readAllLines(tables.resolve("events.csv")).size());
      assertTrue(
          Files.readString(tables.resolve("actors.csv"))
              .lines()
              .skip(1)
              .allMatch(l -> l.startsWith(example.article().id() + ",")));

      Path none = dir.resolve("since-run-2");
      new Exporter(s).export(Exporter.Format.plover, none, new Exporter.Selection(null, 2));
      assertEquals(0, Files.readAllLines(none.resolve("events.plover.jsonl")).size());
    }
  }
}
