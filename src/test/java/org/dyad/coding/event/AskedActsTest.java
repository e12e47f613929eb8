package org.dyad.coding.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An act that an appeal, demand or threat names as what it asks for or threatens: whom the threat
 * or demand is aimed at through it (R.target.asked-act), and that it codes nothing of its own
 * (R.select.asked-for-noun). Each test fails with its rule switched off.
 */
class AskedActsTest {
  private static final LocalDate DAY = LocalDate.of(1987, 4, 10);

  @Test
  void aThreatIsAimedAtWhomTheThreatenedActWouldReach() {
    String text =
        "Kuwait's oil minister met Saudi officials on Monday. Iraq threatened a resumption of air"
            + " raids on Iranian towns.";
    assertEquals(List.of("IRQ 130 IRN"), HandMadeText.at(DAY, null, "threatened", text));
    assertNotEquals(
        List.of("IRQ 130 IRN"),
        HandMadeText.at(DAY, null, "threatened", text, "R.target.asked-act"),
        "off: the threat's own object names no one");
  }

  @Test
  void aWarningOfRetaliationIsAThreatToWhomItWouldHit() {
    String text = "Iran warned of retaliation against the United States.";
    assertEquals(List.of("IRN 130 USA"), HandMadeText.at(DAY, null, "warned", text));
    assertEquals(
        List.of(),
        HandMadeText.at(DAY, null, "warned", text, "R.target.asked-act"),
        "off: a warning of no one");
  }

  @Test
  void aDemandToEndAnActIsAimedAtItsDoer() {
    String text = "The United Nations demanded an end to Turkish shelling of Kurdish positions.";
    assertEquals(List.of("IGOUNO 105 TUR"), HandMadeText.at(DAY, null, "demanded", text));
  }

  @Test
  void talksCalledForAreNotHeld() {
    String text = "The UN called for talks between Israel and Syria.";
    assertEquals(List.of(), HandMadeText.at(DAY, null, "talks", text));
    assertEquals(
        List.of("ISR 046 SYR", "SYR 046 ISR"),
        HandMadeText.at(DAY, null, "talks", text, "R.select.asked-for-noun"),
        "off: the talks are coded as held");
  }

  @Test
  void attacksWarnedOfAreAThreatNotAnAttack() {
    String text = "Hezbollah warned of new attacks on Israel.";
    assertEquals(List.of("LBNREB 130 ISR"), HandMadeText.at(DAY, null, "warned", text));
    assertEquals(List.of(), HandMadeText.at(DAY, null, "attacks", text));
    assertEquals(
        List.of("LBNREB 190 ISR"),
        HandMadeText.at(DAY, null, "attacks", text, "R.select.asked-for-noun"),
        "off: the attacks are coded as done");
  }

  @Test
  void attacksFearedHaveNotHappened() {
    assertEquals(
        List.of(), HandMadeText.at(DAY, null, "attacks", "Israel feared attacks by Hezbollah."));
  }

  @Test
  void anAttackCondemnedHappened() {
    assertEquals(
        List.of("USA 190 IRN"),
        HandMadeText.at(
            DAY, null, "attack", "Iran condemned the U.S. attack on its oil platform."));
  }
}
