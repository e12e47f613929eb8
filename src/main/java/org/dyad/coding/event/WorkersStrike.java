package org.dyad.coding.event;

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
    String lemma = s.token(m.trigger()).lemma().toLowerCase(Locale.ROOT);
    boolean unarmed = Sides.allOfSectors(m.sources(), cx.words().crowdSectors());
    return m.pattern().code().startsWith("19")
            && cx.words().workStoppingVerbs().contains(lemma)
            && s.childrenOf(m.trigger(), "obj").isEmpty()
            && unarmed
        ? Optional.of(new Refined("143", mode))
        : Optional.empty();
  }
}
