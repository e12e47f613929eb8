package org.dyad.coding.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules R.source.travel-purpose, R.target.travel-destination and R.arg.aid-destination on
 * hand-built sentences.
 */
class TravelPurposeTest {
  private static final LocalDate DAY = LocalDate.of(1987, 6, 1);

  @Test
  void talksTravelledForAreTheTravellersWithThePlace() {
    String text = "Secretary of State George Shultz went to Moscow for talks on arms control.";
    assertEquals(
        List.of("USAGOV 046 RUSGOV", "RUSGOV 046 USAGOV"),
        HandMadeText.at(DAY, null, "talks", text));
    assertEquals(List.of(), HandMadeText.at(DAY, null, "talks", text, "R.source.travel-purpose"));
    assertEquals(
        List.of(), HandMadeText.at(DAY, null, "talks", text, "R.target.travel-destination"));
  }

  @Test
  void talksWithAPartnerAreNotHeldWithThePlace() {
    // The creditors are banks the dictionary does not name: no target, not the United States.
    assertEquals(
        List.of(),
        HandMadeText.at(
            DAY,
            null,
            "negotiations",
            "Brazil's finance minister Dilson Funaro travelled to the United States for debt"
                + " negotiations with creditors."));
  }

  @Test
  void aMeetingOfOthersIsNotTheTravellers() {
    assertEquals(
        List.of(),
        HandMadeText.at(
            DAY,
            null,
            "meeting",
            "Dilson Funaro travelled to Washington for the annual meeting of the International"
                + " Monetary Fund."));
  }

  @Test
  void peacekeepersSentToAPlaceGoToItsState() {
    // R.arg.aid-destination, with "to" among the reached-place prepositions (actor-words.tsv).
    String text = "The African Union sent 3,000 peacekeepers to Darfur.";
    assertEquals(List.of("IGOAFU 074 SDN"), HandMadeText.at(DAY, null, "sent", text));
    assertEquals(List.of(), HandMadeText.at(DAY, null, "sent", text, "R.arg.aid-destination"));
  }
}
