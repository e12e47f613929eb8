package org.dyad.spark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.dyad.input.ArticleReader;
import org.dyad.input.ReadResult;
import org.dyad.model.Article;
import org.dyad.pipeline.ArticleCoder;
import org.dyad.store.ContentHash;
import org.dyad.store.ExportRows;
import org.dyad.store.Exporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * Codes articles on a Spark cluster with Dyad's own reader, coder and row builder, and writes the
 * export tables as Parquet into an {@link OutputFolder}, partitioned by the article's date.
 *
 * <p>The driver lists the input files in {@code dyad code}'s order; executors read them with {@link
 * ArticleReader#readStream}, so every format is decoded as the CLI decodes it. Articles are then
 * grouped by id, which does two things the single JVM does with a map: a later record with an id
 * already read is rejected as a duplicate, and an article already in the output with the same
 * content hash is skipped (a rerun resumes). What is left is coded in input order, {@code
 * commitEvery} articles per commit, each coded once ({@link ExecutorCoder} holds one coder per
 * executor), its rows kept until every table is written. Events get global ids in input order,
 * following the largest already in the output, so a fresh output numbers them as {@code dyad
 * ingest} into a fresh store does. Records that cannot be read or coded are logged, counted and
 * written to {@code rejects/}; they never fail the job. Used on the driver, from one thread.
 */
final class SparkCoding {
  /** The partition column: the article's date, or {@value #UNKNOWN_DATE} for undated articles. */
  static final String PARTITION_COLUMN = "article_date";

  static final String UNKNOWN_DATE = "unknown";
  static final List<String> TABLES = List.copyOf(Exporter.TABLE_COLUMNS.keySet());

  private static final Logger LOG = LoggerFactory.getLogger(SparkCoding.class);

  /** What a run did. */
  record Report(long read, long coded, long unchanged, long rejected, int commits) {}

  /** What to code and where: the command line's options. */
  record Settings(
      List<String> inputs,
      String output,
      int partitions,
      Set<String> tables,
      LocalDate defaultDate,
      String lexiconDir,
      int commitEvery,
      String coder)
      implements Serializable {}

  private final SparkSession spark;
  private final JavaSparkContext sc;
  private final Settings settings;
  private final Clock clock;

  SparkCoding(SparkSession spark, Settings settings, Clock clock) {
    this.spark = spark;
    this.sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    this.settings = settings;
    this.clock = clock;
  }

