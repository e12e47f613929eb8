package org.dyad.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Finds stored events by an {@link EventFilter} and hands each on as a row of named values: the
 * event's columns (as in the events export) plus the actors' names and the sentence's text.
 *
 * <p>Filters become one parameterised SQL statement; a text filter first asks the Lucene index and
 * joins its hits. Rows come in date, article and event order. Used from one thread.
 */
public final class EventQuery {
  private static final String SELECT =
      """
      SELECT e.global_event_id, e.article_id, e.event_id, e.sentence, e.date,
        e.source_actor, sa.name AS source_name, e.source_code, e.source_text,
        e.target_actor, ta.name AS target_name, e.target_code, e.target_text,
        e.cameo, e.plover, e.quad, e.goldstein, e.mode, e.place_name, e.place_country,
        e.place_adm1, e.place_lat, e.place_lon, e.place_geonames_id, e.place_precision,
        e.trigger, e.trigger_begin, e.trigger_end, e.rule, e.quote_id, e.contexts,
        s.text AS sentence_text, sm.story_id, st.articles AS story_articles,
        st.sources AS story_sources, st.mentions AS story_mentions
      FROM events e
      LEFT JOIN actors sa ON sa.article_id = e.article_id AND sa.actor_id = e.source_actor
      LEFT JOIN actors ta ON ta.article_id = e.article_id AND ta.actor_id = e.target_actor
      LEFT JOIN sentences s ON s.article_id = e.article_id AND s.sentence = e.sentence
      LEFT JOIN story_mentions sm ON sm.global_event_id = e.global_event_id
      LEFT JOIN stories st ON st.story_id = sm.story_id
      """;

  /**
   * Story events, each told by its first report: the events they link, first and last day, place
   * and counts, and the first report's words.
   */
  private static final String STORIES =
      """
      SELECT st.story_id, st.first_date, st.last_date,
        st.source_code, sa.name AS source_name, e.source_text,
        st.target_code, ta.name AS target_name, e.target_text,
        e.cameo, st.cameo_root, e.plover, e.quad, e.goldstein, st.place_name,
        e.place_lat, e.place_lon, e.place_precision,
        st.articles, st.sources, st.mentions,
        st.first_article_id, st.first_event_id, e.trigger, s.text AS sentence_text
      FROM stories st
      JOIN events e ON e.global_event_id = st.first_global_event_id
      LEFT JOIN actors sa ON sa.article_id = e.article_id AND sa.actor_id = e.source_actor
      LEFT JOIN actors ta ON ta.article_id = e.article_id AND ta.actor_id = e.target_actor
      LEFT JOIN sentences s ON s.article_id = e.article_id AND s.sentence = e.sentence
      """;

  private final Store store;

  public EventQuery(Store store) {
    this.store = store;
  }

  /** Runs the query and returns how many events it handed on. */
  public int run(EventFilter f, Consumer<Map<String, Object>> sink) {
    return run(f, columns -> {}, sink);
  }

  /**
   * Runs the query, handing on its column names first (also when no event matches, so a caller can
   * print a header), then each event; returns how many events it handed on.
   */
  public int run(
      EventFilter f, Consumer<List<String>> columns, Consumer<Map<String, Object>> sink) {
    try {
      List<Object> params = new ArrayList<>();
      String where = conditions(f, params);
      String sql =
          SELECT
              + (where.isEmpty() ? "" : "WHERE " + where + "\n")
              + "ORDER BY e.date, e.article_id, e.global_event_id"
              + (f.limit() > 0 ? " LIMIT " + f.limit() : "");
      return execute(sql, params, columns, sink);
    } catch (SQLException | IOException e) {
      throw new StoreException("the query failed: " + e.getMessage(), e);
    }
  }

  /**
   * Like {@link #run}, but hands on story events instead of events: each story with at least one
   * event {@code f} selects, in order of first day, once, with its counts; {@code f}'s limit counts
   * stories.
   */
  public int runStories(
      EventFilter f, Consumer<List<String>> columns, Consumer<Map<String, Object>> sink) {
    try {
      List<Object> params = new ArrayList<>();
      String where = conditions(f, params);
      String sql =
          STORIES
              + (where.isEmpty()
                  ? ""
                  : "WHERE st.story_id IN (SELECT sm.story_id FROM events e"
                      + " LEFT JOIN actors sa ON sa.article_id = e.article_id"
                      + " AND sa.actor_id = e.source_actor"
                      + " LEFT JOIN actors ta ON ta.article_id = e.article_id"
                      + " AND ta.actor_id = e.target_actor"
                      + " JOIN story_mentions sm ON sm.global_event_id = e.global_event_id"
                      + " WHERE "
                      + where
                      + ")\n")
              + "ORDER BY st.first_date NULLS LAST, st.first_article_id, st.story_id"
              + (f.limit() > 0 ? " LIMIT " + f.limit() : "");
      return execute(sql, params, columns, sink);
    } catch (SQLException | IOException e) {
      throw new StoreException("the query failed: " + e.getMessage(), e);
    }
  }

