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
    A,
    /**
     * A modal inside a statement ("should", "must"; {@code should_have} in the perfect): the
     * statement's speaker appeals to, demands of or criticises the subject of the modal's clause.
     */
    M,
    /**
     * An evaluative word inside a statement ("naive", "unacceptable", "a disgrace", "regrettably"):
     * the statement's speaker judges the actor it is said of, or the actor whose thing or deed it
     * is said of ("X's plan is unacceptable").
     */
    E
  }

  /** One constraint on the trigger's dependents. */
  public sealed interface Step
      permits Slot,
          ObjectWord,
          Complement,
          Predicate,
          Preposition,
          StillToCome,
          Surface,
          Reciprocal {}

  /**
   * The argument slot: the direct object ({@code preposition} null) or the object of a preposition.
   *
   * @param holdsSource {@code $}: the slot holds the source and the grammatical subject becomes the
   *     target
   */
  public record Slot(String preposition, boolean holdsSource) implements Step {}

  /** The trigger's direct object must have one of these lemmas. */
  public record ObjectWord(Set<String> lemmas) implements Step {}

  /**
   * What the trigger calls its object must be one of these words: "called the rebate unjustified",
   * "described the decision as a mistake" (an adjective or noun complement, or an "as" phrase).
   */
  public record Predicate(Set<String> lemmas) implements Step {}

  /** A to-infinitive complement with this lemma ("*" for any); later steps apply to it. */
  public record Complement(String lemma) implements Step {}

  /** A prepositional dependent with this preposition must be present (not an argument slot). */
  public record Preposition(String preposition) implements Step {}

  /**
   * Words that must stand around the trigger in this order, as surface dictionaries (PETRARCH,
   * TABARI) write their patterns ({@code - SAID WOULD * ATTACK}, {@code - + * FROM $}): {@code
   * before} lists the elements before the trigger in text order, {@code after} those after it.
   * Other words may stand between two elements unless the one nearer the trigger is joined to it
   * ({@link Element#attached()}, PETRARCH's {@code _}). A surface pattern's trigger may also be a
   * word form ({@code said}, {@code met}), because such dictionaries list verbs as they are
   * written.
   */
  public record Surface(List<Element> before, List<Element> after) implements Step {
    public Surface {
      before = List.copyOf(before);
      after = List.copyOf(after);
    }
  }

  /**
   * One element of a surface pattern.
   *
   * @param phrases for {@link ElementKind#WORDS}: the alternative word sequences, lower case (a
   *     PETRARCH synset gives several); empty for the other kinds
   * @param attached no word may stand between this element and its neighbour on the trigger's side
   */
  public record Element(ElementKind kind, List<List<String>> phrases, boolean attached) {
    public Element {
      phrases = phrases.stream().map(List::copyOf).toList();
      if (kind == ElementKind.WORDS
          && (phrases.isEmpty() || phrases.stream().anyMatch(List::isEmpty))) {
        throw new IllegalArgumentException("a words element needs non-empty phrases: " + phrases);
      }
    }
  }

  /** What a surface element stands for. */
  public enum ElementKind {
    /** One of the phrases, word for word. */
    WORDS,
    /** The target: the nearest actor in reading direction ({@code +}). */
    TARGET,
    /** The source ({@code $}). */
    SOURCE,
    /** The subject is a compound whose members act on each other ({@code %}: "X and Y met"). */
    COMPOUND,
    /** Any words ({@code ^}, PETRARCH's "skip a phrase"): only breaks an attachment. */
    SKIP
  }

  /**
   * The target also acts on the source, with this code: PETRARCH's {@code [031:032]} ("X met Y" is
   * X meeting Y and Y being met, "X left for Y" a visit and a hosting).
   */
  public record Reciprocal(String code) implements Step {}

  /**
   * {@code ?future}: the event must still be to come (future or hypothetical), as "will retaliate";
   * {@code ?if}: it must be what follows if a condition is met ("would take measures if …"). What
   * has happened is coded by the words for what was done, not by these.
   *
   * @param conditional whether a condition ("if", "unless") is required
   */
  public record StillToCome(boolean conditional) implements Step {}

  public VerbPattern {
    steps = List.copyOf(steps);
  }

  /** Whether the pattern is written on surface word order ({@link Surface}). */
  public boolean isSurface() {
    return steps.stream().anyMatch(s -> s instanceof Surface);
  }

  /** Whether the pattern codes only what is still to come ({@link StillToCome}). */
  public boolean isStillToCome() {
    return steps.stream().anyMatch(s -> s instanceof StillToCome);
  }

  /** The code of the reverse event ({@link Reciprocal}), or null. */
  public String reciprocalCode() {
    for (Step s : steps) {
      if (s instanceof Reciprocal r) {
        return r.code();
      }
    }
    return null;
  }

  /**
   * How specific the pattern is; the most specific matching pattern wins. A required word (an
   * object lemma, a named complement verb, negation) says more than a bare slot, so {@code reject
   * :plan} beats {@code reject +}.
   */
  public int specificity() {
    int score = negated ? 2 : 0;
    for (Step s : steps) {
      if (s instanceof Surface sf) {
        // Longer surface patterns are more specific, as PETRARCH tries its longest patterns first.
        score +=
            (int)
                java.util.stream.Stream.concat(sf.before().stream(), sf.after().stream())
                    .filter(e -> e.kind() != ElementKind.SKIP)
                    .count();
      } else if (!(s instanceof Reciprocal)) {
        score +=
            s instanceof ObjectWord
                    || s instanceof Predicate
                    || s instanceof Complement c && !c.lemma().equals("*")
                ? 2
                : 1;
      }
    }
    return score;
  }

  public boolean hasSlot() {
    return steps.stream()
        .anyMatch(
            s ->
                s instanceof Slot
                    || s instanceof Surface sf
                        && java.util.stream.Stream.concat(sf.before().stream(), sf.after().stream())
                            .anyMatch(
                                e ->
                                    e.kind() == ElementKind.TARGET
                                        || e.kind() == ElementKind.SOURCE));
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
      } else if (t.startsWith("=") && t.length() > 1) {
        steps.add(new Predicate(Set.of(t.substring(1).split("\\|"))));
      } else if (t.equals("?future") || t.equals("?if")) {
        steps.add(new StillToCome(t.equals("?if")));
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
