package org.dyad.lexicon;

/**
 * One row of the CAMEO code table with its PLOVER equivalent.
 *
 * @param quad quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4
 *     material conflict; 0 for a foreign dictionary's code that has none ({@link #asGiven})
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
    return code.substring(0, Math.min(2, code.length()));
  }

  /**
   * A code taken as a foreign dictionary gives it (PETRARCH's WEIS-era {@code 223}, {@code 075A},
   * its null code {@code ---}): compared as a string, with no quad class, Goldstein score or PLOVER
   * type, because the dictionary defines none.
   */
  public static CameoCode asGiven(String code) {
    return new CameoCode(code, code, Double.NaN, 0, "-", "-", "-");
  }
}
