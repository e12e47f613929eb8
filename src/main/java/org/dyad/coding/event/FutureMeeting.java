package org.dyad.coding.event;

import java.util.Optional;
import org.dyad.model.Mode;
import org.dyad.model.Sentence;

/**
 * CAMEO codes a meeting that is only planned or offered as an intent to meet (036): "Merkel will
 * meet Macron on Friday". Stateless, thread-safe.
 */
final class FutureMeeting implements CodeRefinement {
  @Override
  public String id() {
    return "R.refine.future-meeting";
  }

  @Override
  public Optional<Refined> apply(CodingContext cx, Sentence s, PatternMatch m, Mode mode) {
    return m.pattern().code().startsWith("04") && (mode == Mode.FUTURE || mode == Mode.HYPOTHETICAL)
        ? Optional.of(new Refined("036", mode))
        : Optional.empty();
  }
}
