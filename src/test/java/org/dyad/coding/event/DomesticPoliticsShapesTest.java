package org.dyad.coding.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shapes of domestic political news on hand-built sentences: rules R.arg.reported-object-judged,
 * R.arg.demand-addressee and R.refine.warning-of-harm, investigations with no target, and a bare
 * surname of the publisher's country's office holder (A.rule.surname-office-holder).
 */
class DomesticPoliticsShapesTest {
  private static final LocalDate DAY = LocalDate.of(2005, 1, 15);

  /** A story that names the government before the sentence under test. */
  private static final String GOVERNMENT_NAMED =
      "The government published its plans for postal voting on Monday. ";

  @Test
  void aJudgementTheParserHangsOnTheReportingVerbJudgesThatVerbsObject() {
    String text =
        "The Liberal Democrats said the government's plans for ID cards were an expensive gimmick.";
    assertEquals(List.of("GBRPTY 111 GBRGOV"), HandMadeText.at(DAY, "GBR", "gimmick", text));
    assertEquals(
        List.of(), HandMadeText.at(DAY, "GBR", "gimmick", text, "R.arg.reported-object-judged"));
  }

  @Test
  void aDemandThatNamesNoOneIsMadeOfTheGovernment() {
    String text = "Labour MPs have called for tougher rules on postal voting.";
    // With no government in the story, the demand is one-sided (R.arg.appeal-to-no-one) …
    assertEquals(List.of("GBRLEG 020 -"), HandMadeText.at(DAY, "GBR", "called", text));
    assertEquals(List.of(), HandMadeText.at(DAY, "GBR", "called", text, "R.arg.demand-addressee"));
    // … and made of the government the story names.
    assertEquals(
        List.of("GBRLEG 020 GBRGOV"),
        HandMadeText.at(DAY, "GBR", "called", "Ministers met on Monday. " + text));
  }

  @Test
  void aDemandTheSpeakerDoesNotMakeIsNoEvent() {
    String text = "Labour MPs have not called for tougher rules on postal voting.";
    assertEquals(List.of(), HandMadeText.at(DAY, "GBR", "called", text));
  }

  @Test
  void aWarningOfHarmOthersBringIsCriticism() {
    String text =
        GOVERNMENT_NAMED + "Angry Labour MPs warned ministers about the dangers of the plans.";
    assertEquals(List.of("GBRLEG 111 GBRGOV"), HandMadeText.at(DAY, "GBR", "warned", text));
    assertEquals(
        List.of("GBRLEG 130 GBRGOV"),
        HandMadeText.at(DAY, "GBR", "warned", text, "R.refine.warning-of-harm"));
  }

  @Test
  void aWarningWithAConditionStaysAThreat() {
    String text =
        GOVERNMENT_NAMED
            + "Union leaders warned ministers that there would be strikes unless they backed down.";
    assertEquals(List.of("GBRLAB 130 GBRGOV"), HandMadeText.at(DAY, "GBR", "warned", text));
  }

  @Test
  void aBareSurnameIsTheHomeCountrysOfficeHolder() {
    String text = "Mr Straw held talks with his Iranian counterpart in Tehran.";
    assertEquals(
        List.of("GBRGOV 046 IRNGOV", "IRNGOV 046 GBRGOV"),
        HandMadeText.at(DAY, "GBR", "held", text));
  }

  @Test
  void anInvestigationOfNoNamedActorStandsAlone() {
    // T.V.investigate and the inquiry nouns may stand with no target (sides 1 in triggers.tsv).
    assertEquals(
        List.of("GBRCOP 090 -"),
        HandMadeText.at(
            DAY,
            "GBR",
            "investigating",
            "Police are investigating claims of postal vote fraud in Birmingham."));
    assertEquals(
        List.of("GBRLEG 090 -"),
        HandMadeText.at(
            DAY,
            "GBR",
            "inquiry",
            "The committee of MPs launched an inquiry into the collapse of the agency."));
  }

  @Test
  void aBareSurnameIsTheOneOfficeHolderWhenNoCountryIsGiven() {
    LocalDate day = LocalDate.of(2016, 5, 10);
    String text = "Sanders endorsed Clinton on Tuesday.";
    // A.rule.surname-anywhere (switched off in ActorSievesTest).
    assertEquals(List.of("USALEG 051 USAELI"), HandMadeText.at(day, null, "endorsed", text));
  }
}
