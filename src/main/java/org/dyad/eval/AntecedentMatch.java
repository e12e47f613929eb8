package org.dyad.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.model.Actor;
import org.dyad.model.Quote;
import org.dyad.model.Span;

/**
 * Whether Dyad's speaker for a quotation whose annotated source is a bare pronoun is the person (or
 * organisation) the pronoun means. Dyad's speaker counts as right when
 *
 * <ol>
 *   <li>its span overlaps the antecedent span (Dyad points at the nearest full-name mention), or
 *   <li>its actor has a mention overlapping the antecedent span (Dyad's actor is the one named
 *       there), or
 *   <li>its name or its actor's name equals an antecedent name (or another spelling of it the
 *       article uses) once case, punctuation and a leading "the" are folded away ("The New York
 *       Times" for "New York Times"), or
 *   <li>its name or its actor's name has the surname of an antecedent name (the last capitalised
 *       word, past "Jr.") and the words before the surname do not disagree: one side has none, or
 *       they share one; initials and abbreviated titles ("J.", "Mr.") are not counted ("Trump" and
 *       "Donald J. Trump" are Donald Trump; "Ivanka Trump" is not).
 * </ol>
 *
 * Dyad's span on the pronoun itself is not enough: that says "he", not who. Stateless.
 */
public final class AntecedentMatch {
  private AntecedentMatch() {}

  /** True when the speaker (with its actor, or null) is the antecedent. */
  public static boolean right(PronounAntecedent a, Quote.Speaker speaker, Actor actor) {
    Span at = a.antecedentSpan();
    if (at != null) {
      if (speaker.span() != null && speaker.span().overlaps(at)) {
        return true;
      }
      if (actor != null && actor.mentions().stream().anyMatch(m -> m.overlaps(at))) {
        return true;
      }
    }
    List<String> dyadNames = new ArrayList<>();
    if (speaker.name() != null) {
      dyadNames.add(speaker.name());
    }
    if (actor != null && actor.name() != null) {
      dyadNames.add(actor.name());
    }
    List<String> goldNames = new ArrayList<>(a.names());
    goldNames.addAll(a.aliases());
    for (String gold : goldNames) {
      for (String dyad : dyadNames) {
        if (sameName(gold, dyad)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Rules 3 and 4 above: the same name once folded, or the same person by surname. */
  static boolean sameName(String gold, String dyad) {
    if (fold(gold).equals(fold(dyad)) && !fold(gold).isEmpty()) {
      return true;
    }
    String surname = AttributionScorer.surname(gold);
    if (surname == null || !surname.equals(AttributionScorer.surname(dyad))) {
      return false;
    }
    List<String> g = givenWords(gold, surname);
    List<String> d = givenWords(dyad, surname);
    return g.isEmpty() || d.isEmpty() || g.stream().anyMatch(d::contains);
  }

  /** Lower case, letters and digits only, single spaces, no leading "the". */
  static String fold(String name) {
    String s = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    return s.startsWith("the ") ? s.substring(4) : s;
  }

  /** The words before the surname, without initials and abbreviations ("J.", "Mr."). */
  private static List<String> givenWords(String name, String surname) {
    List<String> out = new ArrayList<>();
    for (String w : name.strip().split("\\s+")) {
      String bare = w.replaceAll("[^\\p{L}'-]", "");
      if (bare.equals(surname)) {
        break;
      }
      if (bare.length() >= 2 && !w.endsWith(".")) {
        out.add(bare.toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }
}
