package org.dyad.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The countries and first-level divisions an article names, which choose between namesakes: "Paris"
 * in a story that names Texas is Paris, Texas. Countries are counted from the lexicon's country
 * names, adjectives and places (not capitals: a capital is what is being resolved); divisions from
 * the gazetteer's division names and the lexicon's places that are divisions. Immutable.
 *
 * @param countries ISO 3166 alpha-3 code to the number of times the article names it
 * @param divisions GeoNames first-level division codes the article names
 * @param text the article's text, where a place's apposition is read ("Tripoli, Lebanon")
 */
public record ArticleGeoContext(
    Map<String, Integer> countries, Set<String> divisions, String text) {
  /** Capitalised words and the short joiners inside names ("Bosnia and Herzegovina"). */
  private static final Pattern NAME =
      Pattern.compile(
          "\\p{Lu}[\\p{L}'.-]*(?:[ \\n]+(?:(?:of|and|de|al|el|la)[ \\n]+)?\\p{Lu}[\\p{L}'.-]*)*");

  private static final int LONGEST = 4;

  public static final ArticleGeoContext EMPTY = new ArticleGeoContext(Map.of(), Set.of(), "");

  public ArticleGeoContext {
    countries = Map.copyOf(countries);
    divisions = Set.copyOf(divisions);
  }

  /** Reads the article's text; {@code gazetteer} may be null (no divisions then). */
  public static ArticleGeoContext of(String text, LexiconPlaces lexicon, Gazetteer gazetteer) {
    Map<String, Integer> countries = new HashMap<>();
    List<Gazetteer.Candidate> named = new ArrayList<>();
    Matcher m = NAME.matcher(text);
    while (m.find()) {
      String[] words = m.group().split("[ \\n]+");
      for (int n = Math.min(LONGEST, words.length); n >= 1; n--) {
        for (int i = 0; i + n <= words.length; i++) {
          String key = NameKey.of(String.join(" ", List.of(words).subList(i, i + n)));
          if (key.isEmpty()) {
            continue;
          }
          LexiconPlaces.Name name = lexicon.get(key);
          if (name != null && name.kind() != LexiconPlaces.Kind.CAPITAL) {
            countries.merge(name.iso3(), 1, Integer::sum);
          }
          if (gazetteer != null && (n > 1 || name != null || words.length == 1)) {
            named.addAll(divisionsNamed(gazetteer, key));
            if (name != null && name.kind() == LexiconPlaces.Kind.PLACE) {
              named.addAll(divisionsNamed(gazetteer, NameKey.of(name.canonical())));
            }
          }
        }
      }
    }
    // A division counts only in a country the article names: "Centre" or "Victoria" alone is no
    // evidence of France's or Australia's.
    Set<String> divisions = new HashSet<>();
    for (Gazetteer.Candidate d : named) {
      if (countries.containsKey(d.iso3())) {
        divisions.add(d.adm1());
      }
    }
    return new ArticleGeoContext(countries, divisions, text);
  }

  private static List<Gazetteer.Candidate> divisionsNamed(Gazetteer gazetteer, String key) {
    List<Gazetteer.Candidate> out = new ArrayList<>();
    for (Gazetteer.Candidate c : gazetteer.lookup(key)) {
      if (c.geonamesId() == null && c.adm1() != null) {
        out.add(c);
      }
    }
    return out;
  }

  /** How many times the article names the country. */
  public int mentions(String iso3) {
    return iso3 == null ? 0 : countries.getOrDefault(iso3, 0);
  }

  /** The country the article names most, or null. */
  public String mainCountry() {
    return countries.entrySet().stream()
        .max(
            Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .orElse(null);
  }
}
