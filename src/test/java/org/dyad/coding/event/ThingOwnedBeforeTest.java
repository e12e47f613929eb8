package org.dyad.coding.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * R.arg.thing-owned-before: a judged "the plans" whose sentence names no owner belongs to whoever
 * owned or put forward the same noun in a sentence before.
 */
class ThingOwnedBeforeTest {
  private static final LocalDate DAY = LocalDate.of(2005, 1, 15);

  @Test
  void thePlansAreThoseItsOwnerUnveiled() {
    String text =
        "The British government unveiled its asylum plans on Monday. "
            + "The Tories said the plans were unfair.";
    assertEquals(List.of("GBRPTY 111 GBRGOV"), HandMadeText.at(DAY, null, "unfair", text));
    assertEquals(List.of(), HandMadeText.at(DAY, null, "unfair", text, "R.arg.thing-owned-before"));
  }

  @Test
  void whoPutsAThingForwardOwnsItBeforeWhatItIsAbout() {
    // "the legal advice" is the government's, not Iraq's, though "Iraq" modifies it
    String text =
        "The British government published the Iraq legal advice on Monday. "
            + "The Tories said the advice was flawed.";
    assertEquals(List.of("GBRPTY 111 GBRGOV"), HandMadeText.at(DAY, null, "flawed", text));
  }

  @Test
  void aThingItsOwnSentenceNamesTheOwnerOfIsNotLookedUpBefore() {
    String text =
        "The British government unveiled its asylum plans on Monday. "
            + "The Tories said the French plans were unfair.";
    assertEquals(List.of("GBRPTY 111 FRA"), HandMadeText.at(DAY, null, "unfair", text));
  }
}
