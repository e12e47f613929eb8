package org.dyad.coding;

import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.ActorCode;

/**
 * Codes a person whom nothing else codes as a private citizen (CVL) of the country the story is set
 * in, as CAMEO codes individuals. Runs on the coded mentions of a whole article, in place, after
 * every other coding sieve; Dyad's conventions only. Stateless.
 */
final class PrivatePersonSieve {
  /** The sieve's id. */
  static final String ID = "private-person";

  private PrivatePersonSieve() {}

  /** Sieve {@code A.recode.private-person}. */
  static final ArticleSieve SIEVE =
      d -> apply(d.coded, d.setting, d.article.article().homeCountry());

  /** The rule of a person no title, description or dictionary codes, in a one-country story. */
  static final String RULE = "context:story-setting private person";

  /**
   * "Juanita Broaddrick said …", "Viktor Makarov, 50, …": a person whom nothing else codes, in a
   * story set in one country (the publisher's own, for a national paper), is one of its private
   * citizens (CVL), as CAMEO codes individuals.
   */
  static void apply(List<List<Mention>> coded, StorySetting setting, String home) {
    // A national paper's story set abroad still quotes its own country's people ("Clare Short"
    // in a BBC story on the US-led tsunami coalition): only a story set at home, or a wire's.
    if (setting == null
        || setting.country() == null
        || home != null && !home.equals(setting.country())) {
      return;
    }
    // "Short" after "Clare Short": a short form of a person coded elsewhere is that person, whom
    // coreference merges later; it is no private citizen of its own.
    List<String> codedPeople =
        coded.stream()
            .flatMap(List::stream)
            .filter(
                m -> m.kind() == Actor.Kind.PERSON && (m.code() != null || m.dictionary() != null))
            .map(Mention::text)
            .toList();
    for (List<Mention> ms : coded) {
      for (int i = 0; i < ms.size(); i++) {
        Mention m = ms.get(i);
        String text = m.text();
        boolean shortFormOfCoded =
            codedPeople.stream().anyMatch(full -> !full.equals(text) && full.endsWith(" " + text));
        if (m.kind() == Actor.Kind.PERSON
            && m.code() == null
            && m.dictionary() == null
            && !shortFormOfCoded) {
          ms.set(
              i,
              m.codedBy(
                  ActorSieve.PRIVATE_PERSON, ActorCode.of(setting.country(), "CVL"), RULE, null));
        }
      }
    }
  }
}
