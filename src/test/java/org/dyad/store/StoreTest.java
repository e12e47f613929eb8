package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on disk: what it holds after writes, replacement, a failed batch and reopening. */
class StoreTest {
  @TempDir Path dir;

  static long count(Store store, String sql) {
    try (Statement s = store.connection().createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw new AssertionError(sql, e);
    }
  }

  @Test
  void storesEveryPartOfACodedArticle() {
    CodedArticle c = StoreFixtures.china();
    try (Store store = Store.open(dir)) {
      StoreFixtures.write(store, c);
      assertEquals(1, count(store, "SELECT count(*) FROM articles"));
      assertEquals(c.sentences().size(), count(store, "SELECT count(*) FROM sentences"));
      assertEquals(c.actors().size(), count(store, "SELECT count(*) FROM actors"));
      assertEquals(c.events().size(), count(store, "SELECT count(*) FROM events"));
      assertEquals(c.quotes().size(), count(store, "SELECT count(*) FROM quotes"));
      assertTrue(c.events().size() > 0, "the fixture must have events to test anything");
      assertEquals(
          1,
          count(
              store,
              "SELECT count(*) FROM articles WHERE coder = 'dyad test' AND origin = 'china'"
                  + " AND coded_at = TIMESTAMP '2024-05-01 12:00:00'"));
    }
    try (Store reopened = Store.open(dir)) {
      assertEquals(1, reopened.articleCount());
      assertEquals(ContentHash.of(c.article()), reopened.contentHash("china"));
    }
  }

  @Test
  void aChangedArticleReplacesTheOldVersionAndItsEvents() {
    CodedArticle before = StoreFixtures.china();
    CodedArticle after = StoreFixtures.code(StoreFixtures.article("china", StoreFixtures.RUSSIA));
    try (Store store = Store.open(dir)) {
      StoreFixtures.write(store, before);
      StoreFixtures.write(store, after);
      assertEquals(1, count(store, "SELECT count(*) FROM articles"));
      assertEquals(after.events().size(), count(store, "SELECT count(*) FROM events"));
      assertEquals(after.sentences().size(), count(store, "SELECT count(*) FROM sentences"));
      assertEquals(0, count(store, "SELECT count(*) FROM events WHERE trigger = 'applauded'"));
      assertEquals(ContentHash.of(after.article()), store.contentHash("china"));
    }
  }

  @Test
  void ingestingTheSameArticleTwiceStoresItOnce() {
    try (Store store = Store.open(dir)) {
      Clock clock = Clock.fixed(StoreFixtures.CODED_AT, ZoneOffset.UTC);
      for (int run = 0; run < 2; run++) {
        try (IngestSession session =
            new IngestSession(
                store, List.of("x"), "t", clock, 10, Duration.ofSeconds(2), fail -> {})) {
          Article a = StoreFixtures.china().article();
          if (session.toCode(a).isPresent()) {
            session.accept(StoreFixtures.china());
          }
          assertEquals(run == 0 ? 0 : 1, session.counts().unchanged());
        }
      }
      assertEquals(1, count(store, "SELECT count(*) FROM articles"));
      assertEquals(
          StoreFixtures.china().events().size(), count(store, "SELECT count(*) FROM events"));
      assertEquals(2, count(store, "SELECT count(*) FROM runs WHERE finished_at IS NOT NULL"));
    }
  }

  /**
   * Issue 14, finding 2: rerunning ingest without {@code --date} recoded every article and set its
   * date to null, and a changed article replaced the stored one without a word. Now a missing date
   * keeps the stored one, and a change is kept out unless the session replaces, which it counts.
   */
  @Test
  void aDifferingArticleIsKeptUnlessTheSessionReplacesAndAMissingDateIsNoChange() {
    Clock clock = Clock.fixed(StoreFixtures.CODED_AT, ZoneOffset.UTC);
    Article stored = StoreFixtures.china().article();
    try (Store store = Store.open(dir)) {
      StoreFixtures.write(store, StoreFixtures.china());
      try (IngestSession session =
          new IngestSession(
              store, List.of("x"), "t", clock, 10, Duration.ofSeconds(2), fail -> {})) {
        assertTrue(session.toCode(stored.withDate(null)).isEmpty());
        assertTrue(session.toCode(stored.withDate(LocalDate.of(2019, 1, 1))).isEmpty());
        assertTrue(session.toCode(stored.withHomeCountry("GBR")).isEmpty());
        assertEquals(new IngestSession.Counts(0, 0, 1, 2, 0), session.counts());
        assertEquals(List.of("china", "china"), session.differingExamples());
      }
      assertEquals(ContentHash.of(stored), store.contentHash("china"));
      try (IngestSession session =
          new IngestSession(
              store, List.of("x"), "t", clock, 10, Duration.ofSeconds(2), true, fail -> {})) {
        Article changed =
            new Article(
                "china", null, stored.title(), stored.text() + " More.", null, "Test Wire", "x");
        Article toCode = session.toCode(changed).orElseThrow();
        assertEquals(stored.date(), toCode.date(), "the stored date is kept");
        session.accept(StoreFixtures.code(toCode));
        session.close();
        assertEquals(new IngestSession.Counts(1, 1, 0, 0, 0), session.counts());
      }
      assertEquals(1, count(store, "SELECT count(*) FROM articles WHERE date = DATE '2018-06-20'"));
      assertEquals(1, store.articleCount());
    }
  }

