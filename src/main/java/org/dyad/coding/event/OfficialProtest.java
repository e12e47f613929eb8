package org.dyad.coding.event;

import java.util.Optional;
import org.dyad.model.Mode;
import org.dyad.model.Sentence;

/**
 * CAMEO's 14 is civilians' collective dissent; a state or its government that "protests" complains
 * officially (114), as the codebook's definition of 114 says. Hunger strikes and the like (145)
 * stay. Stateless, thread-safe.
 */
final class OfficialProtest implements CodeRefinement {
  @Override
  public String id() {
    return "R.refine.official-protest";
  }

  @Override
  public Optional<Refined> apply(CodingContext cx, Sentence s, PatternMatch m, Mode mode) {
    String cameo = m.pattern().code();
    return cameo.startsWith("14")
            && !cameo.startsWith("145")
            && m.sources().stream().allMatch(Sides::isStateOrGovernment)
        ? Optional.of(new Refined("114", mode))
        : Optional.empty();
  }
}
