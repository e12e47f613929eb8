package org.dyad.coding.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A vow of force is a threat (R.refine.vowed-force), a vow of anything else an intent. Each test
 * that expects a threat fails with the rule switched off.
 */
class VowedForceTest {
  private static final LocalDate DAY = LocalDate.of(2023, 3, 4);

  @Test
  void aPromiseToRetaliateThreatensForce() {
    String text = "Iran promised to retaliate against the United States.";
    assertEquals(List.of("IRN 138 USA"), HandMadeText.at(DAY, null, "promised", text));
    assertEquals(
        List.of("IRN 030 USA"),
        HandMadeText.at(DAY, null, "promised", text, "R.refine.vowed-force"),
        "off: a promise to cooperate");
  }

  @Test
  void aPledgeToGoOnAttackingThreatensAttacks() {
    String text = "Hezbollah pledged to continue attacks on Israel.";
    assertEquals(List.of("LBNREB 1384 ISR"), HandMadeText.at(DAY, null, "pledged", text));
    assertEquals(
        List.of("LBNREB 030 ISR"),
        HandMadeText.at(DAY, null, "pledged", text, "R.refine.vowed-force"));
  }

  @Test
  void aPromiseOfNoForceStaysAnIntent() {
    assertEquals(
        List.of("RUS 030 IGONAT"),
        HandMadeText.at(DAY, null, "promised", "Russia promised to respond to NATO expansion."));
  }

  @Test
  void aForecastOfAnotherSidesActIsNoThreat() {
    String text = "Obama said he expected that Americans will say no to Trump.";
    assertEquals(List.of("USA 120 USABUS"), HandMadeText.at(DAY, null, "say", text));
    assertEquals(
        List.of("USA 130 USABUS"),
        HandMadeText.at(DAY, null, "say", text, "R.mode.predicted-act"),
        "off: the Americans' threat");
  }
}
