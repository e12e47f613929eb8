package org.dyad.coding.quote;

import java.util.List;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Quote;

/**
 * A direct quotation of someone other than a news medium, in a paragraph where a medium also speaks
 * directly, came through that medium: Xi's words in Xinhua's report. Stateless.
 */
final class ReportedChannels {
  private ReportedChannels() {}

  /** Gives each such quotation of {@code quotes} the medium as its channel, in place. */
  static void add(AnnotatedArticle article, List<Quote> quotes) {
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      if (q.kind() != Quote.Kind.DIRECT
          || q.speaker() == null
          || !q.via().isEmpty()
          || Speakers.isMedia(q.speaker())) {
        continue;
      }
      int paragraph = article.paragraphOf(q.span().begin());
      for (Quote other : quotes) {
        if (other != q
            && other.kind() == Quote.Kind.DIRECT
            && Speakers.isMedia(other.speaker())
            && article.paragraphOf(other.span().begin()) == paragraph) {
          quotes.set(
              i,
              new Quote(
                  q.id(),
                  q.text(),
                  q.span(),
                  q.kind(),
                  q.speaker(),
                  q.cue(),
                  q.audience(),
                  List.of(new Quote.Channel(other.speaker().name(), other.speaker().code())),
                  q.rule(),
                  q.sieve()));
          break;
        }
      }
    }
  }
}
