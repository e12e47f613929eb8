package org.dyad.coding.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Statements that are events of their own, and the statement that is none: a denial (016), an
 * admission (015) and a refusal to comment (011) stand with no target, as the gold conventions and
 * GDELT record them; "commented on" or "wrote to" (010) tell how the news came, and code nothing
 * unless {@code R.assemble.no-bare-statements} is off.
 */
class StatementActsTest {
  private static final LocalDate DATE = LocalDate.of(2005, 1, 15);

  private static List<String> coded(String sentence) {
    return HandMadeText.sidesByCountry(DATE, sentence, false);
  }

  @Test
  void aDenialStandsWithNoTarget() {
    assertEquals(
        List.of("GBRGOV 016 -"), coded("On Wednesday Tony Blair directly denied the report."));
  }

  @Test
  void anAdmissionStandsWithNoTarget() {
    assertEquals(
        List.of("GBROPP 015 -"),
        coded("Conservative leader Michael Howard has admitted he used to play truant."));
  }

  @Test
  void refusingToConfirmIsDecliningComment() {
    assertEquals(
        List.of("GBROPP 011 -"),
        coded("Michael Howard refused to confirm he is setting up a new party."));
  }

  @Test
  void aBareStatementIsNoEvent() {
    String text = "Tony Blair wrote to Jacques Chirac on Monday.";
    assertEquals(List.of(), coded(text));
    assertEquals(
        List.of("010"),
        HandMadeText.events(DATE, null, text, "R.assemble.no-bare-statements").stream()
            .map(e -> e.cameo())
            .toList(),
        "switched off, the statement codes as GDELT codes it");
  }

  @Test
  void aPossessivePronounGivesWayToTheGroupThePhraseNames() {
    assertEquals(
        List.of("GBRLEG 112 GBR"),
        coded("Robert Kilroy-Silk accused his fellow UKIP MEPs of being lazy."));
  }

  @Test
  void forceAStateSaysWillBeDoneIsItsOwnThreat() {
    assertEquals(
        List.of("CAN 137 FRA"),
        HandMadeText.sidesByCountry(
            LocalDate.of(1987, 3, 4),
            "Canada said that any French fishermen caught in the area would be arrested.",
            false),
        "the participle 'caught' is the fishermen's; the arrest is Canada's, still to come");
  }

  @Test
  void historyToldAsBackgroundIsNoEventOfTheArticlesTime() {
    String text = "Iraq invaded Kuwait in August 1990. Iran attacked Iraq in January.";
    assertEquals(List.of("IRN 190 IRQ"), coded(text), "1990 is background in a 2005 story");
    List<org.dyad.model.Event> off =
        HandMadeText.events(DATE, null, text, "R.mode.no-old-background");
    assertEquals(
        List.of("1990-08-01", "2005-01-15"),
        off.stream().map(e -> e.date().toString()).sorted().toList(),
        "switched off, it is coded with the month it names (January alone: the article's day)");
  }
}
