package org.dyad.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Rebels and insurgents no country names are coded where their sentence happens (A.code.place-in-
 * phrase), also when the place hangs on the object of the verb, and a state's forces abroad do not
 * make them that state's (A.code.state-opposed).
 */
class RebelsWhereTheyFightTest {
  private static final LocalDate DAY = LocalDate.of(2005, 1, 15);

  @Test
  void rebelsAreWhereTheirSentenceHappens() {
    String text = "Maoist rebels attacked a police station in western Nepal.";
    assertEquals(
        "NPLREB",
        HandMadeActors.codeOf(HandMadeActors.actors(text, DAY, ActorSieves.SHIPPED), "rebels"));
    // Off, they fall to the article's country: the publisher's (GBR) in these hand-made articles.
    assertEquals(
        "GBRREB",
        HandMadeActors.codeOf(
            HandMadeActors.actors(text, DAY, HandMadeActors.without("A.code.place-in-phrase")),
            "rebels"));
  }

  @Test
  void insurgentsAStateFightsAbroadAreThoseOfWhereItFights() {
    String text =
        "The US military said its troops had detained 40 suspected insurgents near Falluja.";
    assertEquals(
        "IRQINS",
        HandMadeActors.codeOf(HandMadeActors.actors(text, DAY, ActorSieves.SHIPPED), "insurgents"));
  }

  @Test
  void rebelsAStateFightsAtHomeAreItsOwn() {
    String text = "Ivorian troops clashed with rebels on Sunday.";
    assertEquals(
        "CIVREB",
        HandMadeActors.codeOf(HandMadeActors.actors(text, DAY, ActorSieves.SHIPPED), "rebels"));
  }
}
