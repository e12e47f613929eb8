package org.dyad.geo;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds a place name to the key the gazetteer is looked up by: lower case, accents dropped,
 * punctuation to single spaces, "st" to "saint" ("Sainte-Foy", "St. Louis" and "Saint Louis" meet).
 * Stateless.
 */
public final class NameKey {
  private NameKey() {}

  public static String of(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(s.length());
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK || c == '\'' || c == '\u2019') {
        continue; // "Sana'a" and "Sanaa" are one name
      }
      if (Character.isLetterOrDigit(c)) {
        out.append(c);
        space = false;
      } else if (!space) {
        out.append(' ');
        space = true;
      }
    }
    String key = out.toString().strip();
    if (key.startsWith("st ")) {
      key = "saint " + key.substring(3);
    } else if (key.startsWith("ste ")) {
      key = "sainte " + key.substring(4);
    }
    return key;
  }
}
