package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dyad.model.ActorCode;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.dyad.model.Mode;
import org.dyad.model.Participant;
import org.dyad.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The actor network and the busiest dyad over hand-made events (no CoreNLP). Regression (issue 16):
 * NATO, the UN and the EU were all one node "IGO".
 */
class NetworkTest {
  static final String TEXT = "x. y. z.";

  @TempDir Path dir;

  static Event event(String source, String target) {
    return new Event(
        "e",
        0,
        new Participant(null, new ActorCode(source), source, new Span(0, 1)),
        new Participant(null, new ActorCode(target), target, new Span(2, 3)),
        "042",
        "CONSULT",
        1,
        1.9,
        LocalDate.of(2020, 1, 15),
        null,
        Mode.ASSERTED,
        "met",
        new Span(4, 5),
        "V.042",
        null,
        List.of());
  }

  static CodedArticle article(String id, Event... events) {
    List<Event> numbered = new ArrayList<>();
    for (int i = 0; i < events.length; i++) {
      numbered.add(events[i].withId("e" + (i + 1)));
    }
    Article a =
        new Article(id, LocalDate.of(2020, 1, 15), id, TEXT, null, "src-" + id, "test", null);
    return new CodedArticle(a, List.of(new Span(0, TEXT.length())), List.of(), numbered, List.of());
  }

  @Test
  void internationalOrganisationsAreNodesOfTheirOwnAndCountriesOneNodeEach() {
    try (Store store = Store.open(dir)) {
      store.write(
          List.of(
              article("a", event("IGONAT", "USAGOV"), event("IGOUNO", "SYRGOV")),
              article("b", event("IGOEUR", "RUSGOV"), event("USAMIL", "RUS")),
              article("c", event("RUSGOV", "USA"), event("USAGOV", "RUSGOV"))),
          1,
          Instant.parse("2024-05-01T12:00:00Z"),
          "dyad test");
      StoreReader reader = new StoreReader(store);
      List<String> edges =
          reader.network(null, null, 10).stream()
              .map(e -> e.get("source") + ">" + e.get("target") + " " + e.get("events"))
              .toList();
      assertEquals(
          List.of("USA>RUS 2", "IGOEUR>RUS 1", "IGONAT>USA 1", "IGOUNO>SYR 1", "RUS>USA 1"), edges);
      assertTrue(edges.stream().noneMatch(e -> e.startsWith("IGO>")), edges.toString());
      Map<String, Object> busiest = reader.busiestDyad().orElseThrow();
      assertEquals("USA", busiest.get("source"));
      assertEquals("RUS", busiest.get("target"));
      assertEquals(3L, ((Number) busiest.get("events")).longValue());
    }
  }

  @Test
  void aStoreWithoutTwoSidedEventsHasNoBusiestDyad() {
    try (Store store = Store.open(dir)) {
      assertTrue(new StoreReader(store).busiestDyad().isEmpty());
    }
  }
}
