package org.dyad.eval;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.dyad.input.TextCleaner;

/**
 * Folds text and names so that hand-written expectations compare with Dyad's output on the words
 * alone: quotation marks, apostrophes, entities, white space and case are folded away. Stateless.
 */
public final class TextFold {
  /** Titles and articles that two names may share without being the same person. */
  private static final Set<String> HONORIFICS =
      Set.of("mr", "mrs", "ms", "dr", "sir", "lord", "the", "a", "an");

  private TextFold() {}

  /**
   * Folds quotation marks, apostrophes, entities and white space so prefixes compare on the words.
   */
  public static String norm(String s) {
    return TextCleaner.clean(s)
        .replaceAll("[\u201c\u201d\"\u2018\u2019'`]", "")
        .replaceAll("\\s+", " ")
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  /**
   * True when two names share a word of two letters or more that is not a title: "Tony Blair" and
   * "Mr Blair", "a senior official" and "the official".
   */
  public static boolean sameName(String expected, String got) {
    Set<String> b = words(got);
    for (String w : words(expected)) {
      if (b.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** The lower-cased words of a name, without titles and one-letter initials. */
  public static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.length() >= 2 && !HONORIFICS.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }
}
