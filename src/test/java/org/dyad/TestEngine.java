package org.dyad;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.input.ArticleReader;
import org.dyad.input.ReadResult;
import org.dyad.lexicon.LexiconLoader;
import org.dyad.model.Article;
import org.dyad.nlp.CoreNlpAnnotator;
import org.dyad.pipeline.ArticleCoder;
import org.junit.jupiter.api.Assumptions;

/**
 * The coding pipeline for tests, built once per test JVM (CoreNLP takes seconds to load), and
 * access to the shared corpora, which tests skip without.
 */
public final class TestEngine {
  private static final class Holder {
    static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator();
    static final ArticleCoder CODER =
        new ArticleCoder(ANNOTATOR, LexiconLoader.fromClasspath().load());
  }

  private TestEngine() {}

  public static ArticleCoder coder() {
    return Holder.CODER;
  }

  /** The shared CoreNLP stage, for tests that code with other dictionaries. */
  public static CoreNlpAnnotator annotator() {
    return Holder.ANNOTATOR;
  }

  /** {@code ../shared}, or a skipped test when it is absent. */
  public static Path shared(String relative) {
    Path p = Path.of("..", "shared").resolve(relative);
    Assumptions.assumeTrue(
        Files.exists(p), "skipped: " + p + " is absent (the shared corpora and examples)");
    return p;
  }

  /**
   * Reads every article of an input, as 'dyad code' would, with {@code date} where the input has
   * none.
   */
  public static List<Article> read(Path input, LocalDate date) {
    List<Article> out = new ArrayList<>();
    new ArticleReader(date, new ByteArrayInputStream(new byte[0]))
        .read(
            List.of(input.toString()),
            r -> {
              if (r instanceof ReadResult.Ok ok) {
                out.add(ok.article());
              }
            });
    return out;
  }
}
