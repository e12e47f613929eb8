package org.dyad.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.dyad.lexicon.ContextEntry;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;
import org.junit.jupiter.api.Test;

class ContextClassifierTest {
  private final ContextClassifier classifier =
      new ContextClassifier(
          List.of(
              new ContextEntry("X.cbrn", "cbrn", List.of("nuclear", "chemical weapon"), "-"),
              new ContextEntry("X.military", "military", List.of("general", "troop"), "-")));

  /** Tokens as word/lemma/POS triples. */
  private static Sentence sentence(String... triples) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String t : triples) {
      String[] p = t.split("/");
      tokens.add(new Token(tokens.size(), new Span(at, at + p[0].length()), p[0], p[1], p[2], "O"));
      at += p[0].length() + 1;
    }
    return new Sentence(0, new Span(0, at), tokens, List.of());
  }

  @Test
  void wordsAndPhrasesOfTheSentenceGiveContexts() {
    Sentence s =
        sentence("troops/troop/NNS", "used/use/VBD", "chemical/chemical/JJ", "weapons/weapon/NNS");
    assertEquals(List.of("cbrn", "diplomatic", "military"), classifier.contexts(s, "diplomatic"));
  }

  @Test
  void aSingleWordCueMustBeAContentWord() {
    Sentence s = sentence("in/in/IN", "general/general/RB", "nuclear/nuclear/JJ");
    assertEquals(List.of("cbrn"), classifier.contexts(s, ""));
  }

  @Test
  void codeTableContextsMayBeSeveral() {
    assertEquals(
        List.of("corruption", "crime"),
        classifier.contexts(sentence("x/x/DT"), "crime|corruption"));
  }
}
