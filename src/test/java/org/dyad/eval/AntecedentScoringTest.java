package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dyad.eval.AttributionScorer.Outcome;
import org.dyad.model.Actor;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.model.Quote;
import org.dyad.model.QuoteSieve;
import org.dyad.model.Span;
import org.junit.jupiter.api.Test;

/**
 * Pronoun sources judged against annotated antecedents, and content counted as found only when
 * Dyad's quotation covers at least half of it, on crafted data.
 */
class AntecedentScoringTest {
  static final String TEXT =
      "Donald Trump spoke. Ivanka Trump listened. \u201cWe will win,\u201d he said. \u201cJobs"
          + " first,\u201d she said. \u201cNever,\u201d he said. \u201cLater,\u201d he said."
          + " \u201cSoon,\u201d he said.";

  static Span at(String words) {
    int b = TEXT.indexOf(words);
    return new Span(b, b + words.length());
  }

  static Span after(String words, String anchor) {
    int b = TEXT.indexOf(words, TEXT.indexOf(anchor));
    return new Span(b, b + words.length());
  }

  static GoldAttribution gold(String id, String quoted) {
    Span content = at("\u201c" + quoted + "\u201d");
    return new GoldAttribution(id, List.of(after("he", quoted)), List.of(), List.of(content), true);
  }

  static PronounAntecedent antecedent(String attribution, String quoted, String name) {
    Span q = at("\u201c" + quoted + "\u201d");
    return new PronounAntecedent(
        "PS.00" + attribution.substring(1),
        "t",
        attribution,
        q,
        "he",
        after("he", quoted),
        List.of(name),
        List.of(),
        at(name),
        null);
  }

  static Quote quote(String words, Quote.Speaker speaker) {
    Span s = at(words);
    return new Quote(
        "q-" + words, // ids differ: each quotation is an utterance of its own
        words,
        s,
        Quote.Kind.DIRECT,
        speaker,
        "said",
        null,
        List.of(),
        "after",
        QuoteSieve.AFTER);
  }

  @Test
  void pronounSpeakersAreJudgedAgainstTheirAntecedent() {
    Actor donald =
        new Actor(
            "a1",
            "Donald J. Trump",
            Actor.Kind.PERSON,
            null,
            null,
            "ner",
            List.of(at("Donald Trump")));
    Quote.Speaker donaldSpeaks = new Quote.Speaker("a1", "Donald J. Trump", null, null);
    List<Quote> quotes =
        List.of(
            // right: Dyad's actor is the one named at the antecedent span
            quote("We will win,", donaldSpeaks),
            // wrong: same surname, another person
            quote("Jobs first,", donaldSpeaks),
            // wrong: Dyad's speaker is the pronoun itself, resolved to nobody
            quote("Never,", new Quote.Speaker(null, "he", null, after("he", "Never"))),
            // not judged: no antecedent annotated
            quote("Later,", donaldSpeaks),
            // partly found: covers 2 of the 9 characters of the gold content
            new Quote(
                "q-So",
                "So",
                new Span(at("Soon").begin(), at("Soon").begin() + 2),
                Quote.Kind.DIRECT,
                donaldSpeaks,
                "said",
                null,
                List.of(),
                "after",
                QuoteSieve.AFTER));
    Article a = new Article("t", LocalDate.of(2016, 10, 1), "", TEXT, null, null, "test");
    CodedArticle coded = new CodedArticle(a, List.of(), List.of(donald), List.of(), quotes);
    List<GoldAttribution> gold =
        List.of(
            gold("E1", "We will win,"),
            gold("E2", "Jobs first,"),
            gold("E3", "Never,"),
            gold("E4", "Later,"),
            gold("E5", "Soon,"));
    Map<String, PronounAntecedent> antecedents =
        Map.of(
            "E1", antecedent("E1", "We will win,", "Donald Trump"),
            "E2", antecedent("E2", "Jobs first,", "Ivanka Trump"),
            "E3", antecedent("E3", "Never,", "Donald Trump"),
            "E5", antecedent("E5", "Soon,", "Donald Trump"));
    AttributionScorer.ArticleResult r = AttributionScorer.judge(gold, coded, antecedents);
    assertEquals(
        List.of(
            Outcome.RIGHT,
            Outcome.WRONG_SPEAKER,
            Outcome.WRONG_SPEAKER,
            Outcome.PRONOUN_SOURCE,
            Outcome.CONTENT_PARTLY_FOUND),
        r.judged().stream().map(AttributionScorer.Judged::outcome).toList());
    AttributionReport.Tally t = AttributionReport.of("t", List.of(r)).direct();
    assertEquals(4, t.contentFound(), "the partly found one is not found");
    assertEquals(5, t.pronounSources());
    assertEquals(4, t.pronounJudged());
    assertEquals(3, t.pronounFound());
    assertEquals(1, t.pronounRight());
    assertEquals(1 / 3.0, t.pronounSpeakerAccuracy(), 1e-9);
    assertEquals(0.25, t.pronounSpeakerRecall(), 1e-9);
    assertEquals(0, t.withSource(), "no named source here");
  }

  @Test
  void namesMatchByFoldedNameOrSurnameWithGivenNamesThatAgree() {
    assertTrue(AntecedentMatch.sameName("Donald Trump", "Trump"));
    assertTrue(AntecedentMatch.sameName("Donald Trump", "Donald J. Trump"));
    assertTrue(AntecedentMatch.sameName("Obama", "Barack Obama"));
    assertTrue(AntecedentMatch.sameName("Loretta E. Lynch", "Loretta Lynch"));
    assertTrue(AntecedentMatch.sameName("New York Times", "The New York Times"));
    assertTrue(AntecedentMatch.sameName("Ted Cruz", "Sen. Ted Cruz"));
    assertFalse(AntecedentMatch.sameName("Ivanka Trump", "Donald Trump"));
    assertFalse(AntecedentMatch.sameName("Bill Clinton", "Hillary Clinton"));
    assertFalse(AntecedentMatch.sameName("Donald Trump", "Clinton"));
  }

  @Test
  void aNameMatchCountsWithoutASpan() {
    PronounAntecedent a =
        new PronounAntecedent(
            "PS.001",
            "t",
            "E1",
            at("\u201cNever,\u201d"),
            "he",
            after("he", "Never"),
            List.of("Charles E. Grassley", "Patrick J. Leahy"),
            List.of(),
            null,
            null);
    assertTrue(AntecedentMatch.right(a, new Quote.Speaker(null, "Leahy", null, null), null));
    assertFalse(AntecedentMatch.right(a, new Quote.Speaker(null, "senators", null, null), null));
    PronounAntecedent misspelt =
        new PronounAntecedent(
            "PS.002",
            "t",
            "E1",
            at("\u201cNever,\u201d"),
            "she",
            after("he", "Never"),
            List.of("Tyresha McClenney"),
            List.of("McLenney"),
            null,
            null);
    assertTrue(
        AntecedentMatch.right(misspelt, new Quote.Speaker(null, "McLenney", null, null), null));
    assertFalse(
        AntecedentMatch.right(misspelt, new Quote.Speaker(null, "McLenny", null, null), null));
  }
}
