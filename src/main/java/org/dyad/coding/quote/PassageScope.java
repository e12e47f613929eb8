package org.dyad.coding.quote;

import java.util.List;
import org.dyad.coding.ActorAnalysis;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Quote;
import org.dyad.model.Sentence;
import org.dyad.model.Span;

/**
 * What a passage sieve reads: the article, its actors, one quoted passage, every quoted passage of
 * the article, and the direct quotation before this one (for the sieves that continue a speaker).
 *
 * @param article the annotated article
 * @param actors its actors
 * @param passage the quoted passage
 * @param marked the contents of every quoted passage of the article
 * @param previous the direct quotation before, or null
 * @param previousParagraph the paragraph of {@code previous}, -1 without one
 */
record PassageScope(
    AnnotatedArticle article,
    ActorAnalysis actors,
    QuoteMarks.Passage passage,
    List<Span> marked,
    Quote previous,
    int previousParagraph) {

  String text() {
    return article.text();
  }

  Span content() {
    return passage.content();
  }

  /** The sentence the quotation closes in. */
  Sentence closing() {
    Span content = passage.content();
    return article
        .sentences()
        .get(article.sentenceOf(Math.max(content.begin(), content.end() - 1)));
  }

  /** The sentence the quotation opens in. */
  Sentence opening() {
    return article.sentences().get(article.sentenceOf(passage.open()));
  }

  /** A direct quotation of the passage attributed to {@code speaker} by {@code sieve}. */
  Quote quote(Quote.Speaker speaker, String cue, org.dyad.model.QuoteSieve sieve) {
    return QuoteText.direct(text(), content(), speaker, cue, null, List.of(), sieve);
  }
}
