package org.dyad.coding.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule R.target.place-of-calm on hand-built sentences, and what it does not touch. */
class PlaceOfCalmTest {
  private static final LocalDate DAY = LocalDate.of(2019, 3, 4);

  @Test
  void aCeasefireAskedInACountryIsAskedOfIt() {
    String text = "The United Nations called for an immediate ceasefire in Syria.";
    assertEquals(List.of("IGOUNO 0256 SYR"), HandMadeText.at(DAY, null, "called", text));
    assertEquals(List.of(), HandMadeText.at(DAY, null, "called", text, "R.target.place-of-calm"));
  }

  @Test
  void anEndToViolenceInAPlaceIsDemandedOfItsCountry() {
    assertEquals(
        List.of("IGOARL 105 PSE"),
        HandMadeText.at(
            DAY, null, "demanded", "The Arab League demanded an end to the violence in Gaza."));
  }

  @Test
  void aCallForAidInAPlaceIsNotACallForCalm() {
    assertEquals(
        List.of(),
        HandMadeText.at(DAY, null, "appealed", "Nicaragua appealed for aid in Managua."));
  }
}
