package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Story events in the store: linked as articles are written, replaced and deleted, the same
 * whatever the order of the writes, and carried by the query, the exports and a migrated store.
 */
class StoryLinksTest {
  @TempDir Path dir;

  /** {@code c} as published again under another id by {@code source}. */
  private static CodedArticle reprint(CodedArticle c, String id, String source) {
    Article a = c.article();
    Article copy = new Article(id, a.date(), a.title(), a.text(), a.url(), source, id);
    return new CodedArticle(copy, c.sentences(), c.actors(), c.events(), c.quotes());
  }

  private static List<String> rows(Store store, String sql) {
    List<String> out = new ArrayList<>();
    try (Statement s = store.connection().createStatement();
        ResultSet r = s.executeQuery(sql)) {
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          row.append(i > 1 ? "|" : "").append(r.getString(i));
        }
        out.add(row.toString());
      }
    } catch (SQLException e) {
      throw new AssertionError(sql, e);
    }
    return out;
  }

  /** The links, independent of global event ids (which follow the order of the writes). */
  private static List<String> links(Store store) {
    List<String> all =
        new ArrayList<>(
            rows(
                store,
                "SELECT story_id, source_code, target_code, cameo_root, place_name, first_date,"
                    + " last_date, first_article_id, first_event_id, mentions, articles, sources"
                    + " FROM stories ORDER BY story_id"));
    all.addAll(
        rows(
            store,
            "SELECT story_id, article_id, event_id FROM story_mentions"
                + " ORDER BY story_id, article_id, event_id"));
    return all;
  }

  @Test
  void theSameEventsReportedByTwoOutletsAreOneStoryEachWithTwoArticlesAndTwoSources() {
    CodedArticle china = StoreFixtures.china();
    try (Store store = Store.open(dir)) {
      StoreFixtures.write(store, china);
      long alone = StoreTest.count(store, "SELECT count(*) FROM stories");
      assertTrue(alone > 0, "the fixture has events");
      assertEquals(
          china.events().size(), StoreTest.count(store, "SELECT count(*) FROM story_mentions"));
      StoreFixtures.write(store, reprint(china, "china-ap", "AP"));
      assertEquals(alone, StoreTest.count(store, "SELECT count(*) FROM stories"));
      assertEquals(
          0,
          StoreTest.count(
              store, "SELECT count(*) FROM stories WHERE articles <> 2 OR sources <> 2"));
      assertEquals(
          "china",
          rows(store, "SELECT DISTINCT first_article_id FROM stories").get(0),
          "the first report: both have the same date, then the smaller id");
      // A different happening on the same day stays apart.
      StoreFixtures.write(store, StoreFixtures.russia());
      assertEquals(
          alone,
          StoreTest.count(
              store,
              "SELECT count(*) FROM stories WHERE first_article_id = 'china' AND articles = 2"));
      assertEquals(
          0,
          StoreTest.count(
              store,
              "SELECT count(*) FROM stories s WHERE first_article_id ="
                  + " 'russia' AND articles > 1"));
    }
  }

  @Test
  void theOrderOfIngestDoesNotChangeTheLinks() {
    CodedArticle china = StoreFixtures.china();
    CodedArticle ap = reprint(china, "china-ap", "AP");
    CodedArticle afp = reprint(china, "china-afp", "AFP");
    CodedArticle russia = StoreFixtures.russia();
    List<String> one;
    try (Store store = Store.open(dir.resolve("one"))) {
      StoreFixtures.write(store, china);
      StoreFixtures.write(store, ap);
      StoreFixtures.write(store, russia, afp);
      one = links(store);
    }
    try (Store store = Store.open(dir.resolve("two"))) {
      StoreFixtures.write(store, afp, russia);
      StoreFixtures.write(store, ap, china);
      assertEquals(one, links(store));
    }
    try (Store store = Store.open(dir.resolve("three"))) {
      StoreFixtures.write(store, russia);
      StoreFixtures.write(store, afp);
      StoreFixtures.write(store, ap);
      StoreFixtures.write(store, china);
      assertEquals(one, links(store));
    }
  }

  @Test
  void replacingAndDeletingAnArticleRelinksItsStories() {
    CodedArticle china = StoreFixtures.china();
    try (Store store = Store.open(dir)) {
      StoreFixtures.write(store, china, reprint(china, "china-ap", "AP"));
      long stories = StoreTest.count(store, "SELECT count(*) FROM stories");
      // china-ap now tells another story: china's stories have one article again.
      StoreFixtures.write(store, reprint(StoreFixtures.russia(), "china-ap", "AP"));
      assertEquals(0, StoreTest.count(store, "SELECT count(*) FROM stories WHERE articles > 1"));
      StoreFixtures.write(store, reprint(china, "china-afp", "AFP"));
      assertEquals(
          stories, StoreTest.count(store, "SELECT count(*) FROM stories WHERE articles = 2"));
      assertEquals(1, store.delete(List.of("china-afp")));
      assertEquals(0, StoreTest.count(store, "SELECT count(*) FROM stories WHERE articles > 1"));
      assertEquals(
          StoreTest.count(store, "SELECT count(*) FROM events"),
          StoreTest.count(store, "SELECT count(*) FROM story_mentions"));
      assertEquals(
          0,
          StoreTest.count(
              store,
              "SELECT count(*) FROM story_mentions m WHERE NOT EXISTS (SELECT 1 FROM events e"
                  + " WHERE e.global_event_id = m.global_event_id)"));
    }
  }

  @Test
  void aStoreFromBeforeStoriesIsLinkedWhenOpened() throws Exception {
    CodedArticle china = StoreFixtures.china();
    List<String> linked;
    try (Store store = Store.open(dir)) {
      StoreFixtures.write(store, china, reprint(china, "china-ap", "AP"));
      linked = links(store);
      try (Statement s = store.connection().createStatement()) {
        s.execute("DROP TABLE stories");
        s.execute("DROP TABLE story_mentions");
        s.execute("DELETE FROM schema_version WHERE version >= " + StoreSchema.STORIES_VERSION);
      }
    }
    try (Store store = Store.open(dir)) {
      assertEquals(linked, links(store));
    }
  }

  @Test
  void queryAndExportsCarryTheStories() throws Exception {
    CodedArticle china = StoreFixtures.china();
    try (Store store = Store.open(dir)) {
      StoreFixtures.write(store, china, reprint(china, "china-ap", "AP"), StoreFixtures.russia());
      long stories = StoreTest.count(store, "SELECT count(*) FROM stories");
      long events = StoreTest.count(store, "SELECT count(*) FROM events");

      List<Map<String, Object>> found = new ArrayList<>();
      EventFilter all = EventFilter.all();
      new EventQuery(store).run(all, found::add);
      assertEquals(events, found.size());
      for (Map<String, Object> r : found) {
        long articles = ((Number) r.get("story_articles")).longValue();
        assertEquals(
            r.get("article_id").toString().startsWith("china") ? 2 : 1, articles, r.toString());
        assertTrue(r.get("story_id").toString().startsWith("S"), r.toString());
      }
      List<Map<String, Object>> listed = new ArrayList<>();
      new EventQuery(store).runStories(all, c -> {}, listed::add);
      assertEquals(stories, listed.size());
      List<Map<String, Object>> russian = new ArrayList<>();
      new EventQuery(store).runStories(EventFilter.all().withActor("RUS"), c -> {}, russian::add);
      assertTrue(
          !russian.isEmpty() && russian.size() < stories,
          "a filter selects the stories of its events: " + russian);

      Path gdelt = dir.resolve("gdelt");
      new Exporter(store).export(Exporter.Format.gdelt, gdelt);
      List<String> eventLines = Files.readAllLines(gdelt.resolve("events.gdelt.tsv"));
      List<String> mentionLines = Files.readAllLines(gdelt.resolve("mentions.gdelt.tsv"));
      assertEquals(stories, eventLines.size(), "one GDELT event per story event");
      assertEquals(events, mentionLines.size(), "one GDELT mention per stored event");
      int numMentions = GdeltColumns.EVENTS.indexOf("NumMentions");
      Set<String> ids = new HashSet<>();
      int twice = 0;
      for (String line : eventLines) {
        String[] f = line.split("\t", -1);
        ids.add(f[0]);
        if (f[numMentions + 2].equals("2")) {
          twice++;
          assertEquals("2", f[numMentions + 1], "NumSources: " + line);
        }
      }
      assertEquals(
          StoreTest.count(store, "SELECT count(*) FROM stories WHERE articles = 2"), twice);
      // The same counts as DuckDB reads the file back: every event's three counts filled.
      try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:duckdb:");
          java.sql.Statement st = db.createStatement();
          java.sql.ResultSet r =
              st.executeQuery(
                  "SELECT count(*), count(*) FILTER (WHERE NumArticles = 2),"
                      + " min(NumMentions), min(NumSources), min(NumArticles) FROM read_csv('"
                      + gdelt.resolve("events.gdelt.tsv").toString().replace("'", "''")
                      + "', delim = '\\t', header = false, columns = {"
                      + String.join(
                          ", ",
                          GdeltColumns.EVENTS.stream()
                              .map(
                                  n ->
                                      "'"
                                          + n
                                          + "': '"
                                          + (n.startsWith("Num") ? "INTEGER" : "VARCHAR")
                                          + "'")
                              .toList())
                      + "})")) {
        r.next();
        assertEquals(stories, r.getInt(1), "DuckDB reads one row per story event");
        assertEquals(twice, r.getInt(2), "NumArticles as DuckDB reads it");
        assertTrue(r.getInt(3) >= 1 && r.getInt(4) >= 1 && r.getInt(5) >= 1, "counts filled");
      }
      for (String line : mentionLines) {
        assertTrue(
            ids.contains(line.split("\t", -1)[0]), "a mention of an exported event: " + line);
      }

      Path plover = dir.resolve("plover");
      new Exporter(store).export(Exporter.Format.plover, plover);
      ObjectMapper json = new ObjectMapper();
      for (String line : Files.readAllLines(plover.resolve("events.plover.jsonl"))) {
        JsonNode o = json.readTree(line);
        assertTrue(o.get("story_id").asText().startsWith("S"), line);
        assertTrue(o.get("story_articles").asInt() >= 1, line);
      }
      Path tables = dir.resolve("jsonl");
      new Exporter(store).export(Exporter.Format.jsonl, tables);
      for (String line : Files.readAllLines(tables.resolve("events.jsonl"))) {
        JsonNode o = json.readTree(line);
        for (String c : Exporter.STORY_COLUMNS) {
          assertTrue(o.has(c), c + " in " + line);
        }
      }
    }
  }
}
