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
      int comma = np - 1;
      boolean closing = comma >= 1 && QuoteText.isMark(s.token(comma));
      if (closing) {
        comma--; // "With thousands of systems, “there is no single point of failure,” he said."
      }
      if (comma < 1 || !s.token(comma).word().equals(",")) {
        continue;
      }
      int[] before = QuoteText.trimmed(s, 0, comma - 1);
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
      if (side[1] - side[0] < 2 || scope.attributed().get(side[0])) {
        // "Asked whether he was concerned, Ban said no.": a side that opens with a cue another
        // sieve took (Q.indirect-asked) is that cue's, not the aside's
        continue;
      }
      Span content = s.spanOf(side[0], side[1]);
      Quote.Speaker speaker = speakers.subjectAt(scope.article(), scope.actors(), s, subject);
      Quote quoted =
          closing && side == before && endsTheSentence(s, cue)
              ? quotedBy(scope.direct(), s, np - 1, t)
              : null;
      if (quoted != null) {
        speaker = quoted.speaker(); // the direct quotation's speaker, "he" resolved
      }
      boolean woven =
          quoted != null
              && WovenQuotations.allWoven(scope.direct(), s, side[0], side[1], speaker, t.word());
      if (!woven && QuoteText.overlapsDirectFromOutside(scope.direct(), content, null)
          || QuoteText.within(marked, content)) {
        continue;
      }
      if (speaker != null) {
        out.add(QuoteText.indirect(scope.text(), content, speaker, t.word(), List.of(), id()));
        scope.attributed().set(cue);
      }
    }
    return out;
  }

  /**
   * Whether no verb follows the cue in its sentence: "…,” he said last week." ends with the aside,
   * "…,” Melanie said yes, …, until Trump reached …" goes on.
   */
  private static boolean endsTheSentence(Sentence s, int cue) {
    for (int k = cue + 1; k < s.tokens().size(); k++) {
      if (s.token(k).isVerb()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The direct quotation that closes with the mark at {@code mark} and that the cue {@code cue}
   * attributes, or null: the quotation woven into the side before the aside.
   */
  private static Quote quotedBy(List<Quote> direct, Sentence s, int mark, Token cue) {
    for (Quote q : direct) {
      if (q.kind() == Quote.Kind.DIRECT
          && q.speaker() != null
          && cue.word().equals(q.cue())
          && q.span().end() <= s.token(mark).span().begin()
          && q.span().end() >= s.token(mark).span().begin() - 2) {
        return q;
      }
    }
    return null;
  }
}
