package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.TestEngine;
import org.dyad.model.Article;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Scores the hand-coded event files and keeps precision and recall from falling below what was
 * measured (README "Accuracy"): {@code eval/gold-events.jsonl}, the 36 articles rules were
 * developed on (20 BBC politics, 16 Reuters 1987); {@code eval/gold-heldout.jsonl}, 10 articles
 * coded before Dyad was run on them and never used to write rules; {@code eval/gold-breadth.jsonl},
 * 14 fresh articles coded before Dyad was run on them and since used to find general gaps
 * (eval/README.md); {@code eval/gold-devall.jsonl}, 32 articles coded in full scope (one-sided
 * events too) for development; and {@code eval/gold-fresh.jsonl}, 45 articles coded in full scope
 * before issue 13's work and never used to write rules.
 */
class GoldEventsEval {
  /**
   * Measured 2026-12-06 at the end of the seventh session (issue 13), precision / recall:
   * development set 0.831 / 0.673 (152 of 183, of 226), its precision floor at issue 13's target;
   * held-out 0.632 / 0.171 (12 of 19, of 70); breadth 0.796 / 0.331 (43 of 54, of 130); full-scope
   * development 0.721 / 0.260 (75 of 104, of 288); fresh held-out 0.467 / 0.135 (49 of 105, of
   * 362). Floors a little below, for parser variation.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "eval/gold-events.jsonl, 0.80, 0.66",
    "eval/gold-heldout.jsonl, 0.57, 0.16",
    "eval/gold-breadth.jsonl, 0.76, 0.31",
    "eval/gold-devall.jsonl, 0.68, 0.24",
    "eval/gold-fresh.jsonl, 0.44, 0.125"
  })
  void precisionAndRecallDoNotFall(String file, double minPrecision, double minRecall)
      throws Exception {
    Path gold = Path.of(file);
    Path shared =
        TestEngine.shared("corpora/bbc/bbc-2004-2005.jsonl").getParent().getParent().getParent();
    TestEngine.shared("corpora/reuters/reuters-21578.jsonl.gz");
    List<GoldArticle> articlesGold = GoldFileReader.read(gold);
    List<Article> articles = GoldCorpora.articles(articlesGold, gold, shared);
    List<EventScorer.Scored> scored = new ArrayList<>();
    for (int i = 0; i < articlesGold.size(); i++) {
      scored.add(
          new EventScorer.Scored(articlesGold.get(i), TestEngine.coder().code(articles.get(i))));
    }
    EventReport r = EventScorer.score(scored);
    System.out.print(file + "\n" + ReportWriter.eventTable(r, false));
    double precision = r.overall().matched() / (double) r.overall().produced();
    double recall = r.overall().matched() / (double) r.overall().gold();
    assertTrue(precision >= minPrecision, file + ": precision " + precision + " < " + minPrecision);
    assertTrue(recall >= minRecall, file + ": recall " + recall + " < " + minRecall);
  }
}
