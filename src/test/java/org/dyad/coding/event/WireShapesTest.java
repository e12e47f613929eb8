package org.dyad.coding.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Event;
import org.dyad.model.Mode;
import org.junit.jupiter.api.Test;

/**
 * Shapes of wire news on hand-built sentences: rule R.arg.uncoded-target-yields, the agents
 * A.led-coalition and A.patrol, the telephone patterns V.04.0104 to V.04.0107, and
 * R.mode.threat-disavowed.
 */
class WireShapesTest {
  private static final LocalDate DAY = LocalDate.of(2019, 3, 4);

  @Test
  void aPatternWhoseTargetNothingCodesLeavesTheEventToTheDefaultLayer() {
    // "the government" of no known country codes nothing; the blockade still happened.
    String text = "Protesters blocked roads in Beirut to demand the government's resignation.";
    assertEquals(List.of("LBNCVL 1441 -"), HandMadeText.at(DAY, null, "blocked", text));
    assertEquals(
        List.of(), HandMadeText.at(DAY, null, "blocked", text, "R.arg.uncoded-target-yields"));
  }

  @Test
  void aCoalitionLedByAStateIsThatStatesForces() {
    assertEquals(
        List.of("SAUMIL 195 YEM"),
        HandMadeText.at(
            DAY,
            null,
            "bombed",
            "The Saudi-led coalition bombed a school bus in Yemen, killing 40 children."));
    // The state's own mention, joined by the hyphen, becomes part of the coalition's phrase.
    assertEquals(
        List.of("USAMIL 195 IMGMUS"),
        HandMadeText.at(
            DAY,
            null,
            "bombed",
            "The US-led coalition bombed Islamic State positions in Raqqa on Sunday."));
  }

  @Test
  void aPatrolIsItsStatesForces() {
    assertEquals(
        List.of("IRQREB 190 TURMIL"),
        HandMadeText.at(
            DAY,
            null,
            "ambushed",
            "Kurdish fighters ambushed a Turkish patrol near Dohuk in northern Iraq."));
  }

  @Test
  void leadersWhoSpokeByPhoneDiscussedByTelephoneEachWay() {
    assertEquals(
        List.of("TURGOV 041 RUSGOV", "RUSGOV 041 TURGOV"),
        HandMadeText.at(
            DAY, null, "spoke", "Erdogan and Putin spoke by phone about the situation in Idlib."));
    assertEquals(
        List.of("USAGOV 041 TURGOV", "TURGOV 041 USAGOV"),
        HandMadeText.at(DAY, null, "held", "Trump and Erdogan held a phone call on Sunday."));
  }

  @Test
  void aForceLedByAPeopleIsNoStatesForce() {
    // A.led-coalition needs a state or organisation before the hyphen (owned-only-first-word).
    assertEquals(
        List.of(),
        HandMadeText.at(
            DAY,
            null,
            "attacked",
            "Turkey said on Monday that the Kurdish-led forces attacked a village in Syria."));
  }

  @Test
  void forcesOwnedByItsAtTheStartOfASentenceAreTheStateTheSentenceBeforeIsAbout() {
    // A.code.possessor-subject, across the sentence boundary.
    String text =
        "Russia said it would not allow clashes between Turkish and Syrian troops. Its forces"
            + " have been patrolling the front lines near Manbij since Monday.";
    assertEquals(List.of("RUSMIL 150 SYR"), HandMadeText.at(DAY, null, "patrolling", text));
  }

  @Test
  void aQuotedPredicateJudgesTheSubjectTheParserMadeTheReportingVerbsObject() {
    assertEquals(
        List.of("USAELI 111 USAGOV"),
        HandMadeText.at(
            LocalDate.of(2019, 10, 20),
            null,
            "corrupt",
            "Biden said Trump was \"the most corrupt president in modern history\"."));
  }

  @Test
  void callingAnActorTerroristsIsDenouncingIt() {
    assertEquals(
        List.of("TURGOV 111 SYRREB"),
        HandMadeText.at(
            DAY,
            null,
            "terrorists",
            "Erdogan described the Kurdish militia in Syria as terrorists."));
    // An attack called terrorist judges no one named.
    assertEquals(
        List.of(),
        HandMadeText.at(
            DAY,
            null,
            "terrorist",
            "Turkish officials said the terrorist attack in Ankara killed 12 people."));
  }

  @Test
  void aParticipleWithItsAgentAfterANounIsAPassiveDoneToTheClausesDoer() {
    // R.arg.reduced-relative and R.target.reduced-relative
    LocalDate day = LocalDate.of(2005, 1, 15);
    String text = "The government raised taxes on fuel, in a move condemned by the Conservatives.";
    assertEquals(List.of("GBRPTY 111 GBRGOV"), HandMadeText.at(day, "GBR", "condemned", text));
    assertEquals(
        List.of(), HandMadeText.at(day, "GBR", "condemned", text, "R.arg.reduced-relative"));
    // (With only the target rule off, R.target.implied still finds the government at home.)
    String backed = "Syrian rebels backed by Turkey attacked the town.";
    assertEquals(List.of("TUR 051 SYRREB"), HandMadeText.at(DAY, null, "backed", backed));
    assertEquals(
        List.of(), HandMadeText.at(DAY, null, "backed", backed, "R.target.reduced-relative"));
  }

  @Test
  void aThreatDisavowedIsNegated() {
    LocalDate day = LocalDate.of(1987, 6, 1);
    String text = "Japan's trade minister said Tokyo would not retaliate against the US tariffs.";
    assertEquals(
        List.of(Mode.NEGATED),
        HandMadeText.events(day, null, text).stream()
            .filter(e -> e.trigger().equals("retaliate"))
            .map(Event::mode)
            .toList());
    assertEquals(
        List.of(Mode.ASSERTED),
        HandMadeText.events(day, null, text, "R.mode.threat-disavowed").stream()
            .filter(e -> e.trigger().equals("retaliate"))
            .map(Event::mode)
            .toList());
  }

  @Test
  void aForceBackedByItsOwnArmsIsBackedByNoSide() {
    // hardware-noun: the tanks are the brigade's own, not a side that backs it
    // (R.arg.reduced-relative still reads "Syrian rebels backed by Turkey").
    LocalDate day = LocalDate.of(1987, 6, 1);
    String text =
        "Iraq said its forces repelled an attack in the south. A Baghdad war communique said an"
            + " Iranian infantry brigade, backed by tanks, launched the overnight attack.";
    assertEquals(List.of(), HandMadeText.at(day, null, "backed", text));
  }
}
