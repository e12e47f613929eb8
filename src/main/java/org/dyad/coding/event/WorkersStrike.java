package org.dyad.coding.event;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dyad.model.Mode;
import org.dyad.model.Sentence;

/**
 * Workers who strike stop work (143), they do not attack: "union members have voted to strike over
 * cuts", "Teachers struck on Monday". Force (19) coded at a verb of striking ({@code
 * work-stopping-verb}) with no object, done by unarmed sides ({@code crowd-sector}: civilians,
 * workers, students, farmers, the opposition's supporters), is a strike; "Israeli jets struck
 * Hezbollah positions" keeps its object and stays force. Stateless, thread-safe.
 */
final class WorkersStrike implements CodeRefinement {
  @Override
  public String id() {
    return "R.refine.workers-strike";
  }

  @Override
  public Optional<Refined> apply(CodingContext cx, Sentence s, PatternMatch m, Mode mode) {
    return isStrike(cx, s, m.trigger(), m.pattern().code(), m.sources())
        ? Optional.of(new Refined("143", mode))
        : Optional.empty();
  }

  /**
   * Whether force coded {@code code} at {@code trigger} by {@code sources} is a strike: the
   * argument layer asks this too, since a strike needs no target ("Teachers voted to strike over
   * pay") where force does.
   */
  static boolean isStrike(
      CodingContext cx, Sentence s, int trigger, String code, List<Arg> sources) {
    String lemma = s.token(trigger).lemma().toLowerCase(Locale.ROOT);
    return code.startsWith("19")
        && cx.words().workStoppingVerbs().contains(lemma)
        && (s.childrenOf(trigger, "obj").isEmpty() || strikesOver(cx, s, trigger))
        && !sources.isEmpty()
        && Sides.allOfSectors(sources, cx.words().crowdSectors());
  }

  /**
   * "Teachers voted to strike over pay": the parser may take "over" for a particle and the
   * grievance for the object; a strike "over" something is about it, not done to it.
   */
  private static boolean strikesOver(CodingContext cx, Sentence s, int trigger) {
    return s.childrenOf(trigger, "compound:prt").stream()
        .anyMatch(
            p ->
                cx.words()
                    .grievanceParticles()
                    .contains(s.token(p).lemma().toLowerCase(Locale.ROOT)));
  }
}
