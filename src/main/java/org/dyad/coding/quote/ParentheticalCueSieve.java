package org.dyad.coding.quote;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Dependency;
import org.dyad.model.Quote;
import org.dyad.model.QuoteSieve;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;

/**
 * {@code Q.indirect-parenthetical}: "The museum, Mr. Obama said, would make visitors face
 * uncomfortable truths."; "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt.": an
 * indirect cue verb set off by commas inside the clause it reports, which the parse hung it on
 * (parataxis), with nothing reported under it. The clause is the words on both sides of the aside:
 * two parts of one utterance, the aside cut out. Takes the cue. Immutable.
 */
final class ParentheticalCueSieve implements SentenceSieve {
  private final Speakers speakers;

  ParentheticalCueSieve(Speakers speakers) {
    this.speakers = speakers;
  }

  @Override
  public QuoteSieve id() {
    return QuoteSieve.INDIRECT_PARENTHETICAL;
  }

  @Override
  public List<Quote> find(SentenceScope scope) {
    List<Quote> out = new ArrayList<>();
    Sentence s = scope.sentence();
    for (Token t : scope.openTokens()) {
      int cue = t.index();
      if (!t.isVerb()
          || !speakers.words().indirect().contains(t.lemma())
          || s.hasChild(cue, "ccomp")) {
        continue;
      }
      for (Dependency d : s.parents(cue)) {
        if (!d.relation().equals("parataxis") || d.governor() < 0) {
          continue;
        }
        Quote[] parts = parts(scope, s, cue, d.governor());
        if (parts != null) {
          out.add(parts[0]);
          out.add(parts[1]);
          scope.joined().put(parts[1].span(), parts[0].span());
          scope.attributed().set(cue);
          break;
        }
      }
    }
    return out;
  }

  /** The two parts the aside at {@code cue} cuts its clause at {@code clause} into, or null. */
  private Quote[] parts(SentenceScope scope, Sentence s, int cue, int clause) {
    int[] aside = s.subtreeRange(cue);
    int[] whole = s.subtreeRange(clause);
    int open = s.token(aside[0]).word().equals(",") ? aside[0] : aside[0] - 1;
    int close = s.token(aside[1]).word().equals(",") ? aside[1] : aside[1] + 1;
    if (open <= whole[0]
        || close >= whole[1]
        || !s.token(open).word().equals(",")
        || !s.token(close).word().equals(",")) {
      return null; // not inside the clause, or not set off by commas on both sides
    }
    int[] before = QuoteText.trimmed(s, whole[0], open - 1);
    int[] after = QuoteText.trimmed(s, close + 1, whole[1]);
    if (before[1] < before[0] || after[1] < after[0] || after[1] - after[0] < 1) {
      return null;
    }
    Span first = s.spanOf(before[0], before[1]);
    Span second = s.spanOf(after[0], after[1]);
    List<Span> marked = scope.marked();
    for (Span part : List.of(first, second)) {
      if (QuoteText.overlapsDirectFromOutside(scope.direct(), part, null)
          || QuoteText.within(marked, part)) {
        return null;
      }
    }
    Quote.Speaker speaker = null;
    for (int subj : s.childrenOf(cue, "nsubj")) {
      speaker = speakers.subjectAt(scope.article(), scope.actors(), s, subj);
    }
    if (speaker == null) {
      return null;
    }
    String text = scope.text();
    String cueWord = s.token(cue).word();
    return new Quote[] {
      QuoteText.indirect(text, first, speaker, cueWord, List.of(), id()),
      QuoteText.indirect(text, second, speaker, cueWord, List.of(), id())
    };
  }
}
