package org.dyad.coding;

import org.dyad.lexicon.VerbPattern;

/**
 * Receives what the event coder tried at each trigger: every candidate pattern with why it failed,
 * or that it matched and whether it fired, and what the trigger and argument layers decided. {@code
 * dyad explain} prints this for dictionary editors; coding runs with {@link #NONE}.
 */
@FunctionalInterface
public interface Trace {
  Trace NONE = (sentence, trigger, pattern, outcome) -> {};

  void pattern(int sentence, int trigger, VerbPattern pattern, String outcome);

  /**
   * What a layer of the coder decided at a trigger that no pattern matched in full: the trigger
   * word's default or sense ({@code "trigger"}), the rules that found its sides ({@code
   * "arguments"}), and why it codes nothing. Coding ignores it.
   */
  default void layer(int sentence, int trigger, String layer, String decision) {}
}
