package org.dyad.coding.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Support won from another, support withheld and refusals still to come (issue 13), on hand-built
 * sentences, each with the rule or pattern that codes it switched off.
 */
class SupportAndRefusalTest {
  private static final LocalDate DATE = LocalDate.of(2016, 6, 10);

  /** "USALAB 051 USAELI won asserted" for each event at {@code trigger}. */
  private static List<String> at(String trigger, String text, String... rulesOff) {
    return HandMadeText.events(DATE, "USA", text, rulesOff).stream()
        .filter(e -> e.trigger().equals(trigger))
        .map(SupportAndRefusalTest::coded)
        .toList();
  }

  private static String coded(Event e) {
    return HandMadeText.codes(e) + " " + e.trigger() + " " + e.mode().name().toLowerCase();
  }

  @Test
  void supportWonComesFromTheGiver() {
    assertEquals(
        List.of("USALAB 051 USAELI won asserted"),
        at("won", "Hillary Clinton won the endorsement of the AFL-CIO."));
    assertEquals(
        List.of("USALAB 051 USAELI locked asserted"),
        at("locked", "Hillary Clinton locked up endorsements from the unions."));
    assertEquals(
        // whom a state's police lock up are its own people (R.target.coerced-person), here the
        // unions' leaders
        List.of("USACOP 173 USALAB locked asserted"),
        at("locked", "Police locked up the unions' leaders."),
        "locking up people is an arrest, no support");
  }

  @Test
  void theNodIsSupport() {
    assertEquals(
        List.of("USALEG 051 USAGOV gave asserted"),
        at("gave", "The Senate gave Barack Obama the nod on Friday."));
    assertEquals(List.of(), at("gave", "The Senate gave Barack Obama a book on Friday."));
  }

  @Test
  void supportWithheldIsARejection() {
    assertEquals(
        List.of("USAGOV 120 RUS support asserted"),
        at("support", "Washington does not support Soviet membership of the IMF."));
  }

  @Test
  void aRefusalStillToComeIsNoThreat() {
    String text = "The Senate said it would not accept a plea by President Obama.";
    assertEquals(List.of("USALEG 120 USAGOV accept asserted"), at("accept", text));
    assertEquals(
        List.of("USALEG 130 USAGOV accept asserted"),
        at("accept", text, "R.refine.refusal-now"),
        "without the rule a rejection still to come is a threat");
  }

  @Test
  void revengeVowedOnSomeoneIsAThreatOfForce() {
    assertEquals(
        List.of("IRN 138 ISR vowed asserted"),
        at("vowed", "Iran vowed to take revenge on Israel."));
    assertEquals(
        List.of("IRN 138 ISR vowed asserted"), at("vowed", "Iran vowed revenge on Israel."));
  }
}
