package org.dyad.coding.event;

import java.util.List;
import org.dyad.lexicon.VerbPattern;

/**
 * A pattern that matched at a trigger, with the arguments it found. Immutable.
 *
 * @param head the clause or phrase the pattern's last complement step moved to (the trigger when it
 *     has none); its mode is the event's
 * @param negated whether the event is negated (a pattern that asks for a negation uses it up)
 * @param consumed tokens the pattern used as its complement or object word: they do not code on
 *     their own
 * @param implicitTarget whether the article, not the sentence, supplied the target
 * @param implicitSource whether the article, not the sentence, supplied the source
 * @param oneSided whether the event stands with no target when none is found: a trigger's default
 *     code that may stand alone (a protest, violence against no actor)
 * @param evidence the ids of the rules that chose the code and the sides, after the pattern's own
 *     (a trigger's default and the argument rules that found its source and target)
 */
record PatternMatch(
    VerbPattern pattern,
    List<Arg> sources,
    List<Arg> targets,
    int trigger,
    int head,
    boolean negated,
    List<Integer> consumed,
    boolean implicitTarget,
    boolean implicitSource,
    boolean oneSided,
    List<String> evidence) {
  PatternMatch {
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
    consumed = List.copyOf(consumed);
    evidence = List.copyOf(evidence);
  }

  /** A pattern's match: its sides are found by the pattern's own steps and fallbacks. */
  PatternMatch(
      VerbPattern pattern,
      List<Arg> sources,
      List<Arg> targets,
      int trigger,
      int head,
      boolean negated,
      List<Integer> consumed,
      boolean implicitTarget,
      boolean implicitSource) {
    this(
        pattern,
        sources,
        targets,
        trigger,
        head,
        negated,
        consumed,
        implicitTarget,
        implicitSource,
        false,
        List.of());
  }

  PatternMatch(
      VerbPattern pattern,
      List<Arg> sources,
      List<Arg> targets,
      int trigger,
      int head,
      boolean negated,
      List<Integer> consumed) {
    this(
        pattern, sources, targets, trigger, head, negated, consumed, false, false, false,
        List.of());
  }

  /** Whether the article, not the sentence, supplied one of the two sides. */
  boolean implied() {
    return implicitTarget || implicitSource;
  }

  /** Whether this match should code rather than {@code other}, at the same trigger. */
  boolean beats(PatternMatch other) {
    // Sides the sentence names beat one the article implies, however specific the pattern.
    if (implied() != other.implied()) {
      return !implied();
    }
    if (pattern.specificity() != other.pattern.specificity()) {
      return pattern.specificity() > other.pattern.specificity();
    }
    // "refused to discuss the reports": a pattern naming the complement verb beats one that takes
    // any verb, however many slots the latter filled.
    return namesItsComplement() && !other.namesItsComplement();
  }

  private boolean namesItsComplement() {
    return pattern.steps().stream()
        .anyMatch(st -> st instanceof VerbPattern.Complement c && !c.lemma().equals("*"));
  }
}