  /** The filter's conditions on {@code e} (an event), {@code sa} and {@code ta} (its actors). */
  private String conditions(EventFilter f, List<Object> params) throws SQLException, IOException {
    List<String> where = new ArrayList<>();
    if (f.text() != null) {
      loadTextHits(f.text());
      where.add(
          "EXISTS (SELECT 1 FROM temp.main.text_hits h WHERE h.article_id = e.article_id"
              + " AND (h.sentence = e.sentence OR h.quote_id = e.quote_id))");
    }
    if (f.actor() != null) {
      where.add(
          "("
              + side("source", f.actor(), params)
              + " OR "
              + side("target", f.actor(), params)
              + ")");
    }
    if (f.source() != null) {
      where.add(side("source", f.source(), params));
    }
    if (f.target() != null) {
      where.add(side("target", f.target(), params));
    }
    if (f.dyadSource() != null) {
      String forward =
          side("source", f.dyadSource(), params) + " AND " + side("target", f.dyadTarget(), params);
      if (f.eitherDirection()) {
        String back =
            side("source", f.dyadTarget(), params)
                + " AND "
                + side("target", f.dyadSource(), params);
        where.add("((" + forward + ") OR (" + back + "))");
      } else {
        where.add("(" + forward + ")");
      }
    }
    if (f.cameo() != null) {
      where.add("e.cameo LIKE ?");
      params.add(f.cameo() + "%");
    }
    if (f.root() != null) {
      where.add("e.cameo_root = ?");
      params.add(f.root());
    }
    if (f.plover() != null) {
      where.add("upper(e.plover) = ?");
      params.add(f.plover().toUpperCase(Locale.ROOT));
    }
    if (f.quad() != null) {
      where.add("e.quad = ?");
      params.add(f.quad());
    }
    if (f.mode() != null) {
      where.add("e.mode = ?");
      params.add(f.mode().label());
    }
    if (f.from() != null) {
      where.add("e.date >= ?");
      params.add(f.from());
    }
    if (f.to() != null) {
      where.add("e.date <= ?");
      params.add(f.to());
    }
    return String.join("\n  AND ", where);
  }

  private int execute(
      String sql,
      List<Object> params,
      Consumer<List<String>> columns,
      Consumer<Map<String, Object>> sink)
      throws SQLException {
    Connection db = store.connection();
    int count = 0;
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        ps.setObject(i + 1, params.get(i));
      }
      try (ResultSet r = ps.executeQuery()) {
        ResultSetMetaData md = r.getMetaData();
        List<String> names = new ArrayList<>();
        for (int c = 1; c <= md.getColumnCount(); c++) {
          names.add(md.getColumnLabel(c));
        }
        columns.accept(List.copyOf(names));
        while (r.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int c = 1; c <= md.getColumnCount(); c++) {
            Object v = r.getObject(c);
            row.put(md.getColumnLabel(c), v instanceof java.sql.Date d ? d.toLocalDate() : v);
          }
          sink.accept(row);
          count++;
        }
      }
    }
    return count;
  }

  /** A condition on one side of the event: a code prefix, or a name anywhere in it. */
  private static String side(String side, String value, List<Object> params) {
    String actor = side.equals("source") ? "sa" : "ta";
    if (EventFilter.isActorCode(value)) {
      params.add(value + "%");
      return "e." + side + "_code LIKE ?";
    }
    String like = "%" + value.toLowerCase(Locale.ROOT) + "%";
    params.add(like);
    params.add(like);
    String byName = "lower(" + actor + ".name) LIKE ? OR lower(e." + side + "_text) LIKE ?";
    if (EventFilter.mayBeActorCode(value)) {
      params.add(value.toUpperCase(Locale.ROOT) + "%");
      return "(" + byName + " OR e." + side + "_code LIKE ?)";
    }
    return "(" + byName + ")";
  }

  private void loadTextHits(String query) throws SQLException, IOException {
    DuckDBConnection db = (DuckDBConnection) store.connection();
    try (Statement s = db.createStatement()) {
      s.execute(
          "CREATE OR REPLACE TEMP TABLE text_hits(article_id VARCHAR, sentence INTEGER, quote_id"
              + " VARCHAR)");
    }
    try (DuckDBAppender ap = db.createAppender("temp", "main", "text_hits")) {
      for (TextIndex.Hit h : store.textIndex().search(query)) {
        ap.beginRow().append(h.articleId()).append(h.sentence());
        if (h.quoteId() == null) {
          ap.appendNull();
        } else {
          ap.append(h.quoteId());
        }
        ap.endRow();
      }
    }
  }
}
