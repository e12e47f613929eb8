package org.dyad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dyad.model.Span;
import org.junit.jupiter.api.Test;

class ParagraphsTest {
  @Test
  void blankLinesAndIndentedLinesStartParagraphs() {
    String text = "One line\ncontinues.\n\nTwo.\n    Three, wire style.";
    assertEquals(List.of(new Span(0, 19), new Span(21, 25), new Span(30, 48)), Paragraphs.of(text));
  }

  @Test
  void singleParagraphWithoutBreaks() {
    assertEquals(List.of(new Span(0, 5)), Paragraphs.of("Hello"));
  }
}
