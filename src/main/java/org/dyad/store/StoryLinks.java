package org.dyad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Keeps the store's {@code stories} and {@code story_mentions} tables in step with its events,
 * inside the caller's transaction: a write marks the linking keys (source code, target code, CAMEO
 * root) of the articles it replaces and of those it stores, and then every story of those keys is
 * linked again from all the stored events with them. Since {@link StoryLinker} depends only on the
 * set of events, relinking a key gives what linking the whole store would. Used from one thread.
 */
final class StoryLinks {
  private static final String KEYS = "temp.main.story_keys";

  /** A stored story's key equals a marked key (codes may be null: none equals none). */
  private static final String KEY_MATCH =
      "EXISTS (SELECT 1 FROM "
          + KEYS
          + " k WHERE k.source_code IS NOT DISTINCT FROM %1$s.source_code"
          + " AND k.target_code IS NOT DISTINCT FROM %1$s.target_code"
          + " AND k.cameo_root IS NOT DISTINCT FROM %1$s.cameo_root)";

  private StoryLinks() {}

  /** Marks the keys of the stored events of {@code articleIds} for {@link #relinkMarked}. */
  static void mark(DuckDBConnection db, Collection<String> articleIds) throws SQLException {
    createKeys(db);
    if (articleIds.isEmpty()) {
      return;
    }
    String marks = String.join(", ", Collections.nCopies(articleIds.size(), "?"));
    try (PreparedStatement ps =
        db.prepareStatement(
            "INSERT INTO "
                + KEYS
                + " SELECT DISTINCT source_code, target_code, cameo_root FROM events"
                + " WHERE article_id IN ("
                + marks
                + ")")) {
      int i = 1;
      for (String id : articleIds) {
        ps.setString(i++, id);
      }
      ps.execute();
    }
  }

  /** Links again every story whose key was marked, then forgets the marks. */
  static void relinkMarked(DuckDBConnection db) throws SQLException {
    createKeys(db);
    execute(
        db,
        "DELETE FROM story_mentions WHERE story_id IN (SELECT story_id FROM stories s WHERE "
            + String.format(KEY_MATCH, "s")
            + ")");
    execute(db, "DELETE FROM stories s WHERE " + String.format(KEY_MATCH, "s"));
    store(db, StoryLinker.link(mentions(db, String.format(KEY_MATCH, "e"))));
    execute(db, "DELETE FROM " + KEYS);
  }

  /** Links every stored event afresh (a migrated store, a Parquet import). */
  static void relinkAll(DuckDBConnection db) throws SQLException {
    execute(db, "DELETE FROM story_mentions");
    execute(db, "DELETE FROM stories");
    store(db, StoryLinker.link(mentions(db, "TRUE")));
  }

  private static void createKeys(DuckDBConnection db) throws SQLException {
    execute(
        db,
        "CREATE TEMP TABLE IF NOT EXISTS story_keys(source_code VARCHAR, target_code VARCHAR,"
            + " cameo_root VARCHAR)");
  }

  private static List<StoryLinker.Mention> mentions(DuckDBConnection db, String where)
      throws SQLException {
    List<StoryLinker.Mention> found = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT e.global_event_id, e.article_id, e.event_id, e.sentence,"
                    + " coalesce(e.date, a.date) AS day, a.date AS article_date, a.source,"
                    + " e.source_code, e.target_code,"
                    + " (e.target_actor IS NOT NULL OR e.target_text IS NOT NULL) AS has_target,"
                    + " e.cameo_root, e.place_name"
                    + " FROM events e JOIN articles a ON a.article_id = e.article_id WHERE "
                    + where)) {
      while (r.next()) {
        found.add(
            new StoryLinker.Mention(
                r.getLong(1),
                r.getString(2),
                r.getString(3),
                r.getInt(4),
                r.getObject(5, LocalDate.class),
                r.getObject(6, LocalDate.class),
                r.getString(7),
                r.getString(8),
                r.getString(9),
                r.getBoolean(10),
                r.getString(11),
                r.getString(12)));
      }
    }
    return found;
  }

  private static void store(DuckDBConnection db, List<StoryLinker.Story> stories)
      throws SQLException {
    try (DuckDBAppender st = db.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "stories");
        DuckDBAppender sm = db.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "story_mentions")) {
      for (StoryLinker.Story story : stories) {
        StoryLinker.Mention first = story.first();
        st.beginRow();
        st.append(story.id());
        text(st, first.sourceCode());
        text(st, first.targetCode());
        text(st, first.cameoRoot());
        text(st, story.place());
        date(st, story.firstDay());
        date(st, story.lastDay());
        st.append(first.articleId());
        st.append(first.eventId());
        st.append(first.globalEventId());
        st.append(story.mentions().size());
        st.append(story.articles());
        st.append(story.sources());
        st.endRow();
        for (StoryLinker.Mention m : story.mentions()) {
          sm.beginRow();
          sm.append(story.id()).append(m.globalEventId()).append(m.articleId()).append(m.eventId());
          sm.endRow();
        }
      }
    }
  }

  private static void text(DuckDBAppender ap, String v) throws SQLException {
    if (v == null) {
      ap.appendNull();
    } else {
      ap.append(v);
    }
  }

  private static void date(DuckDBAppender ap, LocalDate v) throws SQLException {
    if (v == null) {
      ap.appendNull();
    } else {
      ap.append(v);
    }
  }

  private static void execute(DuckDBConnection db, String sql) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute(sql);
    }
  }
}
