package org.dyad.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dyad.input.ArticleReader;
import org.dyad.input.ReadResult;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.pipeline.ArticleCoder;
import org.dyad.store.IngestSession;
import org.dyad.store.Store;
import org.dyad.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dyad ingest}: codes articles on worker threads and stores them from this thread, skipping
 * those already stored unchanged, so a rerun after a crash or Ctrl-C resumes.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = "Code news articles and keep them in a store.",
    footer = {
      "",
      "An article is known by its id, or by a hash of its title and text when the input gives no"
          + " id. One already stored as it is is skipped. One that differs from its stored version"
          + " (text, title, date, home country ...) is kept as stored and counted, unless --replace"
          + " is given. An input without a date keeps the stored date. Stopping (Ctrl-C, a crash)"
          + " loses at most the batch being coded: rerun the same command to finish.",
      "",
      "Exit status: 0 all inputs stored, 1 some inputs could not be read or coded (the others are"
          + " stored), 2 bad command line, 3 broken setup (store in use or unwritable, invalid"
          + " lexicon)."
    })
final class IngestCommand implements Callable<Integer> {
  @Parameters(
      arity = "0..*",
      paramLabel = "INPUT",
      description =
          "Files (.txt, .html, .json, .jsonl, optionally .gz), folders (read recursively), or - for"
              + " standard input.")
  List<String> inputs;

