package org.dyad.eval;

/**
 * Counts for precision, recall and F1: hand-coded items, produced items, and produced items that
 * match a hand-coded one. A ratio with nothing to divide by is 0.
 */
public record Prf(int gold, int produced, int matched) {
  public Prf {
    if (gold < 0 || produced < 0 || matched < 0 || matched > gold || matched > produced) {
      throw new IllegalArgumentException(
          "need 0 <= matched <= gold, produced: gold="
              + gold
              + ", produced="
              + produced
              + ", matched="
              + matched);
    }
  }

  public static final Prf ZERO = new Prf(0, 0, 0);

  public Prf plus(Prf o) {
    return new Prf(gold + o.gold, produced + o.produced, matched + o.matched);
  }

  public double precision() {
    return produced == 0 ? 0 : matched / (double) produced;
  }

  public double recall() {
    return gold == 0 ? 0 : matched / (double) gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
