package org.dyad.coding.quote;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.dyad.coding.ActorAnalysis;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Quote;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;

/**
 * What a reported-speech sieve reads: one sentence of the article, the direct and partial
 * quotations already found, and the cue tokens of this sentence that an earlier sieve has taken
 * ({@code attributed}: the only state the sieves share, so that one cue reports one clause; it
 * lives for one sentence of one article).
 *
 * @param article the annotated article
 * @param actors its actors
 * @param sentence the sentence
 * @param direct the quotations found by their marks
 * @param attributed the token indices of cues already taken in this sentence
 * @param joined where a sieve records that a quotation it made is the later part of an utterance:
 *     the part's span to the span of the part before it ("The museum, he said, would …")
 */
record SentenceScope(
    AnnotatedArticle article,
    ActorAnalysis actors,
    Sentence sentence,
    List<Quote> direct,
    BitSet attributed,
    Map<Span, Span> joined) {

  String text() {
    return article.text();
  }

  /** The spans of the direct quotations. */
  List<Span> marked() {
    return QuoteText.marked(direct);
  }

  /**
   * The sentence's tokens that no earlier sieve took as a cue and no quotation encloses: where a
   * cue of reported speech may still stand. A sieve that takes the token it reads marks it in
   * {@code attributed} itself.
   */
  List<Token> openTokens() {
    List<Span> marked = marked();
    List<Token> open = new ArrayList<>();
    for (Token t : sentence.tokens()) {
      if (!attributed.get(t.index()) && !QuoteText.within(marked, t.span())) {
        open.add(t);
      }
    }
    return open;
  }
}
