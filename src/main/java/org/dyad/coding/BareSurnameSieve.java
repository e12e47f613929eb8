package org.dyad.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.Actor;

/**
 * Gives back to a person named before the one-word dictionary name that ends his own ("Mr Kim"
 * after Merck's "Peter Kim" is not Kim Jong Un, whose bare "Kim" the dictionary lists). Runs on the
 * mentions of a whole article, in place, before they are coded; Dyad's conventions only. Stateless.
 */
final class BareSurnameSieve {
  /** The sieve's id. */
  static final String ID = "bare-surname";

  private BareSurnameSieve() {}

  /** Sieve {@code A.article.bare-surname}, reading a name's words past {@code titleWords}. */
  static ArticleSieve of(Set<String> titleWords) {
    return d -> apply(d.perSentence, titleWords);
  }

  /**
   * "Mr Kim explained" after "Peter Kim": a one-word dictionary name (Kim Jong Un's "Kim") that
   * ends the name of a person named before, whom no dictionary lists, is that person; it becomes a
   * plain name, which joins him when mentions are merged.
   */
  static void apply(List<List<Mention>> perSentence, Set<String> titleWords) {
    List<String> others = new ArrayList<>();
    for (List<Mention> ms : perSentence) {
      for (int i = 0; i < ms.size(); i++) {
        Mention m = ms.get(i);
        if (m.kind() != Actor.Kind.PERSON) {
          continue;
        }
        if (m.dictionary() == null) {
          others.add(m.text());
        } else if (m.first() == m.last()
            && m.dictionary().person() != null
            && others.stream().anyMatch(full -> anotherPerson(full, m, titleWords))) {
          ms.set(
              i,
              new Mention(
                  m.sentence(),
                  m.first(),
                  m.last(),
                  m.span(),
                  m.text(),
                  Actor.Kind.PERSON,
                  null,
                  null,
                  null,
                  null));
        }
      }
    }
  }

  /**
   * True when {@code full} ends with the mention's one word but shares no other word with any of
   * the dictionary person's names: "Peter Kim" is not Kim Jong Un, "George W Bush" is George W.
   * Bush.
   */
  private static boolean anotherPerson(String full, Mention m, Set<String> titleWords) {
    if (!full.endsWith(" " + m.text())) {
      return false;
    }
    Set<String> own = new HashSet<>();
    for (String name : m.dictionary().person().names()) {
      for (String w : name.split("[\\s\\-.]+")) {
        own.add(w.toLowerCase(Locale.ROOT));
      }
    }
    String[] words =
        full.substring(0, full.length() - m.text().length()).trim().split("[\\s\\-.]+");
    boolean named = false;
    for (String w : words) {
      if (own.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
      named |= !w.isEmpty() && !titleWords.contains(bare(w)); // "Gen Pinochet" is Pinochet
    }
    return named;
  }

  /** A word in lower case without a final dot: "Gen." and "gen" are one title. */
  static String bare(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
  }
}
