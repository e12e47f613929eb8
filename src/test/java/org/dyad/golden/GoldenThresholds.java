package org.dyad.golden;

/** Scores the golden tests must keep; raise them when the coder improves, never lower them to pass. */
final class GoldenThresholds {
  /** Share of produced events that match a hand-coded event (measured; see README "Accuracy"). */
  static final double MIN_EVENT_PRECISION = 0.5;

  private GoldenThresholds() {}
}
