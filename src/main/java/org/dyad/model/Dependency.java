package org.dyad.model;

/**
 * A typed dependency between two tokens of one sentence (Universal Dependencies, enhanced++:
 * prepositions are folded into the relation name, e.g. {@code obl:with}).
 *
 * @param governor token index of the head, or -1 for the root
 * @param dependent token index of the dependent
 * @param relation relation name, e.g. {@code nsubj}, {@code obj}, {@code obl:with}
 */
public record Dependency(int governor, int dependent, String relation) {
  /** The relation without its subtype: {@code obl} for {@code obl:with}. */
  public String baseRelation() {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }

  /** The subtype after the colon ({@code with} for {@code obl:with}), or "" when there is none. */
  public String subtype() {
    int colon = relation.indexOf(':');
    return colon < 0 ? "" : relation.substring(colon + 1);
  }
}
