package org.dyad.coding.quote;

import org.dyad.model.Quote;
import org.dyad.model.QuoteSieve;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * {@code Q.colon-before}: the sentence before the one that opens the quotation ends with a colon
 * and has a speech verb ("Caddell continued:"), and the quotation opens the next sentence or
 * paragraph. Immutable.
 */
final class ColonBeforeSieve implements PassageSieve {
  private final Speakers speakers;
  private final CueQuote cues;

  ColonBeforeSieve(Speakers speakers, CueQuote cues) {
    this.speakers = speakers;
    this.cues = cues;
  }

  @Override
  public QuoteSieve id() {
    return QuoteSieve.COLON_BEFORE;
  }

  @Override
  public Quote attribute(PassageScope scope) {
    int before = scope.opening().index() - 1;
    if (before < 0) {
      return null;
    }
    Sentence prev = scope.article().sentences().get(before);
    if (!prev.span().of(scope.text()).strip().endsWith(":")) {
      return null;
    }
    for (int i = prev.tokens().size() - 1; i >= 0; i--) {
      Token t = prev.token(i);
      if (speakers.words().speech().contains(t.lemma()) && t.isVerb()) {
        Quote q = cues.attribute(scope, prev, i, id());
        if (q != null) {
          return q;
        }
      }
    }
    return null;
  }
}
