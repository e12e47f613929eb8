package org.dyad.coding.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A compound subject of a verb done to one another (list mutual-verb, R.target.each-other), the
 * deed an accusation charges (R.select.charged-deed) and a workers' strike with no target
 * (R.refine.workers-strike in the argument layer), on hand-built sentences.
 */
class MutualActsTest {
  private static final LocalDate DAY = LocalDate.of(2019, 3, 4);

  @Test
  void aClashOfACompoundSubjectGoesEachWay() {
    String text = "Indian and Chinese troops clashed on the disputed border.";
    assertEquals(
        List.of("CHNMIL 190 INDMIL", "INDMIL 190 CHNMIL"),
        HandMadeText.at(DAY, null, "clashed", text));
    assertEquals(List.of(), HandMadeText.at(DAY, null, "clashed", text, "R.target.each-other"));
  }

  @Test
  void fightingTogetherIsNotFightingEachOther() {
    // Fought side by side: aimed at the place where they fought, not at each other.
    assertEquals(
        List.of("GBRMIL 190 IRQ", "USAMIL 190 IRQ"),
        HandMadeText.at(
            DAY, null, "fought", "American and British troops fought in Basra on Monday."));
  }

  @Test
  void theDeedAnAccusationChargesIsNotTheAccusers() {
    String text = "Seoul accused Pyongyang of sinking the warship.";
    assertEquals(List.of(), HandMadeText.at(DAY, null, "sinking", text));
    assertEquals(List.of("KORGOV 112 PRKGOV"), HandMadeText.at(DAY, null, "accused", text));
    assertEquals(1, HandMadeText.at(DAY, null, "sinking", text, "R.select.charged-deed").size());
  }

  @Test
  void workersWhoVoteToStrikeStrikeWithNoTarget() {
    String text = "Teachers voted to strike over pay.";
    assertEquals(List.of("GBREDU 143 -"), HandMadeText.at(DAY, "GBR", "strike", text));
    assertEquals(List.of(), HandMadeText.at(DAY, "GBR", "strike", text, "R.refine.workers-strike"));
  }

  @Test
  void rebelsAttackingInTheirCountryAttackTheirState() {
    // NPLREB and NPL are two sides (Sides.sameSide), so the place of the attack is its target.
    assertEquals(
        List.of("NPLREB 190 NPL"),
        HandMadeText.at(
            DAY, null, "attacked", "Maoist rebels attacked a police station in western Nepal."));
  }
}
