package org.dyad.coding.event;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.coding.ActorAnalysis;
import org.dyad.coding.ActorResolver;
import org.dyad.model.Actor;
import org.dyad.model.ActorCode;

/**
 * The parties an article is about, ranked by how often it names them: a state with all its
 * officials and bodies is one party, an international organisation or NGO another ("IGOEUR",
 * "NGOAMN").
 *
 * <p>News often leaves the other side of an action unsaid because the whole story is about it:
 * "Iran vowed retaliation", "Kuwait condemned the detentions", "the Tories will vote against it".
 * The event coder asks for the source's counterpart only when a pattern met its frame but found no
 * actor where its target should be. Immutable.
 */
final class ArticleParties {
  /** A party needs at least this many mentions to be what the article is about. */
  static final int MIN_MENTIONS = 2;

  /**
   * One party: its key, how often it is named, the actor that stands for it (the one named most
   * often, the first named on a tie), and all its actors.
   */
  record Party(String key, int mentions, Actor representative, List<Actor> members) {
    Party {
      members = List.copyOf(members);
    }
  }

  private final List<Party> ranked;

  /** Each state's government as the article names it most often, by country code. */
  private final Map<String, Actor> governments;

  private ArticleParties(List<Party> ranked, Map<String, Actor> governments) {
    this.ranked = List.copyOf(ranked);
    this.governments = Map.copyOf(governments);
  }

  static ArticleParties of(ActorAnalysis actors) {
    Map<String, List<Actor>> byParty = new LinkedHashMap<>();
    Map<String, Actor> governments = new HashMap<>();
    for (Actor a : actors.actors()) {
      // A state named only by an adjective ("Soviet membership") is what a thing belongs to, not
      // a side of the story.
      boolean adjectiveOnly = ActorResolver.NATIONALITY_ONLY_SIEVE.equals(a.sieve());
      if (a.code() != null && !a.mentions().isEmpty() && !adjectiveOnly) {
        byParty.computeIfAbsent(keyOf(a.code()), k -> new ArrayList<>()).add(a);
        if (a.code().isState() && "GOV".equals(a.code().sector())) {
          governments.merge(
              a.code().country(), a, (x, y) -> y.mentions().size() > x.mentions().size() ? y : x);
        }
      }
    }
    List<Party> parties = new ArrayList<>();
    byParty.forEach(
        (key, members) -> {
          int mentions = members.stream().mapToInt(m -> m.mentions().size()).sum();
          Actor representative =
              members.stream()
                  .max(
                      Comparator.<Actor>comparingInt(m -> m.mentions().size())
                          .thenComparingInt(m -> -m.mentions().get(0).begin()))
                  .orElseThrow();
          parties.add(new Party(key, mentions, representative, members));
        });
    // Most named first; on a tie, the one named first.
    parties.sort(
        Comparator.comparingInt(Party::mentions)
            .reversed()
            .thenComparingInt(p -> p.representative().mentions().get(0).begin()));
    return new ArticleParties(parties, governments);
  }

  /**
   * The most-named party that none of {@code sources} belongs to, if it is named at least {@link
   * #MIN_MENTIONS} times; null otherwise.
   */
  Party counterpartOf(Collection<ActorCode> sources) {
    Set<String> own = new HashSet<>();
    for (ActorCode c : sources) {
      own.add(keyOf(c));
    }
    for (Party p : ranked) {
      if (!own.contains(p.key())) {
        return p.mentions() >= MIN_MENTIONS ? p : null;
      }
    }
    return null;
  }

  /**
   * The actor the article names most often as the government of {@code country} ("the government",
   * "ministers", "Tony Blair" while prime minister); null when it names none. On a tie, the one
   * named first.
   */
  Actor governmentOf(String country) {
    return governments.get(country);
  }

  /** The countries whose government the article names. */
  Set<String> governedCountries() {
    return governments.keySet();
  }

  /** A state's country, or the organisation itself for IGOs, NGOs and the like. */
  static String keyOf(ActorCode code) {
    String c = code.code();
    return code.isState() ? code.country() : c.substring(0, Math.min(6, c.length()));
  }
}
