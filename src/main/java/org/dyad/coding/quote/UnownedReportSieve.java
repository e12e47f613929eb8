package org.dyad.coding.quote;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Dependency;
import org.dyad.model.Quote;
import org.dyad.model.QuoteSieve;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * {@code Q.indirect-noun-unowned}: "suspicions run high that every news organization is working
 * some angle", "There has been much speculation about whether Holt will …": a reporting or stance
 * noun with no possessor and no verb that delivers it, and a clause (a that-clause, or an indirect
 * question), reports the clause with no speaker (PolNeAR leaves the source empty). A noun whose
 * owner is named is {@code Q.indirect-noun}'s. Immutable.
 */
final class UnownedReportSieve implements SentenceSieve {
  private final Speakers speakers;

  UnownedReportSieve(Speakers speakers) {
    this.speakers = speakers;
  }

  @Override
  public QuoteSieve id() {
    return QuoteSieve.INDIRECT_NOUN_UNOWNED;
  }

  @Override
  public List<Quote> find(SentenceScope scope) {
    List<Quote> out = new ArrayList<>();
    Sentence s = scope.sentence();
    for (Token t : scope.openTokens()) {
      if (!t.isNoun()
          || !speakers.words().nominal().contains(t.lemma())
          || s.hasChild(t.index(), "nmod:poss")
          || namesItsOwner(s, t.index())
          || ownedByVerb(s, t.index())) {
        continue;
      }
      for (Dependency d : s.children(t.index())) {
        String r = d.relation();
        int[] range = s.subtreeRange(d.dependent());
        boolean clause =
            (r.equals("acl:that")
                        || r.equals("ccomp")
                        || r.equals("acl") && opensWithThat(s, range))
                    && s.token(d.dependent()).isVerb()
                || r.startsWith("acl:whether")
                || r.startsWith("advcl:whether")
                || (r.equals("acl")
                        || r.equals("ccomp")
                        || r.startsWith("acl:")
                        || r.startsWith("advcl:"))
                    && opensWithWhether(s, range);
        if (!clause || range[0] <= t.index()) {
          continue;
        }
        int first = range[0];
        while (first < range[1]
            && (s.token(first).lemma().equals("that") || s.token(first).lemma().equals("about"))) {
          first++;
        }
        Quote reported = QuoteText.speakerless(scope, first, range[1], 2, t, id());
        if (reported != null) {
          out.add(reported);
          break;
        }
      }
    }
    return out;
  }

  /**
   * "Obama made the case that …", "the plan drew criticism that …": a noun that is a verb's object
   * is its subject's or received by it; either way a speaker stands near, and the sieves that read
   * the verb decide.
   */
  private static boolean ownedByVerb(Sentence s, int noun) {
    return s.parents(noun).stream()
        .anyMatch(
            d ->
                d.governor() >= 0
                    && (d.relation().equals("obj") || d.relation().equals("nsubj:pass")));
  }

  /**
   * "American claims that …", "Democratic complaints that …": a capitalised adjective or a name
   * before the noun says whose it is, which the event coder reads (R.arg.claim-owner-speaks).
   */
  private static boolean namesItsOwner(Sentence s, int noun) {
    for (Dependency d : s.children(noun)) {
      Token m = s.token(d.dependent());
      if ((d.relation().equals("amod") || d.relation().equals("compound"))
          && d.dependent() < noun
          && (m.isProperNoun() || Character.isUpperCase(m.word().charAt(0)) && m.index() > 0)) {
        return true;
      }
    }
    return false;
  }

  private static boolean opensWithThat(Sentence s, int[] range) {
    return s.token(range[0]).lemma().equals("that") && s.token(range[0]).pos().equals("IN");
  }

  private static boolean opensWithWhether(Sentence s, int[] range) {
    for (int k = range[0]; k <= Math.min(range[1], range[0] + 1); k++) {
      if (s.token(k).lemma().equalsIgnoreCase("whether")) {
        return true;
      }
    }
    return false;
  }
}
