package org.dyad.coding.quote;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Dependency;
import org.dyad.model.Quote;
import org.dyad.model.QuoteSieve;
import org.dyad.model.Sentence;

/**
 * {@code Q.indirect-in-survey}: "In a CNN poll released Monday, Clinton led Trump by five points":
 * findings a sentence reports "in" a poll or study are the survey's, unless the clause's verb is a
 * cue an earlier sieve took. Immutable.
 */
final class InSurveySieve implements SentenceSieve {
  private final Speakers speakers;

  InSurveySieve(Speakers speakers) {
    this.speakers = speakers;
  }

  @Override
  public QuoteSieve id() {
    return QuoteSieve.INDIRECT_IN_SURVEY;
  }

  @Override
  public List<Quote> find(SentenceScope scope) {
    List<Quote> out = new ArrayList<>();
    Sentence s = scope.sentence();
    for (Dependency d : s.dependencies()) {
      boolean inSurvey =
          (d.relation().equals("obl:in") || d.relation().equals("nmod:in"))
              && speakers.words().surveys().contains(s.token(d.dependent()).lemma())
              && d.governor() >= 0
              && !scope.attributed().get(d.governor());
      if (inSurvey) {
        Quote q = IndirectAccordingToSieve.sentenceAround(scope, speakers, d, "in", id());
        if (q != null) {
          out.add(q);
        }
      }
    }
    return out;
  }
}
