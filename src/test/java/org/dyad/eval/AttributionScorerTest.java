package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dyad.eval.AttributionScorer.Outcome;
import org.dyad.model.Actor;
import org.dyad.model.ActorCode;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.model.Quote;
import org.dyad.model.QuoteSieve;
import org.dyad.model.Span;
import org.junit.jupiter.api.Test;

/** Each way a speaker counts as right, and each way an attribution goes wrong, on crafted data. */
class AttributionScorerTest {
  static final String TEXT =
      "Senator Ann Lee spoke. \u201cWe won,\u201d Lee said. \u201cNo,\u201d he said. Aides said"
          + " it rained. \u201cYes,\u201d said Bo. \u201cMaybe,\u201d Kim said.";

  static Span at(String words) {
    int b = TEXT.indexOf(words);
    return new Span(b, b + words.length());
  }

  static Span at(String words, int from) {
    int b = TEXT.indexOf(words, from);
    return new Span(b, b + words.length());
  }

  static GoldAttribution gold(String id, String source, Span content, boolean direct) {
    return new GoldAttribution(
        id, source == null ? List.of() : List.of(at(source)), List.of(), List.of(content), direct);
  }

  static Quote quote(String id, Span span, Quote.Kind kind, Quote.Speaker speaker) {
    return new Quote(
        id, span.of(TEXT), span, kind, speaker, "said", null, List.of(), "after", QuoteSieve.AFTER);
  }

  /**
   * An annotator who labelled "said" the source and "Bo" the cue in “Yes,” said Bo swapped the
   * labels; a source opening a sentence ("Aides") or a pronoun is kept as annotated.
   */
  @Test
  void swappedSourceAndCueLabelsAreUnswapped() {
    GoldAttribution swapped =
        new GoldAttribution(
            "E9",
            List.of(at("said", TEXT.indexOf("Yes"))),
            List.of(at("Bo")),
            List.of(at("Yes,")),
            true);
    GoldAttribution fixed = AttributionScorer.withLabelsUnswapped(swapped, TEXT);
    assertEquals("Bo", GoldAttribution.words(fixed.source(), TEXT));
    assertEquals("said", GoldAttribution.words(fixed.cue(), TEXT));
    GoldAttribution aides =
        new GoldAttribution(
            "E4",
            List.of(at("said", TEXT.indexOf("Aides"))),
            List.of(at("Aides")),
            List.of(at("it rained")),
            false);
    assertEquals(aides, AttributionScorer.withLabelsUnswapped(aides, TEXT));
    GoldAttribution he =
        new GoldAttribution(
            "E3",
            List.of(at("he")),
            List.of(at("said", TEXT.indexOf("he said"))),
            List.of(at("No,")),
            true);
    assertEquals(he, AttributionScorer.withLabelsUnswapped(he, TEXT));
  }

  @Test
  void judgesContentAndSpeaker() {
    Actor lee =
        new Actor(
            "a1",
            "Ann Lee",
            Actor.Kind.PERSON,
            new ActorCode("USALEG"),
            null,
            "ner",
            List.of(at("Ann Lee")));
    Actor kim =
        new Actor("a2", "Kim Jones", Actor.Kind.PERSON, null, null, "ner", List.of(at("Kim")));
    Span weWon = at("We won,");
    Span no = at("No,");
    Span yes = at("Yes,");
    Span maybe = at("Maybe,");
    List<Quote> quotes =
        List.of(
            // speaker span on "Senator Ann Lee", not on the gold "Lee": right by surname
            quote(
                "q1",
                weWon,
                Quote.Kind.DIRECT,
                new Quote.Speaker("a1", "Ann Lee", null, at("Ann Lee"))),
            quote(
                "q2",
                no,
                Quote.Kind.DIRECT,
                new Quote.Speaker("a1", "Ann Lee", null, at("Ann Lee"))),
            quote("q3", yes, Quote.Kind.DIRECT, null),
            // right by its own span
            quote(
                "q4",
                maybe,
                Quote.Kind.DIRECT,
                new Quote.Speaker("a2", "Kim Jones", null, at("Kim"))),
            // a quote the annotation does not have
            quote("q5", at("Senator"), Quote.Kind.PARTIAL, null));
    Article a = new Article("t", LocalDate.of(2016, 10, 1), "", TEXT, null, null, "test");
    CodedArticle coded = new CodedArticle(a, List.of(), List.of(lee, kim), List.of(), quotes);
    List<GoldAttribution> gold =
        List.of(
            gold("E1", "Lee said", weWon, true),
            gold("E2", "he", no, true),
            gold("E3", "Aides", at("it rained"), false),
            gold("E4", "Bo", yes, true),
            gold("E5", "Kim", maybe, true),
            gold("E6", null, at("Maybe"), true));
    AttributionScorer.ArticleResult r = AttributionScorer.judge(gold, coded);
    assertEquals(
        List.of(
            Outcome.RIGHT,
            Outcome.PRONOUN_SOURCE,
            Outcome.CONTENT_MISSED,
            Outcome.NO_SPEAKER,
            Outcome.RIGHT,
            Outcome.FOUND_NO_GOLD_SOURCE),
        r.judged().stream().map(AttributionScorer.Judged::outcome).toList());
    assertEquals(5, r.quotes());
    assertEquals(4, r.quotesOverlapping());
    assertEquals(4, r.directQuotes());
    assertEquals(4, r.directQuotesOverlapping());

    AttributionReport report = AttributionReport.of("t", List.of(r));
    // direct: 5 attributions, all found; sources E1 E4 E5 judged (E2 is a pronoun), 2 right
    assertEquals(new AttributionReport.Tally(5, 5, 3, 3, 2, 1, 0, 0, 0, 4, 4), report.direct());
    assertEquals(new AttributionReport.Tally(6, 5, 4, 3, 2, 1, 0, 0, 0, 5, 4), report.all());
  }

