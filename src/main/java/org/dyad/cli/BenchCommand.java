package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.input.ArticleReader;
import org.dyad.input.ReadResult;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.pipeline.ArticleCoder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dyad bench}: measures coding speed and peak memory on real input, the figures the README
 * reports.
 *
 * <p>Articles are read first (reading is not timed), a warm-up pass lets the JIT compile the hot
 * paths, then the timed pass codes every article on the worker threads exactly as {@code dyad code}
 * does.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measure articles per second and peak memory of coding.")
final class BenchCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Inputs, as for 'dyad code'.")
  List<String> inputs;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Use at most N articles (default: all).")
  int limit = Integer.MAX_VALUE;

  @Option(
      names = "--repeat",
      paramLabel = "R",
      description = "Code the article set R times (default: 1).")
  int repeat = 1;

  @Option(
      names = "--warmup",
      paramLabel = "W",
      description = "Articles coded before timing (default: 20).")
  int warmup = 20;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "Date for inputs that carry none.")
  LocalDate date;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<Article> articles = new ArrayList<>();
    new ArticleReader(date, System.in)
        .read(
            inputs,
            r -> {
              if (r instanceof ReadResult.Ok ok && articles.size() < limit) {
                articles.add(ok.article());
              }
            });
    if (articles.isEmpty()) {
      spec.commandLine().getErr().println("dyad: bench: no readable articles in the inputs");
      return DyadCli.EXIT_INPUT_ERRORS;
    }
    long t0 = System.nanoTime();
    ArticleCoder coder = Engine.coder(null);
    coder.code(articles.get(0)); // CoreNLP loads on the first article
    double loadSeconds = (System.nanoTime() - t0) / 1e9;
    for (int i = 0; i < Math.min(warmup, articles.size() * repeat); i++) {
      coder.code(articles.get(i % articles.size()));
    }
    int[] sentences = {0};
    int[] events = {0};
    int[] quotes = {0};
    long chars = 0;
    long start = System.nanoTime();
    try (OrderedParallel<Article, CodedArticle> workers =
        new OrderedParallel<>(
            threads,
            coder::code,
            c -> {
              sentences[0] += c.sentences().size();
              events[0] += c.events().size();
              quotes[0] += c.quotes().size();
            })) {
      for (int r = 0; r < repeat; r++) {
        for (Article a : articles) {
          workers.submit(a);
          chars += a.text().length();
        }
      }
      workers.finish();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    int n = articles.size() * repeat;
    out.printf(Locale.ROOT, "articles        %d (%d distinct x %d)%n", n, articles.size(), repeat);
    out.printf(
        Locale.ROOT,
        "sentences       %d (%.1f per article), %d characters%n",
        sentences[0],
        sentences[0] / (double) n,
        chars);
    out.printf(Locale.ROOT, "events, quotes  %d, %d%n", events[0], quotes[0]);
    out.printf(Locale.ROOT, "threads         %d%n", threads);
    out.printf(
        Locale.ROOT,
        "start-up        %.1f s (lexicon, CoreNLP models, first article)%n",
        loadSeconds);
    out.printf(Locale.ROOT, "coding time     %.2f s%n", seconds);
    out.printf(Locale.ROOT, "articles/s      %.1f%n", n / seconds);
    out.printf(Locale.ROOT, "ms/article      %.1f (wall time / articles)%n", seconds * 1000 / n);
    out.printf(Locale.ROOT, "sentences/s     %.0f%n", sentences[0] / seconds);
    out.printf(Locale.ROOT, "peak heap       %d MB%n", peakHeapBytes() / (1 << 20));
    out.printf(Locale.ROOT, "peak RSS        %s%n", peakRss());
    out.flush();
    return 0;
  }

  private static long peakHeapBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** The process's peak resident set (Linux), which includes the JVM and the models. */
  private static String peakRss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          long kb = Long.parseLong(line.replaceAll("\\D", ""));
          return kb / 1024 + " MB";
        }
      }
    } catch (IOException | NumberFormatException e) {
      return "unavailable (" + e.getMessage() + ")";
    }
    return "unavailable (no /proc/self/status)";
  }
}
