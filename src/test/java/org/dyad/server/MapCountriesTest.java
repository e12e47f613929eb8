package org.dyad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.lexicon.LexiconFormatException;
import org.junit.jupiter.api.Test;

/** The table from the world outline's country names to ISO codes, and its loader. */
class MapCountriesTest {
  @Test
  void aLineBecomesANameAndItsCodeAndADashNoCode() {
    MapCountries m =
        MapCountries.read(
            "test",
            stream(
                "#! dyad-lexicon map-countries 2026.12.06\n"
                    + "# id\tmap_name\tiso3\n"
                    + "M.dem-rep-korea\tDem. Rep. Korea\tPRK\n"
                    + "M.n-cyprus\tN. Cyprus\t-\n"));
    assertEquals("2026.12.06", m.version());
    assertEquals("PRK", m.isoByName().get("Dem. Rep. Korea"));
    assertTrue(m.isoByName().containsKey("N. Cyprus"));
    assertNull(m.isoByName().get("N. Cyprus"));
    assertEquals(Set.of("PRK"), m.codes());
  }

  @Test
  void aCodeThatIsNoIsoCodeIsRefusedWithItsLine() {
    LexiconFormatException e =
        assertThrows(
            LexiconFormatException.class,
            () ->
                MapCountries.read(
                    "test", stream("#! dyad-lexicon map-countries 1\nM.korea\tKorea\tKorea\n")));
    assertTrue(e.getMessage().contains("2"), e.getMessage());
  }

  /** The outline the build unpacks from ECharts' WebJar: every country in it has a line. */
  @Test
  void everyCountryOfTheShippedOutlineHasACode() throws Exception {
    MapCountries m = MapCountries.load();
    JsonNode world;
    try (InputStream in = getClass().getResourceAsStream(DyadServer.WEB + "/map/world.json")) {
      world = new ObjectMapper().readTree(in);
    }
    Set<String> missing = new TreeSet<>();
    int named = 0;
    for (JsonNode f : world.get("features")) {
      String name = f.get("properties").get("name").asText();
      if (!name.isEmpty()) {
        named++;
        if (!m.isoByName().containsKey(name)) {
          missing.add(name);
        }
      }
    }
    assertEquals(Set.of(), missing);
    assertEquals(named, m.isoByName().size(), "no line names a country the outline lacks");
    assertEquals("USA", m.isoByName().get("United States"));
    assertEquals("COD", m.isoByName().get("Dem. Rep. Congo"));
    assertTrue(m.codes().size() >= 210, "codes: " + m.codes().size());
  }

  private static InputStream stream(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }
}