  Report run() throws IOException {
    // Dates and times cross into Spark as java.time values, the types ExportRows produces.
    spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
    Configuration hadoop = sc.hadoopConfiguration();
    OutputFolder out = new OutputFolder(settings.output(), hadoop);
    int[] recovered = out.recover();
    if (recovered[0] + recovered[1] > 0) {
      LOG.warn(
          "{}: finished {} commit(s) of an interrupted run, dropped {} incomplete one(s)",
          settings.output(),
          recovered[0],
          recovered[1]);
    }
    int partitions =
        settings.partitions() > 0 ? settings.partitions() : sc.defaultParallelism() * 4;

    List<Reject> listingRejects = new ArrayList<>();
    List<Tuple2<Integer, String>> files = listInputs(hadoop, listingRejects);
    LocalDate defaultDate = settings.defaultDate();
    // The job's Hadoop settings (s3a credentials, HDFS name nodes) go to the executors as plain
    // strings: Hadoop's Configuration is not serializable.
    Map<String, String> hadoopSettings = new HashMap<>();
    hadoop.forEach(e -> hadoopSettings.put(e.getKey(), e.getValue()));
    JavaRDD<Object> read =
        sc.parallelize(files, Math.max(1, Math.min(files.size(), partitions)))
            .flatMap(f -> readFile(f._1(), f._2(), defaultDate, hadoopSettings).iterator());
    read.persist(StorageLevel.MEMORY_AND_DISK_SER());

    // Group by id with what the output already holds: duplicates rejected, stored ones skipped.
    JavaPairRDD<String, String> existing = existingHashes(out);
    JavaRDD<Object> grouped =
        read.filter(o -> o instanceof SourcedArticle)
            .mapToPair(o -> new Tuple2<>(((SourcedArticle) o).id(), (SourcedArticle) o))
            .cogroup(existing)
            .flatMap(g -> resolve(g._2()._1(), g._2()._2()).iterator());
    grouped.persist(StorageLevel.MEMORY_AND_DISK_SER());
    JavaRDD<SourcedArticle> toCode =
        grouped.filter(o -> o instanceof SourcedArticle).map(o -> (SourcedArticle) o);
    long unchanged = grouped.filter(o -> o instanceof Skipped).count();
    long readCount = read.filter(o -> o instanceof SourcedArticle).count();
    List<Reject> rejects = new ArrayList<>(listingRejects);
    rejects.addAll(read.filter(o -> o instanceof Reject).map(o -> (Reject) o).collect());
    rejects.addAll(grouped.filter(o -> o instanceof Reject).map(o -> (Reject) o).collect());

    JavaPairRDD<SourcedArticle, Long> ordered =
        toCode.sortBy(SourcedArticle::ordinal, true, partitions).zipWithIndex();
    ordered.persist(StorageLevel.MEMORY_AND_DISK_SER());
    long total = ordered.count();
    read.unpersist();
    grouped.unpersist();

    int commitId = out.hasTable("articles") ? maxInt(out, "articles", "run_id") + 1 : 1;
    long lastGlobalId = out.hasTable("events") ? maxLong(out, "events", "global_event_id") : 0;
    long coded = 0;
    long rejected = 0;
    int commits = 0;
    if (total > 0 || !rejects.isEmpty()) {
      long start = 0;
      do {
        long from = start;
        long end = Math.min(total, start + settings.commitEvery());
        JavaRDD<SourcedArticle> slice =
            ordered
                .filter(p -> p._2() >= from && p._2() < end)
                .keys()
                .sortBy(SourcedArticle::ordinal, true, partitions);
        Commit c = commit(out, commitId, slice, rejects, lastGlobalId);
        coded += c.coded();
        rejected += c.rejected();
        lastGlobalId = c.lastGlobalId();
        rejects = List.of();
        commitId++;
        commits++;
        start = end;
        LOG.warn("{}: committed {} of {} articles to code", settings.output(), start, total);
      } while (start < total);
    }
    ordered.unpersist();
    return new Report(readCount, coded, unchanged, rejected, commits);
  }

  private record Commit(long coded, long rejected, long lastGlobalId) {}

  /**
   * Codes {@code slice} and writes every table of it, with {@code earlierRejects}, as one commit.
   */
  private Commit commit(
      OutputFolder out,
      int commitId,
      JavaRDD<SourcedArticle> slice,
      List<Reject> earlierRejects,
      long lastGlobalId)
      throws IOException {
    // Plain values, not the core's records, cross into the closures: Spark serializes them.
    LocalDateTime codedAt = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    String coderName = settings.coder();
    String lexiconDir = settings.lexiconDir();
    JavaRDD<CodedRows> coded =
        slice.mapPartitions(
            it -> {
              ArticleCoder coder = ExecutorCoder.get(lexiconDir);
              List<CodedRows> result = new ArrayList<>();
              while (it.hasNext()) {
                result.add(code(coder, it.next(), commitId, codedAt, coderName));
              }
              return result.iterator();
            });
    coded.persist(StorageLevel.MEMORY_AND_DISK_SER());
    // The first global id of each partition: the events of all partitions before it come first.
    List<Long> counts =
        coded
            .mapPartitions(
                it -> {
                  long n = 0;
                  while (it.hasNext()) {
                    n += it.next().eventCount();
                  }
                  return List.of(n).iterator();
                })
            .collect();
    List<Long> bases = new ArrayList<>();
    long next = lastGlobalId + 1;
    for (long n : counts) {
      bases.add(next);
      next += n;
    }
    Path staging = out.staging(commitId);
    for (String table : TABLES) {
      if (!table.equals("articles") && !settings.tables().contains(table)) {
        continue;
      }
      JavaRDD<Row> rows =
          coded.mapPartitionsWithIndex((index, it) -> tableRows(table, bases.get(index), it), true);
      spark
          .createDataFrame(rows, schema(table))
          .write()
          .mode(SaveMode.ErrorIfExists)
          .partitionBy(PARTITION_COLUMN)
          .parquet(new Path(staging, table).toString());
    }
    List<Reject> rejects = new ArrayList<>(earlierRejects);
    rejects.addAll(coded.filter(c -> c.reject() != null).map(CodedRows::reject).collect());
    long codedCount = coded.filter(c -> c.reject() == null).count();
    if (!rejects.isEmpty()) {
      List<Row> rows = new ArrayList<>();
      for (Reject r : rejects) {
        rows.add(RowFactory.create(commitId, r.origin(), r.message()));
      }
      StructType rejectSchema =
          new StructType()
              .add("run_id", DataTypes.IntegerType)
              .add("origin", DataTypes.StringType)
              .add("message", DataTypes.StringType);
      spark
          .createDataFrame(rows, rejectSchema)
          .coalesce(1)
          .write()
          .mode(SaveMode.ErrorIfExists)
          .json(new Path(staging, "rejects").toString());
    }
    coded.unpersist();
    out.complete(commitId);
    out.publish(commitId);
    return new Commit(codedCount, rejects.size(), next - 1);
  }

