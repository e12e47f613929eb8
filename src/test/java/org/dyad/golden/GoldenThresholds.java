package org.dyad.golden;

/**
 * Scores the golden tests must keep; raise them when the coder improves, never lower them to pass.
 */
final class GoldenThresholds {
  /**
   * Share of produced events that match a hand-coded event: measured 0.864 (19/22) on 2026-11-29;
   * on 2026-12-06, with the layered coder and counting only events within the golden files'
   * conventions (dyadic, sides read not inferred: GoldenMatcher), see the measured figure in the
   * test output.
   */
  static final double MIN_EVENT_PRECISION = 0.8;

  private GoldenThresholds() {}
}
