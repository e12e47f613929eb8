package org.dyad.coding.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Deeds a speaker reports of another actor ({@code R.pattern.reported-deed}): a blameworthy deed,
 * or a creditable one not done, is criticism of its doer; claimed, an accusation; a creditable one
 * done, praise. Each on hand-made sentences of a British story, and with the rule switched off.
 */
class ReportedDeedsTest {
  private static final LocalDate DATE = LocalDate.of(2005, 1, 15);

  private static List<Event> events(String text, String... rulesOff) {
    return HandMadeText.events(DATE, "GBR", text, rulesOff);
  }

  /** The events at {@code trigger} as "GBRPTY 111 GBRGOV". */
  private static List<String> at(String trigger, String text, String... rulesOff) {
    return HandMadeText.at(DATE, "GBR", trigger, text, rulesOff);
  }

  @Test
  void aBlameworthyDeedReportedIsTheSpeakersCriticismOfItsDoer() {
    String text = "The Conservatives said Tony Blair had misled voters over the war.";
    assertEquals(List.of("GBRPTY 111 GBRGOV"), at("misled", text));
    assertTrue(
        events(text).stream()
            .anyMatch(e -> e.rules().contains(EventRule.PATTERN_REPORTED_DEED.id())));
    assertEquals(List.of(), at("misled", text, "R.pattern.reported-deed"));
  }

  @Test
  void thePassiveAgentIsTheDoer() {
    String text = "Labour said it had been betrayed by the Conservatives.";
    assertEquals(List.of("GBRPTY 111 GBRPTY"), at("betrayed", text));
  }

  @Test
  void aPhrasalDeedNeedsItsPreposition() {
    assertEquals(
        List.of("GBRPTY 111 GBRGOV"),
        at("went", "The Conservatives said that Tony Blair went back on his pledge."));
    assertEquals(
        List.of(), at("went", "The Conservatives said that Tony Blair went back to London."));
  }

  @Test
  void aCreditableDeedNotDoneIsCriticism() {
    String text = "The Tories said the government had not kept its promise on tax.";
    assertEquals(List.of("GBRPTY 111 GBRGOV"), at("kept", text));
  }

  @Test
  void aCreditableDeedDoneIsPraise() {
    String text = "The Liberal Democrats said Tony Blair had kept his promise on tax.";
    assertEquals(List.of("GBRPTY 051 GBRGOV"), at("kept", text));
  }

  @Test
  void aClaimsOwnerAccusesWhoeverReportsTheClaim() {
    String text =
        "Tokyo is expected to propose an investigation of American claims that Japanese"
            + " companies are dumping chips in Asian markets.";
    assertEquals(List.of("USA 112 JPNBUS"), at("dumping", text));
    // without the rule the statement around the claim, Tokyo's proposal, is taken for it
    assertEquals(List.of("JPNGOV 111 JPNBUS"), at("dumping", text, "R.arg.claim-owner-speaks"));
  }

  @Test
  void negatedDeniedConditionalAndAskedDeedsAreNoJudgement() {
    assertEquals(List.of(), at("betray", "The Conservatives said Labour did not betray voters."));
    assertEquals(
        List.of(),
        at("betrayed", "If Labour betrayed voters, the Conservatives said, it would lose."));
    assertEquals(
        List.of(), at("misled", "The Conservatives asked whether Labour had misled voters."));
    assertEquals(
        List.of(),
        at("misled", "The Conservatives did not say that Tony Blair had misled voters."));
  }

  @Test
  void aSpeakerReportingTheirOwnDeedOrTheirOfficesIsNoJudgement() {
    assertEquals(List.of(), at("failed", "Tony Blair said he had failed to persuade the unions."));
  }

  @Test
  void aVerbThatCodesItsOwnEventIsLeftToIt() {
    // "welcomed" is the subject's own praise (T.V.welcome), not the speaker's judgement.
    List<String> got = at("welcomed", "The minister said France welcomed the German decision.");
    assertTrue(got.stream().noneMatch(e -> e.startsWith("GBRGOV")), got.toString());
  }
}
