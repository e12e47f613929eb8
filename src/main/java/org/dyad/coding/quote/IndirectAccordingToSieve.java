package org.dyad.coding.quote;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Dependency;
import org.dyad.model.Quote;
import org.dyad.model.QuoteSieve;
import org.dyad.model.Sentence;
import org.dyad.model.Span;

/**
 * {@code Q.indirect-according-to}: "The ceasefire collapsed, according to local officials": the
 * rest of the sentence is the source's. Immutable.
 */
final class IndirectAccordingToSieve implements SentenceSieve {
  private final Speakers speakers;

  IndirectAccordingToSieve(Speakers speakers) {
    this.speakers = speakers;
  }

  @Override
  public QuoteSieve id() {
    return QuoteSieve.INDIRECT_ACCORDING_TO;
  }

  @Override
  public List<Quote> find(SentenceScope scope) {
    List<Quote> out = new ArrayList<>();
    for (Dependency d : scope.sentence().dependencies()) {
      if (AccordingToSieve.isAccordingTo(d)) {
        Quote q = sentenceAround(scope, speakers, d, "according to", id());
        if (q != null) {
          out.add(q);
        }
      }
    }
    return out;
  }

  /**
   * The sentence around the phrase headed by {@code d}'s dependent, attributed to that phrase's
   * head, or null when nothing is left or it overlaps a direct quotation.
   */
  static Quote sentenceAround(
      SentenceScope scope, Speakers speakers, Dependency d, String cue, QuoteSieve sieve) {
    Sentence s = scope.sentence();
    int[] phrase = s.subtreeRange(d.dependent());
    int caseStart = phrase[0];
    for (int c : s.childrenOf(d.dependent(), "case")) {
      caseStart = Math.min(caseStart, c);
    }
    Span content = QuoteText.contentAround(s, caseStart, phrase[1]);
    if (content == null || QuoteText.overlapsDirectFromOutside(scope.direct(), content, null)) {
      return null;
    }
    Quote.Speaker speaker = speakers.subjectAt(scope.article(), scope.actors(), s, d.dependent());
    return speaker == null
        ? null
        : QuoteText.indirect(scope.text(), content, speaker, cue, List.of(), sieve);
  }
}
