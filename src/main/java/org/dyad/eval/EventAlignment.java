package org.dyad.eval;

import java.util.List;

/**
 * How the hand-coded events of one article line up with the events Dyad produced: every pair that
 * agrees on sentence and root code, each with whether its source and target countries agree.
 *
 * <p>A pair with both countries right is a match; a hand-coded event in no match is a miss, and a
 * produced event in no match is extra. Indexes are into the gold list and the article's events.
 *
 * @param pairs one-to-one sentence-and-root pairs, matches first, in gold order within each stage
 * @param goldCount hand-coded events in the article
 * @param producedCount events Dyad produced for it
 */
public record EventAlignment(List<Pair> pairs, int goldCount, int producedCount) {
  /** A hand-coded event and a produced one in the same sentence with the same root code. */
  public record Pair(int gold, int produced, boolean sourceRight, boolean targetRight) {
    public boolean matched() {
      return sourceRight && targetRight;
    }
  }

  public EventAlignment {
    pairs = List.copyOf(pairs);
  }

  public List<Pair> matches() {
    return pairs.stream().filter(Pair::matched).toList();
  }

  /** Indexes of hand-coded events that no produced event matches. */
  public List<Integer> missedGold() {
    boolean[] hit = new boolean[goldCount];
    matches().forEach(p -> hit[p.gold()] = true);
    return unset(hit);
  }

  /** Indexes of produced events that match no hand-coded event. */
  public List<Integer> extraProduced() {
    boolean[] hit = new boolean[producedCount];
    matches().forEach(p -> hit[p.produced()] = true);
    return unset(hit);
  }

  /** The produced event matched to hand-coded event {@code gold}, or -1. */
  public int matchOf(int gold) {
    return matches().stream()
        .filter(p -> p.gold() == gold)
        .mapToInt(Pair::produced)
        .findFirst()
        .orElse(-1);
  }

  private static List<Integer> unset(boolean[] hit) {
    java.util.ArrayList<Integer> out = new java.util.ArrayList<>();
    for (int i = 0; i < hit.length; i++) {
      if (!hit[i]) {
        out.add(i);
      }
    }
    return out;
  }
}
