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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * article either wholly stored or absent; the same transaction links the batch's events into story
 * events ({@link StoryLinks}). DuckDB lets one process hold the database file for writing, or
 * several for reading, and refuses the others at once: so a store holds the file only from its
 * first use until {@link #release}, and taking it waits (a bounded time, then a {@link
 * StoreException} naming the process that holds it). A writer releases between batches, a server
 * between requests, and readers in other processes get their turn. A full disk is a {@link
 * StoreFullException}. Not thread-safe: callers serialise.
 */
public final class Store implements AutoCloseable {
  public static final String DATABASE_FILE = "dyad.duckdb";

  /** How long a reader waits by default for a writer to release the store. */
  public static final Duration READ_WAIT = Duration.ofSeconds(30);

  /**
   * How long a writer waits by default: it holds coded work that a give-up would lose, and a long
   * export may hold the store for minutes.
   */
  public static final Duration WRITE_WAIT = Duration.ofMinutes(10);

  private static final Pattern LOCK_HOLDER = Pattern.compile("\\(PID (\\d+)\\)");

  private final Path dir;
  private final boolean readOnly;
  private final Duration wait;
  private DuckDBConnection db;
  private TextIndex index;
  private Map<String, String> hashes;

  /** Opens the store in {@code dir} for reading only, waiting up to {@link #READ_WAIT}. */
  public static Store openReadOnly(Path dir) {
    return openReadOnly(dir, READ_WAIT);
  }

  /**
   * Opens the store in {@code dir} for reading only (no migration, no index repair), waiting up to
   * {@code wait} while a writer holds it.
   */
  public static Store openReadOnly(Path dir, Duration wait) {
    if (!Files.isRegularFile(dir.resolve(DATABASE_FILE))) {
      throw new StoreException("there is no store in " + dir + " (no " + DATABASE_FILE + ")");
    }
    Store store = new Store(dir, true, wait);
    try {
      store.acquire();
      StoreSchema.checkCurrent(store.db);
      return store;
    } catch (SQLException | RuntimeException e) {
      store.releaseQuietly();
      if (e instanceof StoreException se) {
        throw se;
      }
      throw new StoreException("cannot open the store in " + dir + ": " + e.getMessage(), e);
    }
  }

  private Store(Path dir, boolean readOnly, Duration wait) {
    this.dir = dir;
    this.readOnly = readOnly;
    this.wait = wait;
  }

  /** Opens (creating if needed) the store in {@code dir}, waiting up to {@link #WRITE_WAIT}. */
  public static Store open(Path dir) {
    return open(dir, WRITE_WAIT);
  }

