package org.dyad.coding.quote;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Quote;
import org.dyad.model.QuoteSieve;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;

/**
 * {@code Q.indirect-aside}: "…, top black lawmakers said Friday.", "All of which, he said, would
 * help …", "…, other studies have shown.": an indirect cue verb with nothing reported under it, its
 * subject right before it (or before its auxiliaries) and set off by a comma from the clause it
 * reports, which the parse did not hang under it. The reported words are the longer side of the
 * aside. Takes the cue. Immutable.
 */
final class AsideSieve implements SentenceSieve {
  private final Speakers speakers;

  AsideSieve(Speakers speakers) {
    this.speakers = speakers;
  }

  @Override
  public QuoteSieve id() {
    return QuoteSieve.INDIRECT_ASIDE;
  }

  @Override
  public List<Quote> find(SentenceScope scope) {
    List<Quote> out = new ArrayList<>();
    Sentence s = scope.sentence();
    List<Span> marked = scope.marked();
    int n = s.tokens().size();
    for (Token t : s.tokens()) {
      int cue = t.index();
      if (!t.isVerb()
          || !speakers.words().indirect().contains(t.lemma())
          || scope.attributed().get(cue)
          || QuoteText.within(marked, t.span())
          || s.hasChild(cue, "ccomp")
          || s.hasChild(cue, "obj")
          || s.hasChild(cue, "xcomp")) {
        continue;
      }
      int subject = -1;
      for (int subj : s.childrenOf(cue, "nsubj")) {
        if (subj < cue) {
          subject = subj;
        }
      }
      int k = QuoteText.beforeAdverbs(s, cue);
      while (k >= 0 && s.childrenOf(cue, "aux").contains(k)) {
        k = QuoteText.beforeAdverbs(s, k); // "…, other studies have shown."
      }
      if (subject < 0 && k >= 0 && (s.token(k).isNoun() || s.token(k).isPronoun())) {
        subject = k;
      }
      if (subject < 0 || subject != k) {
        continue; // the subject must stand right before the verb: "…, he said"
      }
      int np = s.tokenAt(QuoteText.nounPhrase(s, subject).begin());
      if (np < 2 || !s.token(np - 1).word().equals(",")) {
        continue;
      }
      int[] before = QuoteText.trimmed(s, 0, np - 2);
      int[] after = null;
      for (int j = cue + 1; j < n; j++) {
        if (s.token(j).word().equals(",")) {
          after = QuoteText.trimmed(s, j + 1, n - 1);
          break;
        }
        if (s.token(j).isVerb()) {
          break;
        }
      }
      int[] side = after != null && after[1] - after[0] > before[1] - before[0] ? after : before;
      if (side[1] - side[0] < 2) {
        continue;
      }
      Span content = s.spanOf(side[0], side[1]);
      if (QuoteText.overlapsDirectFromOutside(scope.direct(), content, null)
          || QuoteText.within(marked, content)) {
        continue;
      }
      Quote.Speaker speaker = speakers.subjectAt(scope.article(), scope.actors(), s, subject);
      if (speaker != null) {
        out.add(QuoteText.indirect(scope.text(), content, speaker, t.word(), List.of(), id()));
        scope.attributed().set(cue);
      }
    }
    return out;
  }
}
