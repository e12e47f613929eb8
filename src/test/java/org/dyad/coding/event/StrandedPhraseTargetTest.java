package org.dyad.coding.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An event noun's phrase that the parser hung on the verb whose object the noun is
 * (R.target.phrase-on-governing-verb). Fails with the rule switched off.
 */
class StrandedPhraseTargetTest {
  private static final LocalDate DAY = LocalDate.of(1987, 4, 10);

  @Test
  void strikesOnVillagesHangingOnTheVerbAreOnTheVillages() {
    String text = "Syria denounced the Israeli air strikes on Syrian villages.";
    assertEquals(List.of("ISR 195 SYR"), HandMadeText.at(DAY, null, "strikes", text));
    assertEquals(
        List.of("ISR 195 -"),
        HandMadeText.at(DAY, null, "strikes", text, "R.target.phrase-on-governing-verb"),
        "off: strikes on no one");
  }

  @Test
  void notAPhraseTheVerbTakes() {
    assertEquals(
        List.of(),
        HandMadeText.at(DAY, null, "attack", "Israel blamed the attack on Hezbollah and Iran.")
            .stream()
            .filter(e -> e.endsWith("LBNREB") || e.endsWith("IRN"))
            .toList());
  }
}
