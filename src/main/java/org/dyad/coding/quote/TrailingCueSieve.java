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
 * it. An inverted cue the parse made the root, "…, noted NBC's Dante Chinni.", reports the same
 * way, its object speaking. Takes the cue. Immutable.
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
      int inverted = invertedSpeaker(s, t.index());
      for (Dependency d : s.parents(t.index())) {
        boolean trailing =
            d.relation().equals("parataxis") && d.governor() >= 0 && d.governor() < t.index();
        if (!trailing && !(d.governor() < 0 && inverted >= 0)) {
          continue;
        }
        if (!s.childrenOf(t.index(), "ccomp").isEmpty()) {
          continue;
        }
        // the inverted cue's subtree is the whole sentence: the clause ends at the cue
        int[] cue = trailing ? s.subtreeRange(t.index()) : new int[] {t.index(), t.index()};
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
        if (speaker == null && inverted >= 0) {
          speaker = speakers.subjectAt(scope.article(), scope.actors(), s, inverted);
        }
        if (speaker != null) {
          out.add(QuoteText.indirect(scope.text(), content, speaker, t.word(), List.of(), id()));
          scope.attributed().set(t.index());
        }
      }
    }
    return out;
  }

  /**
   * The speaker of a cue set after the clause it reports with its subject after it, which the parse
   * made the sentence's root and the speaker its object ("Debates are not likely to alter the
   * campaign, noted NBC's Dante Chinni."): the object, when a comma sets the cue off from what
   * comes before, the cue has no subject or clause of its own, and the object runs to the
   * sentence's end; -1 otherwise.
   */
  private static int invertedSpeaker(Sentence s, int cue) {
    if (cue < 2
        || !s.token(cue - 1).word().equals(",")
        || s.hasChild(cue, "nsubj")
        || s.hasChild(cue, "ccomp")) {
      return -1;
    }
    List<Integer> objects = s.childrenOf(cue, "obj");
    if (objects.size() != 1 || objects.get(0) < cue || !s.token(objects.get(0)).isNoun()) {
      return -1;
    }
    int end = s.subtreeRange(objects.get(0))[1] + 1;
    while (end < s.tokens().size() && ".!?".contains(s.token(end).word())) {
      end++;
    }
    return end == s.tokens().size() && s.subtreeRange(objects.get(0))[0] == cue + 1
        ? objects.get(0)
        : -1;
  }
}
