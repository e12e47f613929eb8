package org.dyad.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Creates the store's tables and brings an older store up to the current schema version, each
 * migration in its own transaction so a failed one leaves the store at the version before it.
 *
 * <p>The version lives in {@code schema_version}; a store written by a newer Dyad is refused rather
 * than misread. Migrations are only ever appended: a released step is never edited. Stateless.
 */
final class StoreSchema {
  /** Migration {@code i} takes a store from version {@code i} to {@code i + 1}. */
  private static final List<List<String>> MIGRATIONS =
      List.of(
          List.of(
              """
              CREATE TABLE runs(
                run_id INTEGER, started_at TIMESTAMP, finished_at TIMESTAMP, coder VARCHAR,
                inputs VARCHAR, stored INTEGER, unchanged INTEGER, failed INTEGER)""",
              """
              CREATE TABLE articles(
                article_id VARCHAR NOT NULL, content_hash VARCHAR NOT NULL, date DATE,
                title VARCHAR, text VARCHAR, url VARCHAR, source VARCHAR, origin VARCHAR,
                run_id INTEGER, batch BIGINT, coded_at TIMESTAMP, coder VARCHAR)""",
              """
              CREATE TABLE sentences(
                article_id VARCHAR NOT NULL, sentence INTEGER, begin_offset INTEGER,
                end_offset INTEGER, text VARCHAR)""",
              """
              CREATE TABLE actors(
                article_id VARCHAR NOT NULL, actor_id VARCHAR, name VARCHAR, kind VARCHAR,
                code VARCHAR, country VARCHAR, sector VARCHAR, entry VARCHAR, rule VARCHAR,
                mentions VARCHAR)""",
              """
              CREATE TABLE events(
                global_event_id BIGINT, article_id VARCHAR NOT NULL, event_id VARCHAR,
                sentence INTEGER, date DATE,
                source_actor VARCHAR, source_code VARCHAR, source_text VARCHAR,
                source_begin INTEGER, source_end INTEGER,
                target_actor VARCHAR, target_code VARCHAR, target_text VARCHAR,
                target_begin INTEGER, target_end INTEGER,
                cameo VARCHAR, cameo_root VARCHAR, plover VARCHAR, quad INTEGER, goldstein DOUBLE,
                mode VARCHAR, place_name VARCHAR, place_country VARCHAR, place_begin INTEGER,
                place_end INTEGER, trigger VARCHAR, trigger_begin INTEGER, trigger_end INTEGER,
                rule VARCHAR, quote_id VARCHAR, contexts VARCHAR)""",
              """
              CREATE TABLE quotes(
                article_id VARCHAR NOT NULL, quote_id VARCHAR, text VARCHAR, begin_offset INTEGER,
                end_offset INTEGER, kind VARCHAR, speaker_actor VARCHAR, speaker_name VARCHAR,
                speaker_code VARCHAR, speaker_begin INTEGER, speaker_end INTEGER, cue VARCHAR,
                audience VARCHAR, via VARCHAR, rule VARCHAR)"""),
          // Version 2: every rule that decided an event (its evidence), as a JSON list.
          List.of("ALTER TABLE events ADD COLUMN rules VARCHAR"),
          // Version 3: story events, the events of many reports linked (StoryLinker); the store
          // links the events already stored when it is opened after this step.
          List.of(
              """
              CREATE TABLE stories(
                story_id VARCHAR NOT NULL, source_code VARCHAR, target_code VARCHAR,
                cameo_root VARCHAR, place_name VARCHAR, first_date DATE, last_date DATE,
                first_article_id VARCHAR, first_event_id VARCHAR, first_global_event_id BIGINT,
                mentions INTEGER, articles INTEGER, sources INTEGER)""",
              """
              CREATE TABLE story_mentions(
                story_id VARCHAR NOT NULL, global_event_id BIGINT, article_id VARCHAR,
                event_id VARCHAR)"""),
          // Version 4: where each event's place is (EventGeocoder); null in events coded before.
          List.of(
              "ALTER TABLE events ADD COLUMN IF NOT EXISTS place_adm1 VARCHAR",
              "ALTER TABLE events ADD COLUMN IF NOT EXISTS place_lat DOUBLE",
              "ALTER TABLE events ADD COLUMN IF NOT EXISTS place_lon DOUBLE",
              "ALTER TABLE events ADD COLUMN IF NOT EXISTS place_geonames_id INTEGER",
              "ALTER TABLE events ADD COLUMN IF NOT EXISTS place_precision VARCHAR"),
          // Version 5: where the text places each actor below its country (ActorHomes); null in
          // actors coded before.
          List.of(
              "ALTER TABLE actors ADD COLUMN IF NOT EXISTS home_name VARCHAR",
              "ALTER TABLE actors ADD COLUMN IF NOT EXISTS home_country VARCHAR",
              "ALTER TABLE actors ADD COLUMN IF NOT EXISTS home_adm1 VARCHAR",
              "ALTER TABLE actors ADD COLUMN IF NOT EXISTS home_lat DOUBLE",
              "ALTER TABLE actors ADD COLUMN IF NOT EXISTS home_lon DOUBLE",
              "ALTER TABLE actors ADD COLUMN IF NOT EXISTS home_geonames_id INTEGER",
              "ALTER TABLE actors ADD COLUMN IF NOT EXISTS home_precision VARCHAR"));

  /** The first version that holds geocoded places. */
  static final int GEO_VERSION = 4;

  /** The first version that holds story events. */
  static final int STORIES_VERSION = 3;

  static final int CURRENT_VERSION = MIGRATIONS.size();

  private StoreSchema() {}

  /** Migrates {@code db} to {@link #CURRENT_VERSION}; returns the version it found. */
  static int migrate(Connection db) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute(
          "CREATE TABLE IF NOT EXISTS schema_version(version INTEGER, migrated_at TIMESTAMP)");
    }
    int found = version(db);
    if (found > CURRENT_VERSION) {
      throw new StoreException(
          "the store has schema version "
              + found
              + " but this Dyad knows versions up to "
              + CURRENT_VERSION
              + "; use a newer Dyad");
    }
    for (int v = found; v < CURRENT_VERSION; v++) {
      try (Statement s = db.createStatement()) {
        s.execute("BEGIN TRANSACTION");
        try {
          for (String sql : MIGRATIONS.get(v)) {
            s.execute(sql);
          }
          s.execute(
              "INSERT INTO schema_version VALUES (" + (v + 1) + ", current_timestamp::TIMESTAMP)");
          s.execute("COMMIT");
        } catch (SQLException e) {
          s.execute("ROLLBACK");
          throw new StoreException(
              "migrating the store from schema version " + v + " failed: " + e.getMessage(), e);
        }
      }
    }
    return found;
  }

  /**
   * Refuses a store a reader cannot read as it is: one a read-only opener could not migrate (older
   * or empty), or one from a newer Dyad.
   */
  static void checkCurrent(Connection db) throws SQLException {
    int found;
    try {
      found = version(db);
    } catch (SQLException e) {
      throw new StoreException("the store has no schema version: it was never written by Dyad", e);
    }
    if (found != CURRENT_VERSION) {
      throw new StoreException(
          "the store has schema version "
              + found
              + " but this Dyad reads version "
              + CURRENT_VERSION
              + (found < CURRENT_VERSION
                  ? "; open it once for writing (dyad ingest) to migrate it"
                  : "; use a newer Dyad"));
    }
  }

  static int version(Connection db) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      r.next();
      return r.getInt(1);
    }
  }
}
