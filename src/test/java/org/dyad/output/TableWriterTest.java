package org.dyad.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.ActorCode;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.dyad.model.Mode;
import org.dyad.model.Participant;
import org.dyad.model.Quote;
import org.dyad.model.QuoteSieve;
import org.dyad.model.Span;
import org.junit.jupiter.api.Test;

/**
 * {@code dyad code --format table} on a hand-built article (no CoreNLP). Regression (issue 16): the
 * tables had no column headings, and a long quotation was cut with no way to read it whole.
 */
class TableWriterTest {
  static final String SAID =
      "We will never accept a settlement that leaves the occupied islands in foreign hands, whatever"
          + " the cost";
  static final String TEXT = "Argentina said: \"" + SAID + ".\"";

  static CodedArticle article() {
    Article a =
        new Article("t1", LocalDate.of(1987, 3, 1), "Islands", TEXT, null, null, "test", null);
    Actor arg =
        new Actor(
            "a1",
            "Argentina",
            Actor.Kind.STATE,
            new ActorCode("ARG"),
            "C.ARG",
            "country",
            List.of(new Span(0, 9)));
    Event e =
        new Event(
            "e1",
            0,
            new Participant("a1", new ActorCode("ARG"), "Argentina", new Span(0, 9)),
            null,
            "013",
            "REJECT",
            3,
            -4.0,
            LocalDate.of(1987, 3, 1),
            null,
            Mode.ASSERTED,
            "never accept",
            new Span(20, 32),
            "V.013.1",
            "q1",
            List.of());
    Quote q =
        new Quote(
            "q1",
            SAID,
            new Span(17, 17 + SAID.length()),
            Quote.Kind.DIRECT,
            new Quote.Speaker("a1", "Argentina", new ActorCode("ARG"), new Span(0, 9)),
            "said",
            null,
            List.of(),
            "after",
            QuoteSieve.AFTER);
    return new CodedArticle(
        a, List.of(new Span(0, TEXT.length())), List.of(arg), List.of(e), List.of(q));
  }

  @Test
  void everyTableHasAHeadingLine() {
    List<String> lines = new TableWriter().toTable(article()).lines().toList();
    assertEquals(
        "  id   code       kind          name                                     mentions",
        lines.get(lines.indexOf("Actors (1)") + 1));
    assertTrue(
        lines.get(lines.indexOf("Events (1)") + 1).matches("  id +source +cameo +target +plover.*"),
        lines.toString());
    assertTrue(
        lines
            .get(lines.indexOf("Quotations (1)") + 1)
            .matches("  id +kind +speaker \\(code\\) +quotation.*"),
        lines.toString());
  }

  @Test
  void aLongQuotationIsCutUnlessTheTableIsFull() {
    String cut = new TableWriter().toTable(article());
    assertFalse(cut.contains(SAID), cut);
    assertTrue(cut.contains(SAID.substring(0, 69) + "\u2026"), cut);
    String full = new TableWriter(true).toTable(article());
    assertTrue(full.contains("\u201c" + SAID + "\u201d"), full);
  }
}
