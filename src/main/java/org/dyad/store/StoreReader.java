package org.dyad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a store for browsing: pages of articles, events, actors and quotations, one article with
 * everything coded in it, a dyad's monthly series, the actor network and corpus statistics.
 *
 * <p>Rows come back as ordered maps of JSON-ready values: dates as ISO strings, the store's JSON
 * text columns ({@code mentions}, {@code via}, {@code contexts}) parsed, so a web adapter can
 * render them as they are. Every value a caller passes is bound as a parameter, never spliced into
 * SQL. Not thread-safe: a DuckDB connection serves one statement at a time, so callers serialise.
 */
public final class StoreReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> JSON_COLUMNS = Set.of("mentions", "via", "contexts", "rules");

  /** One page of rows; {@code total} counts every row the request selects. */
  public record Page(List<Map<String, Object>> items, int page, int size, long total) {
    public Page {
      items = Collections.unmodifiableList(new ArrayList<>(items));
    }
  }

  /** A dyad's events in one month: counts by quad class and the mean Goldstein score. */
  public record Month(String month, List<Long> quad, long total, Double goldstein) {
    public Month {
      quad = List.copyOf(quad);
      if (quad.size() != 4) {
        throw new IllegalArgumentException("four quad classes, not " + quad.size() + ": " + quad);
      }
    }
  }

  private final Store store;

  public StoreReader(Store store) {
    this.store = store;
  }

  /**
   * Articles, newest first; with a text query, those whose sentences or quotations match it, best
   * match first.
   */
  public Page articles(String text, int page, int size) {
    try {
      if (text == null) {
        List<Map<String, Object>> items =
            rows(
                ARTICLE_SUMMARY + " ORDER BY a.date DESC NULLS LAST, a.article_id LIMIT ? OFFSET ?",
                size,
                (long) page * size);
        return new Page(items, page, size, scalar("SELECT count(*) FROM articles"));
      }
      Set<String> ids = new LinkedHashSet<>();
      for (TextIndex.Hit h : store.textIndex().search(text)) {
        ids.add(h.articleId());
      }
      List<String> all = new ArrayList<>(ids);
      int from = Math.min(all.size(), page * size);
      List<String> slice = all.subList(from, Math.min(all.size(), from + size));
      List<Map<String, Object>> items = new ArrayList<>();
      if (!slice.isEmpty()) {
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        String marks = String.join(",", Collections.nCopies(slice.size(), "?"));
        for (Map<String, Object> r :
            rows(ARTICLE_SUMMARY + " WHERE a.article_id IN (" + marks + ")", slice.toArray())) {
          byId.put((String) r.get("article_id"), r);
        }
        for (String id : slice) {
          if (byId.containsKey(id)) {
            items.add(byId.get(id));
          }
        }
      }
      return new Page(items, page, size, all.size());
    } catch (SQLException | IOException e) {
      throw new StoreException("cannot list the articles: " + e.getMessage(), e);
    }
  }

  private static final String ARTICLE_SUMMARY =
      """
      SELECT a.article_id, a.date, a.title, a.source, a.url,
        (SELECT count(*) FROM events e WHERE e.article_id = a.article_id) AS events,
        (SELECT count(*) FROM quotes q WHERE q.article_id = a.article_id) AS quotes
      FROM articles a""";

  /** One article with its sentences, actors, events and quotations, or empty when not stored. */
  public Optional<Map<String, Object>> article(String id) {
    try {
      List<Map<String, Object>> found =
          rows(
              "SELECT article_id, date, title, text, url, source, origin, run_id, coded_at, coder"
                  + " FROM articles WHERE article_id = ?",
              id);
      if (found.isEmpty()) {
        return Optional.empty();
      }
      Map<String, Object> a = new LinkedHashMap<>(found.get(0));
      a.put(
          "sentences",
          rows(
              "SELECT sentence, begin_offset, end_offset FROM sentences WHERE article_id = ?"
                  + " ORDER BY sentence",
              id));
      a.put(
          "actors",
          rows(
              "SELECT actor_id, name, kind, code, country, sector, entry, rule, mentions FROM"
                  + " actors WHERE article_id = ? ORDER BY actor_id",
              id));
      a.put(
          "events",
          rows(
              "SELECT e.* EXCLUDE (article_id), sm.story_id, st.articles AS story_articles,"
                  + " st.sources AS story_sources, st.mentions AS story_mentions FROM events e"
                  + " LEFT JOIN story_mentions sm ON sm.global_event_id = e.global_event_id"
                  + " LEFT JOIN stories st ON st.story_id = sm.story_id"
                  + " WHERE e.article_id = ? ORDER BY e.global_event_id",
              id));
      a.put(
          "quotes",
          rows(
              "SELECT * EXCLUDE (article_id) FROM quotes WHERE article_id = ? ORDER BY"
                  + " begin_offset",
              id));
      return Optional.of(a);
    } catch (SQLException e) {
      throw new StoreException("cannot read the article " + id + ": " + e.getMessage(), e);
    }
  }

  /** A page of the events {@code filter} selects, in the query's order (date, article, event). */
  public Page events(EventFilter filter, int page, int size) {
    List<Map<String, Object>> items = new ArrayList<>();
    long first = (long) page * size;
    long[] seen = {0};
    new EventQuery(store)
        .run(
            filter,
            row -> {
              if (seen[0] >= first && seen[0] < first + size) {
                Map<String, Object> r = new LinkedHashMap<>();
                row.forEach((k, v) -> r.put(k, json(k, v)));
                items.add(r);
              }
              seen[0]++;
            });
    return new Page(items, page, size, seen[0]);
  }

  /**
   * Coded actors, most widely reported first: each code with its most frequent name and the number
   * of articles and mentions. {@code match} is a code prefix or part of a name.
   */
  public Page actors(String match, int page, int size) {
    String where = "code IS NOT NULL";
    List<Object> params = new ArrayList<>();
    if (match != null) {
      if (EventFilter.isActorCode(match)) {
        where += " AND code LIKE ?";
        params.add(match + "%");
      } else {
        where += " AND lower(name) LIKE ?";
        params.add("%" + match.toLowerCase(Locale.ROOT) + "%");
      }
    }
    try {
      long total = scalar("SELECT count(DISTINCT code) FROM actors WHERE " + where, params);
      params.add(size);
      params.add((long) page * size);
      List<Map<String, Object>> items =
          rows(
              "SELECT code, mode(name) AS name, any_value(country) AS country,"
                  + " count(DISTINCT article_id) AS articles,"
                  + " CAST(sum(json_array_length(mentions)) AS BIGINT) AS mentions"
                  + " FROM actors WHERE "
                  + where
                  + " GROUP BY code ORDER BY articles DESC, code LIMIT ? OFFSET ?",
              params.toArray());
      return new Page(items, page, size, total);
    } catch (SQLException e) {
      throw new StoreException("cannot list the actors: " + e.getMessage(), e);
    }
  }

  /**
   * Quotations grouped by speaker (speakers in name order, then by date); {@code speaker} is a
   * speaker's code prefix or part of a name.
   */
  public Page quotes(String speaker, int page, int size) {
    String where = "TRUE";
    List<Object> params = new ArrayList<>();
    if (speaker != null) {
      if (EventFilter.isActorCode(speaker)) {
        where = "q.speaker_code LIKE ?";
        params.add(speaker + "%");
      } else {
        where = "lower(q.speaker_name) LIKE ?";
        params.add("%" + speaker.toLowerCase(Locale.ROOT) + "%");
      }
    }
    try {
      long total = scalar("SELECT count(*) FROM quotes q WHERE " + where, params);
      params.add(size);
      params.add((long) page * size);
      List<Map<String, Object>> items =
          rows(
              "SELECT q.speaker_name, q.speaker_code, q.article_id, a.title, a.date, q.quote_id,"
                  + " q.text, q.kind, q.cue, q.audience, q.via, q.rule FROM quotes q JOIN"
                  + " articles a ON a.article_id = q.article_id WHERE "
                  + where
                  + " ORDER BY q.speaker_name NULLS LAST, a.date, q.article_id, q.begin_offset"
                  + " LIMIT ? OFFSET ?",
              params.toArray());
      return new Page(items, page, size, total);
    } catch (SQLException e) {
      throw new StoreException("cannot list the quotations: " + e.getMessage(), e);
    }
  }

  /**
   * Events from actors coded {@code a} (a code prefix) to actors coded {@code b}, and with {@code
   * either} also from b to a, counted by month from the first to the last month with any, months
   * without events included as zeros.
   */
  public List<Month> dyadSeries(String a, String b, boolean either) {
    String forward = "(source_code LIKE ? AND target_code LIKE ?)";
    List<Object> params = new ArrayList<>(List.of(a + "%", b + "%"));
    if (either) {
      forward += " OR (source_code LIKE ? AND target_code LIKE ?)";
      params.addAll(List.of(b + "%", a + "%"));
    }
    String sql =
        "SELECT strftime(date_trunc('month', date), '%Y-%m') AS month,"
            + " count(*) FILTER (WHERE quad = 1) AS q1, count(*) FILTER (WHERE quad = 2) AS q2,"
            + " count(*) FILTER (WHERE quad = 3) AS q3, count(*) FILTER (WHERE quad = 4) AS q4,"
            + " count(*) AS n, avg(goldstein) AS goldstein FROM events WHERE date IS NOT NULL AND ("
            + forward
            + ") GROUP BY month ORDER BY month";
    try {
      Map<YearMonth, Month> found = new LinkedHashMap<>();
      for (Map<String, Object> r : rows(sql, params.toArray())) {
        String m = (String) r.get("month");
        List<Long> quad =
            List.of(num(r.get("q1")), num(r.get("q2")), num(r.get("q3")), num(r.get("q4")));
        found.put(
            YearMonth.parse(m), new Month(m, quad, num(r.get("n")), (Double) r.get("goldstein")));
      }
      List<Month> series = new ArrayList<>();
      if (found.isEmpty()) {
        return series;
      }
      YearMonth last = Collections.max(found.keySet());
      for (YearMonth m = Collections.min(found.keySet()); !m.isAfter(last); m = m.plusMonths(1)) {
        series.add(
            found.getOrDefault(m, new Month(m.toString(), List.of(0L, 0L, 0L, 0L), 0, null)));
      }
      return series;
    } catch (SQLException e) {
      throw new StoreException("cannot count the dyad's events: " + e.getMessage(), e);
    }
  }

  /**
   * An actor's node in the network: its country (a code's first three letters), or for an
   * international or non-state actor its full code, so that NATO (IGONAT), the UN (IGOUNO) and the
   * EU (IGOEUR) are three nodes, not one "IGO".
   */
  static String node(String column) {
    return "CASE WHEN left("
        + column
        + ", 3) IN ('IGO', 'NGO', 'NGM', 'MNC', 'IMG') THEN "
        + column
        + " ELSE left("
        + column
        + ", 3) END";
  }

  private static final String NODE_EDGES =
      "WITH edges AS (SELECT "
          + node("source_code")
          + " AS source, "
          + node("target_code")
          + " AS target, goldstein FROM events WHERE source_code IS NOT NULL AND target_code IS"
          + " NOT NULL AND %s), names AS (SELECT code, mode(name) AS name FROM actors WHERE code"
          + " IS NOT NULL GROUP BY code) ";

  /**
   * The actor network: for each ordered pair of nodes ({@link #node}), how many events go from the
   * first to the second, and their mean Goldstein score, with each node's commonest actor name
   * (null when no actor carries exactly that code); the {@code limit} heaviest edges, self-loops
   * left out.
   */
  public List<Map<String, Object>> network(LocalDate from, LocalDate to, int limit) {
    List<Object> params = new ArrayList<>();
    String where = "true";
    if (from != null) {
      where += " AND date >= ?";
      params.add(from);
    }
    if (to != null) {
      where += " AND date <= ?";
      params.add(to);
    }
    params.add(limit);
    try {
      return rows(
          NODE_EDGES.formatted(where)
              + "SELECT e.source, e.target, count(*) AS events, avg(e.goldstein) AS goldstein,"
              + " any_value(sn.name) AS source_name, any_value(tn.name) AS target_name FROM edges e"
              + " LEFT JOIN names sn ON sn.code = e.source LEFT JOIN names tn ON tn.code ="
              + " e.target WHERE e.source <> e.target GROUP BY e.source, e.target"
              + " ORDER BY events DESC, e.source, e.target LIMIT ?",
          params.toArray());
    } catch (SQLException e) {
      throw new StoreException("cannot read the actor network: " + e.getMessage(), e);
    }
  }

  /**
   * The pair of network nodes with the most events between them, both ways counted, as {@code
   * {source, target, events}} with the busier direction first; empty when no event has two sides.
   */
  public Optional<Map<String, Object>> busiestDyad() {
    try {
      List<Map<String, Object>> found =
          rows(
              NODE_EDGES.formatted("true")
                  + "SELECT least(source, target) AS a, greatest(source, target) AS b, count(*) AS"
                  + " events, count(*) FILTER (WHERE source = least(source, target)) AS forward"
                  + " FROM edges WHERE source <> target GROUP BY ALL ORDER BY events DESC, a, b"
                  + " LIMIT 1");
      if (found.isEmpty()) {
        return Optional.empty();
      }
      Map<String, Object> r = found.get(0);
      long events = num(r.get("events"));
      boolean forward = 2 * num(r.get("forward")) >= events;
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("source", forward ? r.get("a") : r.get("b"));
      out.put("target", forward ? r.get("b") : r.get("a"));
      out.put("events", events);
      return Optional.of(out);
    } catch (SQLException e) {
      throw new StoreException("cannot find the busiest dyad: " + e.getMessage(), e);
    }
  }

  /** Corpus statistics: table sizes, date range, events by quad class, the commonest roots. */
  public Map<String, Object> stats() {
    try {
      Map<String, Object> s = new LinkedHashMap<>();
      for (String table : List.of("articles", "sentences", "actors", "events", "quotes")) {
        s.put(table, scalar("SELECT count(*) FROM " + table));
      }
      s.putAll(rows("SELECT min(date) AS first_date, max(date) AS last_date FROM articles").get(0));
      s.put(
          "events_by_quad",
          rows("SELECT quad, count(*) AS events FROM events GROUP BY quad ORDER BY quad"));
      s.put(
          "top_roots",
          rows(
              "SELECT cameo_root AS root, count(*) AS events FROM events GROUP BY root"
                  + " ORDER BY events DESC, root LIMIT 10"));
      s.put(
          "top_rules",
          rows(
              "SELECT rule, count(*) AS events FROM events GROUP BY rule"
                  + " ORDER BY events DESC, rule LIMIT 10"));
      return s;
    } catch (SQLException e) {
      throw new StoreException("cannot compute the statistics: " + e.getMessage(), e);
    }
  }

  private long scalar(String sql, List<Object> params) throws SQLException {
    return num(rows(sql, params.toArray()).get(0).values().iterator().next());
  }

  private long scalar(String sql) throws SQLException {
    return scalar(sql, List.of());
  }

  private List<Map<String, Object>> rows(String sql, Object... params) throws SQLException {
    Connection db = store.connection();
    List<Map<String, Object>> out = new ArrayList<>();
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet r = ps.executeQuery()) {
        ResultSetMetaData md = r.getMetaData();
        while (r.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int c = 1; c <= md.getColumnCount(); c++) {
            String name = md.getColumnLabel(c);
            row.put(name, json(name, r.getObject(c)));
          }
          out.add(row);
        }
      }
    }
    return out;
  }

  /** A JDBC value as JSON renders it: ISO dates and times, numbers, parsed JSON columns. */
  private static Object json(String column, Object v) {
    if (v instanceof java.sql.Date d) {
      return d.toLocalDate().toString();
    }
    if (v instanceof LocalDate d) {
      return d.toString();
    }
    if (v instanceof java.sql.Timestamp t) {
      return t.toLocalDateTime().toString();
    }
    if (v instanceof java.time.temporal.Temporal t) {
      return t.toString();
    }
    if (v instanceof BigInteger b) {
      return b.longValue();
    }
    if (v instanceof String s && JSON_COLUMNS.contains(column)) {
      try {
        return JSON.readTree(s);
      } catch (JsonProcessingException e) {
        return s;
      }
    }
    return v;
  }

  private static long num(Object v) {
    return v == null ? 0 : ((Number) v).longValue();
  }
}
