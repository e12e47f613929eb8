package org.dyad.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds dictionary names in text: a character trie over normalised names (lower case, curly quotes
 * and dashes folded, runs of white space as one space), walked from a token start.
 *
 * <p>Matching on characters rather than tokens keeps the dictionary independent of how the
 * tokenizer splits "U.S.-North Korea" or "Kim Jong-un". Case is checked per word after the walk: an
 * all-capital dictionary word ("US", "UN") must be written so, a capitalised one must start with a
 * capital, a lower-case one may be written either way. Immutable after construction; safe to share
 * between threads.
 */
public final class NameIndex {
  private static final class Node {
    final Map<Character, Node> next = new HashMap<>(4);
    List<DictionaryName> names;
  }

  private final Node root = new Node();

  /** A capital initial with its full stop inside a name: the "W." of "George W. Bush". */
  private static final java.util.regex.Pattern INITIAL =
      java.util.regex.Pattern.compile("(?<![\\p{L}.])(\\p{Lu})\\.(?= \\p{Lu})");

  /** One match: the names that end at {@code end}, starting at {@code begin}. */
  public record Hit(int begin, int end, List<DictionaryName> names) {}

  public NameIndex(Lexicon lexicon) {
    for (CountryEntry c : lexicon.countries()) {
      c.names()
          .forEach(
              n ->
                  add(
                      n,
                      new DictionaryName(
                          DictionaryName.Kind.COUNTRY, n, c, null, null, null, null)));
      c.adjectives()
          .forEach(
              n ->
                  add(
                      n,
                      new DictionaryName(
                          DictionaryName.Kind.ADJECTIVE, n, c, null, null, null, null)));
      c.capitals()
          .forEach(
              n ->
                  add(
                      n,
                      new DictionaryName(
                          DictionaryName.Kind.CAPITAL, n, c, null, null, null, null)));
      c.metonyms()
          .forEach(
              m ->
                  add(
                      m.name(),
                      new DictionaryName(
                          DictionaryName.Kind.METONYM, m.name(), c, m, null, null, null)));
    }
    for (OrganizationEntry o : lexicon.organizations()) {
      o.names()
          .forEach(
              n ->
                  add(
                      n,
                      new DictionaryName(
                          DictionaryName.Kind.ORGANIZATION, n, null, null, o, null, null)));
    }
    for (PersonEntry p : lexicon.people()) {
      for (String n : p.names()) {
        add(n, new DictionaryName(DictionaryName.Kind.PERSON, n, null, null, null, p, null));
        // "George W Bush": many papers (the BBC among them) write a person's initials with no
        // full stop.
        String undotted = INITIAL.matcher(n).replaceAll("$1");
        if (!undotted.equals(n)) {
          add(
              undotted,
              new DictionaryName(DictionaryName.Kind.PERSON, undotted, null, null, null, p, null));
        }
      }
    }
    for (AgentEntry a : lexicon.agents()) {
      a.nouns()
          .forEach(
              n ->
                  add(
                      n,
                      new DictionaryName(DictionaryName.Kind.AGENT, n, null, null, null, null, a)));
    }
    addPlacesAndPeoples(lexicon);
  }

  private void addPlacesAndPeoples(Lexicon lexicon) {
    for (PlaceEntry p : lexicon.places()) {
      for (String n : p.names()) {
        add(
            n,
            new DictionaryName(
                DictionaryName.Kind.PLACE, n, null, null, null, null, null, p, null));
      }
    }
    for (EthnicGroupEntry g : lexicon.ethnicGroups()) {
      for (String n : g.names()) {
        add(
            n,
            new DictionaryName(
                DictionaryName.Kind.ETHNIC_GROUP, n, null, null, null, null, null, null, g));
      }
      for (String n : g.adjectives()) {
        add(
            n,
            new DictionaryName(
                DictionaryName.Kind.ETHNIC_GROUP, n, null, null, null, null, null, null, g));
      }
    }
  }

