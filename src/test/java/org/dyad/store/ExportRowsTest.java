package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rows every writer of the exported tables shares: one value per contract column, each of the
 * declared type, events numbered from the first global id.
 */
class ExportRowsTest {
  private static final ExportRows.Provenance PROVENANCE =
      new ExportRows.Provenance("hash", 7, LocalDateTime.of(2024, 5, 1, 12, 0), "dyad test");

  @Test
  void everyRowHasOneValueOfTheDeclaredTypePerColumn() {
    assertDeclaredTypes(ExportRows.of(StoreFixtures.china(), PROVENANCE, 41));
  }

  /** The Spark job types its columns by the declared types: a home's coordinates are numbers. */
  @Test
  void anActorsHomeHasTheDeclaredTypes() {
    org.dyad.model.CodedArticle c = StoreFixtures.china();
    List<org.dyad.model.Actor> actors = new java.util.ArrayList<>(c.actors());
    actors.set(
        0,
        actors
            .get(0)
            .withHome(
                new org.dyad.model.Place(
                    "Beijing",
                    "CHN",
                    new org.dyad.model.Span(0, 7),
                    "CN.22",
                    39.9075,
                    116.3972,
                    1816670,
                    org.dyad.model.Place.Precision.city)));
    assertDeclaredTypes(
        ExportRows.of(
            new org.dyad.model.CodedArticle(
                c.article(), c.sentences(), actors, c.events(), c.quotes()),
            PROVENANCE,
            41));
  }

  private static void assertDeclaredTypes(Map<String, List<List<Object>>> rows) {
    assertEquals(Exporter.TABLE_COLUMNS.keySet(), rows.keySet());
    for (var table : rows.entrySet()) {
      List<String> columns = Exporter.TABLE_COLUMNS.get(table.getKey());
      assertFalse(table.getValue().isEmpty(), "the China article has " + table.getKey());
      for (List<Object> row : table.getValue()) {
        assertEquals(columns.size(), row.size(), table.getKey() + " row " + row);
        for (int i = 0; i < row.size(); i++) {
          Object v = row.get(i);
          if (v == null) {
            continue;
          }
          Class<?> expected =
              switch (ExportRows.COLUMN_TYPES.get(columns.get(i))) {
                case "VARCHAR" -> String.class;
                case "INTEGER" -> Integer.class;
                case "BIGINT" -> Long.class;
                case "DOUBLE" -> Double.class;
                case "DATE" -> LocalDate.class;
                case "TIMESTAMP" -> LocalDateTime.class;
                default -> throw new AssertionError("undeclared type of " + columns.get(i));
              };
          assertTrue(
              expected.isInstance(v),
              table.getKey() + "." + columns.get(i) + " is " + v.getClass() + ": " + v);
        }
      }
    }
  }

  @Test
  void eventsAreNumberedFromTheFirstGlobalIdInArticleOrder() {
    List<List<Object>> events = ExportRows.of(StoreFixtures.china(), PROVENANCE, 41).get("events");
    for (int i = 0; i < events.size(); i++) {
      assertEquals(41L + i, events.get(i).get(0));
    }
  }

  @Test
  void theArticleRowCarriesItsProvenance() {
    List<Object> article =
        ExportRows.of(StoreFixtures.china(), PROVENANCE, 1).get("articles").get(0);
    List<String> columns = Exporter.TABLE_COLUMNS.get("articles");
    assertEquals("china", article.get(columns.indexOf("article_id")));
    assertEquals("hash", article.get(columns.indexOf("content_hash")));
    assertEquals(7, article.get(columns.indexOf("run_id")));
    assertEquals("dyad test", article.get(columns.indexOf("coder")));
  }
}
