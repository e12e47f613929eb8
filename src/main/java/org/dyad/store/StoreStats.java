package org.dyad.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.stream.Stream;

/**
 * What a store holds, in counts: for {@code dyad stats}. Read in one pass of small aggregate
 * queries; immutable.
 *
 * @param articles stored articles
 * @param undated of {@code articles}, those without a date
 * @param firstDate the earliest article date, or null when none has one
 * @param lastDate the latest article date, or null
 * @param events stored events
 * @param quotations stored quotations
 * @param actors stored actors (one per article that names them)
 * @param runs ingest runs recorded
 * @param lastRun the latest run, or null when there is none
 * @param bytes the size of the store's folder on disk (database and text index)
 */
public record StoreStats(
    long articles,
    long undated,
    LocalDate firstDate,
    LocalDate lastDate,
    long events,
    long quotations,
    long actors,
    long runs,
    Run lastRun,
    long bytes) {

  /** One row of {@code runs}; {@code finishedAt} is null for a run that was stopped by a crash. */
  public record Run(
      int id,
      LocalDateTime startedAt,
      LocalDateTime finishedAt,
      int stored,
      int unchanged,
      int failed) {}

  public static StoreStats of(Store store) {
    try (Statement s = store.connection().createStatement()) {
      long articles;
      long undated;
      LocalDate first;
      LocalDate last;
      try (ResultSet r =
          s.executeQuery(
              "SELECT count(*), count(*) - count(date), min(date), max(date) FROM articles")) {
        r.next();
        articles = r.getLong(1);
        undated = r.getLong(2);
        first = r.getObject(3, LocalDate.class);
        last = r.getObject(4, LocalDate.class);
      }
      long events = count(s, "events");
      long quotes = count(s, "quotes");
      long actors = count(s, "actors");
      long runs = count(s, "runs");
      Run lastRun = null;
      try (ResultSet r =
          s.executeQuery(
              "SELECT run_id, started_at, finished_at, stored, unchanged, failed FROM runs"
                  + " ORDER BY run_id DESC LIMIT 1")) {
        if (r.next()) {
          lastRun =
              new Run(
                  r.getInt(1),
                  r.getObject(2, LocalDateTime.class),
                  r.getObject(3, LocalDateTime.class),
                  r.getInt(4),
                  r.getInt(5),
                  r.getInt(6));
        }
      }
      return new StoreStats(
          articles, undated, first, last, events, quotes, actors, runs, lastRun, size(store.dir()));
    } catch (SQLException e) {
      throw new StoreException("cannot read the store's statistics: " + e.getMessage(), e);
    }
  }

  private static long count(Statement s, String table) throws SQLException {
    try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static long size(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .mapToLong(
              p -> {
                try {
                  return Files.size(p);
                } catch (IOException e) {
                  return 0; // a file removed while walking (an index merge) has no size to count
                }
              })
          .sum();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot measure the store folder " + dir, e);
    }
  }
}
