package org.dyad.coding.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.lexicon.CodingProfile;
import org.dyad.model.Mode;
import org.dyad.model.Sentence;

/**
 * The code refinements a coder applies, in order: the first that applies refines the event, the
 * others are not tried. The order is data: the order of the {@code R.refine.*} rules in {@code
 * lexicon/event-rules.tsv}, less those the profile has off. Immutable, thread-safe.
 */
final class CodeRefinements {
  /**
   * What the first refinement that applied made of an event: its code, mode, rule tag and rule id.
   */
  record Applied(String cameo, Mode mode, String tag, String id) {}

  private final List<CodeRefinement> order;

  CodeRefinements(List<CodeRefinement> order) {
    this.order = List.copyOf(order);
  }

  /**
   * The refinements the profile has on, in the order its rules file lists them (the {@code
   * R.refine.*} rules).
   *
   * @throws IllegalArgumentException when the profile has a refine rule no refinement implements
   */
  static CodeRefinements of(CodingProfile profile) {
    Map<String, CodeRefinement> known = new LinkedHashMap<>();
    for (CodeRefinement r :
        List.of(
            new FutureMeeting(),
            new FutureIntent(),
            new OfficialProtest(),
            new CrowdViolence(),
            new VowedForce(),
            new WorkersStrike(),
            new ArmedRaid(),
            new VerbalAttack(),
            new WarningOfHarm(),
            new RefusalNow(),
            new FutureThreat())) {
      known.put(r.id(), r);
    }
    List<CodeRefinement> order = new ArrayList<>();
    for (String id : profile.enabledIn("refine")) {
      CodeRefinement r = known.get(id);
      if (r == null) {
        throw new IllegalArgumentException("no code refinement implements rule " + id);
      }
      order.add(r);
    }
    return new CodeRefinements(order);
  }

  /** The first refinement of the match's code that applies, or empty. */
  Optional<Applied> apply(CodingContext cx, Sentence s, PatternMatch m, Mode mode) {
    for (CodeRefinement r : order) {
      Optional<CodeRefinement.Refined> refined = r.apply(cx, s, m, mode);
      if (refined.isPresent()) {
        return Optional.of(
            new Applied(refined.get().cameo(), refined.get().mode(), r.tag(), r.id()));
      }
    }
    return Optional.empty();
  }
}
