package org.dyad.coding;

import org.dyad.lexicon.VerbPattern;

/**
 * Receives what the event coder tried at each trigger: every candidate pattern with why it failed,
 * or that it matched and whether it fired. {@code dyad explain} prints this for dictionary editors;
 * coding runs with {@link #NONE}.
 */
@FunctionalInterface
public interface Trace {
  Trace NONE = (sentence, trigger, pattern, outcome) -> {};

  void pattern(int sentence, int trigger, VerbPattern pattern, String outcome);
}
