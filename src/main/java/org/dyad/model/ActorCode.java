package org.dyad.model;

import java.util.regex.Pattern;

/**
 * A CAMEO-style actor code: a three-letter country or organisation prefix plus optional sector
 * codes, e.g. {@code CHNGOV}, {@code USAMED}, {@code IGOUNO}, {@code KOR}.
 */
public record ActorCode(String code) {
  private static final Pattern WELL_FORMED = Pattern.compile("[A-Z]{3}([A-Z]{3})*");

  public ActorCode {
    if (code == null || !WELL_FORMED.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "actor code must be 3-letter groups in upper case: " + code);
    }
  }

  public static ActorCode of(String country, String sector) {
    return new ActorCode(country + (sector == null ? "" : sector));
  }

  /**
   * The leading three letters: an ISO 3166 alpha-3 country, or IGO / NGO / IMG for transnational
   * actors.
   */
  public String country() {
    return code.substring(0, 3);
  }

  /** The first sector after the country, or null: {@code GOV} for {@code CHNGOV}. */
  public String sector() {
    return code.length() >= 6 ? code.substring(3, 6) : null;
  }

  public boolean isState() {
    return !country().equals("IGO") && !country().equals("NGO") && !country().equals("IMG");
  }

  @Override
  public String toString() {
    return code;
  }
}
