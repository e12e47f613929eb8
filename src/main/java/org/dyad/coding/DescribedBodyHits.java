package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.Sentence;
import org.dyad.model.Span;

/**
 * Rule {@code A.rule.sector-modifier}: a role noun of a sector of its own ("union", "government",
 * "party", "police") written before a word for some of its people ("figures", "team", "members",
 * "sources", "officials", "negotiators") names those people, with its sector: "senior union
 * figures" are labour, "a French government team" and "government sources" the government, "party
 * sources" the party. The two role nouns become one hit carrying the modifier's entry, so that
 * every later sieve reads the phrase as one role noun: the owner before it ("a French government
 * team") or the story gives the country. A word for people that names things as often ("figures"
 * are also statistics: "government figures show") names people only after a word of rank ("senior",
 * "key"). Immutable; its lists are {@code lexicon/actor-words.tsv}.
 */
final class DescribedBodyHits {
  private DescribedBodyHits() {}

  /**
   * Words for some of a body's people: "figures", "team", "members", "sources", "officials"; some
   * are role nouns of their own, which take the sector of what they belong to.
   */
  private static final Set<String> MEMBER_NOUNS = ActorWords.SHIPPED.of("member-noun");

  /** Of those, the ones that name people only after a word of rank: "senior union figures". */
  private static final Set<String> RANKED_MEMBER_NOUNS =
      ActorWords.SHIPPED.of("ranked-member-noun");

  /** Bodies whose people the member noun names: "union", "government", "party". */
  private static final Set<String> OWNERS = ActorWords.SHIPPED.of("member-owner");

  /** Words of rank before a body's people: "senior", "leading", "key". */
  private static final Set<String> RANK_WORDS = ActorWords.SHIPPED.of("member-rank");

  /**
   * The role-noun hits of sentence {@code s} with each "sector noun + member noun" joined into one
   * hit of the sector noun's entry; the member noun's own hit, if any, is dropped.
   */
  static List<DictionaryHit> join(Sentence s, List<DictionaryHit> agents) {
    List<DictionaryHit> out = new ArrayList<>(agents.size());
    int skipThrough = -1;
    for (DictionaryHit a : agents) {
      if (a.first() <= skipThrough) {
        continue;
      }
      int last = memberNounAfter(s, a, agents);
      if (last < 0) {
        out.add(a);
        continue;
      }
      out.add(
          new DictionaryHit(
              a.first(), last, new Span(a.span().begin(), s.token(last).span().end()), a.name()));
      skipThrough = last;
    }
    return out;
  }

  /**
   * The last token of the member noun right after sector noun {@code a} that heads the phrase, or
   * -1: "union [figures]", "government [sources]"; not "union flag", not "government figures show".
   */
  private static int memberNounAfter(Sentence s, DictionaryHit a, List<DictionaryHit> agents) {
    int k = a.last() + 1;
    if (a.name().agent() == null
        || a.name().agent().sector() == null
        || !OWNERS.contains(s.token(a.last()).lemma().toLowerCase(Locale.ROOT))
        // "Cabinet members": a capitalised body is a name the tagger has taken
        || s.token(a.last()).isProperNoun() && a.first() > 0
        || k >= s.tokens().size()
        || !s.token(k).isNoun()
        || s.token(k).isProperNoun() && !s.token(k).pos().equals("NNPS")) {
      return -1;
    }
    int last = k;
    for (DictionaryHit h : agents) {
      if (h.first() == k) {
        last = h.last();
      }
    }
    // "union figures", not "union flag"; the member noun heads the phrase: not "union members'
    // votes"
    if (!MEMBER_NOUNS.contains(s.token(last).lemma().toLowerCase(Locale.ROOT))
        || Phrases.isModifier(s, last)) {
      return -1;
    }
    if (RANKED_MEMBER_NOUNS.contains(s.token(last).lemma().toLowerCase(Locale.ROOT))
        && !(a.first() > 0
            && RANK_WORDS.contains(s.token(a.first() - 1).lemma().toLowerCase(Locale.ROOT)))) {
      return -1;
    }
    return last;
  }

  /**
   * Whether role noun {@code a} names one who speaks for a body of a sector of its own: "party
   * spokesman", "government source" (joined by this rule or listed whole). Not "senior figure".
   */
  static boolean speaksFor(Sentence s, DictionaryHit a) {
    String lemma = s.token(a.last()).lemma().toLowerCase(Locale.ROOT);
    return a.last() > a.first()
        && a.name().agent() != null
        && a.name().agent().sector() != null
        && SPEAKER_NOUNS.contains(lemma);
  }

  /** Member nouns that name one who speaks for the body: "spokesman", "source". */
  private static final Set<String> SPEAKER_NOUNS = ActorWords.SHIPPED.of("speaker-member-noun");
}
