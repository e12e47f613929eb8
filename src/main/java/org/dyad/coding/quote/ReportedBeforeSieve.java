package org.dyad.coding.quote;

import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Quote;
import org.dyad.model.QuoteSieve;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * {@code Q.reported-before}: a quotation with no attribution of its own that opens right after a
 * sentence of reported speech goes on with that speech, so its speaker is the reporting verb's: Mr
 * Whittingdale said the bill was a "shambles". "This announcement is a further retreat." The
 * quotation may open the next paragraph, as news agencies often set it. The reporting verb is the
 * last speech verb of a main clause outside quotation marks in the sentence just before, which
 * holds no direct quotation ({@code Q.continues} joins a quotation to one there). Immutable.
 */
final class ReportedBeforeSieve implements PassageSieve {
  private final Speakers speakers;
  private final CueQuote cues;

  ReportedBeforeSieve(Speakers speakers, CueQuote cues) {
    this.speakers = speakers;
    this.cues = cues;
  }

  @Override
  public QuoteSieve id() {
    return QuoteSieve.REPORTED_BEFORE;
  }

  @Override
  public Quote attribute(PassageScope scope) {
    AnnotatedArticle article = scope.article();
    int open = scope.passage().open();
    int first = scope.content().begin();
    Sentence opening = article.sentences().get(article.sentenceOf(first));
    if (opening.index() == 0 || !onlyMarks(scope.text(), opening.span().begin(), first)) {
      return null; // the quotation opens inside its sentence: the words before it lead into it
    }
    Sentence prev = article.sentences().get(opening.index() - 1);
    if (!onlyMarks(scope.text(), prev.span().end(), first)) {
      return null;
    }
    Quote previous = scope.previous();
    if (previous != null && previous.span().end() > prev.span().begin()) {
      return null; // the sentence attributes a quotation of its own, which this one continues
    }
    int quoted = article.paragraphOf(open);
    int reported = article.paragraphOf(prev.span().begin());
    if (quoted != reported
        && !(quoted == reported + 1 && article.paragraphs().get(quoted).begin() == open)) {
      return null;
    }
    for (int i = prev.tokens().size() - 1; i >= 0; i--) {
      Token t = prev.token(i);
      if (speakers.isCue(t)
          && QuoteText.isMainClause(prev, i)
          && !QuoteText.within(scope.marked(), t.span())) {
        return cues.attribute(scope, prev, i, id());
      }
    }
    return null;
  }

  /** Whether only spaces and quotation marks stand between {@code from} and {@code to}. */
  private static boolean onlyMarks(String text, int from, int to) {
    return from > to
        || text.substring(from, to)
            .chars()
            .allMatch(
                c -> Character.isWhitespace(c) || QuoteText.isQuoteMark(String.valueOf((char) c)));
  }
}
