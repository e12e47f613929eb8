package org.dyad.input;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises article text before coding: line ends to {@code \n}, HTML character references decoded
 * (wire copy and scraped text carry {@code &#233;} and {@code &amp;}), page furniture dropped from
 * the end ("Related Content", "Advertisement"), outer white space trimmed. Offsets are computed on
 * the cleaned text, which is the text written out. Stateless.
 */
public final class TextCleaner {
  private static final Pattern ENTITY =
      Pattern.compile("&(#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);");

  /** Lines that are page furniture when they end an article. */
  private static final Set<String> TRAILING_FURNITURE =
      Set.of(
          "related content",
          "related articles",
          "related stories",
          "related",
          "advertisement",
          "share this article",
          "share this",
          "read more",
          "more on this story",
          "top stories",
          "recommended",
          "most read",
          "comments",
          "follow us");

  private TextCleaner() {}

  public static String clean(String raw) {
    String text = raw.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ');
    text = decodeEntities(text);
    text = text.strip();
    List<String> lines = new java.util.ArrayList<>(List.of(text.split("\n", -1)));
    while (!lines.isEmpty()) {
      String last =
          lines.get(lines.size() - 1).strip().toLowerCase(Locale.ROOT).replaceAll("[:.]$", "");
      if (last.isEmpty() || TRAILING_FURNITURE.contains(last)) {
        lines.remove(lines.size() - 1);
      } else {
        break;
      }
    }
    return String.join("\n", lines).strip();
  }

  static String decodeEntities(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    Matcher m = ENTITY.matcher(s);
    StringBuilder b = new StringBuilder(s.length());
    while (m.find()) {
      String e = m.group(1);
      String r =
          switch (e) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> {
              int cp =
                  e.charAt(1) == 'x' || e.charAt(1) == 'X'
                      ? Integer.parseInt(e.substring(2), 16)
                      : Integer.parseInt(e.substring(1));
              yield Character.isValidCodePoint(cp) && cp != 0
                  ? new String(Character.toChars(cp))
                  : m.group();
            }
          };
      m.appendReplacement(b, Matcher.quoteReplacement(r));
    }
    m.appendTail(b);
    return b.toString();
  }
}
