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
 * {@code Q.indirect-subject-clause}: "Clinton said there was "no daylight" between their plans",
 * "Shelby later said she suspected Crutcher was under the influence of drugs": an indirect cue verb
 * with a subject before it that the parse made the clausal subject ({@code csubj}) of a predicate
 * after it, the reported clause's own, and so cut the clause short or lost it. The reported clause
 * is everything after the cue to the end of that predicate's phrase, stopping before a direct
 * quotation with an attribution of its own. Runs before {@code Q.indirect-clause} and takes the
 * cue. Immutable.
 */
final class SubjectClauseSieve implements SentenceSieve {
  private final Speakers speakers;

  SubjectClauseSieve(Speakers speakers) {
    this.speakers = speakers;
  }

  @Override
  public QuoteSieve id() {
    return QuoteSieve.INDIRECT_SUBJECT_CLAUSE;
  }

  @Override
  public List<Quote> find(SentenceScope scope) {
    List<Quote> out = new ArrayList<>();
    Sentence s = scope.sentence();
    for (Token t : scope.openTokens()) {
      if (!t.isVerb() || !speakers.words().indirect().contains(t.lemma())) {
        continue;
      }
      int predicate = -1;
      for (Dependency d : s.parents(t.index())) {
        if (d.relation().startsWith("csubj") && d.governor() > t.index()) {
          predicate = d.governor();
        }
      }
      List<Integer> subjects = Speakers.subjects(s, t.index());
      if (predicate < 0 || subjects.isEmpty() || subjects.get(0) > t.index()) {
        continue;
      }
      int first = t.index() + 1;
      while (first < predicate
          && (s.token(first).lemma().equals("that") && s.token(first).pos().equals("IN")
              || s.token(first).word().equals(","))) {
        first++;
      }
      int[] ends = QuoteText.trimmed(s, first, s.subtreeRange(predicate)[1]);
      if (ends[1] <= predicate && ends[1] < first + 2) {
        continue;
      }
      Quote.Speaker speaker =
          speakers.subjectAt(scope.article(), scope.actors(), s, subjects.get(0));
      if (speaker == null) {
        continue;
      }
      int last = WovenQuotations.lastToken(scope.direct(), s, ends[0], ends[1], speaker, t.word());
      if (last < ends[0]) {
        continue;
      }
      Span content = s.spanOf(ends[0], last);
      boolean woven = WovenQuotations.allWoven(scope.direct(), s, ends[0], last, speaker, t.word());
      if (!woven && QuoteText.overlapsDirectFromOutside(scope.direct(), content, null)
          || QuoteText.isPartial(scope.direct(), content, speaker)) {
        continue;
      }
      out.add(QuoteText.indirect(scope.text(), content, speaker, t.word(), List.of(), id()));
      scope.attributed().set(t.index());
    }
    return out;
  }
}
