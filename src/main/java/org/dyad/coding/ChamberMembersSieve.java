package org.dyad.coding;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.lexicon.DictionaryName;
import org.dyad.model.ActorCode;
import org.dyad.model.Sentence;

/**
 * Sieve {@code A.find.chamber-members}: a party's members named by the chamber they sit in are
 * legislators of the party's country: "Senate Democrats", "House Republicans", "congressional
 * Republicans", "Commons Tories" ({@code USALEG}, {@code GBRLEG}), not the party and the chamber as
 * two actors. The chamber words are the list {@code chamber-word} of {@code
 * lexicon/actor-words.tsv}; the party must be a plural noun, so that "a House Republican leader"
 * stays the party's leader. Immutable.
 */
final class ChamberMembersSieve implements FindingSieve {
  /** Words for a chamber that, before a party's plural, name its legislators. */
  private static final Set<String> CHAMBER_WORDS = ActorWords.SHIPPED.of("chamber-word");

  @Override
  public void find(SentenceDraft d) {
    Sentence s = d.s();
    for (DictionaryHit h : d.hits()) {
      int k = h.first() - 1;
      if (k < 0
          || h.name().kind() != DictionaryName.Kind.ORGANIZATION
          || h.name().organization() == null
          || !"PTY".equals(h.name().organization().code().sector())
          || !h.name().organization().code().isState()
          || !s.token(h.last()).pos().endsWith("S")
          || !CHAMBER_WORDS.contains(s.token(k).word().toLowerCase(Locale.ROOT))
          || Phrases.isTaken(d.taken(), k, h.last())) {
        continue;
      }
      ActorCode party = h.name().organization().code();
      d.out()
          .add(
              Mention.roleNoun(
                  d.text(),
                  s,
                  k,
                  h.last(),
                  ActorCode.of(party.country(), "LEG"),
                  "A.legislator",
                  "chamber-members:" + h.name().organization().id(),
                  List.of()));
      Phrases.mark(d.taken(), k, h.last());
    }
  }
}
