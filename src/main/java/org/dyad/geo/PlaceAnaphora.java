package org.dyad.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.lexicon.CountryEntry;
import org.dyad.lexicon.Lexicon;
import org.dyad.model.Place;

/**
 * G.anaphor: a place written as a definite noun ("fighting in the capital", "clashes in the city")
 * stands for a place named before it. "The capital" is the capital of the country of the place
 * named last before it, else of the country the article names most; "the city" and "the town" are
 * the last city named before it. The place keeps its own words and span and takes the antecedent's
 * country, division and coordinates; with no antecedent it stays as written. The nouns are the
 * lexicon's {@code place-anaphor} list. Immutable, thread-safe.
 */
final class PlaceAnaphora {
  private static final String CAPITAL = "capital";

  private final Set<String> nouns;
  private final Map<String, String> capitals = new HashMap<>();

  PlaceAnaphora(Lexicon lexicon) {
    this.nouns = Set.copyOf(lexicon.wordLists().of("place-anaphor"));
    for (CountryEntry c : lexicon.countries()) {
      if (!c.capitals().isEmpty()) {
        capitals.put(c.iso3(), c.capitals().get(0));
      }
    }
  }

  /** Whether the place is a definite place noun with no country of its own. */
  boolean isAnaphor(Place p) {
    return p.country() == null && p.span() != null && noun(p) != null;
  }

  private String noun(Place p) {
    String[] words = p.name().strip().toLowerCase(Locale.ROOT).split("\\s+");
    return words.length == 2 && words[0].equals("the") && nouns.contains(words[1])
        ? words[1]
        : null;
  }

  /**
   * The anaphor geocoded from its antecedent among {@code earlier} (geocoded places in any order;
   * only those before it count), or unchanged when there is none.
   */
  Place resolve(
      Place anaphor, List<Place> earlier, PlaceResolver resolver, ArticleGeoContext context) {
    Place last = null;
    Place lastCity = null;
    for (Place p : earlier) {
      if (p.span() == null || p.span().begin() >= anaphor.span().begin() || !p.geocoded()) {
        continue;
      }
      if (last == null || p.span().begin() > last.span().begin()) {
        last = p;
      }
      if (p.precision() == Place.Precision.city
          && (lastCity == null || p.span().begin() > lastCity.span().begin())) {
        lastCity = p;
      }
    }
    Place antecedent;
    if (CAPITAL.equals(noun(anaphor))) {
      String country = last != null ? last.country() : context.mainCountry();
      String capital = country == null ? null : capitals.get(country);
      antecedent =
          capital == null
              ? null
              : resolver.resolve(new Place(capital, country, anaphor.span()), context);
    } else {
      antecedent = lastCity;
    }
    if (antecedent == null || !antecedent.geocoded()) {
      return anaphor;
    }
    return new Place(
        anaphor.name(),
        antecedent.country(),
        anaphor.span(),
        antecedent.adm1(),
        antecedent.lat(),
        antecedent.lon(),
        antecedent.geonamesId(),
        antecedent.precision());
  }
}
