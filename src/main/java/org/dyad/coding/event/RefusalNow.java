package org.dyad.coding.event;

import java.util.Optional;
import org.dyad.lexicon.VerbPattern;
import org.dyad.model.Mode;
import org.dyad.model.Sentence;

/**
 * "We do not support and will not support Soviet membership", "Serbia will not accept the ruling":
 * a refusal written with its negation is made when it is said, so it stays a rejection (12x),
 * asserted, rather than becoming the threat {@link FutureThreat} makes of a rejection still to
 * come. A condition ("will not negotiate unless …") still makes it a threat. Stateless,
 * thread-safe.
 */
final class RefusalNow implements CodeRefinement {
  @Override
  public String id() {
    return "R.refine.refusal-now";
  }

  @Override
  public Optional<Refined> apply(CodingContext cx, Sentence s, PatternMatch m, Mode mode) {
    String cameo = m.pattern().code();
    boolean applies =
        cameo.startsWith("12")
            && m.pattern().negated()
            && (mode == Mode.FUTURE || mode == Mode.HYPOTHETICAL)
            && m.pattern().steps().stream()
                .noneMatch(st -> st instanceof VerbPattern.StillToCome c && c.conditional());
    return applies ? Optional.of(new Refined(cameo, Mode.ASSERTED)) : Optional.empty();
  }
}
