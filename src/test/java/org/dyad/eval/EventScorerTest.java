package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.ActorCode;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.dyad.model.Mode;
import org.dyad.model.Participant;
import org.dyad.model.Span;
import org.junit.jupiter.api.Test;

/** Exact scores on crafted articles: no CoreNLP, every count worked out by hand. */
class EventScorerTest {
  static final String TEXT = "Iran cut ties with Turkey. The US met Russia. China praised France.";
  static final List<Span> SENTENCES = List.of(new Span(0, 26), new Span(27, 44), new Span(45, 66));

  static Event event(int sentence, String source, String cameo, String target, LocalDate date) {
    return new Event(
        "e",
        sentence,
        new Participant("a1", new ActorCode(source), source, new Span(0, 1)),
        target == null
            ? null
            : new Participant("a2", new ActorCode(target), target, new Span(1, 2)),
        cameo,
        "X",
        1,
        0.0,
        date,
        null,
        Mode.ASSERTED,
        "verb",
        new Span(2, 3),
        "V." + cameo,
        null,
        List.of());
  }

  static CodedArticle coded(Event... events) {
    List<Event> numbered = new ArrayList<>();
    for (int i = 0; i < events.length; i++) {
      numbered.add(events[i].withId("e" + (i + 1)));
    }
    Article a = new Article("crafted", LocalDate.of(2005, 1, 15), "", TEXT, null, null, "test");
    return new CodedArticle(a, SENTENCES, List.of(), numbered, List.of());
  }

  static GoldEvent gold(String source, String cameo, String target, String sentence) {
    return new GoldEvent(source, target, cameo, "verb", sentence, null, null, null);
  }

  @Test
  void countsMatchesPairsMissesAndFalsePositivesExactly() {
    GoldArticle g =
        new GoldArticle(
            "c.jsonl",
            "crafted",
            LocalDate.of(2005, 1, 15),
            List.of(
                gold("IRNGOV", "16", "TUR", "Iran cut ties"),
                gold("USAGOV", "04", "RUS", "The US met"),
                gold("CHN", "05", "FRA", "\u201cChina praised"),
                gold("USA", "040", "RUS", "The  US met Russia")),
            1);
    CodedArticle c =
        coded(
            event(0, "IRN", "163", "TURGOV", null), // matches the first (root and countries)
            event(1, "USA", "040", "RUS", null), // matches one of the two meetings only
            event(2, "CHN", "051", "DEU", null), // right sentence and source, wrong target
            event(1, "USA", "120", "RUS", null), // wrong root: a false positive
            event(1, "USA", "040", null, null)); // no target: outside what gold files list
    EventReport r = EventScorer.score(List.of(new EventScorer.Scored(g, c)));

    assertEquals(new Prf(4, 4, 2), r.overall());
    assertEquals(0.5, r.overall().precision());
    assertEquals(0.5, r.overall().recall());
    assertEquals(0.5, r.overall().f1());
    assertEquals(new Prf(1, 1, 1), r.byRoot().get("16"));
    assertEquals(new Prf(2, 1, 1), r.byRoot().get("04"));
    assertEquals(new Prf(1, 1, 0), r.byRoot().get("05"));
    assertEquals(new Prf(0, 1, 0), r.byRoot().get("12"));
    assertEquals(List.of("04", "05", "12", "16"), List.copyOf(r.byRoot().keySet()));
    // two full matches; the Chinese praise and the untargeted meeting pair on sentence and root
    // with the source right and the target wrong
    assertEquals(4, r.pairs());
    assertEquals(4, r.sourceRight());
    assertEquals(2, r.targetRight());
    assertEquals(
        List.of("CHN 05 FRA 'verb'", "USA 040 RUS 'verb'"),
        r.misses().stream().map(m -> m.event().describe()).toList());
    assertEquals("CHN 051 DEU 'verb' (V.051)", r.misses().get(0).nearest());
    assertEquals(
        List.of("CHN 051 DEU", "USA 120 RUS"),
        r.falsePositives().stream()
            .map(x -> x.source() + " " + x.cameo() + " " + x.target())
            .toList());
  }

