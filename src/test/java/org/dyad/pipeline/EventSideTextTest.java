package org.dyad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import org.dyad.TestEngine;
import org.dyad.model.ActorCode;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.dyad.model.Participant;
import org.dyad.model.Span;
import org.junit.jupiter.api.Test;

/**
 * Regression (issue 16): an event's {@code source.text} was the actor's name ("International
 * Monetary Fund") where the article says "IMF" at the source's span.
 */
class EventSideTextTest {
  @Test
  void aSidesTextIsTheArticlesWordsAtItsSpan() {
    String text =
        "The IMF also said it was crucial that the Central Bank of Liberia be strengthened and"
            + " the national budget be effectively managed.";
    CodedArticle c =
        TestEngine.coder()
            .code(new Article("t", LocalDate.of(2005, 1, 15), "", text, null, null, "test"));
    assertFalse(c.events().isEmpty(), "the IMF's appeal is an event");
    for (Event e : c.events()) {
      for (Participant p : new Participant[] {e.source(), e.target()}) {
        if (p != null && p.span() != null) {
          assertEquals(p.span().of(text), p.text(), e.toString());
        }
      }
    }
  }

  @Test
  void atSpanOfKeepsEverythingButTheWords() {
    String text = "The EU said so.";
    Participant named =
        new Participant("a1", new ActorCode("IGOEUREEC"), "European Union", new Span(4, 6));
    Participant fixed = named.atSpanOf(text);
    assertEquals("EU", fixed.text());
    assertEquals(named.actor(), fixed.actor());
    assertEquals(named.code(), fixed.code());
    assertEquals(named.span(), fixed.span());
  }
}
