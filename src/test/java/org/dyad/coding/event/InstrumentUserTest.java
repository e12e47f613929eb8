package org.dyad.coding.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule R.source.instrument-user on hand-built sentences. */
class InstrumentUserTest {
  private static final LocalDate DAY = LocalDate.of(2005, 1, 15);

  @Test
  void whoUsesTearGasToDisperseProtestersDispersesThem() {
    String text = "Police used tear gas to disperse protesters in Istanbul.";
    assertEquals(List.of("TURCOP 175 TURCVL"), HandMadeText.at(DAY, null, "disperse", text));
    assertEquals(
        List.of(), HandMadeText.at(DAY, null, "disperse", text, "R.source.instrument-user"));
  }

  @Test
  void anActorAskedToActIsStillTheDoer() {
    // "asked" is no verb of using: the object asked does the asking's infinitive.
    assertEquals(
        List.of(),
        HandMadeText.at(DAY, null, "release", "The UN asked Iran to release the sailors."));
  }
}
