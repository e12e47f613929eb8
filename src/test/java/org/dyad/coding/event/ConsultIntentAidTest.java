package org.dyad.coding.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Event;
import org.dyad.model.Mode;
import org.junit.jupiter.api.Test;

/**
 * Meetings, visits and talks (04), intents (03) and aid (07) in ordinary news wording: each rule or
 * lexicon entry on a hand-made sentence, rules switched off where the rule is code.
 */
class ConsultIntentAidTest {
  private static final LocalDate DATE = LocalDate.of(1987, 3, 15);

  /** The events of {@code text} at the trigger word {@code trigger}, as "SRC CODE TGT". */
  private static List<String> at(String trigger, String text, String... rulesOff) {
    return HandMadeText.at(DATE, null, trigger, text, rulesOff);
  }

  private static List<Mode> modes(String text) {
    return HandMadeText.events(DATE, null, text).stream().map(Event::mode).toList();
  }

  @Test
  void theSubjectOfDueToVisitIsTheVisitor() {
    String text = "This week Treasury Secretary James Baker is due to visit Denmark and Belgium.";
    assertEquals(List.of("USAGOV 036 DNK", "USAGOV 036 BEL"), at("visit", text));
    assertEquals(List.of(), at("visit", text, "R.arg.adjective-controller"));
  }

  @Test
  void dueToWithAnAdverbBeforeItIsStillToCome() {
    String text = "This week Treasury Secretary James Baker is also due to visit Denmark.";
    assertEquals(List.of(Mode.FUTURE), modes(text));
  }

  @Test
  void aVowIsAnIntentUnlessItsPatternSaysAThreat() {
    assertEquals(
        List.of("GBRGOV 030 -"),
        HandMadeText.at(
            LocalDate.of(2005, 1, 15),
            "GBR",
            "vowed",
            "Mr Blair has vowed to put Africa at the top of his agenda."));
    assertEquals(
        List.of("IRQREB 1384 IRQGOV"),
        at("vowed", "Iraqi rebels vowed to attack the Iraqi government."));
  }

  @Test
  void moneyGivenInACurrencyIsEconomicAid() {
    assertEquals(List.of("JPN 071 IDN"), at("gave", "Japan gave 500 mln dlrs to Indonesia."));
    assertEquals(
        List.of("JPN 071 PHL"), at("granted", "Japan has granted 50 mln dlrs to the Philippines."));
    assertEquals(List.of("GBR 071 KEN"), at("gave", "Britain gave Kenya 20 million pounds."));
  }

  @Test
  void moneyOfferedInACurrencyIsAnIntentToGiveAid() {
    assertEquals(
        List.of("JPN 0331 IDN"), at("offered", "Japan offered 200 mln dlrs to Indonesia."));
  }

  @Test
  void grainOfferedIsAnIntentToGiveHumanitarianAid() {
    assertEquals(
        List.of("GBR 0333 BGD"),
        at("offered", "Britain has offered 79,250 tonnes of wheat to Bangladesh."));
  }

  @Test
  void hostingANewsConferenceHostsNoOne() {
    LocalDate d = LocalDate.of(2005, 1, 15);
    assertEquals(
        List.of(),
        HandMadeText.at(
            d,
            "GBR",
            "host",
            "Michael Howard will host a news conference at the party's London headquarters."));
    assertEquals(
        List.of("GBRGOV 043 CHNGOV"),
        HandMadeText.at(
            d, "GBR", "hosted", "Tony Blair hosted the Chinese president at Chequers."));
  }

  @Test
  void meetingARuleIsNoMeeting() {
    assertEquals(
        List.of(),
        HandMadeText.at(
            LocalDate.of(2005, 1, 15),
            "GBR",
            "meet",
            "Gordon Brown will meet the golden rule with a margin of pounds 8bn."));
  }

  @Test
  void anAmountInAKindOfAidIsThatAidNotMoneyHandedOver() {
    String text = "The United States will give Pakistan 400 mln dlrs in military aid.";
    assertEquals(
        List.of("USA 072 PAK"),
        HandMadeText.events(DATE, null, text).stream().map(HandMadeText::codes).toList());
    assertEquals(
        List.of("USA 0331 PAK", "USA 072 PAK"),
        HandMadeText.events(DATE, null, text, "R.arg.amount-in-phrase").stream()
            .map(HandMadeText::codes)
            .toList());
  }

  @Test
  void anAbbreviatedRankIsNoPartOfTheName() {
    assertEquals(
        List.of("PAKMIL 046 GBRGOV", "GBRGOV 046 PAKMIL"),
        HandMadeText.at(
            LocalDate.of(2005, 1, 15),
            "GBR",
            "held",
            "Gen Musharraf held talks with Tony Blair on Monday."));
  }

  @Test
  void aPresidentsInitialWithoutAFullStopIsStillHis() {
    assertEquals(
        List.of("GBRGOV 040 USAGOV", "USAGOV 040 GBRGOV"),
        HandMadeText.at(
            LocalDate.of(2005, 1, 15),
            "GBR",
            "met",
            "Tony Blair met President George W Bush at the White House."));
  }

  @Test
  void setOrPoisedToActIsStillToCome() {
    assertEquals(
        List.of("USAGOV 036 CHNGOV"),
        at("meet", "Secretary of State George Shultz is set to meet Chinese leaders in Beijing."));
    assertEquals(
        List.of("JPN 030 CHN"),
        at("sign", "Japan is poised to sign a trade agreement with China."));
  }
}
