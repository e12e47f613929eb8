package org.dyad.coding.quote;

import org.dyad.model.Quote;
import org.dyad.model.QuoteSieve;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;

/**
 * {@code Q.partial-subject}: a quoted phrase is the words of the subject of the last speech or
 * phrase verb before it in its sentence, when that subject is an actor ("Mr Blair said the Tories
 * offered a "hard right agenda""). Immutable.
 */
final class PartialSubjectSieve implements PassageSieve {
  private final Speakers speakers;

  PartialSubjectSieve(Speakers speakers) {
    this.speakers = speakers;
  }

  @Override
  public QuoteSieve id() {
    return QuoteSieve.PARTIAL_SUBJECT;
  }

  @Override
  public Quote attribute(PassageScope scope) {
    Span content = scope.content();
    Sentence s = scope.article().sentences().get(scope.article().sentenceOf(content.begin()));
    Quote.Speaker speaker = null;
    String cue = null;
    QuoteWords words = speakers.words();
    for (Token t : s.tokens()) {
      if (t.span().end() > content.begin()) {
        break;
      }
      if (t.isVerb()
          && (words.speech().contains(t.lemma()) || words.phraseVerbs().contains(t.lemma()))) {
        for (int subj : s.childrenOf(t.index(), "nsubj")) {
          Quote.Speaker found = speakers.speakerAt(scope.article(), scope.actors(), s, subj);
          if (found != null && found.actor() != null) {
            speaker = found;
            cue = t.word();
          }
        }
      }
    }
    return speaker == null ? null : partial(scope, speaker, cue, id());
  }

  /** The passage as a partial quotation of {@code speaker}, labelled with its cue. */
  static Quote partial(PassageScope scope, Quote.Speaker speaker, String cue, QuoteSieve sieve) {
    return new Quote(
        "",
        scope.content().of(scope.text()),
        scope.content(),
        Quote.Kind.PARTIAL,
        speaker,
        cue,
        null,
        java.util.List.of(),
        sieve.label() + "-" + cue,
        sieve);
  }
}
