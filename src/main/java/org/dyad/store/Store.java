package org.dyad.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duckdb.DuckDBConnection;
import org.dyad.model.CodedArticle;

/**
 * Dyad's store: an embedded DuckDB database ({@code dyad.duckdb}) plus a Lucene text index ({@code
 * text-index/}) in one folder, holding coded articles with their sentences, actors, events and
 * quotations and where each came from (input origin, ingest run, coder, time).
 *
 * <p>Opening migrates the schema and repairs the text index. {@link #write} stores a batch of
 * articles in one transaction, replacing earlier versions with the same id, so a crash leaves every
 * article either wholly stored or absent. DuckDB lets one process open a database for writing: a
 * second gets a {@link StoreException} naming the process that holds it. Not thread-safe: one
 * thread writes.
 */
public final class Store implements AutoCloseable {
  public static final String DATABASE_FILE = "dyad.duckdb";
  private static final Pattern LOCK_HOLDER = Pattern.compile("\\(PID (\\d+)\\)");

  private final Path dir;
  private final DuckDBConnection db;
  private final TextIndex index;
  private final Map<String, String> hashes;
  private long lastBatch;
  private long lastGlobalEventId;

  /** Opens the store in {@code dir} for reading only (no migration, no index repair). */
  public static Store openReadOnly(Path dir) {
    if (!Files.isRegularFile(dir.resolve(DATABASE_FILE))) {
      throw new StoreException("there is no store in " + dir + " (no " + DATABASE_FILE + ")");
    }
    DuckDBConnection db;
    try {
      Properties props = new Properties();
      props.setProperty("autoinstall_known_extensions", "false");
      props.setProperty("autoload_known_extensions", "false");
      // Several read-only processes may share a database file; a writer may not join them.
      props.setProperty("duckdb.read_only", "true");
      db =
          (DuckDBConnection)
              DriverManager.getConnection(
                  "jdbc:duckdb:" + dir.resolve(DATABASE_FILE).toAbsolutePath(), props);
    } catch (SQLException e) {
      throw openFailure(dir, e);
    }
    TextIndex index = null;
    try {
      StoreSchema.checkCurrent(db);
      index = new TextIndex(dir, true);
      return new Store(dir, db, index);
    } catch (SQLException | IOException | RuntimeException e) {
      closeQuietly(index, db);
      if (e instanceof StoreException se) {
        throw se;
      }
      throw new StoreException("cannot open the store in " + dir + ": " + e.getMessage(), e);
    }
  }

  private Store(Path dir, DuckDBConnection db, TextIndex index) throws SQLException {
    this.dir = dir;
    this.db = db;
    this.index = index;
    this.hashes = new HashMap<>();
    try (Statement s = db.createStatement()) {
      try (ResultSet r = s.executeQuery("SELECT article_id, content_hash FROM articles")) {
        while (r.next()) {
          hashes.put(r.getString(1), r.getString(2));
        }
      }
      try (ResultSet r = s.executeQuery("SELECT coalesce(max(batch), 0) FROM articles")) {
        r.next();
        lastBatch = r.getLong(1);
      }
      try (ResultSet r = s.executeQuery("SELECT coalesce(max(global_event_id), 0) FROM events")) {
        r.next();
        lastGlobalEventId = r.getLong(1);
      }
    }
  }

