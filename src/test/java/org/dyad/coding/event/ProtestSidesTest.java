package org.dyad.coding.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who protests and against whom when a protest noun names neither (R.source.protest-where-held,
 * R.target.anti-named), talks between two countries named in one modifier (R.target.paired-names),
 * a crowd's force as a riot (R.refine.crowd-violence) and workers' strikes
 * (R.refine.workers-strike). Each test fails with its rule switched off.
 */
class ProtestSidesTest {
  private static final LocalDate DAY = LocalDate.of(2023, 3, 4);

  @Test
  void aProtestNounIsHeldByThePeopleWhereItHappens() {
    String text = "Anti-war protests were held in London on Saturday.";
    assertEquals(List.of("GBRCVL 141 -"), HandMadeText.at(DAY, null, "protests", text));
    assertEquals(
        List.of(),
        HandMadeText.at(DAY, null, "protests", text, "R.source.protest-where-held"),
        "off: no one holds the protests");
  }

  @Test
  void theClauseAProtestLeadsSaysWhereItHappens() {
    String text = "Anti-government protests spread across Iran.";
    assertEquals(List.of("IRNCVL 141 IRNGOV"), HandMadeText.at(DAY, null, "protests", text));
    assertEquals(
        List.of("IRNCVL 141 -"),
        HandMadeText.at(DAY, null, "protests", text, "R.target.anti-named"),
        "off: aimed at no one");
  }

  @Test
  void antiANationalityIsAimedAtItsState() {
    String text = "Anti-Japanese protests broke out in Beijing and Shanghai.";
    assertEquals(List.of("CHNCVL 141 JPN"), HandMadeText.at(DAY, null, "protests", text));
    assertEquals(
        List.of("CHNCVL 141 -"),
        HandMadeText.at(DAY, null, "protests", text, "R.target.anti-named"));
  }

  @Test
  void talksNamedByTwoCountriesAreBetweenThem() {
    String text = "The U.S.-Japanese talks ended without agreement.";
    assertEquals(List.of("JPN 046 USA", "USA 046 JPN"), HandMadeText.at(DAY, null, "talks", text));
    assertEquals(
        List.of(), HandMadeText.at(DAY, null, "talks", text, "R.target.paired-names"), "off");
  }

  @Test
  void tradeNamedByTwoCountriesIsNoEvent() {
    assertEquals(
        List.of(),
        HandMadeText.at(
            DAY, null, "trade", "The ministers asked for a report on U.S.-Japanese trade."));
  }

  @Test
  void aCrowdsForceIsARiot() {
    String text = "Protesters threw stones at police in Nairobi.";
    assertEquals(List.of("KENCVL 145 KENCOP"), HandMadeText.at(DAY, null, "threw", text));
    assertEquals(
        List.of("KENCVL 180 KENCOP"),
        HandMadeText.at(DAY, null, "threw", text, "R.refine.crowd-violence"));
  }

  @Test
  void soldiersInHundredsStillAttack() {
    assertEquals(
        List.of("IRNMIL 190 IRQMIL"),
        HandMadeText.at(
            DAY,
            null,
            "attacked",
            "Hundreds of Iranian soldiers attacked Iraqi troops near Basra."));
  }

  @Test
  void workersWhoStrikeStopWork() {
    String text =
        "The government has frozen public sector pay. Union members have voted to strike over the"
            + " cuts.";
    LocalDate day = LocalDate.of(2004, 11, 1);
    assertEquals(List.of("GBRLAB 143 GBRGOV"), HandMadeText.at(day, "GBR", "strike", text));
    assertEquals(
        List.of("GBRLAB 190 GBRGOV"),
        HandMadeText.at(day, "GBR", "strike", text, "R.refine.workers-strike"),
        "off: an assault");
  }
}
