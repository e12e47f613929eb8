package org.dyad.coding.quote;

import java.util.Locale;
import org.dyad.model.Quote;
import org.dyad.model.QuoteSieve;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * {@code Q.colon-label}: "Republican pollster Daron Shaw: “…”", "Gillibrand on the transcripts:
 * ‘…’": a colon right before the quotation after words without a finite verb, whose first name
 * (else first noun phrase) names the speaker. Immutable.
 */
final class ColonLabelSieve implements PassageSieve {
  private final Speakers speakers;

  ColonLabelSieve(Speakers speakers) {
    this.speakers = speakers;
  }

  @Override
  public QuoteSieve id() {
    return QuoteSieve.COLON_LABEL;
  }

  @Override
  public Quote attribute(PassageScope scope) {
    Sentence s = scope.opening();
    int open = scope.passage().open();
    int colon = -1;
    for (Token t : s.tokens()) {
      if (t.span().end() <= open) {
        colon = t.index();
      }
    }
    if (colon < 1 || !s.token(colon).word().equals(":")) {
      return null;
    }
    int start = colon - 1;
    while (start > 0
        && !QuoteText.within(scope.marked(), s.token(start - 1).span())
        && !QuoteText.isMark(s.token(start - 1))) {
      start--;
    }
    int head = -1;
    int name = -1;
    for (int k = start; k < colon; k++) {
      Token t = s.token(k);
      if (t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP")) {
        return null;
      }
      if (t.isNoun() && (k == start || !s.token(k - 1).isNoun())) {
        int end = k;
        while (end + 1 < colon && s.token(end + 1).isNoun()) {
          end++;
        }
        head = head < 0 ? end : head;
        // The first name, not a heading in capitals: "TURNOUT — Michael P. McDonald: “…”".
        if (name < 0 && t.isProperNoun() && !t.word().equals(t.word().toUpperCase(Locale.ROOT))) {
          name = end;
        }
      }
    }
    head = name >= 0 ? name : head;
    Quote.Speaker speaker =
        head < 0 ? null : speakers.subjectAt(scope.article(), scope.actors(), s, head);
    return speaker == null ? null : scope.quote(speaker, ":", id());
  }
}
