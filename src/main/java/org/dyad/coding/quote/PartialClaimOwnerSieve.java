package org.dyad.coding.quote;

import org.dyad.model.Quote;
import org.dyad.model.QuoteSieve;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;

/**
 * {@code Q.partial-claim-owner}: a quoted phrase inside the phrase of a reporting noun before it is
 * the noun's owner's words: "Donald Trump's claim that there have been "thousands of shootings"".
 * Immutable.
 */
final class PartialClaimOwnerSieve implements PassageSieve {
  private final Speakers speakers;

  PartialClaimOwnerSieve(Speakers speakers) {
    this.speakers = speakers;
  }

  @Override
  public QuoteSieve id() {
    return QuoteSieve.PARTIAL_CLAIM_OWNER;
  }

  @Override
  public Quote attribute(PassageScope scope) {
    Span content = scope.content();
    Sentence s = scope.article().sentences().get(scope.article().sentenceOf(content.begin()));
    Quote.Speaker speaker = null;
    String cue = null;
    for (Token t : s.tokens()) {
      if (!t.isNoun()
          || t.span().end() > content.begin()
          || !speakers.words().nominal().contains(t.lemma())) {
        continue;
      }
      int[] phrase = s.subtreeRange(t.index());
      if (!s.spanOf(phrase[0], phrase[1]).contains(content.begin())) {
        continue;
      }
      for (int owner : s.childrenOf(t.index(), "nmod:poss")) {
        Quote.Speaker found = speakers.speakerAt(scope.article(), scope.actors(), s, owner);
        if (found != null) {
          speaker = found;
          cue = t.word();
        }
      }
    }
    return speaker == null ? null : PartialSubjectSieve.partial(scope, speaker, cue, id());
  }
}
