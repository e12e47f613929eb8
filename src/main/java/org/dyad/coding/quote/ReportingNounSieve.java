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
 * {@code Q.indirect-noun}: "Iran's threat to close the strait", "his ideas about trade": a
 * reporting or stance noun with a possessor and a clause or a prepositional complement; the
 * possessor is the speaker, or, with none, the subject of the verb the noun is the object of
 * ({@code Q.noun-support-verb}: "Obama made the case for Clinton"). Immutable.
 */
final class ReportingNounSieve implements SentenceSieve {
  private final Speakers speakers;

  ReportingNounSieve(Speakers speakers) {
    this.speakers = speakers;
  }

  @Override
  public QuoteSieve id() {
    return QuoteSieve.INDIRECT_NOUN;
  }

  @Override
  public List<Quote> find(SentenceScope scope) {
    List<Quote> out = new ArrayList<>();
    Sentence s = scope.sentence();
    for (Token t : s.tokens()) {
      if (!t.isNoun() || !speakers.words().nominal().contains(t.lemma())) {
        continue;
      }
      List<Integer> owners = s.childrenOf(t.index(), "nmod:poss");
      int owner = owners.isEmpty() ? supportSubject(s, t.index()) : owners.get(0);
      if (owner < 0) {
        continue;
      }
      for (Dependency d : s.children(t.index())) {
        boolean clause =
            d.relation().equals("acl:to")
                || d.relation().equals("acl")
                || d.relation().equals("ccomp")
                || d.relation().equals("acl:that");
        boolean complement = isComplement(d.relation());
        if (!(clause && isClauseHead(s, d.dependent()) || complement)) {
          continue;
        }
        int[] range = s.subtreeRange(d.dependent());
        int first = range[0];
        while (first < range[1]
            && (s.token(first).lemma().equals("to")
                || s.token(first).lemma().equals("that")
                || complement && s.token(first).pos().equals("IN"))) {
          first++;
        }
        Span content = s.spanOf(first, range[1]);
        Quote.Speaker speaker = speakers.speakerAt(scope.article(), scope.actors(), s, owner);
        if (speaker != null
            && !QuoteText.overlapsDirectFromOutside(scope.direct(), content, null)) {
          out.add(QuoteText.indirect(scope.text(), content, speaker, t.word(), List.of(), id()));
        }
        break;
      }
    }
    return out;
  }

  /**
   * {@code Q.noun-support-verb}: a reporting or stance noun with no possessor that is the object of
   * a verb is its subject's: "Trump made the case for …", "The I.R.S. has questions about …",
   * "France and Germany unveiled a proposal for …"; not when the verb's subject receives it ({@code
   * receiving-verb} cues: "Suu Kyi faced criticism for …"), nor a noun after "no" ("has no desire
   * to …"). The subject, or -1.
   */
  private int supportSubject(Sentence s, int noun) {
    if (s.childrenOf(noun, "det").stream().anyMatch(k -> s.token(k).lemma().equals("no"))) {
      return -1; // "China has no desire to see …": what the subject is said not to hold
    }
    for (Dependency d : s.parents(noun)) {
      if (d.relation().equals("obj")
          && d.governor() >= 0
          && d.governor() < noun
          && !speakers.words().receivingVerbs().contains(s.token(d.governor()).lemma())) {
        for (int subj : s.childrenOf(d.governor(), "nsubj")) {
          if (subj < d.governor()) {
            return subj;
          }
        }
      }
    }
    return -1;
  }

  /**
   * {@code Q.noun-complement}: a prepositional complement of the noun is what it attributes as much
   * as a clause: "his ideas about the damaging effects of trade agreements", "Clinton's comments on
   * the shooting", "his theory of the United States' role". Not "to", which names an audience ("a
   * letter to the board").
   */
  private static boolean isComplement(String relation) {
    return switch (relation) {
      case "nmod:of",
              "nmod:about",
              "nmod:on",
              "nmod:for",
              "nmod:against",
              "nmod:over",
              "nmod:with",
              "nmod:toward",
              "nmod:towards",
              "nmod:into" ->
          true;
      default -> false;
    };
  }

  /**
   * A verb, or a clause with a noun or adjective for its predicate: "claim that there have been
   * thousands of shootings", "claim that he is innocent".
   */
  private static boolean isClauseHead(Sentence s, int head) {
    return s.token(head).isVerb() || s.hasChild(head, "cop") || s.hasChild(head, "mark");
  }
}