  /** Opens (creating if needed) the store in {@code dir}. */
  public static Store open(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new StoreException("cannot create the store folder " + dir + ": " + e.getMessage(), e);
    }
    if (!Files.isWritable(dir)) {
      throw new StoreException("the store folder " + dir + " is not writable");
    }
    DuckDBConnection db;
    try {
      Properties props = new Properties();
      // A store must work offline and behave the same everywhere: never fetch extensions.
      props.setProperty("autoinstall_known_extensions", "false");
      props.setProperty("autoload_known_extensions", "false");
      db =
          (DuckDBConnection)
              DriverManager.getConnection(
                  "jdbc:duckdb:" + dir.resolve(DATABASE_FILE).toAbsolutePath(), props);
    } catch (SQLException e) {
      throw openFailure(dir, e);
    }
    TextIndex index = null;
    try {
      StoreSchema.migrate(db);
      index = new TextIndex(dir);
      Store store = new Store(dir, db, index);
      index.catchUp(db);
      return store;
    } catch (SQLException | IOException | RuntimeException e) {
      closeQuietly(index, db);
      if (e instanceof StoreException se) {
        throw se;
      }
      throw new StoreException("cannot open the store in " + dir + ": " + e.getMessage(), e);
    }
  }

  private static StoreException openFailure(Path dir, SQLException e) {
    String msg = String.valueOf(e.getMessage());
    if (msg.contains("Could not set lock")) {
      Matcher m = LOCK_HOLDER.matcher(msg);
      return new StoreException(
          "the store "
              + dir
              + " is in use by another process"
              + (m.find() ? " (PID " + m.group(1) + ")" : "")
              + "; DuckDB allows one process at a time: wait for it to finish, or use another"
              + " --store",
          e);
    }
    return new StoreException("cannot open the store in " + dir + ": " + msg, e);
  }

  private static void closeQuietly(TextIndex index, Connection db) {
    try {
      if (index != null) {
        index.close();
      }
    } catch (IOException ignored) {
      // the open failure is the error worth reporting
    }
    try {
      db.close();
    } catch (SQLException ignored) {
      // as above
    }
  }

  public Path dir() {
    return dir;
  }

  /** The content hash stored for {@code articleId}, or null when the store does not hold it. */
  public String contentHash(String articleId) {
    return hashes.get(articleId);
  }

  public int articleCount() {
    return hashes.size();
  }

  /** Records the start of an ingest run and returns its id (provenance for the articles). */
  public int beginRun(List<String> inputs, String coder, Instant startedAt) {
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT coalesce(max(run_id), 0) + 1 FROM runs")) {
      r.next();
      int runId = r.getInt(1);
      try (PreparedStatement ps =
          db.prepareStatement("INSERT INTO runs VALUES (?, ?, NULL, ?, ?, 0, 0, 0)")) {
        ps.setInt(1, runId);
        ps.setObject(2, utc(startedAt));
        ps.setString(3, coder);
        ps.setString(4, String.join(" ", inputs));
        ps.execute();
      }
      return runId;
    } catch (SQLException e) {
      throw new StoreException("cannot record the ingest run: " + e.getMessage(), e);
    }
  }

  public void finishRun(int runId, Instant finishedAt, int stored, int unchanged, int failed) {
    try (PreparedStatement ps =
        db.prepareStatement(
            "UPDATE runs SET finished_at = ?, stored = ?, unchanged = ?, failed = ? WHERE run_id"
                + " = ?")) {
      ps.setObject(1, utc(finishedAt));
      ps.setInt(2, stored);
      ps.setInt(3, unchanged);
      ps.setInt(4, failed);
      ps.setInt(5, runId);
      ps.execute();
    } catch (SQLException e) {
      throw new StoreException("cannot record the end of the ingest run: " + e.getMessage(), e);
    }
  }

  /**
   * Stores {@code batch} in one transaction: each article replaces any earlier version with its id
   * (its rows in every table), or nothing is stored at all. Then brings the text index up to date.
   */
  public void write(List<CodedArticle> batch, int runId, Instant codedAt, String coder) {
    if (batch.isEmpty()) {
      return;
    }
    long batchNo = lastBatch + 1;
    long globalId = lastGlobalEventId;
    Map<String, String> batchHashes = new HashMap<>();
    try {
      // An explicit BEGIN: with JDBC's setAutoCommit(false) DuckDB opens the transaction only at
      // the next statement, and appender rows flushed before any statement would be committed
      // on their own (StoreTest.aBatchThatFailsHalfwayStoresNothingOfIt caught this).
      execute("BEGIN TRANSACTION");
      try {
        for (CodedArticle c : batch) {
          String id = c.article().id();
          if (hashes.containsKey(id) || batchHashes.containsKey(id)) {
            delete(id);
          }
          batchHashes.put(id, ContentHash.of(c.article()));
        }
        try (ArticleTables tables = new ArticleTables(db)) {
          for (CodedArticle c : batch) {
            String id = c.article().id();
            tables.append(
                c, batchHashes.get(id), runId, batchNo, utc(codedAt), coder, globalId + 1);
            globalId += c.events().size();
          }
        }
        execute("COMMIT");
      } catch (SQLException | RuntimeException e) {
        execute("ROLLBACK");
        if (e instanceof SQLException sql) {
          throw sql;
        }
        throw new StoreException("cannot store a batch of articles: " + e, e);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot store a batch of articles: " + e.getMessage(), e);
    }
    lastBatch = batchNo;
    lastGlobalEventId = globalId;
    hashes.putAll(batchHashes);
    try {
      index.catchUp(db);
    } catch (SQLException | IOException e) {
      throw new StoreException(
          "the articles are stored but the text index could not be updated (it is repaired when"
              + " the store is next opened): "
              + e.getMessage(),
          e);
    }
  }

  /**
   * Deletes the articles with {@code articleIds} and all their rows in one transaction, and their
   * sentences and quotations from the text index; returns how many of them the store held. Ids it
   * does not hold are ignored.
   */
  public int delete(java.util.Collection<String> articleIds) {
    List<String> held = articleIds.stream().distinct().filter(hashes::containsKey).toList();
    if (held.isEmpty()) {
      return 0;
    }
    try {
      execute("BEGIN TRANSACTION");
      try {
        for (String id : held) {
          delete(id);
        }
        execute("COMMIT");
      } catch (SQLException | RuntimeException e) {
        execute("ROLLBACK");
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot delete articles: " + e.getMessage(), e);
    }
    held.forEach(hashes::remove);
    try {
      index.delete(held);
    } catch (IOException e) {
      throw new StoreException(
          "the articles are deleted but the text index still finds them (their hits lead to no"
              + " event): "
              + e.getMessage(),
          e);
    }
    return held.size();
  }

  /** What {@link #importParquet} did: articles stored (new or changed) and already stored. */
  public record ParquetImport(int stored, int unchanged) {}

  /**
   * Stores the tables a Spark job wrote into {@code dir} (see the spark module): {@code articles},
   * {@code actors}, {@code events}, {@code quotes}, one folder each of Parquet files. As with
   * {@link #write}: an article stored with the same content hash is skipped, a changed one replaces
   * the old version, all in one transaction. Events get global ids after the store's largest, in
   * the job's order. The job writes no sentences, so text search finds its quotations only.
   */
  public ParquetImport importParquet(Path dir, int runId) {
    Path articlesDir = dir.resolve("articles");
    if (!Files.isDirectory(articlesDir)) {
      throw new StoreException(dir + " holds no articles/ folder: not the output of the Spark job");
    }
    long batchNo = lastBatch + 1;
    boolean committed = false;
    try {
      execute("BEGIN TRANSACTION");
      try {
        execute(
            "CREATE OR REPLACE TEMP TABLE parquet_new AS SELECT p.* FROM "
                + parquet(dir, "articles")
                + " p WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.article_id = p.article_id"
                + " AND a.content_hash = p.content_hash)");
        int unchanged;
        try (Statement st = db.createStatement();
            ResultSet r =
                st.executeQuery(
                    "SELECT count(*) - (SELECT count(*) FROM parquet_new) FROM "
                        + parquet(dir, "articles"))) {
          r.next();
          unchanged = r.getInt(1);
        }
        for (String table : ArticleTables.TABLES) {
          execute(
              "DELETE FROM " + table + " WHERE article_id IN (SELECT article_id FROM parquet_new)");
        }
        execute(
            "INSERT INTO articles (article_id, content_hash, date, title, text, url, source,"
                + " origin, run_id, batch, coded_at, coder) SELECT article_id, content_hash, date,"
                + " title, text, url, source, origin, "
                + runId
                + ", "
                + batchNo
                + ", coded_at, coder FROM parquet_new");
        for (String table : List.of("actors", "events", "quotes")) {
          if (!Files.isDirectory(dir.resolve(table))) {
            continue;
          }
          List<String> columns = new java.util.ArrayList<>(Exporter.TABLE_COLUMNS.get(table));
          String select = String.join(", ", columns);
          if (table.equals("events")) {
            select =
                select.replaceFirst(
                    "global_event_id",
                    lastGlobalEventId
                        + " + row_number() OVER (ORDER BY global_event_id) AS global_event_id");
          }
          execute(
              "INSERT INTO "
                  + table
                  + " ("
                  + String.join(", ", columns)
                  + ") SELECT "
                  + select
                  + " FROM "
                  + parquet(dir, table)
                  + " WHERE article_id IN (SELECT article_id FROM parquet_new)");
        }
        int stored;
        try (Statement st = db.createStatement();
            ResultSet r = st.executeQuery("SELECT count(*) FROM parquet_new")) {
          r.next();
          stored = r.getInt(1);
        }
        execute("DROP TABLE parquet_new");
        execute("COMMIT");
        committed = true;
        lastBatch = batchNo;
        try (Statement st = db.createStatement()) {
          try (ResultSet r =
              st.executeQuery(
                  "SELECT article_id, content_hash FROM articles WHERE batch = " + batchNo)) {
            while (r.next()) {
              hashes.put(r.getString(1), r.getString(2));
            }
          }
          try (ResultSet r =
              st.executeQuery("SELECT coalesce(max(global_event_id), 0) FROM events")) {
            r.next();
            lastGlobalEventId = r.getLong(1);
          }
        }
        index.catchUp(db);
        return new ParquetImport(stored, unchanged);
      } catch (SQLException | RuntimeException e) {
        if (!committed) {
          execute("ROLLBACK");
        }
        throw e;
      }
    } catch (SQLException | IOException e) {
      throw new StoreException(
          "cannot store the Parquet tables in " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * DuckDB's reader of one table's files. The job's hidden files ({@code .crc}, {@code _staging})
   * do not end in {@code .parquet}; the partition folders are not read as a column (hive
   * partitioning off), so exactly the contract's columns come back.
   */
  private static String parquet(Path dir, String table) {
    String glob = dir.resolve(table).toAbsolutePath() + "/**/*.parquet";
    return "read_parquet('" + glob.replace("'", "''") + "', hive_partitioning = false)";
  }

  private void execute(String sql) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute(sql);
    }
  }

  private void delete(String articleId) throws SQLException {
    for (String table : ArticleTables.TABLES) {
      try (PreparedStatement ps =
          db.prepareStatement("DELETE FROM " + table + " WHERE article_id = ?")) {
        ps.setString(1, articleId);
        ps.execute();
      }
    }
  }

  /** The database connection, for queries and exports in this package. */
  Connection connection() {
    return db;
  }

  TextIndex textIndex() {
    return index;
  }

  private static LocalDateTime utc(Instant t) {
    return LocalDateTime.ofInstant(t, ZoneOffset.UTC);
  }

  /** Closes the index and the database; DuckDB checkpoints its log into the file. */
  @Override
  public void close() {
    try {
      index.close();
    } catch (IOException e) {
      throw new StoreException("cannot close the text index: " + e.getMessage(), e);
    } finally {
      try {
        db.close();
      } catch (SQLException e) {
        throw new StoreException("cannot close the store: " + e.getMessage(), e);
      }
    }
  }
}
