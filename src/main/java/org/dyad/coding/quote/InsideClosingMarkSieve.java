package org.dyad.coding.quote;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Quote;
import org.dyad.model.QuoteSieve;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;

/**
 * {@code Q.inside-closing-mark}: "“…, said Xi.”" or "“…, Xi said.”", an attribution that ends the
 * quoted words inside the closing mark; the quotation is cut before it. Immutable.
 */
final class InsideClosingMarkSieve implements PassageSieve {
  private final Speakers speakers;

  InsideClosingMarkSieve(Speakers speakers) {
    this.speakers = speakers;
  }

  @Override
  public QuoteSieve id() {
    return QuoteSieve.INSIDE_CLOSING_MARK;
  }

  @Override
  public Quote attribute(PassageScope scope) {
    Span content = scope.content();
    Sentence s = scope.article().sentences().get(scope.article().sentenceOf(content.end() - 1));
    List<Token> inQuote = new ArrayList<>();
    for (Token t : s.tokens()) {
      if (content.contains(t.span())) {
        inQuote.add(t);
      }
    }
    int n = inQuote.size();
    while (n > 0 && ".!?".contains(inQuote.get(n - 1).word())) {
      n--;
    }
    int comma = -1;
    for (int i = n - 1; i >= Math.max(0, n - 8); i--) {
      if (inQuote.get(i).word().equals(",")) {
        comma = i;
        break;
      }
    }
    if (comma < 0 || comma == n - 1) {
      return null;
    }
    List<Token> tail = inQuote.subList(comma + 1, n);
    Token cue = null;
    for (Token t : tail) {
      if (speakers.words().speech().contains(t.lemma()) && t.isVerb()) {
        cue = t;
      }
    }
    if (cue == null || !(tail.get(0) == cue || tail.get(tail.size() - 1) == cue)) {
      return null;
    }
    Quote.Speaker speaker = null;
    for (Token t : tail) {
      if (t != cue && speaker == null) {
        speaker = speakers.speakerAt(scope.article(), scope.actors(), s, t.index());
      }
    }
    if (speaker == null) {
      return null;
    }
    Span words = new Span(content.begin(), inQuote.get(comma).span().begin());
    return QuoteText.direct(scope.text(), words, speaker, cue.word(), null, List.of(), id());
  }
}