  private static CodedRows code(
      ArticleCoder coder,
      SourcedArticle sourced,
      int runId,
      LocalDateTime codedAt,
      String coderName) {
    Article article = sourced.article();
    try {
      var rows =
          ExportRows.of(
              coder.code(article),
              new ExportRows.Provenance(ContentHash.of(article), runId, codedAt, coderName),
              1);
      return new CodedRows(sourced.ordinal(), article.date(), rows, null);
    } catch (RuntimeException | StackOverflowError e) {
      // as the single JVM does: one article the coder cannot finish is a reject, not a lost task
      Reject r =
          new Reject(article.origin(), "could not code article \"" + article.id() + "\": " + e);
      LOG.warn("dyad: {}", r);
      return new CodedRows(sourced.ordinal(), article.date(), null, r);
    }
  }

  /** The Spark rows of {@code table}, events renumbered from {@code firstGlobalId}. */
  private static Iterator<Row> tableRows(String table, long firstGlobalId, Iterator<CodedRows> it) {
    List<Row> out = new ArrayList<>();
    long globalId = firstGlobalId;
    while (it.hasNext()) {
      CodedRows c = it.next();
      if (c.rows() == null) {
        continue;
      }
      String partition = c.date() == null ? UNKNOWN_DATE : c.date().toString();
      for (List<Object> row : c.rows().get(table)) {
        Object[] values = row.toArray(new Object[row.size() + 1]);
        if (table.equals("events")) {
          values[0] = globalId++;
        }
        values[row.size()] = partition;
        out.add(RowFactory.create(values));
      }
    }
    return out.iterator();
  }

  /** The contract's columns of {@code table} with their types, then the partition column. */
  static StructType schema(String table) {
    List<StructField> fields = new ArrayList<>();
    for (String column : Exporter.TABLE_COLUMNS.get(table)) {
      fields.add(DataTypes.createStructField(column, sparkType(column), true));
    }
    fields.add(DataTypes.createStructField(PARTITION_COLUMN, DataTypes.StringType, false));
    return DataTypes.createStructType(fields);
  }

  private static DataType sparkType(String column) {
    String type = ExportRows.COLUMN_TYPES.get(column);
    return switch (type) {
      case "VARCHAR" -> DataTypes.StringType;
      case "INTEGER" -> DataTypes.IntegerType;
      case "BIGINT" -> DataTypes.LongType;
      case "DOUBLE" -> DataTypes.DoubleType;
      case "DATE" -> DataTypes.DateType;
        // DuckDB's TIMESTAMP has no time zone; Spark's TIMESTAMP would be read back as
        // UTC-adjusted.
      case "TIMESTAMP" -> DataTypes.TimestampNTZType;
      default -> throw new IllegalStateException("no Spark type for " + type + " (" + column + ")");
    };
  }

  /** An article skipped because the output holds it with the same content. */
  record Skipped(String id) implements Serializable {}

