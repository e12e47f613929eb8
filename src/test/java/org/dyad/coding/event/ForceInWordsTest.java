package org.dyad.coding.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Words of force that are no force: a contest fought in words (R.assemble.contest-in-words) and a
 * capital that names where an attack happened (R.arg.capital-is-where); a raid by troops is force
 * (R.refine.armed-raid). Each test fails with its rule switched off.
 */
class ForceInWordsTest {
  private static final LocalDate CAMPAIGN = LocalDate.of(2016, 5, 24);

  @Test
  void aWarBetweenCandidatesIsNoWar() {
    String text = "Clinton continues to face a two-front war against both Trump and Sanders.";
    assertEquals(List.of(), HandMadeText.at(CAMPAIGN, null, "war", text));
    assertEquals(
        2,
        HandMadeText.at(CAMPAIGN, null, "war", text, "R.assemble.contest-in-words").size(),
        "off: Clinton's war on each of them");
  }

  @Test
  void aCandidateWhoShootsBackAnswers() {
    String text = "Trump shot back in a statement, saying he had made a lot of money.";
    assertEquals(List.of(), HandMadeText.at(CAMPAIGN, null, "shot", text));
    assertEquals(
        List.of("USABUS 193 -"),
        HandMadeText.at(CAMPAIGN, null, "shot", text, "R.assemble.contest-in-words"));
  }

  @Test
  void armedSidesAndStatesStillFight() {
    assertEquals(
        List.of("IRQ 190 IRN"),
        HandMadeText.at(CAMPAIGN, null, "war", "Iraq's war with Iran has cost a million lives."));
    assertEquals(
        List.of("IRNMIL 190 IRQMIL"),
        HandMadeText.at(
            CAMPAIGN,
            null,
            "battled",
            "Iranian troops battled Iraqi soldiers near Basra on Tuesday."));
  }

  @Test
  void aCapitalBeforeAnAttackIsWhereItHappened() {
    String text = "In the wake of the Paris terror attacks, the answer is clear.";
    assertEquals(List.of(), HandMadeText.at(CAMPAIGN, null, "attacks", text));
    assertEquals(
        List.of("FRAGOV 180 -"),
        HandMadeText.at(CAMPAIGN, null, "attacks", text, "R.arg.capital-is-where"));
  }

  @Test
  void aRaidByTroopsIsForceAndByPoliceASeizure() {
    LocalDate day = LocalDate.of(2023, 3, 4);
    String text = "Israeli troops raided a village near Jenin on Monday.";
    assertEquals(List.of("ISRMIL 190 PSE"), HandMadeText.at(day, null, "raided", text));
    assertEquals(
        List.of("ISRMIL 1711 PSE"),
        HandMadeText.at(day, null, "raided", text, "R.refine.armed-raid"),
        "off: a seizure of property");
    assertEquals(
        List.of("TURCOP 1711 -"),
        HandMadeText.at(
            day,
            null,
            "raided",
            "Police raided the offices of the opposition newspaper in Istanbul."));
  }
}
