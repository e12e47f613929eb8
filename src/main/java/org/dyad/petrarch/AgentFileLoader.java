package org.dyad.petrarch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.lexicon.AgentEntry;

/**
 * Reads a PETRARCH agent dictionary into Dyad's role-noun entries.
 *
 * <p>A line is {@code NOUN {PLURALS} [~CODE]}: the noun ({@code _} joins words), its plurals in
 * braces (empty braces: no plural; no braces: the regular plural of the last word), and the code
 * its actor takes on ({@code ~GOV} after the actor's: Gondor + police is GONCOP). {@code !NAME! =
 * A, B} defines a substitution used inside nouns ({@code CONGRESS!PERSON!} is congressman,
 * congressmen, …). A code written before the actor's ({@code [NGO~]}) has no Dyad equivalent (role
 * nouns only add sectors) and is reported through {@code warn}. Stateless.
 */
final class AgentFileLoader {
  private static final Pattern ENTRY =
      Pattern.compile("([^\\[{]+?)\\s*(?:\\{([^}]*)\\})?\\s*\\[\\s*([^\\]]*?)\\s*\\]\\s*");
  private static final Pattern MACRO = Pattern.compile("!(\\w+)!\\s*=\\s*(.+)");

  private AgentFileLoader() {}

  static List<AgentEntry> load(DictionaryLines file, Consumer<String> warn) {
    Map<String, List<String>> macros = new LinkedHashMap<>();
    List<AgentEntry> out = new ArrayList<>();
    for (DictionaryLines.Line line : file.lines()) {
      String t = line.text().strip();
      if (t.isEmpty()) {
        continue;
      }
      Matcher macro = MACRO.matcher(t);
      if (macro.matches()) {
        List<String> values = new ArrayList<>();
        for (String v : macro.group(2).split(",")) {
          values.add(v.strip());
        }
        macros.put(macro.group(1), values);
        continue;
      }
      Matcher m = ENTRY.matcher(t);
      if (!m.matches()) {
        throw new PetrarchFormatException(
            file.origin(), line.number(), "agent line must be 'NOUN {PLURALS} [CODE]': " + t);
      }
      String code = m.group(3).replace(" ", "");
      if (!code.startsWith("~")) {
        warn.accept(
            file.origin()
                + ":"
                + line.number()
                + ": agent code ["
                + code
                + "] goes before the actor's; Dyad's role nouns only add after it; left out");
        continue;
      }
      String sector = code.substring(1).toUpperCase(Locale.ROOT);
      if (!sector.matches("([A-Z]{3})+")) {
        warn.accept(file.origin() + ":" + line.number() + ": bad agent code [" + code + "]");
        continue;
      }
      Set<String> nouns = new LinkedHashSet<>();
      for (String noun : expand(m.group(1).strip(), macros)) {
        nouns.add(ActorFileLoader.name(noun));
        if (m.group(2) == null) {
          nouns.add(ActorFileLoader.name(plural(noun)));
        }
      }
      if (m.group(2) != null) {
        for (String p : m.group(2).strip().split("\\s+")) {
          if (!p.isEmpty()) {
            nouns.add(ActorFileLoader.name(p));
          }
        }
      }
      out.add(
          new AgentEntry(
              "PG." + line.number(),
              sector,
              List.copyOf(nouns),
              file.origin() + ":" + line.number()));
    }
    return out;
  }

  /** Every noun a line stands for with its {@code !NAME!} substitutions made. */
  static List<String> expand(String noun, Map<String, List<String>> macros) {
    int open = noun.indexOf('!');
    int close = open < 0 ? -1 : noun.indexOf('!', open + 1);
    if (close < 0) {
      return List.of(noun);
    }
    List<String> values = macros.get(noun.substring(open + 1, close));
    if (values == null) {
      return List.of(noun);
    }
    List<String> out = new ArrayList<>();
    for (String v : values) {
      out.addAll(expand(noun.substring(0, open) + v + noun.substring(close + 1), macros));
    }
    return out;
  }

  /** The regular English plural of the last word, as PETRARCH forms it. */
  static String plural(String noun) {
    String n = noun.toUpperCase(Locale.ROOT);
    if (n.endsWith("Y") && n.length() > 1 && "AEIOU".indexOf(n.charAt(n.length() - 2)) < 0) {
      return noun.substring(0, noun.length() - 1) + "IES";
    }
    if (n.endsWith("S")
        || n.endsWith("SH")
        || n.endsWith("CH")
        || n.endsWith("X")
        || n.endsWith("Z")) {
      return noun + "ES";
    }
    return noun + "S";
  }
}
