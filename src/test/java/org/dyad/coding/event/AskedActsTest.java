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
    assertNotEquals(
        List.of("IRN 130 USA"),
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

  @Test
  void anEscalationMetWithCountermeasuresIsNoMeeting() {
    String text =
        "The United States is prepared to meet any escalation of military actions by Iran with"
            + " stronger countermeasures.";
    assertEquals(
        List.of(),
        HandMadeText.events(DAY, null, text).stream()
            .map(HandMadeText::codes)
            .filter(c -> c.contains(" 036 ") || c.contains(" 04"))
            .toList());
    assertNotEquals(
        List.of(),
        HandMadeText.events(DAY, null, text, "R.arg.meeting-with-actors-only").stream()
            .map(HandMadeText::codes)
            .filter(c -> c.contains(" 036 ") || c.contains(" 04"))
            .toList(),
        "off: a meeting with Iran");
  }

  @Test
  void anActDeterminedByAnyMightHappen() {
    String text = "Any U.S. military aggression against Iran will be the beginning of a clash.";
    assertEquals(
        List.of(org.dyad.model.Mode.HYPOTHETICAL),
        HandMadeText.events(DAY, null, text).stream()
            .filter(e -> e.trigger().equals("aggression"))
            .map(e -> e.mode())
            .toList());
    assertEquals(
        List.of(org.dyad.model.Mode.ASSERTED),
        HandMadeText.events(DAY, null, text, "R.mode.any-act").stream()
            .filter(e -> e.trigger().equals("aggression"))
            .map(e -> e.mode())
            .toList(),
        "off: the aggression is told as done");
  }

  @Test
  void fightingIsInTheFirstPlaceOfItsPhrasesThatLiesInACountry() {
    String text =
        "Iranian troops are fighting in a new offensive in the mountains of Kurdistan in northern"
            + " Iraq.";
    assertEquals(List.of("IRNMIL 190 IRQ"), HandMadeText.at(DAY, null, "fighting", text));
  }

  @Test
  void aThreatOfForceAimedAtNoOneNamedStandsAlone() {
    String text = "Iran threatened to close the Strait of Hormuz.";
    assertEquals(
        List.of("IRN 1381 -"),
        HandMadeText.events(DAY, null, text).stream().map(HandMadeText::codes).toList());
    assertEquals(
        List.of("IRN 191 -"),
        HandMadeText.events(DAY, null, text, "R.target.threat-alone").stream()
            .map(HandMadeText::codes)
            .toList(),
        "off: the closure is coded as done");
  }
}
