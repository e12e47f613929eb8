package org.dyad.coding.quote;

import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Quote;
import org.dyad.model.QuoteSieve;

/**
 * {@code Q.continues}: a quotation with no attribution of its own continues the previous
 * quotation's speaker when it is in the same paragraph, or opens the next one (or continues a
 * quotation left open there). Its label is {@code continues:} and the previous quotation's own.
 * Immutable.
 */
final class ContinuesSieve implements PassageSieve {
  @Override
  public QuoteSieve id() {
    return QuoteSieve.CONTINUES;
  }

  @Override
  public Quote attribute(PassageScope scope) {
    Quote previous = scope.previous();
    if (previous == null || previous.speaker() == null) {
      return null;
    }
    AnnotatedArticle article = scope.article();
    int paragraph = article.paragraphOf(scope.content().begin());
    int before = scope.previousParagraph();
    boolean startsParagraph =
        article.paragraphs().get(article.paragraphOf(scope.passage().open())).begin()
            == scope.passage().open();
    if (paragraph != before
        && !(paragraph == before + 1 && (scope.passage().continues() || startsParagraph))) {
      return null;
    }
    return new Quote(
        "",
        scope.content().of(scope.text()),
        scope.content(),
        Quote.Kind.DIRECT,
        previous.speaker(),
        previous.cue(),
        previous.audience(),
        previous.via(),
        id().label() + ":" + previous.rule(),
        id());
  }
}
