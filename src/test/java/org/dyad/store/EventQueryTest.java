package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dyad.TestEngine;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.dyad.model.Mode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries against a store on disk holding the example article and two small coded texts; each
 * expectation is computed from the coded records, so the test checks the query, not the coder.
 */
class EventQueryTest {
  @TempDir static Path dir;
  private static Store store;
  private static CodedArticle example;
  private static List<Event> all;

  @BeforeAll
  static void fill() {
    Path jsonl = TestEngine.shared("examples/china-dprk-socialist-cause.jsonl");
    example = TestEngine.coder().code(TestEngine.read(jsonl, null).get(0));
    store = Store.open(dir);
    StoreFixtures.write(store, example, StoreFixtures.china(), StoreFixtures.russia());
    all = new ArrayList<>();
    for (CodedArticle c : List.of(example, StoreFixtures.china(), StoreFixtures.russia())) {
      all.addAll(c.events());
    }
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static List<Map<String, Object>> run(EventFilter f) {
    List<Map<String, Object>> rows = new ArrayList<>();
    new EventQuery(store).run(f, rows::add);
    return rows;
  }

  private static long expected(java.util.function.Predicate<Event> p) {
    return all.stream().filter(p).count();
  }

  private static boolean code(org.dyad.model.Participant p, String prefix) {
    return p != null && p.code() != null && p.code().code().startsWith(prefix);
  }

  @Test
  void dyadChinaToNorthKoreaFindsTheExampleArticlesEvents() {
    List<Map<String, Object>> rows = run(EventFilter.all().withDyad("CHN", "PRK", false));
    assertEquals(expected(e -> code(e.source(), "CHN") && code(e.target(), "PRK")), rows.size());
    assertTrue(rows.size() >= 3, "the example article has China-to-North-Korea events: " + rows);
    for (Map<String, Object> r : rows) {
      assertTrue(((String) r.get("source_code")).startsWith("CHN"), r.toString());
      assertTrue(((String) r.get("target_code")).startsWith("PRK"), r.toString());
    }
    assertTrue(
        rows.stream()
            .anyMatch(r -> r.get("trigger").equals("applauded") && r.get("cameo").equals("051")),
        rows.toString());
  }

  @Test
  void eitherDirectionAddsTheReverseDyad() {
    long reverse = expected(e -> code(e.source(), "PRK") && code(e.target(), "CHN"));
    long forward = expected(e -> code(e.source(), "CHN") && code(e.target(), "PRK"));
    assertEquals(forward + reverse, run(EventFilter.all().withDyad("CHN", "PRK", true)).size());
    assertEquals(reverse, run(EventFilter.all().withDyad("PRK", "CHN", false)).size());
  }

  @Test
  void anActorIsACodePrefixOrAPartOfAName() {
    assertEquals(
        expected(e -> code(e.source(), "USA") || code(e.target(), "USA")),
        run(EventFilter.all().withActor("USA")).size());
    List<Map<String, Object>> byName = run(EventFilter.all().withActor("jinping"));
    assertFalse(byName.isEmpty(), "Xi Jinping acts in the example article");
    for (Map<String, Object> r : byName) {
      String names = r.get("source_name") + " " + r.get("target_name");
      assertTrue(names.toLowerCase().contains("jinping"), names);
    }
  }

  @Test
  void codesTypesQuadModeAndDatesFilter() {
    EventFilter none = EventFilter.all();
    assertEquals(all.size(), run(none).size());
    assertEquals(
        expected(e -> e.cameo().startsWith("05")),
        run(new EventFilter(
                null, null, null, null, null, false, "05", null, null, null, null, null, null, null,
                0))
            .size());
    assertEquals(
        expected(e -> e.root().equals("04")),
        run(new EventFilter(
                null, null, null, null, null, false, null, "04", null, null, null, null, null, null,
                0))
            .size());
    assertEquals(
        expected(e -> "CONSULT".equals(e.plover())),
        run(new EventFilter(
                null, null, null, null, null, false, null, null, "consult", null, null, null, null,
                null, 0))
            .size());
    assertEquals(
        expected(e -> e.quad() == 1),
        run(new EventFilter(
                null, null, null, null, null, false, null, null, null, 1, null, null, null, null,
                0))
            .size());
    assertEquals(
        expected(e -> e.mode() == Mode.NEGATED),
        run(new EventFilter(
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                null,
                Mode.NEGATED,
                null,
                null,
                null,
                0))
            .size());
    LocalDate day = LocalDate.of(2018, 6, 20);
    assertEquals(
        expected(e -> day.equals(e.date())),
        run(new EventFilter(
                null, null, null, null, null, false, null, null, null, null, null, day, day, null,
                0))
            .size());
    assertEquals(
        2,
        run(new EventFilter(
                null, null, null, null, null, false, null, null, null, null, null, null, null, null,
                2))
            .size());
  }

  @Test
  void textSearchFindsEventsBySentenceOrQuotation() {
    List<Map<String, Object>> rows = run(EventFilter.all().withText("applauded"));
    assertFalse(rows.isEmpty());
    for (Map<String, Object> r : rows) {
      assertTrue(((String) r.get("sentence_text")).toLowerCase().contains("applaud"), r.toString());
    }
    // Stemming: "applaud" finds the sentence that says "applauded".
    assertEquals(rows.size(), run(EventFilter.all().withText("applaud")).size());
    assertTrue(run(EventFilter.all().withText("zzyzxnotaword")).isEmpty());
  }

  @Test
  void quotationsAreIndexedAndFindTheEventsSaidInThem() throws Exception {
    Event said = all.stream().filter(e -> e.quote() != null).findFirst().orElseThrow();
    String article =
        List.of(example, StoreFixtures.china(), StoreFixtures.russia()).stream()
            .filter(c -> c.events().contains(said))
            .findFirst()
            .orElseThrow()
            .article()
            .id();
    List<TextIndex.Hit> hits = store.textIndex().search("\"socialist cause\"");
    assertTrue(hits.stream().anyMatch(h -> h.quoteId() != null), hits.toString());
    String quoteText =
        List.of(example, StoreFixtures.china(), StoreFixtures.russia()).stream()
            .flatMap(c -> c.quotes().stream())
            .filter(q -> q.id().equals(said.quote()))
            .findFirst()
            .orElseThrow()
            .text();
    List<Map<String, Object>> rows =
        run(EventFilter.all().withText("\"" + quoteText.replace("\"", "") + "\""));
    assertTrue(
        rows.stream()
            .anyMatch(
                r -> r.get("article_id").equals(article) && said.id().equals(r.get("event_id"))),
        "the event said in \"" + quoteText + "\" is found by its words: " + rows);
  }

  @Test
  void anUnreadableTextQueryIsAClearError() {
    StoreException e =
        assertThrows(StoreException.class, () -> run(EventFilter.all().withText("\"open")));
    assertTrue(e.getMessage().contains("text query"), e.getMessage());
  }

  @Test
  void aDyadNeedsBothSides() {
    assertThrows(
        IllegalArgumentException.class, () -> EventFilter.all().withDyad("CHN", null, false));
  }
}
