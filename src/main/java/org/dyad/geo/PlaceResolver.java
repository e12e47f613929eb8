package org.dyad.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Place;
import org.dyad.model.Place.Precision;

/**
 * Resolves a place's name to a country, first-level division or city with coordinates, choosing
 * between namesakes by the article's countries and divisions and by population.
 *
 * <p>Rules, in order: a name the lexicon gives as a country is that country (G.country); "X
 * province", "X state" ask for a division and "X city" for a city, "northern X" is X (G.form); a
 * place the lexicon or the actor resolver puts in a country is looked for there only, except a
 * capital, which has namesakes elsewhere when the article names their division ("Paris" in a Texas
 * story) or writes it after the name (G.known-country); the gazetteer's places and divisions named
 * so are scored (G.score: the place's population, its country named in the article, its division
 * named in the article, a capital, a match by an alternate name and a division against a namesake
 * city; G.apposition: the country or division written right after it, "Memphis, Tenn.", "Tripoli,
 * Lebanon"), the best taken; a name the gazetteer lacks falls back to the known country
 * (G.lexicon-country). The gazetteer is fetched from {@code gazetteer} only when a name needs it.
 * Thread-safe.
 */
public final class PlaceResolver {
  private static final Pattern DIVISION_WORD =
      Pattern.compile(
          "^(.+?)\\s+(province|state|region|governorate|district|county|oblast|prefecture)$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CITY_WORD =
      Pattern.compile(
          "^(?:the\\s+)?(?:city\\s+of\\s+)?(.+?)(?:\\s+city)?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern DIRECTION =
      Pattern.compile(
          "^(?:the\\s+)?(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?"
              + "|central|northeastern|northwestern|southeastern|southwestern)\\s+(.+)$",
          Pattern.CASE_INSENSITIVE);

  private final Supplier<Gazetteer> gazetteer;
  private final LexiconPlaces lexicon;

  public PlaceResolver(Supplier<Gazetteer> gazetteer, LexiconPlaces lexicon) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
  }

  /** What a name asks for: a division, a city, or either. */
  private enum Wanted {
    ANY,
    DIVISION,
    CITY
  }

  /**
   * The place geocoded, or the place as it was when nothing fits. {@code place.country()}, when
   * given, is the country the actor resolver found for it and restricts the candidates.
   */
  public Place resolve(Place place, ArticleGeoContext context) {
    String name = place.name().strip().replaceAll("['\u2019]s$", "");
    Place out = resolve(name, place, context);
    return out == null ? place : out;
  }

  private Place resolve(String name, Place place, ArticleGeoContext context) {
    LexiconPlaces.Name known = lexicon.get(NameKey.of(name));
    boolean countryNamesake = false;
    if (known != null && known.kind() == LexiconPlaces.Kind.COUNTRY) {
      if (!divisionOfAMoreNamedCountry(name, known.iso3(), context)) {
        return country(place, known.iso3());
      }
      countryNamesake = true;
      known = null;
    }
    Wanted wanted = Wanted.ANY;
    Matcher division = DIVISION_WORD.matcher(name);
    if (division.matches()) {
      name = division.group(1);
      wanted = Wanted.DIVISION;
    } else if (name.toLowerCase(Locale.ROOT).endsWith(" city")
        || name.toLowerCase(Locale.ROOT).startsWith("city of ")) {
      Matcher city = CITY_WORD.matcher(name);
      if (city.matches() && lookupNonEmpty(name).isEmpty()) {
        name = city.group(1);
        wanted = Wanted.CITY;
      }
    }
    String country =
        place.country() != null ? place.country() : known == null ? null : known.iso3();
    String preferred = null;
    if (known != null && known.kind() == LexiconPlaces.Kind.CAPITAL) {
      preferred = country;
      country = null;
    }
    Apposition apposition = apposition(place, context);
    List<Gazetteer.Candidate> candidates = lookupNonEmpty(name);
    Matcher direction = DIRECTION.matcher(name);
    if (candidates.isEmpty() && direction.matches()) {
      candidates = lookupNonEmpty(direction.group(1));
    }
    Gazetteer.Candidate best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Gazetteer.Candidate c : candidates) {
      if (countryNamesake && c.precision() != Precision.adm1
          || country != null && !c.iso3().equals(country)
          || preferred != null
              && !c.iso3().equals(preferred)
              && !namesakeAdmitted(c, preferred, candidates, apposition, context)) {
        continue;
      }
      double s =
          score(c, wanted, context)
              + namesakeDivision(c, candidates)
              + (c.iso3().equals(preferred) ? 4 : 0)
              + (c.iso3().equals(apposition.iso3()) ? 5 : 0)
              + (c.adm1() != null && apposition.divisions().contains(c.adm1()) ? 5 : 0);
      if (s > bestScore) {
        best = c;
        bestScore = s;
      }
    }
    if (best == null) {
      String fallback = country != null ? country : preferred;
      return fallback == null ? null : country(place, fallback);
    }
    return new Place(
        place.name(),
        best.iso3(),
        place.span(),
        best.adm1(),
        round(best.lat()),
        round(best.lon()),
        best.geonamesId(),
        best.precision());
  }

  private List<Gazetteer.Candidate> lookupNonEmpty(String name) {
    return NameKey.of(name).isEmpty() ? new ArrayList<>() : gazetteer.get().lookup(name);
  }

