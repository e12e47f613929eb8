package org.dyad.petrarch;

import java.util.ArrayList;
import java.util.List;

/**
 * The content lines of a PETRARCH dictionary: {@code <!-- … -->} blocks and {@code #} comments
 * removed, trailing white space stripped, each line kept with its number for messages.
 *
 * <p>Blank lines are kept because they end a synset in the verb dictionary.
 */
record DictionaryLines(String origin, List<Line> lines) {
  /** One line and where it was. */
  record Line(int number, String text) {}

  DictionaryLines {
    lines = List.copyOf(lines);
  }

  static DictionaryLines of(String origin, String content) {
    List<Line> out = new ArrayList<>();
    boolean inComment = false;
    int number = 0;
    for (String raw : content.split("\r?\n", -1)) {
      number++;
      String line = raw;
      if (inComment) {
        int close = line.indexOf("-->");
        if (close < 0) {
          continue;
        }
        line = line.substring(close + 3);
        inComment = false;
      }
      // "<!-- … -->" and the malformed "<! -- … -->" both open a comment.
      int open = line.indexOf("<!");
      while (open >= 0) {
        int close = line.indexOf("-->", open);
        if (close < 0) {
          line = line.substring(0, open);
          inComment = true;
          break;
        }
        line = line.substring(0, open) + line.substring(close + 3);
        open = line.indexOf("<!");
      }
      int hash = line.indexOf('#');
      if (hash >= 0) {
        line = line.substring(0, hash);
      }
      out.add(new Line(number, line.stripTrailing()));
    }
    return new DictionaryLines(origin, out);
  }
}