  /** Issue 14, finding 9: there was no way to delete articles from a store. */
  @Test
  void deletingArticlesRemovesEveryRowAndTheirTextHits() {
    try (Store store = Store.open(dir)) {
      StoreFixtures.write(store, StoreFixtures.china(), StoreFixtures.russia());
      assertEquals(1, store.delete(List.of("china", "no-such-article", "china")));
      assertNull(store.contentHash("china"));
      for (String table : List.of("articles", "sentences", "actors", "events", "quotes")) {
        assertEquals(
            0, count(store, "SELECT count(*) FROM " + table + " WHERE article_id = 'china'"));
      }
      assertEquals(1, store.articleCount());
      assertEquals(
          0, new EventQuery(store).run(EventFilter.all().withText("applauded"), row -> {}));
    }
    try (Store reopened = Store.open(dir)) {
      assertEquals(1, count(reopened, "SELECT count(*) FROM articles"));
      assertEquals(0, reopened.delete(List.of("china")));
    }
  }

  @Test
  void aBatchThatFailsHalfwayStoresNothingOfIt() {
    CodedArticle good = StoreFixtures.russia();
    // A sentence past the end of its text makes the appender fail in the middle of the batch.
    CodedArticle broken =
        new CodedArticle(
            StoreFixtures.article("broken", "Short."),
            List.of(new Span(0, 500)),
            List.of(),
            List.of(),
            List.of());
    try (Store store = Store.open(dir)) {
      StoreFixtures.write(store, StoreFixtures.china());
      assertThrows(RuntimeException.class, () -> StoreFixtures.write(store, good, broken));
      assertEquals(1, count(store, "SELECT count(*) FROM articles"));
      assertEquals(0, count(store, "SELECT count(*) FROM events WHERE article_id = 'russia'"));
      assertEquals(0, count(store, "SELECT count(*) FROM sentences WHERE article_id <> 'china'"));
      assertNull(store.contentHash("russia"));
      StoreFixtures.write(store, good);
      assertEquals(2, store.articleCount());
    }
    try (Store reopened = Store.open(dir)) {
      assertEquals(2, count(reopened, "SELECT count(*) FROM articles"));
    }
  }

  @Test
  void oneArticleThatCannotBeStoredCostsOnlyItself() {
    CodedArticle broken =
        new CodedArticle(
            StoreFixtures.article("broken", "Short."),
            List.of(new Span(0, 500)),
            List.of(),
            List.of(),
            List.of());
    List<String> failures = new java.util.ArrayList<>();
    Clock clock = Clock.fixed(StoreFixtures.CODED_AT, ZoneOffset.UTC);
    try (Store store = Store.open(dir)) {
      try (IngestSession session =
          new IngestSession(
              store, List.of("x"), "t", clock, 10, Duration.ofSeconds(2), failures::add)) {
        session.accept(StoreFixtures.china());
        session.accept(broken);
        session.accept(StoreFixtures.russia());
        session.close();
        assertEquals(new IngestSession.Counts(2, 0, 0, 0, 1), session.counts());
      }
      assertEquals(2, store.articleCount());
      assertNull(store.contentHash("broken"));
      assertEquals(1, failures.size());
      assertTrue(failures.get(0).contains("could not store article \"broken\""), failures.get(0));
    }
  }

  @Test
  void globalEventIdsStayUniqueAcrossBatchesAndReopening() {
    try (Store store = Store.open(dir)) {
      StoreFixtures.write(store, StoreFixtures.china());
    }
    try (Store store = Store.open(dir)) {
      StoreFixtures.write(store, StoreFixtures.russia());
      assertEquals(
          count(store, "SELECT count(*) FROM events"),
          count(store, "SELECT count(DISTINCT global_event_id) FROM events"));
    }
  }

  @Test
  void theSchemaIsVersionedAndANewerStoreIsRefused() throws SQLException {
    try (Store store = Store.open(dir)) {
      assertEquals(StoreSchema.CURRENT_VERSION, StoreSchema.version(store.connection()));
      try (Statement s = store.connection().createStatement()) {
        s.execute("INSERT INTO schema_version VALUES (99, current_timestamp::TIMESTAMP)");
      }
    }
    StoreException e = assertThrows(StoreException.class, () -> Store.open(dir));
    assertTrue(e.getMessage().contains("schema version 99"), e.getMessage());
  }

  @Test
  void aStoreFolderThatIsAFileGivesAClearError() throws Exception {
    Path file = java.nio.file.Files.writeString(dir.resolve("not-a-folder"), "x");
    StoreException e = assertThrows(StoreException.class, () -> Store.open(file));
    assertTrue(e.getMessage().contains("not-a-folder"), e.getMessage());
    assertFalse(e.getMessage().isBlank());
  }

  @Test
  void aReadOnlyStoreReadsButRefusesWhatItCannotRead() throws SQLException {
    StoreException none = assertThrows(StoreException.class, () -> Store.openReadOnly(dir));
    assertTrue(none.getMessage().contains("there is no store in"), none.getMessage());
    try (Store store = Store.open(dir)) {
      StoreFixtures.write(store, StoreFixtures.china());
    }
    try (Store reader = Store.openReadOnly(dir)) {
      assertEquals(1, reader.articleCount());
      assertEquals(1, new StoreReader(reader).articles("\"We support the DPRK\"", 0, 10).total());
      SQLException write =
          assertThrows(
              SQLException.class,
              () -> {
                try (Statement s = reader.connection().createStatement()) {
                  s.execute("DELETE FROM articles");
                }
              });
      assertTrue(write.getMessage().contains("read-only"), write.getMessage());
    }
    try (Store store = Store.open(dir);
        Statement s = store.connection().createStatement()) {
      s.execute("INSERT INTO schema_version VALUES (99, current_timestamp::TIMESTAMP)");
    }
    StoreException newer = assertThrows(StoreException.class, () -> Store.openReadOnly(dir));
    assertTrue(newer.getMessage().contains("schema version 99"), newer.getMessage());
  }
}
