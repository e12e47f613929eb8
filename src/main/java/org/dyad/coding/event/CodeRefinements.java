package org.dyad.coding.event;

import java.util.List;
import java.util.Optional;
import org.dyad.model.Mode;
import org.dyad.model.Sentence;

/**
 * The code refinements a coder applies, in order: the first that applies refines the event, the
 * others are not tried. Immutable, thread-safe.
 */
final class CodeRefinements {
  /** What the first refinement that applied made of an event: its code, mode and rule tag. */
  record Applied(String cameo, Mode mode, String tag) {}

  private final List<CodeRefinement> order;

  CodeRefinements(List<CodeRefinement> order) {
    this.order = List.copyOf(order);
  }

  static CodeRefinements builtIn() {
    return new CodeRefinements(
        List.of(
            new FutureMeeting(),
            new FutureIntent(),
            new OfficialProtest(),
            new VerbalAttack(),
            new FutureThreat()));
  }

  /** The first refinement of the match's code that applies, or empty. */
  Optional<Applied> apply(CodingContext cx, Sentence s, PatternMatch m, Mode mode) {
    if (!cx.cameoRules()) {
      return Optional.empty();
    }
    for (CodeRefinement r : order) {
      Optional<CodeRefinement.Refined> refined = r.apply(cx, s, m, mode);
      if (refined.isPresent()) {
        return Optional.of(new Applied(refined.get().cameo(), refined.get().mode(), r.tag()));
      }
    }
    return Optional.empty();
  }
}
