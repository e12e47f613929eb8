package org.dyad.coding.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Event;
import org.dyad.model.Mode;
import org.junit.jupiter.api.Test;

/**
 * Appeals, demands and recommendations said in statements, reports and documents: each rule on a
 * hand-built story in a British paper, and the same story with the rule switched off.
 */
class StatementAppealsTest {
  private static final LocalDate DATE = LocalDate.of(2005, 1, 15);

  /** The events of {@code text} as a BBC story ({@code --home-country GBR}) codes them. */
  private static List<Event> events(String text, String... rulesOff) {
    return HandMadeText.events(DATE, "GBR", text, rulesOff);
  }

  /** "GBRLEG 020 GBRGOV should", target "-" when one-sided. */
  private static String coded(Event e) {
    return HandMadeText.codes(e) + " " + e.trigger();
  }

  /** The events of {@code text} at the trigger word {@code trigger}, as {@link #coded}. */
  private static List<String> at(String trigger, String text, String... rulesOff) {
    return events(text, rulesOff).stream()
        .filter(e -> e.trigger().equals(trigger))
        .map(StatementAppealsTest::coded)
        .toList();
  }

  private static Event only(String trigger, String text) {
    List<Event> found = events(text).stream().filter(e -> e.trigger().equals(trigger)).toList();
    assertEquals(1, found.size(), found.toString());
    return found.get(0);
  }

  @Test
  void aReportSpeaksForTheCommitteesThatWroteIt() {
    String text =
        "A report by two Commons committees called for changes to the electoral system. The"
            + " report said the government should consider fines for unregistered voters.";
    assertEquals(List.of("GBRLEG 020 GBRGOV should"), at("should", text));
    assertTrue(only("should", text).rules().contains("R.arg.document-speaker"));
    assertEquals(List.of(), at("should", text, "R.arg.document-speaker"));
  }

  @Test
  void aTitleBeforeTheNameIsTheSpeaker() {
    String text =
        "The British government has refused to explain the detentions. \"We believe there"
            + " should be an investigation,\" said director Kate Allen of Amnesty International.";
    assertEquals(List.of("NGOAMN 020 GBRGOV should"), at("should", text));
    assertEquals(List.of(), at("should", text, "R.arg.uncoded-speaker-named"));
  }

  @Test
  void aPassiveAppealAsksTheGovernment() {
    String text =
        "The government has delayed the new voting system. Tory leader Michael Howard said"
            + " individual registration should be quickly introduced.";
    assertEquals(List.of("GBROPP 020 GBRGOV should"), at("should", text));
    assertTrue(only("should", text).rule().endsWith("+implicit-target"));
    assertEquals(List.of(), at("should", text, "R.arg.passive-appeal-addressee"));
    assertEquals(
        List.of(),
        at(
            "should",
            "The government has delayed the new voting system. The Prime Minister said"
                + " individual registration should be introduced next year."),
        "a government saying what should be done states its policy");
  }

  @Test
  void aPassiveAppealInAStoryWithNoGovernmentIsOneSided() {
    String text =
        "Conservative leader Michael Howard has admitted he used to play truant. \"I think truancy"
            + " is a very bad thing and that firm action should be taken to deal with it,\" Mr"
            + " Howard said.";
    assertEquals(List.of("GBROPP 020 - should"), at("should", text));
    assertEquals(List.of(), at("should", text, "R.arg.appeal-to-no-one"));
  }

  @Test
  void itIsVitalThatAsksForWhatItCallsNecessary() {
    String text =
        "The government has delayed individual registration. \"It is vital that we move ahead"
            + " with individual registration,\" Shadow Constitutional Affairs Secretary Oliver"
            + " Heald said.";
    assertEquals(List.of("GBROPP 020 GBRGOV vital"), at("vital", text));
    assertEquals(List.of(), at("vital", text, "R.pattern.necessity-appeal"));
    assertEquals(
        List.of(),
        at(
            "vital",
            "The government has delayed individual registration. Oliver Heald said stability"
                + " was vital."),
        "a thing called vital asks for no act");
  }

  @Test
  void anImperativeAsksWhomTheSentenceAddresses() {
    String text =
        "Sir Digby Jones, director general of the CBI, spoke about the Budget. His message to"
            + " the chancellor was: \"Please don't give it away in any form of electioneering.\"";
    List<Event> got = events(text);
    assertEquals(
        List.of("GBRBUS 020 GBRGOV give"),
        got.stream().map(StatementAppealsTest::coded).toList(),
        "the message that carried the appeal is no statement of its own");
    assertEquals(List.of(), at("give", text, "R.pattern.imperative-appeal"));
    assertEquals(
        List.of(),
        at(
            "look",
            "The government has delayed the bill. \"Look, we will win this vote,\" Tory leader"
                + " Michael Howard said."),
        "an imperative that only steers the talk asks nothing");
  }

  @Test
  void warningOrUrgingSomeoneNotToActIsAnAppeal() {
    Event warned = only("warned", "Britain warned Iran not to attack Iraq.");
    assertEquals("GBR 020 IRN warned", coded(warned));
    assertEquals(Mode.ASSERTED, warned.mode());
    assertEquals(Mode.ASSERTED, only("urged", "Britain urged Iran not to attack Iraq.").mode());
    assertEquals(
        List.of(Mode.NEGATED),
        events("Britain urged Iran not to attack Iraq.", "R.mode.asked-not-to").stream()
            .filter(e -> e.trigger().equals("urged"))
            .map(Event::mode)
            .toList());
  }

  @Test
  void recommendingAnActionIsAnAppealToWhoeverCanTakeIt() {
    String text =
        "The government has refused to change the murder laws. The Conservatives recommended"
            + " tightening the law.";
    assertEquals(List.of("GBRPTY 020 GBRGOV recommended"), at("recommended", text));
  }

  @Test
  void aClauseTheAttributorMissedIsSaidByItsReportingVerbsSubject() {
    String text =
        "The government has refused to set a date for withdrawal. Mr Kennedy also argued that"
            + " British troops deployed in Iraq should be replaced with forces from other"
            + " countries.";
    assertEquals(List.of("GBROPP 020 GBRGOV should"), at("should", text));
    assertEquals(List.of(), at("should", text, "R.arg.reporting-verb-speaker"));
  }

  @Test
  void whatADecisionSaysOrAQuestionAsksIsNoAppeal() {
    assertEquals(
        List.of(),
        at(
            "should",
            "Tory leader Michael Howard said the alert followed a government decision that"
                + " Britain should protect its interests."));
    assertEquals(
        List.of(),
        at(
            "should",
            "The government has changed the rules for imams. Tory leader Michael Howard said"
                + " faith groups would be asked what qualifications should be demanded."));
  }

  @Test
  void anAppealInAParticipleAfterALetterIsToItsAddressee() {
    assertEquals(
        List.of("GBRPTY 020 GBRGOV urging"),
        at("urging", "The Tories sent a letter to Tony Blair urging him to sack the minister."));
  }
}