  @Option(
      names = "--store",
      paramLabel = "DIR",
      defaultValue = "dyad-data",
      description = "The store folder, created if needed (default: ${DEFAULT-VALUE}).")
  Path store;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "Publication date for inputs that carry none (plain text, most HTML).")
  LocalDate date;

  @Option(
      names = "--home-country",
      paramLabel = "ISO3",
      description =
          "The publisher's own country (ISO 3166 alpha-3, e.g. GBR for the BBC) for inputs that"
              + " carry none, as for dyad code.")
  String homeCountry;

  @Option(
      names = "--replace",
      description =
          "Recode an article that differs from its stored version and replace the stored one (by"
              + " default it is kept as stored, and counted).")
  boolean replace;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--lexicon",
      paramLabel = "DIR",
      description = "Load the lexicon from this folder instead of the one shipped in the jar.")
  Path lexicon;

  @Option(
      names = "--batch",
      paramLabel = "N",
      defaultValue = "32",
      description =
          "Articles per transaction (default: ${DEFAULT-VALUE}); a batch is also committed after"
              + " 2 seconds.")
  int batchSize;

  @Option(
      names = "--progress",
      defaultValue = "auto",
      description =
          "auto (a bar on a terminal, else a line every 10 s), bar, lines or none (default:"
              + " ${DEFAULT-VALUE}).")
  String progress;

  @Option(
      names = "--parquet",
      paramLabel = "DIR",
      description =
          "Store the Parquet tables a Spark job wrote into DIR (see the spark folder) instead of"
              + " coding INPUTs.")
  Path parquet;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    if (batchSize < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--batch must be at least 1");
    }
    if (homeCountry != null && !homeCountry.matches("[A-Z]{3}")) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--home-country must be an ISO 3166 alpha-3 code such as GBR, found \""
              + homeCountry
              + "\"");
    }
    if ((inputs == null || inputs.isEmpty()) == (parquet == null)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "give INPUT files or folders, or --parquet DIR, not both");
    }
    if (parquet != null) {
      return ingestParquet();
    }
    Progress.Style style = style();
    PrintWriter err = spec.commandLine().getErr();
    // A message must not land in the middle of the bar's line.
    String newLine = style == Progress.Style.bar ? "\n" : "";
    ArticleCoder coder = Engine.coder(lexicon);
    long startedNanos = System.nanoTime();
    Store opened;
    try {
      opened = Store.open(store);
    } catch (StoreException e) {
      err.println("dyad: " + e.getMessage());
      err.flush();
      return DyadCli.EXIT_SETUP;
    }
    AtomicBoolean stop = new AtomicBoolean();
    CountDownLatch stopped = new CountDownLatch(1);
    // Ctrl-C and kill run shutdown hooks: ask the loop to stop, and let it commit what is coded.
    Thread hook =
        new Thread(
            () -> {
              stop.set(true);
              try {
                stopped.await(30, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "dyad-ingest-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    int[] problems = {0};
    try (Store s = opened) {
      boolean interrupted = false;
      IngestSession session =
          new IngestSession(
              s,
              inputs,
              new DyadCli.Version().getVersion()[0],
              Clock.systemUTC(),
              batchSize,
              Duration.ofSeconds(2),
              replace,
              message -> {
                problems[0]++;
                err.println(newLine + "dyad: " + message);
                err.flush();
              });
      long toCode = countToCode(session);
      Progress bar =
          new Progress(err, style, toCode, System::nanoTime, TimeUnit.SECONDS.toNanos(10));
      try (session;
          OrderedParallel<Article, Object> workers =
              new OrderedParallel<>(
                  threads,
                  a -> codeSafely(coder, a),
                  result -> {
                    if (result instanceof CodedArticle c) {
                      session.accept(c);
                    } else {
                      session.failed();
                      problems[0]++;
                      err.println(newLine + "dyad: " + result);
                      err.flush();
                    }
                    bar.done();
                  })) {
        try {
          new ArticleReader(date, homeCountry, System.in)
              .read(
                  inputs,
                  r -> {
                    if (stop.get()) {
                      throw new StopRequested();
                    }
                    if (r instanceof ReadResult.Ok ok) {
                      session.toCode(ok.article()).ifPresentOrElse(workers::submit, bar::skipped);
                    } else if (r instanceof ReadResult.Repeat) {
                      session.repeated();
                      bar.skipped();
                    } else {
                      session.failed();
                      problems[0]++;
                      err.println(newLine + "dyad: " + r);
                      err.flush();
                    }
                  });
        } catch (StopRequested e) {
          interrupted = true;
        }
        workers.finish();
      }
      IngestSession.Counts counts = session.counts();
      bar.finish();
      double seconds = (System.nanoTime() - startedNanos) / 1e9;
      err.println(
          String.format(
              Locale.ROOT,
              "dyad: %s %,d articles (%s%,d already stored, %s%,d failed) in %s, %.1f articles/s;"
                  + " the store %s holds %,d articles",
              interrupted ? "stopped early: stored" : "stored",
              counts.stored(),
              replace || counts.replaced() > 0
                  ? String.format(Locale.ROOT, "replaced %,d, ", counts.replaced())
                  : "",
              counts.unchanged(),
              counts.differing() > 0
                  ? String.format(Locale.ROOT, "%,d differ and were kept, ", counts.differing())
                  : "",
              counts.failed(),
              Progress.duration(seconds),
              bar.rate(),
              store,
              s.articleCount()));
      if (counts.differing() > 0) {
        err.println(
            String.format(
                Locale.ROOT,
                "dyad: %,d articles differ from their stored versions (in text, title, url,"
                    + " source, date or home country), for example \"%s\", and were kept as"
                    + " stored; rerun with --replace to recode them and replace the stored"
                    + " versions",
                counts.differing(),
                String.join("\", \"", session.differingExamples())));
      }
      if (interrupted) {
        err.println("dyad: rerun the same command to store the rest");
      }
      err.flush();
    } catch (StoreException e) {
      err.println("\ndyad: " + e.getMessage());
      err.flush();
      return DyadCli.EXIT_SETUP;
    } finally {
      stopped.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // the JVM is already shutting down: the hook is running and has just been released
      }
    }
    return problems[0] == 0 ? 0 : DyadCli.EXIT_INPUT_ERRORS;
  }

  /** Stores a Spark job's output: no coding, one transaction. */
  private int ingestParquet() {
    PrintWriter err = spec.commandLine().getErr();
    long started = System.nanoTime();
    try (Store s = Store.open(store)) {
      String coder = new DyadCli.Version().getVersion()[0];
      int runId = s.beginRun(List.of("--parquet", parquet.toString()), coder, Instant.now());
      Store.ParquetImport done = s.importParquet(parquet, runId);
      s.finishRun(runId, Instant.now(), done.stored(), done.unchanged(), 0);
      err.println(
          String.format(
              Locale.ROOT,
              "dyad: stored %,d articles from %s (%,d already stored) in %s; the store %s holds"
                  + " %,d articles",
              done.stored(),
              parquet,
              done.unchanged(),
              Progress.duration((System.nanoTime() - started) / 1e9),
              store,
              s.articleCount()));
      err.flush();
      return 0;
    } catch (StoreException e) {
      err.println("dyad: " + e.getMessage());
      err.flush();
      return DyadCli.EXIT_SETUP;
    }
  }

  private Progress.Style style() {
    return switch (progress) {
      case "auto" -> System.console() != null ? Progress.Style.bar : Progress.Style.lines;
      case "bar" -> Progress.Style.bar;
      case "lines" -> Progress.Style.lines;
      case "none" -> Progress.Style.none;
      default ->
          throw new CommandLine.ParameterException(
              spec.commandLine(),
              "--progress must be auto, bar, lines or none, not \"" + progress + "\"");
    };
  }

  /**
   * Reads the inputs once without coding to count the new and changed articles, so the progress bar
   * can say how long is left; -1 for standard input, which cannot be read twice.
   */
  private long countToCode(IngestSession session) {
    if (inputs.contains("-")) {
      return -1;
    }
    long[] n = {0};
    new ArticleReader(date, homeCountry, new ByteArrayInputStream(new byte[0]))
        .read(
            inputs,
            r -> {
              if (r instanceof ReadResult.Ok ok) {
                IngestSession.Verdict v = session.verdict(ok.article());
                if (v == IngestSession.Verdict.NEW || v == IngestSession.Verdict.REPLACE) {
                  n[0]++;
                }
              }
            });
    return n[0];
  }

  private static Object codeSafely(ArticleCoder coder, Article article) {
    try {
      return coder.code(article);
    } catch (RuntimeException | StackOverflowError e) {
      // One article the coder cannot finish (a bug, or a parse deep enough to overflow a rule's
      // recursion) is reported and skipped; it must not stop the run or lose the others.
      return new ReadResult.Problem(
          article.origin(), "could not code article \"" + article.id() + "\": " + e);
    }
  }

  /** Unwinds the reader when a stop was asked for. */
  private static final class StopRequested extends RuntimeException {
    StopRequested() {
      super("stop requested", null, false, false);
    }
  }
}
