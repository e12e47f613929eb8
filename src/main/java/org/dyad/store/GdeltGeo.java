package org.dyad.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.geo.CountryCodes;

/**
 * GDELT's eight geo columns (Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID)
 * for a geocoded place or an actor's country. Types as GDELT's: 1 country, 2 US state, 3 US city, 4
 * world city, 5 world state. Country codes are FIPS 10-4 ({@code lexicon/country-codes.tsv}); an
 * ADM1 code is the FIPS country code and GeoNames' division code ("USTX"); a city's feature id is
 * its GeoNames id, a division's its ADM1 code, a country's its FIPS code. Immutable.
 */
final class GdeltGeo {
  static final List<String> EMPTY = List.of("", "", "", "", "", "", "", "");

  private final CountryCodes countries;

  GdeltGeo(CountryCodes countries) {
    this.countries = countries;
  }

  /**
   * An event's place: its geocoded fields where the store has them, else only its name as written.
   */
  List<String> place(
      String name,
      String iso3,
      String adm1,
      Double lat,
      Double lon,
      Integer geonamesId,
      String precision) {
    CountryCodes.Country c = countries.get(iso3);
    if (precision == null || c == null || c.fips().isEmpty()) {
      List<String> f = new ArrayList<>(EMPTY);
      f.set(1, name == null ? "" : name);
      return f;
    }
    boolean us = c.iso3().equals("USA");
    String adm1Code = adm1 == null ? "" : c.fips() + adm1.substring(adm1.indexOf('.') + 1);
    return switch (precision) {
      case "city" ->
          row(us ? "3" : "4", name + ", " + c.name(), c, adm1Code, lat, lon, number(geonamesId));
      case "adm1" -> row(us ? "2" : "5", name + ", " + c.name(), c, adm1Code, lat, lon, adm1Code);
      default -> row("1", c.name(), c, c.fips(), lat, lon, c.fips());
    };
  }

  /** An actor's home: its country, where its code names one and the build gave it a point. */
  List<String> actor(String code) {
    CountryCodes.Country c =
        code == null || code.length() < 3 ? null : countries.get(code.substring(0, 3));
    if (c == null || c.lat() == null || c.fips().isEmpty()) {
      return EMPTY;
    }
    return row("1", c.name(), c, c.fips(), c.lat(), c.lon(), c.fips());
  }

  private static List<String> row(
      String type,
      String fullName,
      CountryCodes.Country c,
      String adm1Code,
      Double lat,
      Double lon,
      String featureId) {
    return List.of(
        type,
        fullName,
        c.fips(),
        adm1Code,
        "",
        lat == null ? "" : String.format(Locale.ROOT, "%.4f", lat),
        lon == null ? "" : String.format(Locale.ROOT, "%.4f", lon),
        featureId);
  }

  private static String number(Integer v) {
    return v == null ? "" : Integer.toString(v);
  }
}