  /**
   * One id's records: the first read wins, later ones are duplicates; the winner is skipped when
   * the output holds it with the same content, and refused when it holds other content under its
   * id.
   */
  private static List<Object> resolve(Iterable<SourcedArticle> read, Iterable<String> stored) {
    List<SourcedArticle> candidates = new ArrayList<>();
    read.forEach(candidates::add);
    List<Object> out = new ArrayList<>();
    if (candidates.isEmpty()) {
      return out;
    }
    candidates.sort(Comparator.comparingLong(SourcedArticle::ordinal));
    SourcedArticle first = candidates.get(0);
    for (SourcedArticle later : candidates.subList(1, candidates.size())) {
      out.add(
          reject(
              later.origin(),
              "duplicate article id \""
                  + later.id()
                  + "\" (first read at "
                  + first.origin()
                  + "); skipped"));
    }
    Set<String> hashes = new HashSet<>();
    stored.forEach(hashes::add);
    String hash = ContentHash.of(first.article());
    if (hashes.contains(hash)) {
      out.add(new Skipped(first.id()));
    } else if (!hashes.isEmpty()) {
      // Parquet files cannot drop the old version's rows, and two versions would both count.
      out.add(
          reject(
              first.origin(),
              "article \""
                  + first.id()
                  + "\" is already in the output with other content; the output is append-only:"
                  + " write the changed article to a new output folder"));
    } else {
      out.add(first);
    }
    return out;
  }

  private static Reject reject(String origin, String message) {
    Reject r = new Reject(origin, message);
    LOG.warn("dyad: {}", r);
    return r;
  }

  /** Reads one file on an executor with Dyad's reader: articles and rejects in file order. */
  private static List<Object> readFile(
      int fileIndex, String path, LocalDate defaultDate, Map<String, String> hadoopSettings)
      throws IOException {
    Configuration conf = new Configuration(false);
    hadoopSettings.forEach(conf::set);
    Path p = new Path(path);
    FileSystem fs = p.getFileSystem(conf);
    List<Object> out = new ArrayList<>();
    // Standard input is the CLI's; a Spark job has none.
    ArticleReader reader = new ArticleReader(defaultDate, new ByteArrayInputStream(new byte[0]));
    try (InputStream in = fs.open(p)) {
      reader.readStream(
          path,
          p.getName(),
          in,
          r -> {
            if (r instanceof ReadResult.Ok ok) {
              out.add(SourcedArticle.of(((long) fileIndex << 32) | out.size(), ok.article()));
            } else {
              ReadResult.Problem problem = (ReadResult.Problem) r;
              out.add(reject(problem.origin(), problem.message()));
            }
          });
    } catch (IOException e) {
      out.add(reject(path, "cannot read: " + e.getMessage()));
    }
    return out;
  }

  /**
   * The input files in {@code dyad code}'s order: inputs as given, folders walked in path order;
   * missing inputs and empty folders become rejects.
   */
  private List<Tuple2<Integer, String>> listInputs(Configuration conf, List<Reject> rejects)
      throws IOException {
    List<Tuple2<Integer, String>> files = new ArrayList<>();
    for (String input : settings.inputs()) {
      Path p = new Path(input);
      FileSystem fs = p.getFileSystem(conf);
      if (!fs.exists(p)) {
        rejects.add(reject(input, "no such file or folder"));
      } else if (fs.getFileStatus(p).isDirectory()) {
        List<String> found = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(p, true);
        while (it.hasNext()) {
          Path f = it.next().getPath();
          if (ArticleReader.isArticleFileName(f.getName())) {
            found.add(f.toString());
          }
        }
        if (found.isEmpty()) {
          rejects.add(reject(input, "folder holds no .txt, .html, .htm, .json or .jsonl files"));
        }
        found.sort(null);
        found.forEach(f -> files.add(new Tuple2<>(files.size(), f)));
      } else {
        files.add(new Tuple2<>(files.size(), fs.makeQualified(p).toString()));
      }
    }
    return files;
  }

  private JavaPairRDD<String, String> existingHashes(OutputFolder out) throws IOException {
    if (!out.hasTable("articles")) {
      return JavaPairRDD.fromJavaRDD(sc.<Tuple2<String, String>>emptyRDD());
    }
    return spark
        .read()
        .parquet(out.table("articles").toString())
        .select("article_id", "content_hash")
        .javaRDD()
        .mapToPair(r -> new Tuple2<>(r.getString(0), r.getString(1)));
  }

  private int maxInt(OutputFolder out, String table, String column) {
    Dataset<Row> d = spark.read().parquet(out.table(table).toString()).agg(Map.of(column, "max"));
    Row r = d.first();
    return r.isNullAt(0) ? 0 : r.getInt(0);
  }

  private long maxLong(OutputFolder out, String table, String column) {
    Dataset<Row> d = spark.read().parquet(out.table(table).toString()).agg(Map.of(column, "max"));
    Row r = d.first();
    return r.isNullAt(0) ? 0 : r.getLong(0);
  }
}
