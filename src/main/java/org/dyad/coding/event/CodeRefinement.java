package org.dyad.coding.event;

import java.util.Optional;
import org.dyad.model.Mode;
import org.dyad.model.Sentence;

/**
 * One refinement of an event's code after its pattern fired: CAMEO codes a planned meeting as an
 * intent to meet, a state's protest as an official complaint, a politician's "attack" as criticism.
 * Each is a rule of the coding profile ({@code R.refine.*} in {@code lexicon/event-rules.tsv}); the
 * event's rule id gets the rule's name ({@code +future-meeting}). Implementations are stateless and
 * thread-safe.
 */
interface CodeRefinement {
  /** The refined code, and the mode the event is coded in. */
  record Refined(String cameo, Mode mode) {}

  /** The rule id ({@code R.refine.<name>}) that switches this refinement. */
  String id();

  /**
   * The refined code and mode for the match, whose pattern's code is {@code m.pattern().code()} and
   * whose clause has {@code mode}; empty when the refinement does not apply.
   */
  Optional<Refined> apply(CodingContext cx, Sentence s, PatternMatch m, Mode mode);

  /**
   * The tag the event's rule id gets: {@code +future-meeting} for {@code R.refine.future-meeting}.
   */
  default String tag() {
    return "+" + id().substring(id().lastIndexOf('.') + 1);
  }
}