  @Test
  void aProducedEventMatchesOneGoldEventAndTheMatchingIsMaximum() {
    // The first gold event accepts either produced event, the second only the first (by date):
    // first-come pairing would leave the second unmatched.
    LocalDate day = LocalDate.of(2005, 1, 2);
    List<GoldEvent> gold =
        List.of(
            gold("USA", "04", "RUS", "The US met"),
            new GoldEvent("USA", "RUS", "04", "met", "The US met", "2005-01-02", null, null));
    CodedArticle c =
        coded(event(1, "USA", "040", "RUS", day), event(1, "USA", "040", "RUS", day.plusDays(1)));
    EventAlignment a = EventMatcher.align(gold, c, EventMatcher.Strictness.DATE_AND_MODE);
    assertEquals(1, a.matchOf(0));
    assertEquals(0, a.matchOf(1));
    assertEquals(List.of(), a.extraProduced());

    CodedArticle once = coded(event(1, "USA", "040", "RUS", day));
    EventAlignment b = EventMatcher.align(gold, once, EventMatcher.Strictness.CORE);
    assertEquals(1, b.matches().size());
    assertEquals(List.of(1), b.missedGold());
  }

  @Test
  void anArticleCodedInFullScopeScoresOneSidedEvents() {
    // The same produced events as above, against an article whose coder recorded one-sided events
    // too: the untargeted meeting now counts, and matches the gold event with no target; an
    // uncoded source still never counts.
    GoldArticle g =
        new GoldArticle(
            "c.jsonl",
            "crafted",
            LocalDate.of(2005, 1, 15),
            List.of(
                gold("IRNGOV", "16", "TUR", "Iran cut ties"),
                gold("USAGOV", "04", null, "The US met"),
                gold("CHN", "05", null, "\u201cChina praised")),
            1,
            null,
            GoldArticle.Scope.ALL);
    CodedArticle c =
        coded(
            event(0, "IRN", "163", "TURGOV", null), // full match
            event(1, "USA", "040", null, null), // one-sided: matches the one-sided meeting
            event(2, "CHN", "051", "DEU", null), // a target where the gold has none: no match
            event(1, "USA", "120", "RUS", null)); // wrong root: a false positive
    EventReport r = EventScorer.score(List.of(new EventScorer.Scored(g, c)));

    assertEquals(new Prf(3, 4, 2), r.overall());
    assertEquals(new Prf(2, 1, 1), r.byKind().get("one-sided"));
    assertEquals(new Prf(1, 3, 1), r.byKind().get("dyadic"));
    assertEquals(
        List.of("CHN 05 - 'verb'"), r.misses().stream().map(m -> m.event().describe()).toList());
    assertEquals(
        List.of("CHN 051 DEU", "USA 120 RUS"),
        r.falsePositives().stream()
            .map(x -> x.source() + " " + x.cameo() + " " + x.target())
            .toList());
  }

  @Test
  void aNegatedEventIsNeitherProducedNorMatched() {
    GoldArticle g =
        new GoldArticle(
            "c.jsonl",
            "crafted",
            LocalDate.of(2005, 1, 15),
            List.of(gold("USAGOV", "04", "RUS", "The US met")),
            1);
    Event negated = event(1, "USA", "040", "RUS", null);
    negated =
        new Event(
            negated.id(),
            negated.sentence(),
            negated.source(),
            negated.target(),
            negated.cameo(),
            negated.plover(),
            negated.quad(),
            negated.goldstein(),
            negated.date(),
            negated.place(),
            Mode.NEGATED,
            negated.trigger(),
            negated.triggerSpan(),
            negated.rule(),
            negated.quote(),
            negated.contexts());
    EventReport r = EventScorer.score(List.of(new EventScorer.Scored(g, coded(negated))));
    assertEquals(new Prf(1, 0, 0), r.overall());
  }

  @Test
  void aDyadicArticleRefusesAOneSidedGoldEvent() {
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class,
            () ->
                new GoldArticle(
                    "c.jsonl",
                    "crafted",
                    LocalDate.of(2005, 1, 15),
                    List.of(gold("USAGOV", "04", null, "The US met")),
                    1));
    assertEquals(
        "a one-sided event (\"target\": null) needs the article's \"scope\": \"all\"",
        e.getMessage());
  }

  @Test
  void prfRejectsImpossibleCounts() {
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> new Prf(1, 0, 1));
    assertEquals(0.0, Prf.ZERO.f1());
  }
}
