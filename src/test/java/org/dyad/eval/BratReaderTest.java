package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.model.Span;
import org.junit.jupiter.api.Test;

/** Brat lines become attributions with the right spans; offsets that miss the text fail. */
class BratReaderTest {
  static final String TEXT =
      "\u201cWe will win,\u201d Smith said. \u201cBig.\u201d\nIt was\nreported that taxes rose.";

  static final String ANN =
      String.join(
          "\n",
          "T1\tContent 0 14;27 33\t\u201cWe will win,\u201d \u201cBig.\u201d",
          "T2\tSource 15 20\tSmith",
          "T3\tCue 21 25\tsaid",
          "T4\tAttribution 21 25\tsaid",
          "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2",
          "T5\tCue 34 49\tIt was",
          "reported",
          "T6\tContent 50 65\tthat taxes rose",
          "T7\tAttribution-no-source 34 49\tIt was",
          "reported",
          "E2\tAttribution-no-source:T7 Cue:T5 Content:T6",
          "#1\tAnnotatorNotes T6\tunsure",
          "E3\tAttribution-no-source:T7 ",
          "");

  @Test
  void readsSpansRolesAndContinuedLines() throws Exception {
    List<GoldAttribution> atts = BratReader.read(TEXT, ANN, "x.ann");
    assertEquals(2, atts.size(), "E3 has no content and is skipped");
    GoldAttribution e1 = atts.get(0);
    assertEquals("E1", e1.id());
    assertEquals(List.of(new Span(0, 14), new Span(27, 33)), e1.content());
    assertEquals(List.of(new Span(15, 20)), e1.source());
    assertEquals(List.of(new Span(21, 25)), e1.cue());
    assertTrue(e1.direct());
    GoldAttribution e2 = atts.get(1);
    assertEquals(List.of(), e2.source());
    assertEquals("It was\nreported", GoldAttribution.words(e2.cue(), TEXT));
    assertFalse(e2.direct());
  }

  @Test
  void offsetsThatDoNotIndexTheTextFailTheFile() {
    // the same annotation against the text with a byte-order mark in front
    BratReader.BratException e =
        assertThrows(
            BratReader.BratException.class, () -> BratReader.read("\uFEFF" + TEXT, ANN, "x.ann"));
    assertTrue(e.getMessage().startsWith("x.ann: T1: the text at 0 14;27 33 is"), e.getMessage());
    assertThrows(
        BratReader.BratException.class,
        () -> BratReader.read("short", "T1\tSource 0 40\tx\n", "x.ann"));
  }

  @Test
  void directMeansTheContentOpensAndClosesWithQuotationMarks() {
    String t = "He said \u201cno way,\u201d and called it a \u201cdisgrace\u201d today.";
    assertTrue(BratReader.isDirect(t, List.of(new Span(8, 17))), "marks inside the span");
    assertTrue(BratReader.isDirect(t, List.of(new Span(9, 15))), "marks just outside it");
    assertFalse(
        BratReader.isDirect(t, List.of(new Span(29, 44))),
        "a quoted word at the end of a paraphrase: 'it a \u201cdisgrace\u201d'");
    String headline = "Caddell: It\u2019s \u2018in Their Heads.\u2019";
    assertFalse(BratReader.isDirect(headline, List.of(new Span(9, 31))), "apostrophe only");
    assertTrue(BratReader.isDirect(headline, List.of(new Span(14, 31))));
  }
}
