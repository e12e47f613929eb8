package org.dyad.coding.quote;

import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * {@code Q.conjoined-report}: a reported clause runs on through a conjunct the parse hung on the
 * cue rather than on the clause, right after it: "Leon said she wanted major change in Washington,
 * but found Mr. Trump offensive", "said he left on good terms but was intimidated by …". The reader
 * (and PolNeAR) takes the rest of the sentence as what was said. A conjunct that is itself a
 * speech, reporting or stance verb ("said …, and added …", "…, but refused to comment") reports on
 * its own, one with a subject of its own is the writer's ("…, and the Supreme Court declined …",
 * "…, but he refuses to …"), unless "that" opens it ("…, but that he would not support …": the same
 * report goes on), and one that does not follow the clause straight after a comma or conjunction is
 * not taken. Stateless.
 */
final class ConjoinedReports {
  private ConjoinedReports() {}

  /**
   * The last token of the clause ending at {@code last} that the cue at {@code cue} of {@code s}
   * reports, run on through the conjuncts of the cue that follow it.
   */
  static int lastToken(Sentence s, int cue, int last, QuoteWords words) {
    int end = last;
    boolean extended = true;
    while (extended) {
      extended = false;
      for (Dependency d : s.children(cue)) {
        int c = d.dependent();
        if (!d.relation().startsWith("conj")
            || c <= end
            || !thatClause(s, c) && (reports(s.token(c), words) || hasOwnSubject(s, cue, c))) {
          continue;
        }
        if (followsStraight(s, end, c)) {
          // the subtree's end: the enhanced graph may hang the cue's subject, before it, on it too
          end = trimmed(s, s.subtreeRange(c)[1]);
          extended = true;
        }
      }
    }
    return end;
  }

  /**
   * Whether the conjunct has a subject of its own: "…, and the Supreme Court declined to step in",
   * "…, but he refuses to discuss …" are the writer's next statements, not the speaker's.
   */
  private static boolean hasOwnSubject(Sentence s, int cue, int c) {
    for (int subj : s.childrenOf(c, "nsubj")) {
      // the cue's own subject, before it, is only shared with the conjunct by the enhanced graph
      if (subj > cue) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code Q.conjoined-that-clause}: a conjunct opened by "that" is a second clause of the same
   * report, whatever its subject or verb: "Clinton says many doubted her in Nevada but that she and
   * her supporters never doubted each other".
   */
  private static boolean thatClause(Sentence s, int c) {
    int first = s.subtreeRange(c)[0];
    for (int k : s.childrenOf(c, "mark")) {
      if (s.token(k).lemma().equalsIgnoreCase("that") && (k == first || k == first + 1)) {
        return true;
      }
    }
    return false;
  }

  /** A speech, reporting or stance verb reports on its own: "said …, but refused to comment". */
  private static boolean reports(Token t, QuoteWords words) {
    return words.speech().contains(t.lemma())
        || words.indirect().contains(t.lemma())
        || words.stanceVerbs().contains(t.lemma());
  }

  /**
   * Whether only commas, conjunctions and the conjunct's own words ("but was intimidated") stand
   * between the clause's last token {@code end} and the conjunct's head {@code c}.
   */
  private static boolean followsStraight(Sentence s, int end, int c) {
    int opens = s.subtreeRange(c)[0];
    for (int k = end + 1; k < c; k++) {
      Token t = s.token(k);
      boolean own = s.parents(k).stream().anyMatch(d -> d.governor() == c) || k > opens;
      if (!t.word().equals(",") && !t.pos().equals("CC") && !own) {
        return false;
      }
    }
    return true;
  }

  private static int trimmed(Sentence s, int last) {
    while (last > 0 && ",.;:".contains(s.token(last).word())) {
      last--;
    }
    return last;
  }
}
