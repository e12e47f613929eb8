package org.dyad.model;

/** Whether an event is asserted as having happened, or framed otherwise. */
public enum Mode {
  ASSERTED,
  NEGATED,
  HYPOTHETICAL,
  FUTURE;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
