package org.dyad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.dyad.model.Quote;
import org.dyad.model.Span;
import org.junit.jupiter.api.Test;

/**
 * Seeded random articles, spliced from real paragraphs with stray quotation marks and odd
 * characters mixed in, must still give well-formed output: spans inside the text, evidence inside
 * its sentence, ids unique and resolvable, direct quotations not overlapping.
 */
class InvariantsIT {
  private static final long SEED = 20181206L;
  private static final String[] NOISE = {
    "\u201c",
    "\u201d",
    "\"",
    "'",
    "\u2018",
    "\u2019",
    "\u00ab",
    "\u00bb",
    "\n\n",
    " -- ",
    "\u00e9",
    "\u4e2d\u56fd",
    "\t",
    "(",
    ")",
    "&",
    "\u200b"
  };

  @Test
  void randomSplicedArticlesGiveWellFormedOutput() {
    Path bbc = TestEngine.shared("corpora/bbc/bbc-2004-2005.jsonl");
    List<Article> source = TestEngine.read(bbc, LocalDate.of(2005, 1, 15));
    List<String> paragraphs = new ArrayList<>();
    for (Article a : source.subList(0, 600)) {
      paragraphs.addAll(List.of(a.text().split("\n\n")));
    }
    Random random = new Random(SEED);
    for (int n = 0; n < 25; n++) {
      StringBuilder text = new StringBuilder();
      int count = 1 + random.nextInt(6);
      for (int i = 0; i < count; i++) {
        String p = paragraphs.get(random.nextInt(paragraphs.size()));
        if (random.nextBoolean()) {
          int at = random.nextInt(p.length());
          p = p.substring(0, at) + NOISE[random.nextInt(NOISE.length)] + p.substring(at);
        }
        text.append(p).append("\n\n");
      }
      String body = text.toString().strip();
      Article article =
          new Article("random-" + n, LocalDate.of(2005, 1, 15), "", body, null, null, "random");
      check(TestEngine.coder().code(article));
    }
  }

  static void check(CodedArticle c) {
    String text = c.article().text();
    Span all = new Span(0, text.length());
    Set<String> actorIds = new HashSet<>();
    for (Actor a : c.actors()) {
      assertTrue(actorIds.add(a.id()), "duplicate actor id " + a.id());
      assertFalse(a.mentions().isEmpty(), a.id() + " has no mention");
      a.mentions()
          .forEach(m -> assertTrue(all.contains(m), a.id() + " mention " + m + " outside text"));
    }
    for (Span s : c.sentences()) {
      assertTrue(all.contains(s));
    }
    Set<String> quoteIds = new HashSet<>();
    for (Quote q : c.quotes()) {
      assertTrue(quoteIds.add(q.id()));
      assertTrue(all.contains(q.span()));
      assertEquals(q.text(), q.span().of(text), q.id() + " text is not its span");
      if (q.speaker() != null && q.speaker().actor() != null) {
        assertTrue(actorIds.contains(q.speaker().actor()), q.id() + " speaker is no actor");
      }
    }
    List<Quote> direct = c.quotes().stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
    for (int i = 0; i + 1 < direct.size(); i++) {
      assertFalse(
          direct.get(i).span().overlaps(direct.get(i + 1).span()),
          "direct quotes overlap: " + direct.get(i).id() + " " + direct.get(i + 1).id());
    }
    Set<String> eventIds = new HashSet<>();
    for (Event e : c.events()) {
      assertTrue(eventIds.add(e.id()));
      Span sentence = c.sentences().get(e.sentence());
      assertTrue(sentence.contains(e.triggerSpan()), e.id() + " trigger outside its sentence");
      if (e.rule().contains("+implicit-source")) {
        // The other side of talks the article implies is where the article named it.
        assertTrue(all.contains(e.source().span()), e.id() + " implied source outside the text");
        assertEquals(e.source().text(), e.source().span().of(text), e.id() + " source text");
      } else {
        assertTrue(
            sentence.contains(e.source().span()) || isQuotePronoun(e), e.id() + " source outside");
      }
      assertTrue(actorIds.contains(e.source().actor()), e.id() + " source is no actor");
      assertNotNull(e.rule());
      if (e.target() != null && e.rule().contains("+implicit-target")) {
        // A target the article implies is where the article named it: before the trigger, or
        // anywhere for an event in the lead.
        assertTrue(all.contains(e.target().span()), e.id() + " implied target outside the text");
        assertEquals(e.target().text(), e.target().span().of(text), e.id() + " target text");
        assertTrue(actorIds.contains(e.target().actor()), e.id() + " target is no actor");
      } else if (e.target() != null) {
        assertTrue(sentence.contains(e.target().span()), e.id() + " target outside its sentence");
      }
      if (e.quote() != null) {
        assertTrue(quoteIds.contains(e.quote()), e.id() + " points to a missing quote");
      }
    }
  }

  private static boolean isQuotePronoun(Event e) {
    return e.quote() != null;
  }
}
