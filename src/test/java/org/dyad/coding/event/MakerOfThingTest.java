package org.dyad.coding.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A thing made or issued by someone is theirs (R.arg.maker-of-thing), and feelings at it are aimed
 * at them (V.11.0804). Fails with the rule switched off.
 */
class MakerOfThingTest {
  private static final LocalDate DAY = LocalDate.of(1987, 4, 10);

  @Test
  void indignationAtStatementsMadeByReaganIsAtReagan() {
    String text = "Moscow felt indignation at the statements made by President Reagan.";
    assertEquals(List.of("RUSGOV 110 USAGOV"), HandMadeText.at(DAY, null, "felt", text));
    assertEquals(
        List.of(),
        HandMadeText.at(DAY, null, "felt", text, "R.arg.maker-of-thing"),
        "off: indignation at no one");
  }

  @Test
  void anAccordOpposedByFishermenIsNotTheirs() {
    assertEquals(
        List.of("CAN 057 FRA", "FRA 057 CAN"),
        HandMadeText.events(
                DAY,
                null,
                "Canada and France concluded an interim fishing accord, opposed by fishermen in"
                    + " both countries.")
            .stream()
            .map(e -> e.source().code().code() + " " + e.cameo() + " " + e.target().code().code())
            .sorted()
            .toList());
  }
}
