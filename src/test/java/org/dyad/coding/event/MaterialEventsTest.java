package org.dyad.coding.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Material events written with nouns and with verbs (aid handed over as an amount, fighting between
 * the troops of two countries named by one noun, force by vessels and aircraft, force at a place
 * the parser misreads), each sentence coded alone as an article of 1987-05-01: source, root, target
 * by country.
 */
class MaterialEventsTest {
  private static final LocalDate DATE = LocalDate.of(1987, 5, 1);

  private static List<String> coded(String sentence) {
    return HandMadeText.sidesByCountry(DATE, sentence, false);
  }

  @Test
  void loansHandedOverAsAnAmountAreTheGiversAid() {
    assertEquals(
        List.of("JPN 071 EGY"), coded("Japan will provide 500 mln dlrs in loans to Egypt."));
  }

  @Test
  void anIndirectObjectReceivesTheAidItIsGiven() {
    assertEquals(
        List.of("USA 072 PAK"),
        coded("The United States will give Pakistan 400 mln dlrs in military aid."));
  }

  @Test
  void aidProvidedWithGoesToTheObject() {
    assertEquals(
        List.of("USA 072 EGY"),
        coded("The United States provided Egypt with 1.3 billion dlrs in military aid."));
  }

  @Test
  void fightingBetweenTroopsOfTwoCountriesIsBetweenThemInTheOrderNamed() {
    assertEquals(
        List.of("IRNMIL 190 IRQ"),
        coded("There was heavy fighting between Iranian and Iraqi troops near Basra."));
  }

  @Test
  void gunboatsWithANationalityAreItsNavy() {
    assertEquals(List.of("IRNMIL 190 SAU"), coded("Iranian gunboats attacked a Saudi tanker."));
  }

  @Test
  void hittingATankerIsForce() {
    assertEquals(List.of("IRQMIL 190 KWT"), coded("Iraqi jets hit a Kuwaiti tanker in the Gulf."));
  }

  @Test
  void theStormThatHitShipsIsNoActor() {
    assertEquals(List.of(), coded("The storm hit two ships in the harbour."));
  }

  @Test
  void drivingForcesOutIsFighting() {
    assertEquals(
        List.of("TCDMIL 190 LBY"),
        coded("Chadian troops drove Libyan forces out of Faya-Largeau."));
  }

  @Test
  void bombingAPlaceMisreadAsAClauseIsAimedAtItsCountry() {
    assertEquals(
        List.of("LBYMIL 195 TCD"),
        coded(
            "Libyan forces are still bombing the key Ouadi Doum airstrip in northern Chad"
                + " captured by Chadian troops on March 22."));
  }

  @Test
  void creditGuaranteesApprovedForACountryAreEconomicAid() {
    assertEquals(
        List.of("USA 071 IRQ"),
        coded("The United States approved 15 mln dlrs in credit guarantees for Iraq."));
  }

  @Test
  void loansHeldAreNoLoansGiven() {
    assertEquals(List.of(), coded("Some 21 Japanese banks have loans outstanding to Nigeria."));
  }

  @Test
  void investigatingClaimsIsAimedAtWhomTheClaimIsAbout() {
    assertEquals(
        List.of("IGOUNO 090 SDN"),
        coded("The United Nations is investigating claims that Sudanese troops burned villages."));
  }

  @Test
  void goingOnStrikeIsAStrikeWithNoTarget() {
    assertEquals(
        List.of("FRALAB 143 -"), coded("Thousands of workers went on strike in France on Monday."));
  }

  @Test
  void troopsPutOnAlertRaiseTheAlertAgainstTheNeighbourNamed() {
    assertEquals(
        List.of("PAK 152 IND"),
        coded("Pakistan placed its troops on high alert along the border with India."));
  }

  @Test
  void troopsMassedWithNoTargetAreAShowOfForce() {
    // "troops" is its own lemma to the tagger; the pattern lists "troop".
    assertEquals(List.of("RUS 154 -"), coded("Russia massed troops near the border."));
  }

  @Test
  void twoSidesExchangingPrisonersReleaseThemToEachOther() {
    assertEquals(
        List.of("RUS 0841 UKR", "UKR 0841 RUS"),
        coded("Russia and Ukraine exchanged prisoners on Saturday."));
  }

  @Test
  void holdingAStateResponsibleBlamesIt() {
    assertEquals(
        List.of("ISR 112 PSE"), coded("Israel holds Hamas accountable for all attacks from Gaza."));
  }

  @Test
  void praiseWonByAThingIsPraiseOfItsMaker() {
    assertEquals(
        List.of("IGOEUR 111 JPN"),
        coded("Japan's trade policy drew criticism from the European Community."));
  }

  @Test
  void enemiesAnArmyReportsKilledWereKilledByIt() {
    assertEquals(
        List.of("IRQMIL 190 IRN"),
        coded("The Iraqi army said 300 Iranian soldiers were killed in the fighting."));
  }

  @Test
  void victimsThePoliceDoNotFightAreNotItsDoing() {
    assertEquals(List.of(), coded("Pakistani police said three people were killed in a blast."));
  }

  @Test
  void aStateWithNoSectorReportingDeathsIsNoForce() {
    // Threw before: a speaker code with no sector ("IRN") looked up in an immutable set.
    assertEquals(List.of(), coded("Iran said 300 Iraqi soldiers were killed."));
  }
}
