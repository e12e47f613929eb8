package org.dyad.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.dyad.lexicon.Lexicon;
import org.dyad.model.Event;

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

  /** A geocoder over the gazetteer the build ships, loaded at most once per process. */
  public EventGeocoder(Lexicon lexicon) {
    this(Gazetteer::shared, new LexiconPlaces(lexicon));
  }

  public EventGeocoder(Supplier<Gazetteer> gazetteer, LexiconPlaces names) {
    this.gazetteer = gazetteer;
    this.names = names;
    this.resolver = new PlaceResolver(gazetteer, names);
  }

  /** The events with their places geocoded, in the same order. */
  public List<Event> geocode(String text, List<Event> events) {
    if (events.stream().allMatch(e -> e.place() == null)) {
      return events;
    }
    ArticleGeoContext context = ArticleGeoContext.of(text, names, gazetteer.get());
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      out.add(e.place() == null ? e : e.withPlace(resolver.resolve(e.place(), context)));
    }
    return out;
  }
}
