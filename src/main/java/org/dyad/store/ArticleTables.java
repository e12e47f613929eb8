package org.dyad.store;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.dyad.model.CodedArticle;
import org.dyad.model.Span;

/**
 * Appends one coded article's rows to the store's tables through DuckDB appenders, one per table,
 * in the column order of {@link StoreSchema}, from the rows {@link ExportRows} builds for every
 * writer of the exported tables.
 *
 * <p>Rows become visible only when the caller's transaction commits. Used from one thread.
 */
final class ArticleTables implements AutoCloseable {
  static final List<String> TABLES = List.of("articles", "sentences", "actors", "events", "quotes");

  /** The columns of the store's {@code articles} table, in {@link StoreSchema}'s order. */
  private static final List<String> ARTICLE_COLUMNS =
      List.of(
          "article_id",
          "content_hash",
          "date",
          "title",
          "text",
          "url",
          "source",
          "origin",
          "run_id",
          "batch",
          "coded_at",
          "coder");

  private final DuckDBAppender articles;
  private final DuckDBAppender sentences;
  private final DuckDBAppender actors;
  private final DuckDBAppender events;
  private final DuckDBAppender quotes;

  ArticleTables(DuckDBConnection db) throws SQLException {
    articles = db.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "articles");
    sentences = db.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "sentences");
    actors = db.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "actors");
    events = db.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "events");
    quotes = db.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "quotes");
  }

  /**
   * Appends every row of {@code coded}; its events get the global ids {@code firstGlobalId}, {@code
   * firstGlobalId + 1}, ... in article order.
   */
  void append(
      CodedArticle coded,
      String contentHash,
      int runId,
      long batch,
      LocalDateTime codedAt,
      String coder,
      long firstGlobalId)
      throws SQLException {
    var a = coded.article();
    String id = a.id();
    Map<String, List<List<Object>>> rows =
        ExportRows.of(
            coded, new ExportRows.Provenance(contentHash, runId, codedAt, coder), firstGlobalId);
    // The store's articles table keeps its older column order and adds the commit batch.
    List<String> exported = Exporter.TABLE_COLUMNS.get("articles");
    List<Object> article = rows.get("articles").get(0);
    articles.beginRow();
    for (String column : ARTICLE_COLUMNS) {
      value(articles, column.equals("batch") ? batch : article.get(exported.indexOf(column)));
    }
    articles.endRow();

    for (int i = 0; i < coded.sentences().size(); i++) {
      Span s = coded.sentences().get(i);
      sentences.beginRow();
      sentences.append(id).append(i).append(s.begin()).append(s.end()).append(s.of(a.text()));
      sentences.endRow();
    }
    // actors, events and quotes have the exported columns in the exported order.
    appendAll(actors, rows.get("actors"));
    appendAll(events, rows.get("events"));
    appendAll(quotes, rows.get("quotes"));
  }

  private static void appendAll(DuckDBAppender ap, List<List<Object>> rows) throws SQLException {
    for (List<Object> row : rows) {
      ap.beginRow();
      for (Object v : row) {
        value(ap, v);
      }
      ap.endRow();
    }
  }

  private static void value(DuckDBAppender ap, Object v) throws SQLException {
    // Java 17 has no pattern switch yet.
    if (v == null) {
      ap.appendNull();
    } else if (v instanceof String s) {
      ap.append(s);
    } else if (v instanceof Integer i) {
      ap.append(i.intValue());
    } else if (v instanceof Long l) {
      ap.append(l.longValue());
    } else if (v instanceof Double d) {
      ap.append(d.doubleValue());
    } else if (v instanceof LocalDate d) {
      ap.append(d);
    } else if (v instanceof LocalDateTime t) {
      ap.append(t);
    } else {
      throw new IllegalArgumentException(
          "no store column takes a " + v.getClass().getName() + ": " + v);
    }
  }

  /** Flushes the appended rows into the open transaction. */
  @Override
  public void close() throws SQLException {
    SQLException first = null;
    for (DuckDBAppender ap : List.of(articles, sentences, actors, events, quotes)) {
      try {
        ap.close();
      } catch (SQLException e) {
        if (first == null) {
          first = e;
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
