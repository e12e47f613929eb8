package org.dyad.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.CodedArticle;
import org.junit.jupiter.api.Test;

/** {@link EmployerSieve} and {@link OrganizationShortNameSieve} on hand-made sentences. */
class EmployerSieveTest {
  private static Actor named(CodedArticle c, String name) {
    return c.actors().stream()
        .filter(a -> a.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not among " + c.actors()));
  }

  @Test
  void aPresidentOfTheArticlesCountryNamedWithAnOrganisationPresidesOverIt() {
    // "president" alone would make him the head of the article's state (USAGOV).
    CodedArticle c =
        StageFixtures.code(
            "Voters in Ohio backed the plan. John Roe, president of the National Union of"
                + " Teachers, criticised it.",
            LocalDate.of(2005, 1, 15));
    Actor roe = named(c, "John Roe");
    assertEquals("USALAB", roe.code().code());
    assertTrue(roe.rule().startsWith("context:employer "), roe.rule());
  }

  @Test
  void aShortFormBeginsEachWordOfTheLongNameInOrderAndSharesItsHead() {
    assertTrue(
        OrganizationShortNameSieve.isShortForm(
            List.of("Ex", "Im", "Bank"), List.of("Export", "Import", "Bank", "of", "Japan")));
    assertFalse(
        OrganizationShortNameSieve.isShortForm(
            List.of("Im", "Ex", "Bank"), List.of("Export", "Import", "Bank", "of", "Japan")),
        "out of order");
    assertFalse(
        OrganizationShortNameSieve.isShortForm(
            List.of("Ex", "Im", "Fund"), List.of("Export", "Import", "Bank", "of", "Japan")),
        "another head");
  }
}
