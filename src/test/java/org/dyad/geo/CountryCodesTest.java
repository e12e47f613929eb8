package org.dyad.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.dyad.lexicon.CountryEntry;
import org.dyad.lexicon.LexiconFormatException;
import org.dyad.lexicon.LexiconLoader;
import org.junit.jupiter.api.Test;

/** Loader test for {@code lexicon/country-codes.tsv} (ISO 3166 and FIPS 10-4 codes). */
class CountryCodesTest {
  private static List<CountryCodes.Country> read(String text) {
    return CountryCodes.read(
        "test", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aLineBecomesACountry() {
    List<CountryCodes.Country> rows =
        read("#! dyad-lexicon country-codes 2026.12.07\nK.GBR\tGBR\tGB\tUK\tUnited Kingdom\n");
    assertEquals(
        List.of(new CountryCodes.Country("K.GBR", "GBR", "GB", "UK", "United Kingdom", null, null)),
        rows);
  }

  @Test
  void aWrongKindOrColumnCountIsRejected() {
    assertThrows(
        LexiconFormatException.class, () -> read("#! dyad-lexicon countries 2026.12.07\n"));
    assertThrows(
        LexiconFormatException.class,
        () -> read("#! dyad-lexicon country-codes 2026.12.07\nK.GBR\tGBR\tGB\n"));
  }

  @Test
  void everyLexiconCountryHasAFipsCodeAndAPoint() {
    CountryCodes codes = CountryCodes.load();
    // East Germany has no code of its own in FIPS 10-4 as GeoNames keeps it.
    Set<String> without = Set.of("DDR");
    for (CountryEntry c : LexiconLoader.fromClasspath().load().countries()) {
      if (!without.contains(c.iso3())) {
        CountryCodes.Country k = codes.get(c.iso3());
        assertNotNull(k, c.iso3());
        assertNotNull(k.lat(), "the build gives " + c.iso3() + " a point");
      }
    }
    assertEquals("GM", codes.get("DEU").fips());
    assertEquals("UK", codes.get("GBR").fips());
    assertEquals("RP", codes.get("PHL").fips());
  }
}
