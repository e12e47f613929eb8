package org.dyad.coding.quote;

import static org.dyad.coding.quote.QuoteText.isQuoteMark;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Dependency;
import org.dyad.model.Quote;
import org.dyad.model.QuoteSieve;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;

/**
 * {@code Q.indirect-after}: "…, sources said.": an indirect cue verb that the parse hung after the
 * clause it reports (parataxis), with nothing reported under it; the clause is everything before
 * it. Takes the cue. Immutable.
 */
final class TrailingCueSieve implements SentenceSieve {
  private final Speakers speakers;

  TrailingCueSieve(Speakers speakers) {
    this.speakers = speakers;
  }

  @Override
  public QuoteSieve id() {
    return QuoteSieve.INDIRECT_AFTER;
  }

  @Override
  public List<Quote> find(SentenceScope scope) {
    List<Quote> out = new ArrayList<>();
    Sentence s = scope.sentence();
    for (Token t : s.tokens()) {
      if (!t.isVerb()
          || !speakers.words().indirect().contains(t.lemma())
          || scope.attributed().get(t.index())) {
        continue;
      }
      for (Dependency d : s.parents(t.index())) {
        if (!d.relation().equals("parataxis") || d.governor() < 0 || d.governor() > t.index()) {
          continue;
        }
        if (!s.childrenOf(t.index(), "ccomp").isEmpty()) {
          continue;
        }
        int[] cue = s.subtreeRange(t.index());
        int first = 0;
        while (first < cue[0] && isQuoteMark(s.token(first).word())) {
          first++;
        }
        int last = cue[0] - 1;
        while (last > first
            && (isQuoteMark(s.token(last).word()) || ",.".contains(s.token(last).word()))) {
          last--;
        }
        if (last <= first) {
          continue;
        }
        Span content = s.spanOf(first, last);
        if (QuoteText.overlapsDirectFromOutside(scope.direct(), content, null)) {
          continue;
        }
        Quote.Speaker speaker = null;
        for (int subj : s.childrenOf(t.index(), "nsubj")) {
          speaker = speakers.subjectAt(scope.article(), scope.actors(), s, subj);
        }
        if (speaker != null) {
          out.add(QuoteText.indirect(scope.text(), content, speaker, t.word(), List.of(), id()));
          scope.attributed().set(t.index());
        }
      }
    }
    return out;
  }
}
