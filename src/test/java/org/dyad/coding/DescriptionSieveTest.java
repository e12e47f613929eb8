package org.dyad.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.dyad.model.Actor;
import org.dyad.model.CodedArticle;
import org.junit.jupiter.api.Test;

/** {@link DescriptionSieve} on a hand-made article. */
class DescriptionSieveTest {
  @Test
  void anOrganisationTakesTheSectorOfTheDescriptionAfterIt() {
    CodedArticle c =
        StageFixtures.code(
            "Voters in Ohio backed the plan. Pfizer said on Tuesday it would cut prices. The"
                + " company will also close a plant.",
            LocalDate.of(2005, 1, 15));
    Actor pfizer =
        c.actors().stream()
            .filter(a -> a.name().equals("Pfizer"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(c.actors().toString()));
    assertEquals("USABUS", pfizer.code().code());
    assertTrue(pfizer.rule().endsWith("description the company"), pfizer.rule());
  }
}
