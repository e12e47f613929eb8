package org.dyad.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.dyad.lexicon.Lexicon;
import org.dyad.model.Actor;
import org.dyad.model.Event;
import org.dyad.model.Place;

/**
 * The geocoding stage, after event coding: gives each event's place ({@link org.dyad.model.Place})
 * its country, division, coordinates, GeoNames id and precision, reading the article's countries
 * and divisions to choose between namesakes ({@link PlaceResolver}). Needs the events with their
 * places as named; adds the geographic fields. Places that are actors are not event places (the
 * actor resolver keeps them actors), so they are not touched. The gazetteer is loaded only when an
 * event has a place. Thread-safe.
 */
public final class EventGeocoder {
  private final Supplier<Gazetteer> gazetteer;
  private final LexiconPlaces names;
  private final PlaceResolver resolver;
  private final PlaceAnaphora anaphora;

  /** A geocoder over the gazetteer the build ships, loaded at most once per process. */
  public EventGeocoder(Lexicon lexicon) {
    this(Gazetteer::shared, lexicon);
  }

  public EventGeocoder(Supplier<Gazetteer> gazetteer, Lexicon lexicon) {
    this.gazetteer = gazetteer;
    this.names = new LexiconPlaces(lexicon);
    this.resolver = new PlaceResolver(gazetteer, names);
    this.anaphora = new PlaceAnaphora(lexicon);
  }

  /**
   * The events with their places geocoded, in the same order. {@code articlePlaces} are the other
   * places the article names (not actors), which "the capital" or "the city" may stand for.
   */
  public List<Event> geocode(String text, List<Event> events, List<Place> articlePlaces) {
    if (events.stream().allMatch(e -> e.place() == null)) {
      return events;
    }
    ArticleGeoContext context = ArticleGeoContext.of(text, names, gazetteer.get());
    List<Event> out = new ArrayList<>(events.size());
    List<Place> antecedents = null;
    for (Event e : events) {
      if (e.place() == null) {
        out.add(e);
      } else if (anaphora.isAnaphor(e.place())) {
        if (antecedents == null) {
          antecedents = new ArrayList<>();
          for (Place p : articlePlaces) {
            antecedents.add(resolver.resolve(p, context));
          }
        }
        out.add(e.withPlace(anaphora.resolve(e.place(), antecedents, resolver, context)));
      } else {
        out.add(e.withPlace(resolver.resolve(e.place(), context)));
      }
    }
    return out;
  }

  /**
   * The actors with their homes ({@code org.dyad.coding.ActorHomes}: actor id to the place their
   * phrase names) geocoded, in the same order; actors with none unchanged.
   */
  public List<Actor> homes(String text, List<Actor> actors, Map<String, Place> homes) {
    if (homes.isEmpty()) {
      return actors;
    }
    ArticleGeoContext context = ArticleGeoContext.of(text, names, gazetteer.get());
    List<Actor> out = new ArrayList<>(actors.size());
    for (Actor a : actors) {
      Place home = homes.get(a.id());
      out.add(home == null ? a : a.withHome(resolver.resolve(home, context)));
    }
    return out;
  }
}
