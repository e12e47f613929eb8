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
 * {@code Q.indirect-raised-subject}: "The lack of enthusiasm seems to be a real issue", "About one
 * of every nine voters is expected to be Latino", "Kelsey Atkinson was identified as the
 * protester": a raising verb ({@code raising-verb} cues: seem, appear, prove), or a cue verb in the
 * passive with no agent, whose subject is not who holds the view but part of what is held. The
 * subject and the verb's complement (an infinitive or predicate, an "as" or "like" phrase) are the
 * two parts of one utterance, the verb cut out; no one is named as its speaker, as the sentence
 * names no one. With an expletive subject ("It seems that …") the complement alone. Runs before
 * {@code Q.indirect-complement}, which would take the subject for the speaker. Takes the cue.
 * Immutable.
 */
final class RaisedSubjectSieve implements SentenceSieve {
  private final Speakers speakers;

  RaisedSubjectSieve(Speakers speakers) {
    this.speakers = speakers;
  }

  @Override
  public QuoteSieve id() {
    return QuoteSieve.INDIRECT_RAISED_SUBJECT;
  }

  @Override
  public List<Quote> find(SentenceScope scope) {
    List<Quote> out = new ArrayList<>();
    Sentence s = scope.sentence();
    QuoteWords words = speakers.words();
    for (Token t : scope.openTokens()) {
      int cue = t.index();
      if (!t.isVerb()) {
        continue;
      }
      boolean raising = words.raisingVerbs().contains(t.lemma());
      // "Twitter is increasingly seen as a news site": a verb of regarding in the passive with an
      // "as" phrase; its subject is what is regarded, a name as much as a thing
      boolean regarded = words.regardVerbs().contains(t.lemma()) && s.hasChild(cue, "obl:as");
      boolean passive =
          s.hasChild(cue, "aux:pass")
              && !s.hasChild(cue, "obl:agent")
              && (words.stanceVerbs().contains(t.lemma())
                  || words.indirect().contains(t.lemma())
                  || words.speech().contains(t.lemma())
                  || regarded);
      if (!raising && !passive) {
        continue;
      }
      int subject = -1;
      int subjectFirst = Integer.MAX_VALUE;
      int subjectLast = -1;
      for (int k : s.childrenOf(cue, passive ? "nsubj:pass" : "nsubj")) {
        if (k < cue) {
          // "About one of every nine voters this fall is expected …": a parse that gives the verb
          // two subjects splits one phrase; the part runs over both.
          subject = subject < 0 ? k : subject;
          int[] range = s.subtreeRange(k);
          subjectFirst = Math.min(subjectFirst, range[0]);
          subjectLast = Math.max(subjectLast, Math.min(range[1], cue - 1));
        }
      }
      if (subject < 0 || !regarded && isHolder(s, subject)) {
        continue;
      }
      boolean expletive = s.token(subject).pos().equals("EX") || isIt(s, subject);
      int first = Integer.MAX_VALUE;
      int last = -1;
      for (Dependency d : s.children(cue)) {
        String r = d.relation();
        boolean complement =
            r.equals("xcomp")
                || r.equals("obl:as")
                || r.equals("obl:like")
                || expletive && r.equals("ccomp");
        int[] range = s.subtreeRange(d.dependent());
        if (!complement || range[0] <= cue) {
          continue;
        }
        first = Math.min(first, range[0]);
        last = Math.max(last, range[1]);
      }
      if (last < 0) {
        continue;
      }
      int[] after = QuoteText.trimmed(s, first, last);
      if (after[1] < after[0]) {
        continue;
      }
      List<Span> parts = new ArrayList<>();
      if (!expletive) {
        int[] before = QuoteText.trimmed(s, subjectFirst, subjectLast);
        if (before[1] < before[0]) {
          continue;
        }
        parts.add(s.spanOf(before[0], before[1]));
      }
      parts.add(s.spanOf(after[0], after[1]));
      if (parts.stream()
          .anyMatch(
              p ->
                  QuoteText.overlapsDirectFromOutside(scope.direct(), p, null)
                      || QuoteText.within(scope.marked(), p))) {
        continue;
      }
      for (Span p : parts) {
        out.add(QuoteText.indirect(scope.text(), p, null, t.word(), List.of(), id()));
      }
      if (parts.size() == 2) {
        scope.joined().put(parts.get(1), parts.get(0));
      }
      scope.attributed().set(cue);
    }
    return out;
  }

  /**
   * "Trump appeared to suggest that …", "He seems to think …": a name or a personal or relative
   * pronoun as the subject holds the view itself, as {@code Q.indirect-complement} reads it; a
   * thing or a description is what is judged.
   */
  private static boolean isHolder(Sentence s, int subject) {
    String pos = s.token(subject).pos();
    return pos.startsWith("NNP")
        || pos.startsWith("WP")
        || pos.equals("WDT")
        || pos.equals("PRP") && !isIt(s, subject);
  }

  /** "It seems that …": the pronoun "it" standing for the clause after the verb. */
  private static boolean isIt(Sentence s, int subject) {
    return s.token(subject).word().equalsIgnoreCase("it")
        && s.subtreeRange(subject)[0] == s.subtreeRange(subject)[1];
  }
}
