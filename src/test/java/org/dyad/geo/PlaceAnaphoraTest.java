package org.dyad.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.lexicon.Lexicon;
import org.dyad.lexicon.LexiconLoader;
import org.dyad.model.Place;
import org.dyad.model.Place.Precision;
import org.dyad.model.Span;
import org.junit.jupiter.api.Test;

/** G.anaphor on hand-made articles: "the capital" and "the city" take a place named before. */
class PlaceAnaphoraTest {
  private static final Lexicon LEXICON = LexiconLoader.fromClasspath().load();
  private static final LexiconPlaces NAMES = new LexiconPlaces(LEXICON);
  private static final PlaceResolver RESOLVER = new PlaceResolver(Gazetteer::shared, NAMES);
  private static final PlaceAnaphora ANAPHORA = new PlaceAnaphora(LEXICON);

  private static Place at(String text, String name, int from) {
    int i = text.indexOf(name, from);
    return new Place(name, null, new Span(i, i + name.length()));
  }

  /** Resolves the anaphor {@code name} (its last occurrence) against the places named before. */
  private static Place resolve(String text, String name, String... before) {
    ArticleGeoContext context = ArticleGeoContext.of(text, NAMES, Gazetteer.shared());
    List<Place> earlier =
        List.of(before).stream().map(b -> RESOLVER.resolve(at(text, b, 0), context)).toList();
    Place anaphor = at(text, name, text.lastIndexOf(name));
    assertTrue(ANAPHORA.isAnaphor(anaphor), name);
    return ANAPHORA.resolve(anaphor, earlier, RESOLVER, context);
  }

  @Test
  void theCityIsTheLastCityNamedBeforeIt() {
    String text =
        "Rebels shelled Aleppo and Homs on Monday. Government troops attacked Homs again. "
            + "Fighting continued in the city on Tuesday.";
    Place p = resolve(text, "the city", "Aleppo", "Homs");
    assertEquals("the city", p.name(), "the place keeps its own words");
    assertEquals("SYR", p.country());
    assertEquals(Precision.city, p.precision());
    assertEquals(34.7, p.lat(), 0.2, "Homs (34.7), not Aleppo (36.2)");
    assertEquals(text.lastIndexOf("the city"), p.span().begin());
  }

  @Test
  void theCapitalIsTheCapitalOfTheCountryOfThePlaceNamedBefore() {
    String text =
        "Clashes broke out in Aleppo, the Syrian army said. Protests then spread to the capital.";
    Place p = resolve(text, "the capital", "Aleppo");
    assertEquals("SYR", p.country());
    assertEquals(33.5, p.lat(), 0.2, "Damascus");
    assertEquals(36.3, p.lon(), 0.2, "Damascus");
  }

  @Test
  void theCapitalWithNoPlaceBeforeItIsTheCapitalOfTheCountryTheArticleNamesMost() {
    String text =
        "Kenya's opposition called for new elections. Kenyan police fired tear gas at "
            + "protesters in the capital.";
    Place p = resolve(text, "the capital");
    assertEquals("KEN", p.country());
    assertEquals(-1.3, p.lat(), 0.2, "Nairobi");
  }

  @Test
  void aPlaceNounWithNothingBeforeItStaysAsWritten() {
    String text = "Protesters gathered in the city on Saturday.";
    Place p = resolve(text, "the city");
    assertFalse(p.geocoded());
    assertNull(p.country());
  }

  @Test
  void onlyDefinitePlaceNounsWithoutACountryAreAnaphors() {
    assertFalse(ANAPHORA.isAnaphor(new Place("the city", "SYR", new Span(0, 8))));
    assertFalse(ANAPHORA.isAnaphor(new Place("Aleppo", null, new Span(0, 6))));
    assertFalse(ANAPHORA.isAnaphor(new Place("a city", null, new Span(0, 6))));
    assertTrue(ANAPHORA.isAnaphor(new Place("The capital", null, new Span(0, 11))));
  }
}
