package org.dyad.coding.quote;

import org.dyad.model.Quote;
import org.dyad.model.QuoteSieve;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;

/**
 * {@code Q.after}: a speech verb after the closing mark in the sentence the quotation closes in
 * ("“…,” Xinhua reported"); after a quotation that closes on a comma, any verb with only a noun
 * phrase between ("“…,” Toomey fumed"). A verb past another opening mark belongs to that quotation.
 * Immutable.
 */
final class AfterQuoteSieve implements PassageSieve {
  private final Speakers speakers;
  private final CueQuote cues;

  AfterQuoteSieve(Speakers speakers, CueQuote cues) {
    this.speakers = speakers;
    this.cues = cues;
  }

  @Override
  public QuoteSieve id() {
    return QuoteSieve.AFTER;
  }

  @Override
  public Quote attribute(PassageScope scope) {
    Span content = scope.content();
    int closeAt = content.end();
    Sentence s = scope.closing();
    int tag = tagVerb(s, content, scope.text());
    for (Token t : s.tokens()) {
      if (t.span().begin() > closeAt
          && (speakers.isCue(t) || t.index() == tag)
          && !QuoteText.insideAnotherQuote(scope.text(), closeAt, t.span().begin())) {
        Quote q = cues.attribute(scope, s, t.index(), id());
        if (q != null) {
          return q;
        }
      }
    }
    return null;
  }

  /**
   * The first verb after a quotation that closes on a comma, when only a noun phrase stands between
   * ("“…,” Toomey fumed", "“…,” the senator fumed"), or -1.
   */
  static int tagVerb(Sentence s, Span content, String text) {
    String words = content.of(text).strip();
    if (words.isEmpty() || ",?!\u2014".indexOf(words.charAt(words.length() - 1)) < 0) {
      return -1;
    }
    boolean noun = false;
    for (Token t : s.tokens()) {
      if (t.span().begin() <= content.end()) {
        continue;
      }
      if (t.isVerb()) {
        return noun ? t.index() : -1;
      }
      if (t.isNoun() || t.isPronoun()) {
        noun = true;
      } else if (!t.pos().equals("DT")
          && !t.isAdjective()
          && !t.pos().equals("POS")
          && !t.pos().equals("CD")
          && !QuoteText.isMark(t)) {
        return -1;
      }
    }
    return -1;
  }
}
