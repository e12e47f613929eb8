package org.dyad.coding.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two different people or named bodies of one code outside any office are two sides when one acts
 * on the other (R.arg.rivals-are-two-sides); joined as one subject they are one side unless the
 * verb is done to one another; one office, one team and one actor stay one side. Hand-built
 * sentences.
 */
class RivalsOfOneCodeTest {
  private static final String RULE = "R.arg.rivals-are-two-sides";

  /** In January 2008 Hillary Clinton and Barack Obama are both senators (USALEG). */
  private static final LocalDate PRIMARIES = LocalDate.of(2008, 1, 15);

  private static final LocalDate BBC = LocalDate.of(2005, 1, 15);

  @Test
  void aRivalOfOneCodeIsTheTargetOfACritique() {
    String text =
        "In response, Hillary Clinton has returned to critiquing Barack Obama over his votes.";
    assertEquals(
        List.of("USALEG 111 USALEG"), HandMadeText.at(PRIMARIES, null, "critiquing", text));
    assertEquals(List.of(), HandMadeText.at(PRIMARIES, null, "critiquing", text, RULE));
  }

  @Test
  void twoRivalsMeetingMeetEachOther() {
    String text = "Hillary Clinton and Barack Obama met in Washington on Monday.";
    assertEquals(
        List.of("USALEG 040 USALEG", "USALEG 040 USALEG"),
        HandMadeText.at(PRIMARIES, null, "met", text));
    assertEquals(List.of("USALEG 040 USALEG"), HandMadeText.at(PRIMARIES, null, "met", text, RULE));
  }

  @Test
  void theOwnerOfAPlanAttackedIsARivalParty() {
    String text = "Labour attacked the Tory plans.";
    assertEquals(List.of("GBRPTY 111 GBRPTY"), HandMadeText.at(BBC, "GBR", "attacked", text));
    assertEquals(List.of("GBRPTY 111 -"), HandMadeText.at(BBC, "GBR", "attacked", text, RULE));
  }

  @Test
  void twoPartiesWelcomingTogetherDoNotWelcomeEachOther() {
    String text = "The Conservatives and the Liberal Democrats welcomed the report.";
    assertEquals(List.of(), HandMadeText.at(BBC, "GBR", "welcomed", text));
  }

  @Test
  void oneOfficeOneTeamAndOneActorStayOneSide() {
    assertEquals(
        List.of(),
        HandMadeText.at(BBC, "GBR", "criticised", "Tony Blair criticised Gordon Brown."));
    assertEquals(
        List.of(),
        HandMadeText.at(BBC, "GBR", "criticised", "The government criticised the government."));
    // Michael Howard and his spokesman Tim Yeo (both GBROPP) are one front bench.
    assertEquals(
        List.of("GBROPP 016 -"),
        HandMadeText.at(
            BBC,
            "GBR",
            "denied",
            "Michael Howard denied Tim Yeo, his transport spokesman, said the plans stink."));
  }
}
