package org.dyad.coding.quote;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Quote;
import org.dyad.model.QuoteSieve;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * {@code Q.indirect-asked}: "Asked whether he was concerned about Trump, Ban said …", "He was asked
 * about the merger": a question put by someone the sentence does not name ("ask" as a participle or
 * a passive with no agent) reports the question, its wh-clause or what it was about, with no
 * speaker (PolNeAR leaves the source empty; the one asked is the audience). Immutable.
 */
final class AskedQuestionSieve implements SentenceSieve {

  @Override
  public QuoteSieve id() {
    return QuoteSieve.INDIRECT_ASKED;
  }

  @Override
  public List<Quote> find(SentenceScope scope) {
    List<Quote> out = new ArrayList<>();
    Sentence s = scope.sentence();
    for (Token t : scope.openTokens()) {
      if (!t.lemma().equals("ask")
          || !t.pos().equals("VBN")
          || s.hasChild(t.index(), "obl:agent")
          || hasExactly(s, t.index(), "nsubj")
          || hasExactly(s, t.index(), "aux") && !s.hasChild(t.index(), "aux:pass")) {
        continue; // "has asked", "they asked": the asker is named
      }
      int first = Integer.MAX_VALUE;
      int last = -1;
      for (var d : s.children(t.index())) {
        String r = d.relation();
        int[] range = s.subtreeRange(d.dependent());
        boolean question =
            r.equals("ccomp") && isWh(s, range[0])
                || r.startsWith("advcl:") && isWh(s, range[0])
                || r.equals("obl:about")
                || r.equals("advcl:about");
        if (question && range[0] > t.index()) {
          first = Math.min(first, range[0]);
          last = Math.max(last, mainClauseCut(s, range, d.dependent()));
        }
      }
      if (last < 0) {
        continue;
      }
      if (s.token(first).word().equalsIgnoreCase("about")) {
        first++; // "asked about the merger": the preposition belongs to the cue
      }
      Quote asked = QuoteText.speakerless(scope, first, last, 0, t, id());
      if (asked != null) {
        out.add(asked);
      }
    }
    return out;
  }

  /**
   * Where a question the parse gave the sentence's main clause to ends: "Asked why he trailed so
   * badly, Sanders said he had started late" made "said" the complement of "Asked", with the
   * question under it; the question ends at the comma before the main clause's subject.
   */
  private static int mainClauseCut(Sentence s, int[] range, int head) {
    for (int subj : s.childrenOf(head, "nsubj")) {
      int begin = s.subtreeRange(subj)[0];
      if (begin > range[0] + 1 && begin < head && s.token(begin - 1).word().equals(",")) {
        return begin - 2;
      }
    }
    return range[1];
  }

  /** Whether {@code head} has a child by {@code relation} itself, not one of its subtypes. */
  private static boolean hasExactly(Sentence s, int head, String relation) {
    return s.children(head).stream().anyMatch(d -> d.relation().equals(relation));
  }

  /** A clause that opens with a wh-word or "whether"/"if": an indirect question. */
  private static boolean isWh(Sentence s, int first) {
    Token w = s.token(first);
    String l = w.lemma().toLowerCase(java.util.Locale.ROOT);
    return w.pos().startsWith("W") || l.equals("whether") || l.equals("if");
  }
}
