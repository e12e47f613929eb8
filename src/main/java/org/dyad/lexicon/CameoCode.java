package org.dyad.lexicon;

/**
 * One row of the CAMEO code table with its PLOVER equivalent.
 *
 * @param quad quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4
 *     material conflict
 */
public record CameoCode(
    String code,
    String name,
    double goldstein,
    int quad,
    String plover,
    String ploverMode,
    String ploverContext) {
  public String root() {
    return code.substring(0, 2);
  }
}
