package org.dyad.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.geo.ArticleGeoContext;
import org.dyad.geo.Gazetteer;
import org.dyad.geo.LexiconPlaces;
import org.dyad.geo.NameKey;
import org.dyad.geo.PlaceResolver;
import org.dyad.model.Place;
import org.dyad.model.Span;

/**
 * Scores the geocoder on the places set: each gold mention is resolved as the pipeline resolves an
 * event's place (its name, with the article's countries and divisions as context) and compared with
 * the gold country, division and city (rules in eval/README.md, "Places set"). Stateless.
 */
public final class PlaceEvaluation {
  private PlaceEvaluation() {}

  /** One mention's outcome. */
  public record Outcome(PlaceGold gold, Place resolved, boolean countryRight, boolean fineRight) {}

  /** The outcomes and the two accuracies. */
  public record Report(List<Outcome> outcomes) {
    public Report {
      outcomes = List.copyOf(outcomes);
    }

    public int mentions() {
      return outcomes.size();
    }

    public int countryRight() {
      return (int) outcomes.stream().filter(Outcome::countryRight).count();
    }

    public int fineMentions() {
      return (int) outcomes.stream().filter(o -> o.gold().fine()).count();
    }

    public int fineRight() {
      return (int) outcomes.stream().filter(o -> o.gold().fine() && o.fineRight()).count();
    }

    public double countryAccuracy() {
      return mentions() == 0 ? 0 : (double) countryRight() / mentions();
    }

    public double fineAccuracy() {
      return fineMentions() == 0 ? 0 : (double) fineRight() / fineMentions();
    }

    /** A table: the two accuracies, then, with {@code verbose}, every wrong mention. */
    public String table(boolean verbose) {
      StringBuilder b = new StringBuilder();
      b.append(
          String.format(
              Locale.ROOT,
              "Places: %d mentions%ncountry           %3d/%3d  %5.1f%%%ncity or division  %3d/%3d"
                  + "  %5.1f%%%n",
              mentions(),
              countryRight(),
              mentions(),
              100 * countryAccuracy(),
              fineRight(),
              fineMentions(),
              100 * fineAccuracy()));
      if (verbose) {
        for (Outcome o : outcomes) {
          if (!o.countryRight() || o.gold().fine() && !o.fineRight()) {
            PlaceGold g = o.gold();
            Place r = o.resolved();
            b.append(
                String.format(
                    Locale.ROOT,
                    "  %s \"%s\": gold %s %s %s, got %s%n",
                    g.id(),
                    g.mention(),
                    g.country(),
                    g.adm1() == null ? "-" : g.adm1(),
                    g.city() == null ? g.precision() : g.city(),
                    r.geocoded()
                        ? r.country() + " " + r.adm1() + " " + r.precision() + " " + r.geonamesId()
                        : "nothing"));
          }
        }
      }
      return b.toString();
    }
  }

  public static Report run(
      List<PlaceGold> gold, PlaceResolver resolver, LexiconPlaces lexicon, Gazetteer gazetteer) {
    Map<String, ArticleGeoContext> contexts = new HashMap<>();
    List<Outcome> out = new ArrayList<>();
    for (PlaceGold g : gold) {
      ArticleGeoContext context =
          contexts.computeIfAbsent(
              g.corpus() + "\t" + g.id(), k -> ArticleGeoContext.of(g.text(), lexicon, gazetteer));
      Place resolved =
          resolver.resolve(new Place(g.mention(), null, new Span(g.begin(), g.end())), context);
      out.add(score(g, resolved, gazetteer));
    }
    return new Report(out);
  }

  static Outcome score(PlaceGold g, Place r, Gazetteer gazetteer) {
    boolean country = g.country().equals(r.country());
    boolean fine =
        switch (g.precision()) {
          case "city" ->
              country
                  && r.precision() == Place.Precision.city
                  && g.adm1().equals(r.adm1())
                  && cityNamed(g, r, gazetteer);
          case "adm1" -> r.precision() == Place.Precision.adm1 && g.adm1().equals(r.adm1());
          case "adm2" -> r.precision() != Place.Precision.country && g.adm1().equals(r.adm1());
          default -> false;
        };
    return new Outcome(g, r, country, fine);
  }

  /** The resolved city is the gold city or one it accepts, by name. */
  private static boolean cityNamed(PlaceGold g, Place r, Gazetteer gazetteer) {
    String name = gazetteer.placeName(r.geonamesId());
    if (name == null) {
      return false;
    }
    String key = NameKey.of(name);
    return key.equals(NameKey.of(g.city()))
        || g.accept().stream().anyMatch(a -> NameKey.of(a).equals(key));
  }
}
