package org.dyad.coding.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Event;
import org.dyad.model.Place;
import org.junit.jupiter.api.Test;

/** "In the capital", "in the city": an event's place noun is geocoded from a place named before. */
class EventPlaceAnaphorTest {
  private static final LocalDate DAY = LocalDate.of(2019, 3, 4);

  private static Place placeAt(String trigger, String text) {
    List<Event> events = HandMadeText.events(DAY, null, text);
    Event e = events.stream().filter(x -> x.trigger().equals(trigger)).findFirst().orElseThrow();
    assertNotNull(e.place(), "a place for '" + trigger + "' in: " + events);
    return e.place();
  }

  @Test
  void theCapitalIsTheCapitalOfTheCountryInQuestion() {
    Place p =
        placeAt(
            "arrested",
            "Syrian troops attacked rebels in Aleppo on Monday. Syrian police arrested dozens of "
                + "protesters in the capital.");
    assertEquals("the capital", p.name());
    assertEquals("SYR", p.country());
    assertEquals(33.5, p.lat(), 0.2, "Damascus");
  }

  @Test
  void theCityIsTheCityNamedBefore() {
    Place p =
        placeAt(
            "clashed",
            "Kenyan police fired tear gas at protesters in Mombasa on Friday. Police clashed with "
                + "protesters in the city again on Saturday.");
    assertEquals("the city", p.name());
    assertEquals("KEN", p.country());
    assertEquals(-4.05, p.lat(), 0.2, "Mombasa");
  }
}
