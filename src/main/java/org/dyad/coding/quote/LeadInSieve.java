package org.dyad.coding.quote;

import org.dyad.model.Quote;
import org.dyad.model.QuoteSieve;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * {@code Q.lead-in}: a speech verb leading straight into the quotation, past a colon or comma,
 * attributes it before the next sentence can: "He went on to say: “…” In the Commons, Mr Howard
 * said …". Its label is "before", as {@link BeforeQuoteSieve}'s. Immutable.
 */
final class LeadInSieve implements PassageSieve {
  private final Speakers speakers;
  private final CueQuote cues;

  LeadInSieve(Speakers speakers, CueQuote cues) {
    this.speakers = speakers;
    this.cues = cues;
  }

  @Override
  public QuoteSieve id() {
    return QuoteSieve.LEAD_IN;
  }

  @Override
  public Quote attribute(PassageScope scope) {
    Sentence opening = scope.opening();
    int lead = leadIn(opening, scope.passage().open());
    if (lead >= 0 && speakers.isCue(opening.token(lead))) {
      return cues.attribute(scope, opening, lead, id());
    }
    return null;
  }

  /**
   * The token right before an opening mark, past a colon or comma ("boomed: “"), or -1 when the
   * quotation does not follow its sentence's words directly.
   */
  static int leadIn(Sentence s, int open) {
    int last = -1;
    for (Token t : s.tokens()) {
      if (t.span().end() <= open) {
        last = t.index();
      }
    }
    int skipped = 0;
    while (last >= 0 && (s.token(last).word().equals(":") || s.token(last).word().equals(","))) {
      last--;
      skipped++;
    }
    // Without the colon or comma, a quoted phrase is the verb's object ("was “where we …”"); a
    // quoted sentence is still speech ("yelled “You lie!”").
    int first = s.tokenAt(open + 1);
    boolean sentence = first >= 0 && s.token(first).isCapitalized();
    return skipped > 0 || sentence ? last : -1;
  }
}
