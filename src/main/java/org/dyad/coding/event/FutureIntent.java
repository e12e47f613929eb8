package org.dyad.coding.event;

import java.util.Optional;
import org.dyad.model.Mode;
import org.dyad.model.Sentence;

/**
 * Cooperation, aid or yielding still to come is an intent: "Japan would continue to cooperate with
 * Brazil" is an intent to cooperate (031), "will send aid" one to give it (033), "will back the
 * plan" one to support it (032), "will sign a treaty" one to cooperate (030), "will withdraw" one
 * to yield (035), as the codebook says of all cooperative actions reported in the future tense.
 * Stateless, thread-safe.
 */
final class FutureIntent implements CodeRefinement {
  @Override
  public String id() {
    return "R.refine.future-intent";
  }

  @Override
  public Optional<Refined> apply(CodingContext cx, Sentence s, PatternMatch m, Mode mode) {
    String cameo = m.pattern().code();
    return (cameo.startsWith("05")
                || cameo.startsWith("06")
                || cameo.startsWith("07")
                || cameo.startsWith("08"))
            && (mode == Mode.FUTURE
                // "they may well endorse Clinton" is someone's guess, no intent of theirs; "we
                // would
                // cooperate" said by their own side is one.
                || mode == Mode.HYPOTHETICAL
                    && Sides.saidBySourceSide(cx, s, m.trigger(), m.sources())
                || mode == Mode.HYPOTHETICAL
                    && cx.on(EventRule.MODE_REPORTED_WOULD)
                    && ReportedWould.applies(cx, s, m.trigger()))
        ? Optional.of(new Refined(intentFor(cameo), mode))
        : Optional.empty();
  }

  /**
   * The intent code for diplomatic cooperation (05x → 032; a signing, 057 → 030), material
   * cooperation (06x → 031x), aid (07x → 033x) or yielding (08x → 035) still to come.
   */
  static String intentFor(String cameo) {
    if (cameo.startsWith("057")) {
      return "030";
    }
    if (cameo.startsWith("05")) {
      return "032";
    }
    if (cameo.startsWith("08")) {
      return "035";
    }
    String family = cameo.startsWith("06") ? "031" : "033";
    return cameo.length() == 3 && !cameo.endsWith("0") ? family + cameo.charAt(2) : family;
  }
}
