package org.dyad.coding.event;

import java.util.Optional;
import org.dyad.model.Mode;
import org.dyad.model.Sentence;

/**
 * Cooperation or aid still to come is an intent: "Japan would continue to cooperate with Brazil" is
 * an intent to cooperate (031), "will send aid" one to give it (033), as the codebook says of all
 * cooperative actions reported in the future tense. Stateless, thread-safe.
 */
final class FutureIntent implements CodeRefinement {
  @Override
  public String id() {
    return "R.refine.future-intent";
  }

  @Override
  public Optional<Refined> apply(CodingContext cx, Sentence s, PatternMatch m, Mode mode) {
    String cameo = m.pattern().code();
    return (cameo.startsWith("06") || cameo.startsWith("07"))
            && (mode == Mode.FUTURE || mode == Mode.HYPOTHETICAL)
        ? Optional.of(new Refined(intentFor(cameo), mode))
        : Optional.empty();
  }

  /** The intent code for material cooperation (06x → 031x) or aid (07x → 033x) still to come. */
  static String intentFor(String cameo) {
    String family = cameo.startsWith("06") ? "031" : "033";
    return cameo.length() == 3 && !cameo.endsWith("0") ? family + cameo.charAt(2) : family;
  }
}
