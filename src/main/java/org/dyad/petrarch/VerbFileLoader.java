package org.dyad.petrarch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.lexicon.VerbPattern;
import org.dyad.lexicon.VerbPattern.Element;
import org.dyad.lexicon.VerbPattern.ElementKind;

/**
 * Reads a PETRARCH verb dictionary into Dyad verb patterns with {@link VerbPattern.Surface} steps.
 *
 * <p>The file holds synsets ({@code &NAME} followed by {@code +PHRASE} lines, a phrase may name
 * another synset) and verb blocks: {@code --- VERB [CODE] ---}, then the block's verbs, one a line
 * ({@code +} marks a synonym, {@code {FORMS}} its written forms, {@code [CODE]} its own code; in a
 * multi-word verb such as {@code WIRE_+TAP} the {@code +} marks the verb itself), then patterns
 * {@code - WORDS * WORDS [CODE]} that apply to every verb of the block. In a pattern {@code *} is
 * the verb, {@code +} the target, {@code $} the source, {@code %} a compound subject, {@code ^} any
 * phrase, {@code &NAME} any phrase of the synset, and {@code _} joins two elements with nothing
 * between them. A code {@code A:B} is A from source to target and B back ({@link
 * VerbPattern.Reciprocal}); {@code ---} is PETRARCH's null code, which blocks shorter patterns and
 * codes nothing.
 *
 * <p>Each verb becomes a pattern with the verb's code (unless it is {@code ---}) and one pattern
 * per block pattern, for the verb's lower-cased base and each listed form. Pattern ids are {@code
 * PV.<line>.<form>}, the line of the dictionary they come from. Stateless.
 */
final class VerbFileLoader {
  private static final Pattern HEADER =
      Pattern.compile("---\\s*(.*?)\\s*(?:---\\s*)?"); // a comment may hide the closing ---
  private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");

  /** The patterns read and every event code they use. */
  record Verbs(List<VerbPattern> patterns, List<String> codes) {
    Verbs {
      patterns = List.copyOf(patterns);
      codes = List.copyOf(codes);
    }
  }

  /** A verb as written: the word that is the verb, and the words joined before and after it. */
  record Verb(String head, List<String> before, List<String> after) {}

  private record RawPattern(int line, String spec, String code) {}

  private record RawVerb(int line, Verb verb, List<Verb> forms, String code) {}

  private record Block(int line, String code, List<RawVerb> verbs, List<RawPattern> patterns) {}

  private VerbFileLoader() {}

  static Verbs load(DictionaryLines file, Consumer<String> warn) {
    Map<String, List<String>> synsets = new LinkedHashMap<>();
    List<Block> blocks = new ArrayList<>();
    String synset = null;
    Block block = null;
    for (DictionaryLines.Line line : file.lines()) {
      String t = line.text().strip();
      if (synset != null && t.startsWith("+")) {
        synsets.get(synset).add(t.substring(1).strip());
        continue;
      }
      synset = null;
      if (t.isEmpty()) {
        continue;
      }
      if (t.startsWith("&")) {
        synset = synsetName(t.split("\\s+")[0]);
        synsets.put(synset, new ArrayList<>());
        block = null;
        continue;
      }
      if (t.startsWith("---")) {
        Matcher h = HEADER.matcher(t);
        Matcher c = CODE.matcher(t);
        if (!h.matches() || !c.find()) {
          throw new PetrarchFormatException(
              file.origin(),
              line.number(),
              "verb block header must be '--- VERB [CODE] ---': " + t);
        }
        block = new Block(line.number(), c.group(1).strip(), new ArrayList<>(), new ArrayList<>());
        blocks.add(block);
        continue;
      }
      if (block == null) {
        throw new PetrarchFormatException(
            file.origin(), line.number(), "line outside a verb block or synset: " + t);
      }
      if (t.startsWith("-")) {
        Matcher c = CODE.matcher(t);
        if (!c.find()) {
          warn.accept(file.origin() + ":" + line.number() + ": pattern without a code: " + t);
          continue;
        }
        block.patterns().add(new RawPattern(line.number(), t.substring(1, c.start()), c.group(1)));
      } else {
        block.verbs().add(verb(line.number(), t, block.code()));
      }
    }
    List<VerbPattern> patterns = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    for (Block b : blocks) {
      for (RawVerb v : b.verbs()) {
        List<Verb> triggers = new ArrayList<>();
        triggers.add(v.verb());
        triggers.addAll(v.forms());
        for (Verb form : triggers) {
          if (!v.code().equals("---")) {
            add(
                patterns,
                codes,
                "PV." + v.line() + "." + form.head(),
                v.code(),
                form,
                new Sides(List.of(), List.of()));
          }
          for (RawPattern p : b.patterns()) {
            Sides sf;
            try {
              sf = surface(p.spec(), synsets);
            } catch (IllegalArgumentException e) {
              warn.accept(file.origin() + ":" + p.line() + ": " + e.getMessage() + "; left out");
              continue;
            }
            add(patterns, codes, "PV." + p.line() + "." + form.head(), p.code(), form, sf);
          }
        }
      }
    }
    return new Verbs(patterns, codes.stream().distinct().toList());
  }

  /** The elements of a pattern before and after its {@code *}. */
  private record Sides(List<Element> before, List<Element> after) {}