  private void add(String form, DictionaryName name) {
    String key = normalize(stripArticle(form));
    if (key.isEmpty()) {
      return;
    }
    DictionaryName stored =
        new DictionaryName(
            name.kind(),
            stripArticle(form).strip(),
            name.country(),
            name.metonym(),
            name.organization(),
            name.person(),
            name.agent(),
            name.place(),
            name.ethnicGroup());
    Node n = root;
    for (int i = 0; i < key.length(); i++) {
      n = n.next.computeIfAbsent(key.charAt(i), k -> new Node());
    }
    if (n.names == null) {
      n.names = new ArrayList<>(1);
    }
    n.names.add(stored);
  }

  private static String stripArticle(String form) {
    String f = form.strip();
    return f.regionMatches(true, 0, "the ", 0, 4) ? f.substring(4) : f;
  }

  /**
   * All names starting at {@code begin} that end exactly at one of {@code tokenEnds}, longest
   * first, with the case check applied.
   */
  public List<Hit> match(String text, int begin, java.util.Set<Integer> tokenEnds) {
    List<Hit> hits = new ArrayList<>();
    Node n = root;
    int i = begin;
    boolean lastWasSpace = false;
    while (i < text.length()) {
      char c = fold(text.charAt(i));
      if (c == ' ') {
        if (lastWasSpace) {
          i++;
          continue;
        }
        lastWasSpace = true;
      } else {
        lastWasSpace = false;
      }
      n = n.next.get(c);
      if (n == null) {
        break;
      }
      i++;
      if (n.names != null && tokenEnds.contains(i)) {
        List<DictionaryName> ok = new ArrayList<>();
        for (DictionaryName d : n.names) {
          if (caseMatches(d.form(), text.substring(begin, i))) {
            ok.add(d);
          }
        }
        if (!ok.isEmpty()) {
          hits.add(new Hit(begin, i, List.copyOf(ok)));
        }
      }
    }
    java.util.Collections.reverse(hits);
    return hits;
  }

  static boolean caseMatches(String form, String written) {
    String[] f = form.split("[\\s\\-]+");
    String[] w = written.strip().split("[\\s\\-]+");
    if (f.length != w.length) {
      return true; // spacing differs (e.g. "Jong-un" vs "Jong un"); the letters already matched
    }
    for (int k = 0; k < f.length; k++) {
      String fw = f[k];
      String ww = w[k];
      if (fw.isEmpty() || ww.isEmpty()) {
        continue;
      }
      String letters = fw.replaceAll("[^\\p{L}]", "");
      boolean allCaps = letters.length() >= 2 && letters.equals(letters.toUpperCase(Locale.ROOT));
      if (allCaps && !ww.equals(fw) && !titleCaseAcronym(fw, ww, letters)) {
        return false;
      }
      if (Character.isUpperCase(fw.charAt(0)) && !Character.isUpperCase(ww.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether an acronym of four or more letters is written as many papers write them, with only its
   * first letter a capital: "Isis", "Nato", "Farc", "Opec". Shorter ones are not ("Us", "Un" are
   * words).
   */
  private static boolean titleCaseAcronym(String form, String written, String letters) {
    return letters.length() >= 4
        && form.equals(letters)
        && written.length() == form.length()
        && written.charAt(0) == form.charAt(0)
        && written.substring(1).equals(form.substring(1).toLowerCase(Locale.ROOT));
  }

  /**
   * The form names are stored in: lower case, quotes and dashes folded, white space as single
   * spaces.
   */
  public static String normalize(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = fold(s.charAt(i));
      if (c == ' ') {
        if (!space && b.length() > 0) {
          b.append(' ');
        }
        space = true;
      } else {
        b.append(c);
        space = false;
      }
    }
    int end = b.length();
    while (end > 0 && b.charAt(end - 1) == ' ') {
      end--;
    }
    return b.substring(0, end);
  }

  private static char fold(char c) {
    return switch (c) {
      case '\u2019', '\u2018', '\u02bc', '`' -> '\'';
      case '\u201c', '\u201d' -> '"';
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014' -> '-';
      case '\n', '\r', '\t', '\u00a0' -> ' ';
      default -> Character.toLowerCase(c);
    };
  }
}
