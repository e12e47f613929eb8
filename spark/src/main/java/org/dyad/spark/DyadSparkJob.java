package org.dyad.spark;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The Spark job's command line: codes articles from any Hadoop path and writes the export tables as
 * Parquet. A thin adapter: reading, coding and the rows are the core's ({@link SparkCoding} only
 * distributes them).
 *
 * <p>Run with {@code spark-submit --class org.dyad.spark.DyadSparkJob dyad-spark-0.1.0.jar ...}, or
 * with {@code --master} and Spark's jars on the class path. Exit status: 0 done (rejected records
 * are in {@code rejects/} and do not fail the job), 2 bad command line, 3 the job failed.
 */
@Command(
    name = "dyad-spark",
    mixinStandardHelpOptions = true,
    version = "dyad-spark 0.1.0",
    description =
        "Code news articles on Apache Spark and write articles, actors, events and quotes as"
            + " Parquet, partitioned by article date.",
    footer = {
      "",
      "Rerunning into the same output skips the articles it holds (same id and content), so a"
          + " killed run resumes; records that cannot be read or coded go to OUTPUT/rejects/.",
      "",
      "Exit status: 0 done, 2 bad command line, 3 the job failed."
    })
public final class DyadSparkJob implements Callable<Integer> {
  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description =
          "Files or folders on any Hadoop file system (file:, hdfs:, s3a:): .txt, .html, .json,"
              + " .jsonl, optionally .gz.")
  List<String> inputs;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "DIR",
      description = "The output folder (any Hadoop file system); created if needed.")
  String output;

  @Option(
      names = "--partitions",
      paramLabel = "N",
      description = "Coding tasks per commit (default: 4 per core of the cluster).")
  int partitions;

  @Option(
      names = "--tables",
      paramLabel = "LIST",
      split = ",",
      defaultValue = "articles,actors,events,quotes",
      description =
          "Tables to write (default: ${DEFAULT-VALUE}); articles is always written: it records"
              + " what is done.")
  List<String> tables;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "Publication date for inputs that carry none (plain text, most HTML).")
  LocalDate date;

  @Option(
      names = "--lexicon",
      paramLabel = "DIR",
      description =
          "Load the lexicon from this local folder, present on every executor, instead of the jar.")
  String lexicon;

  @Option(
      names = "--commit-every",
      paramLabel = "N",
      defaultValue = "10000",
      description =
          "Articles per commit (default: ${DEFAULT-VALUE}); a killed run loses at most one"
              + " commit's coding.")
  int commitEvery;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description = "Spark master when not started by spark-submit (local[2], spark://host:7077).")
  String master;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(new CommandLine(new DyadSparkJob()).execute(args));
  }

  @Override
  public Integer call() {
    Set<String> chosen = new LinkedHashSet<>(tables);
    for (String t : chosen) {
      if (!SparkCoding.TABLES.contains(t)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "--tables: unknown table \"" + t + "\"; the tables are " + SparkCoding.TABLES);
      }
    }
    if (partitions < 0 || commitEvery < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--partitions must be at least 0 and --commit-every at least 1");
    }
    PrintWriter err = spec.commandLine().getErr();
    SparkSession.Builder builder = SparkSession.builder().appName("dyad");
    if (master != null) {
      builder.master(master);
    }
    SparkSession spark = builder.getOrCreate();
    long started = System.nanoTime();
    try {
      SparkCoding.Report r = new SparkCoding(spark, settings(chosen), Clock.systemUTC()).run();
      double seconds = (System.nanoTime() - started) / 1e9;
      err.println(
          String.format(
              Locale.ROOT,
              "dyad-spark: read %,d articles: coded %,d, %,d already in %s; %,d records rejected"
                  + " (see rejects/); %d commit(s) in %.1f s, %.1f articles/s",
              r.read(),
              r.coded(),
              r.unchanged(),
              output,
              r.rejected(),
              r.commits(),
              seconds,
              r.coded() / seconds));
      err.flush();
      return 0;
    } catch (Exception e) {
      err.println("dyad-spark: the job failed: " + e);
      err.flush();
      return 3;
    } finally {
      spark.stop();
    }
  }

  SparkCoding.Settings settings(Set<String> chosen) {
    return new SparkCoding.Settings(
        List.copyOf(inputs),
        output,
        partitions,
        Set.copyOf(chosen),
        date,
        lexicon,
        commitEvery,
        "dyad-spark 0.1.0");
  }
}
