package org.dyad.coding.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shapes of economic-diplomacy wire news (1987) on hand-built sentences: rules R.arg.traded-goods,
 * R.arg.aimed-against-inside, the sale-opposing patterns V.12.0901 to V.12.0906,
 * R.mode.starting-verb-subject, R.mode.reported-would, R.mode.planned-noun,
 * R.assemble.reciprocal-planned-meetings and R.select.forced-goal, the tariff-cutting and
 * tariff-lifting patterns V.06.0901 to V.06.0914 and V.08.0901 to V.08.0905, and the US agencies
 * O.ccc-usa, O.usda, O.commerce-usa, O.ustr, O.exim-usa, O.usitc and O.usaid.
 */
class TradeDiplomacyTest {
  private static final LocalDate DAY = LocalDate.of(1987, 4, 8);

  @Test
  void aCountrysGoodsReceiveTheTariffCutTheirCountryDoes() {
    String text = "The EU cut tariffs on Ukrainian goods.";
    assertEquals(List.of("IGOEUR 061 UKR"), HandMadeText.at(DAY, null, "cut", text));
    assertEquals(List.of(), HandMadeText.at(DAY, null, "cut", text, "R.arg.traded-goods"));
    assertEquals(
        List.of("JPN 061 USA"),
        HandMadeText.at(DAY, null, "opened", "Japan opened its market to American beef."));
  }

  @Test
  void loweringTariffsIsNoSanction() {
    // Before V.06.0902 the tariff noun coded its default, 163, aimed at the United States.
    assertEquals(
        List.of("KORGOV 0311 USA"),
        HandMadeText.sidesByCountry(
            DAY, "Seoul agreed to lower tariffs on 50 American products.", false));
  }

  @Test
  void liftingTariffsOnAStatesGoodsEasesSanctionsOnIt() {
    assertEquals(
        List.of("USAGOV 085 JPN"),
        HandMadeText.at(
            DAY, null, "lifted", "Washington lifted the tariffs on Japanese television sets."));
  }

  @Test
  void talksThatAreToResumeAreStillToComeForBothSides() {
    String text = "The talks between Canada and the United States are to resume next month.";
    assertEquals(List.of("CAN 036 USA", "USA 036 CAN"), HandMadeText.at(DAY, null, "talks", text));
    assertEquals(
        List.of("CAN 036 USA"),
        HandMadeText.at(DAY, null, "talks", text, "R.assemble.reciprocal-planned-meetings"));
    assertEquals(
        List.of("CAN 046 USA", "USA 046 CAN"),
        HandMadeText.at(DAY, null, "talks", text, "R.mode.starting-verb-subject"));
  }

  @Test
  void talksThatBeganHappened() {
    assertEquals(
        List.of("IRN 046 IRQ", "IRQ 046 IRN"),
        HandMadeText.at(
            DAY, null, "talks", "The talks between Iran and Iraq began on Monday in Geneva."));
  }

  @Test
  void theCommodityCreditCorporationIsTheUsGovernment() {
    assertEquals(
        List.of("USAGOV 071 IRQ"),
        HandMadeText.at(
            DAY,
            null,
            "guarantees",
            "The CCC reallocated 10 mln dlrs in credit guarantees to Iraq."));
  }

  @Test
  void whatSanctionsAreToForceAStateToDoHasNotHappened() {
    String text =
        "Conservative members signed a motion calling for trade sanctions against Japan to force"
            + " Tokyo to open its domestic market to British goods.";
    assertEquals(List.of(), HandMadeText.at(DAY, "GBR", "open", text));
    assertEquals(
        List.of("JPNGOV 061 GBR"),
        HandMadeText.at(DAY, "GBR", "open", text, "R.select.forced-goal"));
  }

  @Test
  void talksWithOneSideStillToComeStayOneWay() {
    assertEquals(
        List.of("IGOEUR 036 HRV"),
        HandMadeText.at(
            DAY,
            null,
            "talks",
            "The EU has announced that it will start accession talks with Croatia in April."));
  }

  @Test
  void aPurchaseAStatementSaidWouldBeMadeIsAnIntent() {
    String text =
        "The statement said South Korea would buy 300 mln dlrs worth of U.S. wheat and corn.";
    assertEquals(List.of("KOR 0311 USA"), HandMadeText.at(DAY, null, "buy", text));
    assertEquals(
        List.of("KOR 061 USA"), HandMadeText.at(DAY, null, "buy", text, "R.mode.reported-would"));
  }

  @Test
  void fightingTheSaleOfACompanyToAForeignBuyerRejectsTheBuyer() {
    // V.12.0902
    assertEquals(
        List.of("USAGOV 1211 JPN"),
        HandMadeText.at(
            DAY,
            null,
            "fought",
            "Defence Secretary Caspar Weinberger fought the planned sale of the company to a"
                + " Japanese electronics group."));
  }

  @Test
  void defendingSanctionsAgainstAStateDefendsNoStateTheyAreAgainst() {
    String text = "Fitzwater defended the new sanctions against Japan on Friday.";
    assertEquals(List.of(), HandMadeText.at(DAY, null, "defended", text));
    assertEquals(
        List.of("USAGOV 052 JPN"),
        HandMadeText.at(DAY, null, "defended", text, "R.arg.aimed-against-inside"));
  }

  @Test
  void announcedPlannedTariffsAreAThreatAndImposedOnesASanction() {
    String text =
        "President Reagan announced the planned tariffs on Japanese electronic goods on Friday.";
    assertEquals(List.of("USAGOV 1312 JPN"), HandMadeText.at(DAY, null, "announced", text));
    assertEquals(
        List.of("USAGOV 163 JPN"),
        HandMadeText.at(DAY, null, "announced", text, "R.mode.planned-noun"));
    assertEquals(
        List.of("USAGOV 163 JPN"),
        HandMadeText.at(
            DAY,
            null,
            "imposed",
            "Reagan imposed the planned tariffs on Japanese goods on Friday."));
  }

  @Test
  void proposedTalksAreStillToCome() {
    String text = "The proposed talks between Iran and Iraq were welcomed by Kuwait.";
    assertEquals(List.of("IRN 036 IRQ", "IRQ 036 IRN"), HandMadeText.at(DAY, null, "talks", text));
  }
}
