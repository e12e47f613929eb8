package org.dyad.model;

/**
 * Where an event happened, as named in the text, and where that is once geocoded: {@code {name:
 * "Tripoli", country: "LBY", span, adm1: "LY.77", lat: 32.89, lon: 13.19, geonames_id: 2210247,
 * precision: city}}.
 *
 * @param country ISO 3166 alpha-3 code, or null when not known
 * @param adm1 GeoNames first-level division code ({@code US.TX}), or null
 * @param lat latitude in degrees, null until geocoded
 * @param lon longitude in degrees, null until geocoded
 * @param geonamesId the GeoNames id of the city, or null (divisions and countries have none here)
 * @param precision how closely the coordinates place it, null until geocoded
 */
public record Place(
    String name,
    String country,
    Span span,
    String adm1,
    Double lat,
    Double lon,
    Integer geonamesId,
    Precision precision) {

  /** How closely a geocoded place is known: its country, its first-level division, or the city. */
  public enum Precision {
    country,
    adm1,
    city
  }

  /** A place as named, not yet geocoded. */
  public Place(String name, String country, Span span) {
    this(name, country, span, null, null, null, null, null);
  }

  public Place {
    if ((lat == null) != (precision == null) || (lat == null) != (lon == null)) {
      throw new IllegalArgumentException(
          "a geocoded place has lat, lon and precision together: lat="
              + lat
              + ", lon="
              + lon
              + ", precision="
              + precision);
    }
    if (lat != null && (Math.abs(lat) > 90 || Math.abs(lon) > 180)) {
      throw new IllegalArgumentException("coordinates out of range: lat=" + lat + ", lon=" + lon);
    }
  }

  public boolean geocoded() {
    return precision != null;
  }
}
