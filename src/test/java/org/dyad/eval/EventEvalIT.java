package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.TestEngine;
import org.dyad.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Runs the real pipeline on the small hand-coded gold file ({@code src/test/resources/eval/}) and
 * checks every count: a change in the coder that moves them must update this test and say why.
 */
class EventEvalIT {
  static final Path GOLD = Path.of("src/test/resources/eval/gold-small.jsonl");

  @Test
  void smallGoldFileScoresAsMeasured() throws Exception {
    List<GoldArticle> gold = GoldFileReader.read(GOLD);
    List<Article> articles = articlesOf(gold);
    List<EventScorer.Scored> scored = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      scored.add(new EventScorer.Scored(gold.get(i), TestEngine.coder().code(articles.get(i))));
    }
    EventReport r = EventScorer.score(scored);
    System.out.print(ReportWriter.eventTable(r, true));
    // Measured 2026-11-29: the WTO talks with Iraq and Afghanistan are found (planned talks are
    // CAMEO 036, an intent to meet) and so is Bush backing Russia's WTO bid (051, found since the
    // second session). Since the fourth session the WTO's accession "talks with Russia and Saudi
    // Arabia" are coded with the WTO as their implied other side (right, but not in this gold
    // file), and "he is due to meet Putin", which came out with Bush coded RUSGOV, is dropped as a
    // RUSGOV-to-RUSGOV event; the rest is missed. Since the fifth session a meeting is coded both
    // ways (CAMEO codes a reciprocal 04 event from each side), so those talks count four events.
    // Since the twelfth session "George W Bush" (no full stop) is the US president and the
    // adjective's subject does what it is due to do (R.arg.adjective-controller), so his planned
    // meeting with Putin (036) and the demand coded at it (10) are found: 5 matched of 9.
    assertEquals(new Prf(9, 9, 5), r.overall());
    assertEquals(new Prf(3, 3, 3), r.byRoot().get("03"));
    assertEquals(new Prf(1, 1, 1), r.byRoot().get("05"));
    assertEquals(new Prf(1, 1, 1), r.byRoot().get("10"));
    assertEquals(5, r.pairs());
    assertEquals(5, r.sourceRight());
    assertEquals(5, r.targetRight());
    assertEquals(4, r.misses().size());
    assertEquals(4, r.falsePositives().size());
  }

  @Test
  void eachMissSaysWhatWasTriedAtItsWords() throws Exception {
    List<GoldArticle> gold = GoldFileReader.read(GOLD);
    List<Article> articles = articlesOf(gold);
    int explainedMisses = 0;
    for (int i = 0; i < gold.size(); i++) {
      var explained = TestEngine.coder().explain(articles.get(i));
      EventAlignment a =
          EventMatcher.align(gold.get(i).events(), explained.coded(), EventMatcher.Strictness.CORE);
      for (int g : a.missedGold()) {
        List<String> reasons = MissReasons.of(gold.get(i).events().get(g), explained);
        // Every line names a trigger word with an outcome, a trigger word with what a layer
        // (trigger, arguments, refinement, assembly) decided there, or counts patterns that failed
        // on their own words; an empty list means
        // nothing was tried at those words.
        for (String r : reasons) {
          assertTrue(
              r.matches("\\S+: .+  \\(.+\\)")
                  || r.matches("\\S+: \\[(trigger|arguments|refinement|assembly)\\] .+")
                  || r.matches("\\d+ more patterns .*"),
              r);
        }
        explainedMisses += reasons.isEmpty() ? 0 : 1;
      }
    }
    // Of the 6 misses, those with a pattern at their words get reasons.
    assertTrue(explainedMisses >= 1, "no miss was explained");
  }

  /** The gold file's articles, read from the shared corpus. */
  private static List<Article> articlesOf(List<GoldArticle> gold) throws Exception {
    Path shared =
        TestEngine.shared("corpora/bbc/bbc-2004-2005.jsonl").getParent().getParent().getParent();
    return GoldCorpora.articles(gold, GOLD, shared);
  }
}
