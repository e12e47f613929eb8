package org.dyad.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.model.Span;

/**
 * A stand-in for {@code dyad ingest} in a child JVM, without NLP: stores {@code batches} batches of
 * {@code perBatch} articles of {@code textChars} characters through an {@link IngestSession},
 * pausing {@code pauseMillis} before each batch as coding would, and prints {@code committed N}
 * after each; given a sixth argument, a file, it prints {@code ready} once the store is open and
 * waits for that file before writing. With {@code hold} it instead opens the store for writing,
 * prints {@code holding}, and keeps it {@code pauseMillis}. For the tests that need a second
 * process at the store.
 */
public final class SlowWriter {
  private SlowWriter() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    if (args[1].equals("hold")) {
      try (Store s = Store.open(dir)) {
        s.articleCount();
        System.out.println("holding");
        System.out.flush();
        Thread.sleep(Long.parseLong(args[2]));
      }
      return;
    }
    int batches = Integer.parseInt(args[1]);
    int perBatch = Integer.parseInt(args[2]);
    long pauseMillis = Long.parseLong(args[3]);
    int textChars = Integer.parseInt(args[4]);
    String prefix = args.length > 5 ? args[5] : "w";
    Path go = args.length > 6 ? Path.of(args[6]) : null;
    try {
      write(dir, batches, perBatch, pauseMillis, textChars, prefix, go);
    } catch (StoreException e) {
      // as dyad ingest reports it
      System.out.println("dyad: " + e.getMessage());
      System.exit(3);
    }
    System.out.println("done");
  }

  private static void write(
      Path dir, int batches, int perBatch, long pauseMillis, int textChars, String prefix, Path go)
      throws InterruptedException {
    try (Store store = Store.open(dir);
        IngestSession session =
            new IngestSession(
                store,
                List.of("slow-writer"),
                "slow writer",
                Clock.systemUTC(),
                perBatch,
                Duration.ofHours(1),
                message -> System.out.println("problem " + message))) {
      if (go != null) {
        // DuckDB's native library is unpacked by now: the parent may limit this process's files.
        System.out.println("ready");
        System.out.flush();
        while (!java.nio.file.Files.exists(go)) {
          Thread.sleep(10);
        }
      }
      for (int b = 0; b < batches; b++) {
        Thread.sleep(pauseMillis);
        for (int i = 0; i < perBatch; i++) {
          session.accept(uncoded(article(prefix + "-" + b + "-" + i, textChars)));
        }
        System.out.println("committed " + session.counts().stored());
        System.out.flush();
      }
    }
  }

  static Article article(String id, int textChars) {
    StringBuilder text = new StringBuilder("Article " + id + ". ");
    // varied text, so DuckDB cannot compress it into nothing
    for (int i = 0; text.length() < textChars; i++) {
      text.append(Long.toString((id.hashCode() * 31L + i) * 2654435761L, 36)).append(' ');
    }
    return new Article(
        id, LocalDate.of(2024, 1, 1), "Title " + id, text.toString(), null, "Wire", id);
  }

  static CodedArticle uncoded(Article a) {
    return new CodedArticle(
        a, List.of(new Span(0, a.text().length())), List.of(), List.of(), List.of());
  }

  /** A child JVM running this class with {@code args}, output to {@code log}. */
  public static Process start(Path log, String... args) throws java.io.IOException {
    return new ProcessBuilder(command(args))
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  public static List<String> command(String... args) {
    return javaCommand(SlowWriter.class.getName(), args);
  }

  /** A child JVM command running {@code mainClass} on the test class path. */
  public static List<String> javaCommand(String mainClass, String... args) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd =
        new java.util.ArrayList<>(
            List.of(
                java,
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                mainClass));
    cmd.addAll(List.of(args));
    return cmd;
  }
}
