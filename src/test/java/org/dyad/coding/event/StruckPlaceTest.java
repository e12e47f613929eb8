package org.dyad.coding.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A place that force reaches is the target's country even when no preposition of place leads to it
 * (sieve A.find.place with lists place-noun and reached-place-preposition, rule
 * R.target.place-of-force); and troops moved "from" a country are not that country's (list
 * moved-from-word).
 */
class StruckPlaceTest {
  private static final LocalDate DAY = LocalDate.of(2005, 1, 15);

  @Test
  void aCityThatIsAttackedIsInItsCountry() {
    assertEquals(
        List.of("USAMIL 190 IRQ"),
        HandMadeText.at(DAY, null, "attacked", "US forces attacked the city of Falluja."));
    assertEquals(
        List.of("USAMIL 190 IRQ"),
        HandMadeText.at(DAY, null, "attacked", "US forces attacked Fallujah."));
  }

  @Test
  void aPlaceAnAssaultIsLaunchedOnIsItsTarget() {
    assertEquals(
        List.of("USAMIL 190 IRQ"),
        HandMadeText.at(DAY, null, "launched", "US forces launched an assault on Falluja."));
  }

  @Test
  void troopsWithdrawnFromACountryAreNotItsOwn() {
    assertEquals(
        List.of("SYR 0356 LBN"),
        HandMadeText.at(DAY, null, "agreed", "Syria agreed to withdraw its troops from Lebanon."));
  }
}
