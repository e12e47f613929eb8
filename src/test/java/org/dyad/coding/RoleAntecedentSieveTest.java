package org.dyad.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.dyad.model.Actor;
import org.dyad.model.CodedArticle;
import org.junit.jupiter.api.Test;

/** {@link RoleAntecedentSieve} on hand-made sentences. */
class RoleAntecedentSieveTest {
  private static Actor named(CodedArticle c, String name) {
    return c.actors().stream()
        .filter(a -> a.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not among " + c.actors()));
  }

  @Test
  void itsForcesAreTheMainClauseSubjectsState() {
    CodedArticle c =
        StageFixtures.code(
            "Baghdad said on Saturday its forces had routed the Iranians in the south. Iran"
                + " denied it.",
            LocalDate.of(1987, 2, 1));
    assertEquals("IRQMIL", named(c, "forces").code().code(), "not the article's country, Iran");
  }

  @Test
  void aRoleNounWithoutOwnerIsTheSameRoleNamedJustBefore() {
    CodedArticle c =
        StageFixtures.code(
            "Japan exported more cars. EC foreign ministers met in Brussels. The ministers said"
                + " they were disturbed by the U.S. moves.",
            LocalDate.of(1987, 3, 16));
    assertEquals("IGOEUR", named(c, "ministers").code().code());
    // A phrase that names its own owner, however badly parsed, is left to the article's country.
    CodedArticle own =
        StageFixtures.code(
            "EC farm ministers met in Brussels. Farm leaders met the Danish foreign and"
                + " agriculture ministers.",
            LocalDate.of(1987, 3, 16));
    assertTrue(
        own.actors().stream()
            .noneMatch(
                a ->
                    a.name().equals("agriculture ministers")
                        && a.code() != null
                        && a.code().code().equals("IGOEUR")),
        own.actors().toString());
  }

  @Test
  void theAdministrationIsTheAdministrationNamedBefore() {
    CodedArticle c =
        StageFixtures.code(
            "Britain's Chancellor Nigel Lawson met Reagan Administration officials in Washington."
                + " British officials said London and Britain wanted lower rates, and Britain's"
                + " Treasury agreed. Lawson said the Administration had promised to act.",
            LocalDate.of(1987, 3, 16));
    assertEquals("USAGOV", named(c, "Administration").code().code());
    // With no administration named before, the article's country's.
    CodedArticle none =
        StageFixtures.code(
            "Britain's Chancellor Nigel Lawson met officials in London. British officials said"
                + " Britain wanted lower rates. Lawson said the Administration had promised to act.",
            LocalDate.of(1987, 3, 16));
    assertEquals("GBRGOV", named(none, "Administration").code().code());
  }
}
