package org.dyad.eval;

import java.util.List;
import java.util.function.Predicate;

/**
 * Quotation attribution scored over a set of PolNeAR articles, for direct quotations and for all
 * attributions.
 *
 * @param label what was scored ("dev", "train")
 * @param direct attributions whose content is a verbatim quotation, and Dyad's direct quotations
 * @param all every attribution, and every Dyad quotation
 * @param results each article's judged attributions, for error listings
 */
public record AttributionReport(
    String label, Tally direct, Tally all, List<AttributionScorer.ArticleResult> results) {
  /**
   * Counts for one class of attributions.
   *
   * @param attributions hand-annotated attributions
   * @param contentFound those a Dyad quotation covers at least half of
   * @param withSource those whose annotation names a source that is not a bare pronoun
   * @param withSourceFound of those, the ones whose content was found
   * @param speakerRight of those, the ones whose speaker is right
   * @param pronounSources those whose source is a bare pronoun
   * @param pronounJudged of those, the ones with an annotated antecedent, judged for the speaker
   * @param pronounFound of those, the ones whose content was found
   * @param pronounRight of those, the ones whose speaker is the antecedent
   * @param quotes Dyad quotations of the class
   * @param quotesOverlapping of those, the ones overlapping a gold content of the class
   */
  public record Tally(
      int attributions,
      int contentFound,
      int withSource,
      int withSourceFound,
      int speakerRight,
      int pronounSources,
      int pronounJudged,
      int pronounFound,
      int pronounRight,
      int quotes,
      int quotesOverlapping) {
    /** Share of attributions whose content was found. */
    public double contentRecall() {
      return ratio(contentFound, attributions);
    }

    /** Share of attributions with a source whose content was found and speaker is right. */
    public double speakerRecall() {
      return ratio(speakerRight, withSource);
    }

    /** Share of found attributions with a source whose speaker is right. */
    public double speakerAccuracy() {
      return ratio(speakerRight, withSourceFound);
    }

    /** Share of pronoun sources with an antecedent whose content was found and speaker is right. */
    public double pronounSpeakerRecall() {
      return ratio(pronounRight, pronounJudged);
    }

    /** Share of found pronoun sources with an antecedent whose speaker is right. */
    public double pronounSpeakerAccuracy() {
      return ratio(pronounRight, pronounFound);
    }

    /** Share of Dyad's quotations that overlap a gold content. */
    public double quotePrecision() {
      return ratio(quotesOverlapping, quotes);
    }

    private static double ratio(int a, int b) {
      return b == 0 ? 0 : a / (double) b;
    }
  }

  public AttributionReport {
    results = List.copyOf(results);
  }

  public static AttributionReport of(String label, List<AttributionScorer.ArticleResult> results) {
    return new AttributionReport(
        label,
        tally(results, GoldAttribution::direct, true),
        tally(results, g -> true, false),
        results);
  }

  public int articles() {
    return results.size();
  }

  private static Tally tally(
      List<AttributionScorer.ArticleResult> results,
      Predicate<GoldAttribution> include,
      boolean directQuotes) {
    int n = 0;
    int found = 0;
    int withSource = 0;
    int withSourceFound = 0;
    int right = 0;
    int pronouns = 0;
    int pronounJudged = 0;
    int pronounFound = 0;
    int pronounRight = 0;
    int quotes = 0;
    int overlapping = 0;
    for (AttributionScorer.ArticleResult r : results) {
      for (AttributionScorer.Judged j : r.judged()) {
        if (!include.test(j.gold())) {
          continue;
        }
        n++;
        boolean isFound = j.outcome().found();
        found += isFound ? 1 : 0;
        if (isPronoun(r, j)) {
          pronouns++;
          if (j.pronounJudged()) {
            pronounJudged++;
            pronounFound += isFound ? 1 : 0;
            pronounRight += j.outcome() == AttributionScorer.Outcome.RIGHT ? 1 : 0;
          }
        } else if (!j.gold().source().isEmpty()) {
          withSource++;
          withSourceFound += isFound ? 1 : 0;
          right += j.outcome() == AttributionScorer.Outcome.RIGHT ? 1 : 0;
        }
      }
      quotes += directQuotes ? r.directQuotes() : r.quotes();
      overlapping += directQuotes ? r.directQuotesOverlapping() : r.quotesOverlapping();
    }
    return new Tally(
        n,
        found,
        withSource,
        withSourceFound,
        right,
        pronouns,
        pronounJudged,
        pronounFound,
        pronounRight,
        quotes,
        overlapping);
  }

  private static boolean isPronoun(AttributionScorer.ArticleResult r, AttributionScorer.Judged j) {
    return !j.gold().source().isEmpty()
        && AttributionScorer.isPronoun(GoldAttribution.words(j.gold().source(), r.text()));
  }
}
