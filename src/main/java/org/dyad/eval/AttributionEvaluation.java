package org.dyad.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;

/**
 * Codes PolNeAR articles with a given coder on several threads and judges each against its
 * annotation; results come back in the entries' order, so reports do not depend on timing.
 *
 * <p>Pronoun sources are judged against a file of annotated antecedents for the split, checked
 * against each article's annotation first; a file for another split, or one naming an article the
 * split does not have, stops the run.
 *
 * <p>The coder must be safe to call from several threads, as Dyad's {@code ArticleCoder} is. A
 * corpus file that cannot be read or whose offsets do not fit stops the run: scoring around it
 * would report figures for a different corpus.
 */
public final class AttributionEvaluation {
  private AttributionEvaluation() {}

  public static AttributionReport run(
      String label,
      List<PolnearCorpus.Entry> entries,
      Function<Article, CodedArticle> coder,
      int threads)
      throws IOException {
    return run(label, entries, coder, threads, null);
  }

  /** As {@link #run(String, List, Function, int)}, judging pronoun sources by {@code pronouns}. */
  public static AttributionReport run(
      String label,
      List<PolnearCorpus.Entry> entries,
      Function<Article, CodedArticle> coder,
      int threads,
      PronounSpeakerFile pronouns)
      throws IOException {
    PronounSpeakerFile antecedents = fitting(entries, pronouns);
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "dyad-eval");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<AttributionScorer.ArticleResult>> futures = new ArrayList<>();
      for (PolnearCorpus.Entry e : entries) {
        futures.add(
            pool.submit(
                () -> {
                  PolnearCorpus.Document d = PolnearCorpus.load(e);
                  antecedents.check(e.name(), d.article().text(), d.attributions());
                  return AttributionScorer.judge(
                      d.attributions(), coder.apply(d.article()), antecedents.of(e.name()));
                }));
      }
      List<AttributionScorer.ArticleResult> results = new ArrayList<>();
      for (Future<AttributionScorer.ArticleResult> f : futures) {
        results.add(f.get());
      }
      return AttributionReport.of(label, results);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while scoring attributions", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof BratReader.BratException b) {
        throw new IOException(b.getMessage(), b);
      }
      throw new IllegalStateException("scoring failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static PronounSpeakerFile fitting(
      List<PolnearCorpus.Entry> entries, PronounSpeakerFile pronouns) throws IOException {
    if (pronouns == null || entries.isEmpty()) {
      return PronounSpeakerFile.none(PolnearCorpus.Split.dev);
    }
    if (entries.stream().anyMatch(e -> e.split() != pronouns.split())) {
      throw new IOException(
          "the pronoun speakers file is for " + pronouns.split() + ", not these articles");
    }
    Set<String> names = new HashSet<>();
    entries.forEach(e -> names.add(e.name()));
    for (PronounAntecedent a : pronouns.entries()) {
      if (!names.contains(a.article())) {
        throw new IOException(
            a.id() + ": no article " + a.article() + " in the " + pronouns.split() + " split");
      }
    }
    return pronouns;
  }
}
