package org.dyad.coding.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lexicon entries of force written in 1987 Gulf war reports, each on a hand-built sentence. */
class ConflictWordsTest {
  private static final LocalDate DAY = LocalDate.of(1987, 4, 10);

  @Test
  void warplanesHittingAJettyIsForceNotCriticism() {
    assertEquals(
        List.of("IRQMIL 190 IRN"),
        HandMadeText.at(
            DAY,
            null,
            "hit",
            "Iraqi warplanes hit the western jetty at Iran's Kharg island oil terminal."));
  }

  @Test
  void hittingBackAtSomeoneIsStillCriticism() {
    assertEquals(
        List.of("IRQ 111 IRN"),
        HandMadeText.at(DAY, null, "hit", "Iraq hit back at Iran on Monday."));
  }

  @Test
  void retaliationAgainstAStateIsForce() {
    assertEquals(
        List.of("USA 190 IRN"),
        HandMadeText.at(
            DAY, null, "retaliation", "America's retaliation against Iran had been limited."));
  }

  @Test
  void aCountryAfterAtIsWhomItIsAimedAt() {
    assertEquals(
        List.of("IRQ 111 IRN"), HandMadeText.at(DAY, null, "lashed", "Iraq lashed out at Iran."));
    assertEquals(
        List.of("IRQ 110 IRN"), HandMadeText.at(DAY, null, "angry", "Iraq was angry at Iran."));
  }

  @Test
  void aFormerCapitalStandsForItsGovernmentInOldWireNews() {
    assertEquals(
        List.of("CHNGOV 114 JPNGOV"),
        HandMadeText.at(DAY, null, "protested", "Peking protested to Tokyo over the ruling."));
    assertEquals(
        List.of("DEUGOV 120 USA"),
        HandMadeText.at(
            DAY, null, "rejected", "Bonn rejected American demands to cut interest rates."));
  }
}