  @Test
  void aSpeakerIsWrongWhenOnlyACommonWordIsShared() {
    Actor aides =
        new Actor("a1", "White House aides", Actor.Kind.GROUP, null, null, "ner", List.of());
    Span rained = at("it rained");
    Quote q =
        quote(
            "q1",
            rained,
            Quote.Kind.INDIRECT,
            new Quote.Speaker("a1", "White House aides", null, at("Senator")));
    Article a = new Article("t", null, "", TEXT, null, null, "test");
    CodedArticle coded = new CodedArticle(a, List.of(), List.of(aides), List.of(), List.of(q));
    AttributionScorer.ArticleResult r =
        AttributionScorer.judge(List.of(gold("E1", "Aides", rained, false)), coded);
    assertEquals(Outcome.WRONG_SPEAKER, r.judged().get(0).outcome());
    assertEquals("Lee", AttributionScorer.surname("Ann Lee Jr."));
  }

  /**
   * A content a writer split around its attribution is measured against the union of what Dyad
   * claims is one utterance; each part alone covers under half of it. Precision counts each part.
   */
  @Test
  void theUtterancesPartsTogetherCoverTheContent() {
    String text = "\u201cWe won the vote,\u201d Lee said. \u201cThe rest can wait.\u201d";
    Span first = new Span(1, 1 + "We won the vote,".length());
    int b = text.indexOf("The rest");
    Span second = new Span(b, b + "The rest can wait.".length());
    Actor lee =
        new Actor(
            "a1", "Ann Lee", Actor.Kind.PERSON, null, null, "ner", List.of(spanOf(text, "Lee")));
    Quote.Speaker speaker = new Quote.Speaker("a1", "Ann Lee", null, spanOf(text, "Lee"));
    Quote q1 =
        new Quote(
            "q1",
            first.of(text),
            first,
            Quote.Kind.DIRECT,
            speaker,
            "said",
            null,
            List.of(),
            "after",
            QuoteSieve.AFTER);
    Quote q2 =
        new Quote(
            "q2",
            second.of(text),
            second,
            Quote.Kind.DIRECT,
            speaker,
            "said",
            null,
            List.of(),
            "continues:after",
            QuoteSieve.CONTINUES);
    GoldAttribution g =
        new GoldAttribution(
            "E1",
            List.of(spanOf(text, "Lee")),
            List.of(spanOf(text, "said")),
            List.of(new Span(first.begin(), second.end())),
            true);
    Article a = new Article("t", LocalDate.of(2016, 10, 1), "", text, null, null, "test");

    AttributionScorer.ArticleResult apart =
        AttributionScorer.judge(
            List.of(g), new CodedArticle(a, List.of(), List.of(lee), List.of(), List.of(q1, q2)));
    assertEquals(Outcome.CONTENT_PARTLY_FOUND, apart.judged().get(0).outcome());
    assertEquals(q2, apart.judged().get(0).quote(), "the part with most in common");

    AttributionScorer.ArticleResult joined =
        AttributionScorer.judge(
            List.of(g),
            new CodedArticle(a, List.of(), List.of(lee), List.of(), List.of(q1, q2.partOf("q1"))));
    AttributionScorer.Judged j = joined.judged().get(0);
    assertEquals(Outcome.RIGHT, j.outcome());
    int content = second.end() - first.begin();
    assertEquals((double) (first.length() + second.length()) / content, j.coverage(), 1e-9);
    assertEquals(2, joined.quotes(), "precision still counts each part");
    assertEquals(2, joined.quotesOverlapping());
  }

  private static Span spanOf(String text, String words) {
    int b = text.indexOf(words);
    return new Span(b, b + words.length());
  }
}