  private static void add(
      List<VerbPattern> patterns, List<String> codes, String id, String code, Verb verb, Sides sf) {
    String[] parts = code.strip().split(":", -1);
    String forward = parts[0].strip();
    if (forward.isEmpty()) {
      return;
    }
    List<Element> before = new ArrayList<>(sf.before());
    for (String w : verb.before()) {
      before.add(new Element(ElementKind.WORDS, List.of(List.of(w)), true));
    }
    List<Element> after = new ArrayList<>();
    for (String w : verb.after()) {
      after.add(new Element(ElementKind.WORDS, List.of(List.of(w)), true));
    }
    after.addAll(sf.after());
    List<VerbPattern.Step> steps = new ArrayList<>();
    steps.add(new VerbPattern.Surface(before, after));
    codes.add(forward);
    if (parts.length > 1 && !parts[1].isBlank()) {
      steps.add(new VerbPattern.Reciprocal(parts[1].strip()));
      codes.add(parts[1].strip());
    }
    patterns.add(
        new VerbPattern(
            id, forward, VerbPattern.Pos.V, verb.head(), steps, false, code, "PETRARCH " + id));
  }

  private static RawVerb verb(int line, String text, String blockCode) {
    String t = text.startsWith("+") ? text.substring(1) : text;
    String code = blockCode;
    Matcher c = CODE.matcher(t);
    if (c.find()) {
      code = c.group(1).strip();
      t = t.substring(0, c.start()) + t.substring(c.end());
    }
    List<Verb> forms = new ArrayList<>();
    int open = t.indexOf('{');
    if (open >= 0) {
      int close = t.indexOf('}', open);
      String inside = t.substring(open + 1, close < 0 ? t.length() : close);
      for (String f : inside.strip().split("\\s+")) {
        if (!f.isEmpty()) {
          forms.add(verbWords(f.startsWith("+") && f.indexOf('+', 1) < 0 ? f.substring(1) : f));
        }
      }
      t = t.substring(0, open);
    }
    return new RawVerb(line, verbWords(t.strip()), forms, code);
  }

  /** "WIRE_+TAP": tap, with wire joined before it; "BREAK_DOWN": break, with down after it. */
  static Verb verbWords(String written) {
    String[] parts = written.strip().split("[_\\s]+");
    int head = 0;
    for (int i = 0; i < parts.length; i++) {
      if (parts[i].startsWith("+")) {
        head = i;
      }
    }
    List<String> words = new ArrayList<>();
    for (String p : parts) {
      words.add(p.replace("+", "").toLowerCase(Locale.ROOT));
    }
    return new Verb(
        words.get(head),
        List.copyOf(words.subList(0, head)),
        List.copyOf(words.subList(head + 1, words.size())));
  }

  private static String synsetName(String written) {
    String n = written.startsWith("&") ? written.substring(1) : written;
    while (n.endsWith("_")) {
      n = n.substring(0, n.length() - 1);
    }
    return n.toUpperCase(Locale.ROOT);
  }

  /**
   * The elements of a pattern's words. {@code _} joins two elements; a trailing {@code _} only ends
   * a word (TABARI's exact-word mark), which Dyad's word matching always is.
   */
  private static Sides surface(String spec, Map<String, List<String>> synsets) {
    List<String> pieces = new ArrayList<>();
    List<Boolean> joinNext = new ArrayList<>();
    for (String token : spec.strip().split("\\s+")) {
      String[] parts = token.split("_", -1);
      for (int i = 0; i < parts.length; i++) {
        if (parts[i].isEmpty()) {
          continue;
        }
        pieces.add(parts[i]);
        joinNext.add(i + 1 < parts.length && !parts[i + 1].isEmpty());
      }
    }
    int star = pieces.indexOf("*");
    if (star < 0 || pieces.lastIndexOf("*") != star) {
      throw new IllegalArgumentException("pattern needs exactly one '*': " + spec.strip());
    }
    List<Element> before = new ArrayList<>();
    for (int i = 0; i < star; i++) {
      before.add(element(pieces.get(i), joinNext.get(i), synsets));
    }
    List<Element> after = new ArrayList<>();
    for (int i = star + 1; i < pieces.size(); i++) {
      after.add(element(pieces.get(i), joinNext.get(i - 1), synsets));
    }
    return new Sides(before, after);
  }

  private static Element element(
      String piece, boolean attached, Map<String, List<String>> synsets) {
    return switch (piece) {
      case "+" -> new Element(ElementKind.TARGET, List.of(), attached);
      case "$" -> new Element(ElementKind.SOURCE, List.of(), attached);
      case "%" -> new Element(ElementKind.COMPOUND, List.of(), attached);
      case "^" -> new Element(ElementKind.SKIP, List.of(), false);
      default ->
          new Element(
              ElementKind.WORDS,
              piece.startsWith("&")
                  ? phrases(synsetName(piece), synsets, 0)
                  : List.of(List.of(piece.toLowerCase(Locale.ROOT))),
              attached);
    };
  }

  /** A synset's phrases as word lists, synsets inside it expanded. */
  private static List<List<String>> phrases(
      String name, Map<String, List<String>> synsets, int depth) {
    List<String> members = synsets.get(name);
    if (members == null || depth > 8) {
      throw new IllegalArgumentException("unknown synset &" + name);
    }
    List<List<String>> out = new ArrayList<>();
    for (String m : members) {
      if (m.startsWith("&")) {
        out.addAll(phrases(synsetName(m), synsets, depth + 1));
      } else {
        List<String> words = new ArrayList<>();
        for (String w : m.split("[_\\s]+")) {
          if (!w.isEmpty()) {
            words.add(w.toLowerCase(Locale.ROOT));
          }
        }
        if (!words.isEmpty()) {
          out.add(words);
        }
      }
    }
    return out;
  }
}
