package org.dyad.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.dyad.input.ArticleReader;
import org.dyad.input.ReadResult;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.pipeline.ArticleCoder;

/**
 * Reads inputs, codes every article on worker threads and hands each coded article on in input
 * order; an input that cannot be read or coded is reported on {@code err} where it stands, and
 * counted. The loop shared by the commands that code and print.
 */
final class CodingRun {
  private CodingRun() {}

  /** Runs it; returns how many inputs failed. */
  static int run(
      ArticleCoder coder,
      List<String> inputs,
      LocalDate date,
      String homeCountry,
      int threads,
      PrintWriter err,
      Consumer<CodedArticle> sink) {
    return run(coder, inputs, date, homeCountry, threads, err, null, sink);
  }

  /** Runs it, telling {@code progress} (or null) of each article done; returns the failures. */
  static int run(
      ArticleCoder coder,
      List<String> inputs,
      LocalDate date,
      String homeCountry,
      int threads,
      PrintWriter err,
      Progress progress,
      Consumer<CodedArticle> sink) {
    int[] failures = {0};
    Consumer<Object> report =
        problem -> {
          err.println("dyad: " + problem);
          err.flush();
          failures[0]++;
        };
    try (OrderedParallel<Article, Object> workers =
        new OrderedParallel<>(
            threads,
            a -> codeSafely(coder, a),
            result -> {
              if (result instanceof CodedArticle c) {
                sink.accept(c);
              } else {
                report.accept(result);
              }
              if (progress != null) {
                progress.done();
              }
            })) {
      new ArticleReader(date, homeCountry, System.in)
          .read(
              inputs,
              r -> {
                if (r instanceof ReadResult.Ok ok) {
                  workers.submit(ok.article());
                } else if (r instanceof ReadResult.Repeat) {
                  workers.finish();
                  err.println("dyad: " + r); // the same story twice is noted, not a failure
                  err.flush();
                } else {
                  workers.finish(); // keep messages next to the output they follow
                  report.accept(r);
                }
              });
      workers.finish();
    }
    return failures[0];
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
}
