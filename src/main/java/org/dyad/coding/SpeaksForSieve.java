package org.dyad.coding;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.Sentence;

/**
 * Sieve {@code A.recode.speaks-for}: a spokesman, representative or official named by that word
 * alone takes the code of the actor named right after it with "for", "of", "at" or "from": "a
 * spokesman for the Home Office" is the Home Office's, "a spokesman for the Albanian embassy"
 * Albania's government's, "a spokesman for Bloomberg" Bloomberg's. The role noun's mention is
 * found, uncoded, by {@link RoleNounSieve} with this sieve on; it runs once every mention is coded,
 * since the actor it speaks for may be coded by its context only. Immutable.
 */
final class SpeaksForSieve {
  private SpeaksForSieve() {}

  /** Role nouns of one who speaks for someone named after them: "spokesman", "representative". */
  static final Set<String> SPEAKERS = ActorWords.SHIPPED.of("speaker-noun");

  /** Prepositions after such a role noun that name whom they speak for: "for", "of". */
  static final Set<String> PREPOSITIONS = ActorWords.SHIPPED.of("speaker-preposition");

  /** The sieve. */
  static final ArticleSieve SIEVE = d -> apply(d.coded, d.sentences);

  /**
   * Whether the one-word role noun at {@code last} is a speaker followed by a preposition and a
   * capitalised name: "a spokesman for the Home Office", "an official of Reuters".
   */
  static boolean speaksForName(Sentence s, int first, int last) {
    int k = last + 1;
    if (first != last
        || !SPEAKERS.contains(s.token(last).lemma().toLowerCase(Locale.ROOT))
        || k + 1 >= s.tokens().size()
        || !PREPOSITIONS.contains(s.token(k).lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    int name = s.token(k + 1).pos().equals("DT") ? k + 2 : k + 1;
    return name < s.tokens().size()
        && (s.token(name).isProperNoun() || s.token(name).isAdjective())
        && Character.isUpperCase(s.token(name).word().charAt(0));
  }

  static void apply(List<List<Mention>> coded, List<Sentence> sentences) {
    for (List<Mention> ms : coded) {
      for (int i = 0; i < ms.size(); i++) {
        Mention m = ms.get(i);
        Sentence s = sentences.get(m.sentence());
        if (m.code() != null || !m.byRoleNoun() || !speaksForName(s, m.first(), m.last())) {
          continue;
        }
        int after = m.last() + 2;
        int name = s.token(after).pos().equals("DT") ? after + 1 : after;
        for (Mention o : ms) {
          if (o.first() == name
              && o.code() != null
              && o.kind() != Actor.Kind.STATE
              && o.alsoCodes().isEmpty()) {
            // Still a role noun's mention, so that spokesmen for different actors stay apart.
            ms.set(
                i,
                m.codedBy(
                    ActorSieve.ROLE_NOUN, o.code(), "context:speaks-for " + o.text(), m.role()));
            break;
          }
        }
      }
    }
  }
}
