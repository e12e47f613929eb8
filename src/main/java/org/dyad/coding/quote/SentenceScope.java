package org.dyad.coding.quote;

import java.util.BitSet;
import java.util.List;
import org.dyad.coding.ActorAnalysis;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Quote;
import org.dyad.model.Sentence;
import org.dyad.model.Span;

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
 */
record SentenceScope(
    AnnotatedArticle article,
    ActorAnalysis actors,
    Sentence sentence,
    List<Quote> direct,
    BitSet attributed) {

  String text() {
    return article.text();
  }

  /** The spans of the direct quotations. */
  List<Span> marked() {
    return QuoteText.marked(direct);
  }
}
