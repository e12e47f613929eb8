package org.dyad.golden;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.TestEngine;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every golden file in {@code src/test/resources/golden}: each expected quotation and event
 * must be produced unless it is marked with a known failure and its reason; a marked one that now
 * passes is reported so the mark can be removed.
 */
class GoldenIT {
  private static final Path DIR = Path.of("src/test/resources/golden");
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Path> cases() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  static GoldenCase load(Path file) throws IOException {
    return JSON.readValue(file.toFile(), GoldenCase.class);
  }

  static CodedArticle codeCase(GoldenCase gold) {
    Path corpus = TestEngine.shared(gold.input().corpus());
    LocalDate date = LocalDate.parse(gold.date());
    Article article =
        TestEngine.read(corpus, date).stream()
            .filter(a -> a.id().equals(gold.input().id()))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("article " + gold.input().id() + " is not in " + corpus))
            .withDate(date);
    return TestEngine.coder().code(article);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void producesEveryExpectedQuoteAndEvent(Path file) throws IOException {
    GoldenCase gold = load(file);
    GoldenMatcher.Outcome outcome = GoldenMatcher.compare(gold, codeCase(gold));
    System.out.println(
        "golden "
            + gold.name()
            + ": events "
            + outcome.matchedEvents()
            + "/"
            + outcome.expectedEvents()
            + " expected found, "
            + outcome.producedMatched()
            + "/"
            + outcome.producedEvents()
            + " produced matched");
    outcome.notes().forEach(n -> System.out.println("  note: " + n));
    outcome
        .knownFailuresNowPassing()
        .forEach(n -> System.out.println("  NOW PASSES, remove the mark: " + n));
    assertTrue(
        outcome.failures().isEmpty(),
        gold.name() + ":\n  " + String.join("\n  ", outcome.failures()));
  }

  /**
   * Events a careful coder would not accept are the field's main complaint: keep precision pinned.
   */
  @org.junit.jupiter.api.Test
  void eventPrecisionOverAllGoldenArticles() throws IOException {
    int produced = 0;
    int matched = 0;
    List<Path> files = cases().toList();
    for (Path f : files) {
      GoldenCase gold = load(f);
      GoldenMatcher.Outcome o = GoldenMatcher.compare(gold, codeCase(gold));
      produced += o.producedEvents();
      matched += o.producedMatched();
    }
    double precision = produced == 0 ? 0 : matched / (double) produced;
    System.out.printf("golden event precision %.3f (%d/%d)%n", precision, matched, produced);
    assertTrue(
        precision >= GoldenThresholds.MIN_EVENT_PRECISION,
        "golden event precision "
            + precision
            + " fell below "
            + GoldenThresholds.MIN_EVENT_PRECISION);
  }
}
