package org.dyad.coding.quote;

import org.dyad.model.Quote;
import org.dyad.model.QuoteSieve;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * {@code Q.before}: a speech verb before the opening mark in the sentence that opens the quotation,
 * nearest first, or any verb leading straight into it ("Trump boomed: “…”"). Immutable.
 */
final class BeforeQuoteSieve implements PassageSieve {
  private final Speakers speakers;
  private final CueQuote cues;

  BeforeQuoteSieve(Speakers speakers, CueQuote cues) {
    this.speakers = speakers;
    this.cues = cues;
  }

  @Override
  public QuoteSieve id() {
    return QuoteSieve.BEFORE;
  }

  @Override
  public Quote attribute(PassageScope scope) {
    Sentence opening = scope.opening();
    int open = scope.passage().open();
    int lead = LeadInSieve.leadIn(opening, open);
    for (int i = opening.tokens().size() - 1; i >= 0; i--) {
      Token t = opening.token(i);
      if (t.span().end() <= open && (speakers.isCue(t) || i == lead && t.isVerb())) {
        Quote q = cues.attribute(scope, opening, i, id());
        if (q != null) {
          return q;
        }
      }
    }
    return null;
  }
}