  /**
   * G.country's exception: "Georgia" is the US state in a story that names the United States as
   * often as Georgia (the name itself counts for Georgia).
   */
  private boolean divisionOfAMoreNamedCountry(String name, String iso3, ArticleGeoContext context) {
    for (Gazetteer.Candidate c : lookupNonEmpty(name)) {
      if (c.precision() == Precision.adm1
          && !c.alternate()
          && context.mentions(c.iso3()) >= context.mentions(iso3)) {
        return true;
      }
    }
    return false;
  }

  /**
   * G.known-country for capitals: a capital's namesake elsewhere is a candidate when the text
   * writes its country or division after the name, when the article names its division and it is a
   * town of 10,000 or more ("Paris" in a Texas story, not a village of New York for "Athens"), or
   * when the article names its country and it is at least a tenth the capital's size ("Tripoli" in
   * a Lebanese story, not Rome, Georgia, in an American one).
   */
  private static boolean namesakeAdmitted(
      Gazetteer.Candidate c,
      String capitalCountry,
      List<Gazetteer.Candidate> candidates,
      Apposition apposition,
      ArticleGeoContext context) {
    if (apposition.names(c)) {
      return true;
    }
    if (context.divisions().contains(c.adm1()) && c.population() >= 10_000) {
      return true;
    }
    long capital = 0;
    for (Gazetteer.Candidate d : candidates) {
      if (d.iso3().equals(capitalCountry) && d.precision() == Precision.city) {
        capital = Math.max(capital, d.population());
      }
    }
    return context.mentions(c.iso3()) > 0 && c.population() * 10 >= capital;
  }

  /** The country and divisions written right after a place, after a comma. */
  private record Apposition(String iso3, List<String> divisions) {
    static final Apposition NONE = new Apposition(null, List.of());

    boolean names(Gazetteer.Candidate c) {
      return c.iso3().equals(iso3) || c.adm1() != null && divisions.contains(c.adm1());
    }
  }

  private static final Pattern APPOSITION =
      Pattern.compile("^,[ \\n]*(\\p{Lu}[\\p{L}.]*(?:[ \\n]+\\p{Lu}[\\p{L}.]*){0,3})");

  /** G.apposition: "Fort Worth, Texas", "Tripoli, Lebanon", "Quincy, Fla.". */
  private Apposition apposition(Place place, ArticleGeoContext context) {
    String text = context.text();
    if (place.span() == null || place.span().end() > text.length()) {
      return Apposition.NONE;
    }
    int end = place.span().end();
    Matcher m = APPOSITION.matcher(text.substring(end, Math.min(text.length(), end + 60)));
    if (!m.find()) {
      return Apposition.NONE;
    }
    String words = m.group(1);
    LexiconPlaces.Name name = lexicon.get(NameKey.of(words));
    String iso3 = name == null || name.kind() == LexiconPlaces.Kind.CAPITAL ? null : name.iso3();
    List<String> divisions = new ArrayList<>();
    for (String key : List.of(words, name == null ? words : name.canonical())) {
      for (Gazetteer.Candidate c : lookupNonEmpty(key)) {
        if (c.precision() == Precision.adm1 && (iso3 == null || iso3.equals(c.iso3()))) {
          divisions.add(c.adm1());
        }
      }
    }
    return new Apposition(iso3, divisions);
  }

  /** G.score: larger is likelier. */
  private static double score(Gazetteer.Candidate c, Wanted wanted, ArticleGeoContext context) {
    double s = Math.log10(c.population() + 10.0);
    int mentions = context.mentions(c.iso3());
    if (mentions > 0) {
      s += 3 + (c.iso3().equals(context.mainCountry()) ? 1 : 0);
    }
    if (c.precision() == Precision.city) {
      if (c.adm1() != null && context.divisions().contains(c.adm1())) {
        s += 3;
      }
      s += c.capital() ? 0.5 : 0;
      s += wanted == Wanted.DIVISION ? -3 : 0;
    } else if (c.precision() == Precision.adm1) {
      // A division's summed population is larger than its namesake city's, which the text
      // means more often ("New York", "Sao Paulo"), unless it says "state" or "province".
      s += wanted == Wanted.DIVISION ? 3 : wanted == Wanted.CITY ? -3 : -1.5;
    }
    return c.alternate() ? s - 0.5 : s;
  }

  /**
   * G.division-namesake: a city that shares its name with a division of its country is the
   * division's namesake, not what the text means, when it is a town (under 100,000) or is found by
   * an alternate name and is under a quarter of the division ("Wales", "Oklahoma" against "New
   * York", "Sao Paulo").
   */
  private static double namesakeDivision(
      Gazetteer.Candidate c, List<Gazetteer.Candidate> candidates) {
    if (c.precision() != Precision.city) {
      return 0;
    }
    for (Gazetteer.Candidate d : candidates) {
      if (d.precision() == Precision.adm1
          && d.iso3().equals(c.iso3())
          && (c.population() < 100_000 || c.alternate() && c.population() * 4 < d.population())) {
        return -4;
      }
    }
    return 0;
  }

  private Place country(Place place, String iso3) {
    Gazetteer.Country c = gazetteer.get().country(iso3);
    if (c == null) {
      return new Place(place.name(), iso3, place.span());
    }
    return new Place(
        place.name(),
        iso3,
        place.span(),
        null,
        round(c.lat()),
        round(c.lon()),
        null,
        Precision.country);
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
