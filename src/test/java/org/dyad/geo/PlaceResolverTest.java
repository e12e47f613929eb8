package org.dyad.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dyad.lexicon.LexiconLoader;
import org.dyad.model.Place;
import org.dyad.model.Place.Precision;
import org.dyad.model.Span;
import org.junit.jupiter.api.Test;

/** The geocoder on the namesakes and forms the issue names, over the gazetteer the build ships. */
class PlaceResolverTest {
  private static final LexiconPlaces NAMES =
      new LexiconPlaces(LexiconLoader.fromClasspath().load());
  private static final PlaceResolver RESOLVER = new PlaceResolver(Gazetteer::shared, NAMES);

  /** Resolves the first occurrence of {@code name} in {@code text}. */
  private static Place resolve(String text, String name) {
    int at = text.indexOf(name);
    ArticleGeoContext context = ArticleGeoContext.of(text, NAMES, Gazetteer.shared());
    return RESOLVER.resolve(new Place(name, null, new Span(at, at + name.length())), context);
  }

  @Test
  void theGazetteerHoldsPlacesDivisionsAndCountries() {
    Gazetteer g = Gazetteer.shared();
    assertTrue(g.size() > 100_000, "GeoNames places of 1,000 or more: " + g.size());
    assertEquals("UK", g.country("GBR").fips());
    assertEquals("Texas", g.division("US.TX").name());
    assertTrue(g.lookup("Paris").size() > 3, "Paris has namesakes");
  }

  @Test
  void nameKeysFoldAccentsPunctuationAndSaint() {
    assertEquals("sao paulo", NameKey.of("São Paulo"));
    assertEquals("saint louis", NameKey.of("St. Louis"));
    assertEquals("sanaa", NameKey.of("Sana'a"));
  }

  @Test
  void parisIsFranceUnlessTheStoryIsInTexas() {
    Place france = resolve("Ministers met in Paris on Monday.", "Paris");
    assertEquals("FRA", france.country());
    assertEquals(Precision.city, france.precision());
    assertEquals(2988507, france.geonamesId());
    Place texas = resolve("PARIS, Texas - The city council of Paris met on Monday.", "Paris");
    assertEquals("USA", texas.country());
    assertEquals("US.TX", texas.adm1());
  }

  @Test
  void tripoliIsLibyaOrLebanonByTheStory() {
    assertEquals(
        "LBY", resolve("Militias clashed in Tripoli, the Libyan capital.", "Tripoli").country());
    assertEquals(
        "LBN", resolve("Clashes in Tripoli, Lebanon, left two dead.", "Tripoli").country());
    // Known limit (README): without "Tripoli, Lebanon" the capital of Libya is preferred unless
    // the article names a Lebanese division.
  }

  @Test
  void georgiaIsTheCountryUnlessTheStoryIsAmerican() {
    Place country = resolve("Russian troops moved into Georgia and Abkhazia.", "Georgia");
    assertEquals("GEO", country.country());
    assertEquals(Precision.country, country.precision());
    Place state =
        resolve(
            "Voters in Georgia went to the polls as U.S. Democrats campaigned in Atlanta.",
            "Georgia");
    assertEquals("USA", state.country());
    assertEquals("US.GA", state.adm1());
    assertEquals(Precision.adm1, state.precision());
  }

  @Test
  void provinceAndDirectionFormsNameTheDivision() {
    Place helmand = resolve("Troops attacked rebels in Helmand province.", "Helmand province");
    assertEquals("AFG", helmand.country());
    assertEquals(Precision.adm1, helmand.precision());
    Place north = resolve("Fighting continued in northern Helmand.", "northern Helmand");
    assertEquals("AFG", north.country());
  }

  @Test
  void aCityNamedLikeItsStateIsTheCityAndAStateWordAsksForTheState() {
    Place city = resolve("He spoke in New York on Monday.", "New York");
    assertEquals(Precision.city, city.precision());
    assertEquals("US.NY", city.adm1());
    Place state = resolve("Farmers in Oklahoma lost crops.", "Oklahoma");
    assertEquals(Precision.adm1, state.precision());
    Place wales = resolve("GPs in Wales had feared delays, unlike England's.", "Wales");
    assertEquals("GB.WLS", wales.adm1());
    assertEquals(Precision.adm1, wales.precision());
  }

  @Test
  void anAppositionPicksTheStatesNamesake() {
    Place memphis = resolve("A mall in Memphis, Tenn., was sold.", "Memphis");
    assertEquals("US.TN", memphis.adm1());
    Place quincy = resolve("A plant in Quincy, Fla., was leased.", "Quincy");
    assertEquals("US.FL", quincy.adm1());
  }

  @Test
  void aNameNoGazetteerKnowsStaysAsWritten() {
    Place p = resolve("They met in Xqzzyville yesterday.", "Xqzzyville");
    assertFalse(p.geocoded());
    assertEquals("Xqzzyville", p.name());
  }
}
