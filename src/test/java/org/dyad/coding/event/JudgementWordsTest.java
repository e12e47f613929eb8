package org.dyad.coding.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Evaluative words added in session 16 (V.11.0808 on), each said of an actor in a statement. */
class JudgementWordsTest {
  private static final LocalDate DAY = LocalDate.of(2005, 1, 15);

  @Test
  void anObstacleToPeaceIsCriticism() {
    assertEquals(
        List.of("ISRGOV 111 PSEELI"),
        HandMadeText.at(
            DAY,
            null,
            "obstacle",
            "Israeli Prime Minister Ariel Sharon said Yasser Arafat was an obstacle to peace."));
  }

  @Test
  void aThreatToPeaceIsCriticismOfWhoeverIsCalledIt() {
    assertEquals(
        List.of("IRNGOV 111 USA"),
        HandMadeText.at(
            DAY,
            null,
            "threat",
            "Iran's foreign minister said the United States was a threat to world peace."));
  }

  @Test
  void credibilityInTattersJudgesItsOwner() {
    assertEquals(
        List.of("GBROPP 111 GBRGOV"),
        HandMadeText.at(
            DAY,
            "GBR",
            "tatters",
            "Liberal Democrat leader Charles Kennedy said the prime minister's credibility was"
                + " in tatters."));
  }

  @Test
  void theGroundsOfAnAccusationAreNoSecondJudgement() {
    String text = "Campaigners accused the government of betraying pensioners.";
    assertEquals(List.of(), HandMadeText.at(DAY, "GBR", "betraying", text));
    assertEquals(
        List.of("GBRNGO 111 GBRCVL"),
        HandMadeText.at(DAY, "GBR", "betraying", text, "R.select.judgement-in-verbal-event"));
  }

  @Test
  void civilLibertiesGroupsAreNonGovernmental() {
    assertEquals(
        List.of("GBRNGO 111 GBRGOV"),
        HandMadeText.at(
            DAY, "GBR", "criticised", "Civil liberties groups criticised the home secretary."));
  }
}
