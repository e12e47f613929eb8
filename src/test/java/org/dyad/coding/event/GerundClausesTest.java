package org.dyad.coding.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who does a gerund that has no subject of its own (R.source.clause-controller), and what it acts
 * on when the parser reads it as modifying its object (R.target.gerund-object). Each test fails
 * with its rule switched off.
 */
class GerundClausesTest {
  private static final LocalDate DAY = LocalDate.of(2016, 5, 1);

  @Test
  void aGerundAfterByIsDoneByTheSubjectOfItsVerb() {
    String text = "Russia responded by expelling British diplomats.";
    assertEquals(List.of("RUS 174 GBRGOV"), HandMadeText.at(DAY, null, "expelling", text));
    assertEquals(
        List.of(),
        HandMadeText.at(DAY, null, "expelling", text, "R.source.clause-controller"),
        "off: no one expels");
    assertEquals(
        List.of("RUS 174 -"),
        HandMadeText.at(DAY, null, "expelling", text, "R.target.gerund-object"),
        "off: an expulsion of no one named");
  }

  @Test
  void aGerundTheParserReadsAsAModifierActsOnItsNoun() {
    String text = "Clinton has returned to critiquing Trump.";
    assertEquals(List.of("USAELI 111 USABUS"), HandMadeText.at(DAY, null, "critiquing", text));
    assertEquals(
        List.of(), HandMadeText.at(DAY, null, "critiquing", text, "R.target.gerund-object"));
  }

  @Test
  void aGerundClauseBeforeTheSubjectIsTheSubjects() {
    String text = "After criticising Russia, Obama flew to Warsaw.";
    assertEquals(List.of("USAGOV 111 RUS"), HandMadeText.at(DAY, null, "criticising", text));
    assertEquals(
        List.of(), HandMadeText.at(DAY, null, "criticising", text, "R.source.clause-controller"));
  }

  @Test
  void whatOneIsAccusedOfDoingIsNoSecondAct() {
    // "of", "for": the content of the judgement, not an act the sentence says happened.
    assertEquals(
        List.of(),
        HandMadeText.at(
            DAY, null, "attacking", "Obama accused Putin of attacking Ukraine on Monday."));
    assertEquals(
        List.of(),
        HandMadeText.at(DAY, null, "attacking", "Obama was criticised for attacking Putin."));
  }
}
