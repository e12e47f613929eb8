package org.dyad.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Span;

/**
 * Splits an article body into paragraphs: at blank lines, and at line breaks followed by
 * indentation (the wire-copy convention of Reuters and other agencies).
 *
 * <p>Paragraphs cover the text from its first to its last non-space character with no gaps except
 * the breaks themselves. Stateless.
 */
public final class Paragraphs {
  private Paragraphs() {}

  public static List<Span> of(String text) {
    List<Span> out = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      if (text.charAt(i) == '\n') {
        int j = i + 1;
        boolean blank = false;
        while (j < text.length()
            && (text.charAt(j) == ' '
                || text.charAt(j) == '\t'
                || text.charAt(j) == '\r'
                || text.charAt(j) == '\n')) {
          if (text.charAt(j) == '\n') {
            blank = true;
          }
          j++;
        }
        boolean indented = j > i + 1 && !blank;
        if (blank || indented) {
          addTrimmed(text, start, i, out);
          start = j;
          i = j;
          continue;
        }
      }
      i++;
    }
    addTrimmed(text, start, text.length(), out);
    if (out.isEmpty()) {
      out.add(new Span(0, text.length()));
    }
    return out;
  }

  private static void addTrimmed(String text, int begin, int end, List<Span> out) {
    while (begin < end && Character.isWhitespace(text.charAt(begin))) {
      begin++;
    }
    while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > begin) {
      out.add(new Span(begin, end));
    }
  }
}
