package org.dyad.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One event pattern of the verb lexicon: a trigger lemma and the constraints its dependents must
 * meet, read from the pattern language in {@code docs/lexicon-formats.md} ({@code offer >* +},
 * {@code sign :agreement|accord with +}, {@code receive :aid from $}).
 *
 * <p>The constraints are kept in order because a {@code >verb} step moves the following steps onto
 * the complement verb. {@code source} is the pattern as written, for explanations.
 */
public record VerbPattern(
    String id,
    String code,
    Pos pos,
    String trigger,
    List<Step> steps,
    boolean negated,
    String note,
    String source) {

  /** Which word class the trigger belongs to. */
  public enum Pos {
    V,
    N,
    A
  }

  /** One constraint on the trigger's dependents. */
  public sealed interface Step permits Slot, ObjectWord, Complement, Preposition {}

  /**
   * The argument slot: the direct object ({@code preposition} null) or the object of a preposition.
   *
   * @param holdsSource {@code $}: the slot holds the source and the grammatical subject becomes the
   *     target
   */
  public record Slot(String preposition, boolean holdsSource) implements Step {}

  /** The trigger's direct object must have one of these lemmas. */
  public record ObjectWord(Set<String> lemmas) implements Step {}

  /** A to-infinitive complement with this lemma ("*" for any); later steps apply to it. */
  public record Complement(String lemma) implements Step {}

  /** A prepositional dependent with this preposition must be present (not an argument slot). */
  public record Preposition(String preposition) implements Step {}

  public VerbPattern {
    steps = List.copyOf(steps);
  }

  /**
   * How specific the pattern is; the most specific matching pattern wins. A required word (an
   * object lemma, a named complement verb, negation) says more than a bare slot, so {@code reject
   * :plan} beats {@code reject +}.
   */
  public int specificity() {
    int score = negated ? 2 : 0;
    for (Step s : steps) {
      score +=
          s instanceof ObjectWord || s instanceof Complement c && !c.lemma().equals("*") ? 2 : 1;
    }
    return score;
  }

  public boolean hasSlot() {
    return steps.stream().anyMatch(s -> s instanceof Slot);
  }

  /** Parses the pattern column; throws IllegalArgumentException with the offending token. */
  public static VerbPattern parse(String id, String code, Pos pos, String pattern, String note) {
    String[] tokens = pattern.strip().split("\\s+");
    if (tokens.length == 0
        || tokens[0].isEmpty()
        || !tokens[0].matches("[a-z][a-z'\\-]*(_[a-z'\\-]+)*")) {
      throw new IllegalArgumentException(
          "pattern must start with a lower-case trigger lemma: " + pattern);
    }
    List<Step> steps = new ArrayList<>();
    boolean negated = false;
    List<String> words = new ArrayList<>();
    for (int i = 1; i < tokens.length; i++) {
      String t = tokens[i];
      if (t.equals("+") || t.equals("$")) {
        steps.add(new Slot(words.isEmpty() ? null : String.join("_", words), t.equals("$")));
        words.clear();
        continue;
      }
      if (t.matches("[a-z][a-z'\\-]*")) {
        words.add(t);
        continue;
      }
      flushPrepositions(words, steps);
      if (t.equals("~")) {
        negated = true;
      } else if (t.startsWith(":") && t.length() > 1) {
        steps.add(new ObjectWord(Set.of(t.substring(1).split("\\|"))));
      } else if (t.startsWith(">") && t.length() > 1) {
        steps.add(new Complement(t.substring(1)));
      } else {
        throw new IllegalArgumentException("unknown pattern token '" + t + "' in: " + pattern);
      }
    }
    flushPrepositions(words, steps);
    return new VerbPattern(id, code, pos, tokens[0], steps, negated, note, pattern.strip());
  }

  private static void flushPrepositions(List<String> words, List<Step> steps) {
    if (!words.isEmpty()) {
      steps.add(new Preposition(String.join("_", words)));
      words.clear();
    }
  }
}