  /**
   * Opens (creating if needed) the store in {@code dir} for writing, waiting up to {@code wait}
   * while another process holds it; the same wait applies each time the store is taken again after
   * {@link #release}.
   */
  public static Store open(Path dir, Duration wait) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new StoreException("cannot create the store folder " + dir + ": " + e.getMessage(), e);
    }
    if (!Files.isWritable(dir)) {
      throw new StoreException("the store folder " + dir + " is not writable");
    }
    Store store = new Store(dir, false, wait);
    try {
      store.acquire();
      int found = StoreSchema.migrate(store.db);
      if (found < StoreSchema.STORIES_VERSION) {
        store.linkAllStories();
      }
      store.index.catchUp(store.db);
      store.hashes();
      return store;
    } catch (SQLException | IOException | RuntimeException e) {
      store.releaseQuietly();
      if (e instanceof StoreException se) {
        throw se;
      }
      throw new StoreException("cannot open the store in " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Takes the database file unless this process holds it already. DuckDB lets one process hold a
   * file for writing, or several for reading, and refuses the others at once; so this retries until
   * {@code wait} has passed, then names the process that holds the store.
   */
  private void acquire() {
    if (db != null) {
      return;
    }
    long deadline = System.nanoTime() + wait.toNanos();
    long pause = 10;
    while (true) {
      try {
        Properties props = new Properties();
        // A store must work offline and behave the same everywhere: never fetch extensions.
        props.setProperty("autoinstall_known_extensions", "false");
        props.setProperty("autoload_known_extensions", "false");
        if (readOnly) {
          // Several read-only processes may share a database file; a writer may not join them.
          props.setProperty("duckdb.read_only", "true");
        }
        db =
            (DuckDBConnection)
                DriverManager.getConnection(
                    "jdbc:duckdb:" + dir.resolve(DATABASE_FILE).toAbsolutePath(), props);
        break;
      } catch (SQLException e) {
        boolean locked = String.valueOf(e.getMessage()).contains("Could not set lock");
        if (!locked || System.nanoTime() >= deadline) {
          throw openFailure(dir, e, wait);
        }
      }
      try {
        Thread.sleep(pause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StoreException("interrupted while waiting for the store " + dir, e);
      }
      pause = Math.min(200, pause * 2);
    }
    try {
      index = new TextIndex(dir, readOnly);
    } catch (IOException e) {
      releaseQuietly();
      throw new StoreException("cannot open the text index in " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Lets other processes have the store until this one next needs it (DuckDB checkpoints its log
   * into the file). A writer calls this between batches and a server between requests, so readers
   * and writers in other processes can take turns; the next read or write takes the store again.
   */
  public void release() {
    if (db == null) {
      return;
    }
    try {
      index.close();
    } catch (IOException e) {
      throw new StoreException("cannot close the text index: " + e.getMessage(), e);
    } finally {
      index = null;
      try {
        db.close();
      } catch (SQLException e) {
        throw failure("cannot release the store: ", e);
      } finally {
        db = null;
      }
    }
  }

  private void releaseQuietly() {
    try {
      release();
    } catch (RuntimeException ignored) {
      // the failure that made us let go is the error worth reporting
    }
  }

  private static StoreException openFailure(Path dir, SQLException e, Duration wait) {
    String msg = String.valueOf(e.getMessage());
    if (msg.contains("Could not set lock")) {
      Matcher m = LOCK_HOLDER.matcher(msg);
      return new StoreException(
          "the store "
              + dir
              + " is in use by another process"
              + (m.find() ? " (PID " + m.group(1) + ")" : "")
              + " and was not released within "
              + wait.toSeconds()
              + " s; a writer holds it only while it stores a batch, a reader while it reads:"
              + " try again, or wait longer with --wait SECONDS",
          e);
    }
    return new StoreException("cannot open the store in " + dir + ": " + msg, e);
  }

  /** The stored content hashes, read when first needed (readers rarely need them). */
  private Map<String, String> hashes() {
    if (hashes == null) {
      acquire();
      Map<String, String> read = new HashMap<>();
      try (Statement s = db.createStatement();
          ResultSet r = s.executeQuery("SELECT article_id, content_hash FROM articles")) {
        while (r.next()) {
          read.put(r.getString(1), r.getString(2));
        }
      } catch (SQLException e) {
        throw new StoreException("cannot read the store in " + dir + ": " + e.getMessage(), e);
      }
      hashes = read;
    }
    return hashes;
  }

  public Path dir() {
    return dir;
  }

  /** The content hash stored for {@code articleId}, or null when the store does not hold it. */
  public String contentHash(String articleId) {
    return hashes().get(articleId);
  }

  public int articleCount() {
    return hashes().size();
  }

  /** Records the start of an ingest run and returns its id (provenance for the articles). */
  public int beginRun(List<String> inputs, String coder, Instant startedAt) {
    acquire();
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
    acquire();
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
    acquire();
    // One version per id: a later copy in the same batch replaces an earlier one.
    Map<String, CodedArticle> latest = new LinkedHashMap<>();
    Map<String, String> batchHashes = new LinkedHashMap<>();
    for (CodedArticle c : batch) {
      latest.put(c.article().id(), c);
      batchHashes.put(c.article().id(), ContentHash.of(c.article()));
    }
    try {
      // An explicit BEGIN: with JDBC's setAutoCommit(false) DuckDB opens the transaction only at
      // the next statement, and appender rows flushed before any statement would be committed
      // on their own (StoreTest.aBatchThatFailsHalfwayStoresNothingOfIt caught this).
      execute("BEGIN TRANSACTION");
      try {
        // Batch and event numbers are read inside the transaction, not remembered: another
        // process may have written between two of this one's batches.
        long batchNo = scalar("SELECT coalesce(max(batch), 0) + 1 FROM articles");
        long globalId = scalar("SELECT coalesce(max(global_event_id), 0) FROM events");
        // The stories of the replaced versions' events and of the new ones are linked again.
        StoryLinks.mark(db, batchHashes.keySet());
        deleteRows(batchHashes.keySet());
        try (ArticleTables tables = new ArticleTables(db)) {
          for (CodedArticle c : latest.values()) {
            String id = c.article().id();
            tables.append(
                c, batchHashes.get(id), runId, batchNo, utc(codedAt), coder, globalId + 1);
            globalId += c.events().size();
          }
        }
        StoryLinks.mark(db, batchHashes.keySet());
        StoryLinks.relinkMarked(db);
        execute("COMMIT");
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly();
        if (e instanceof SQLException sql) {
          throw sql;
        }
        throw new StoreException("cannot store a batch of articles: " + e, e);
      }
    } catch (SQLException e) {
      throw failure("cannot store a batch of articles: ", e);
    }
    hashes().putAll(batchHashes);
    try {
      index.catchUp(db);
    } catch (SQLException | IOException e) {
      throw failure(
          "the articles are stored but the text index could not be updated (it is repaired when"
              + " the store is next opened): ",
          e);
    }
  }

  /**
   * Deletes the articles with {@code articleIds} and all their rows in one transaction, and their
   * sentences and quotations from the text index; returns how many of them the store held. Ids it
   * does not hold are ignored.
   */
  public int delete(java.util.Collection<String> articleIds) {
    List<String> held = articleIds.stream().distinct().filter(hashes()::containsKey).toList();
    if (held.isEmpty()) {
      return 0;
    }
    acquire();
    try {
      execute("BEGIN TRANSACTION");
      try {
        StoryLinks.mark(db, held);
        deleteRows(held);
        StoryLinks.relinkMarked(db);
        execute("COMMIT");
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly();
        throw e;
      }
    } catch (SQLException e) {
      throw failure("cannot delete articles: ", e);
    }
    held.forEach(hashes()::remove);
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

  /** After a failed write, a rollback may fail too (a full disk); the first error is reported. */
  private void rollbackQuietly() {
    try {
      execute("ROLLBACK");
    } catch (SQLException ignored) {
      // see above
    }
  }

  /** A write's failure; a full disk gets its own type and says what was kept. */
  private StoreException failure(String what, Exception e) {
    if (StoreFullException.isFull(e.getMessage())) {
      return new StoreFullException(
          what
              + e.getMessage()
              + " — the disk (or the file size limit) is full: nothing of this batch was stored,"
              + " every earlier batch in "
              + dir
              + " is intact; free some space and rerun to store the rest",
          e);
    }
    return new StoreException(what + e.getMessage(), e);
  }

  private long scalar(String sql) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  /** Links every stored event into story events, in one transaction (a store from before them). */
  private void linkAllStories() throws SQLException {
    execute("BEGIN TRANSACTION");
    try {
      StoryLinks.relinkAll(db);
      execute("COMMIT");
    } catch (SQLException | RuntimeException e) {
      rollbackQuietly();
      throw e;
    }
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
    acquire();
    boolean committed = false;
    try {
      execute("BEGIN TRANSACTION");
      try {
        long batchNo = scalar("SELECT coalesce(max(batch), 0) + 1 FROM articles");
        long lastGlobalEventId = scalar("SELECT coalesce(max(global_event_id), 0) FROM events");
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
        StoryLinks.relinkAll(db);
        execute("COMMIT");
        committed = true;
        try (Statement st = db.createStatement();
            ResultSet r =
                st.executeQuery(
                    "SELECT article_id, content_hash FROM articles WHERE batch = " + batchNo)) {
          while (r.next()) {
            hashes().put(r.getString(1), r.getString(2));
          }
        }
        index.catchUp(db);
        return new ParquetImport(stored, unchanged);
      } catch (SQLException | RuntimeException e) {
        if (!committed) {
          rollbackQuietly();
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

  /** Deletes every row of these articles, in one statement per table. */
  private void deleteRows(java.util.Collection<String> articleIds) throws SQLException {
    String marks = String.join(", ", java.util.Collections.nCopies(articleIds.size(), "?"));
    for (String table : ArticleTables.TABLES) {
      try (PreparedStatement ps =
          db.prepareStatement("DELETE FROM " + table + " WHERE article_id IN (" + marks + ")")) {
        int i = 1;
        for (String id : articleIds) {
          ps.setString(i++, id);
        }
        ps.execute();
      }
    }
  }

  /** The database connection, for queries and exports in this package. */
  Connection connection() {
    acquire();
    return db;
  }

  TextIndex textIndex() {
    acquire();
    return index;
  }

  private static LocalDateTime utc(Instant t) {
    return LocalDateTime.ofInstant(t, ZoneOffset.UTC);
  }

  /** Closes the index and the database; DuckDB checkpoints its log into the file. */
  @Override
  public void close() {
    release();
  }
}
