package org.dyad.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A coding profile is the rules file's rules of one profile; an unknown id is always an error. */
class CodingProfileTest {
  private static final EventRules RULES =
      new EventRules(
          List.of(
              new EventRules.Rule("R.refine.b", "refine", Set.of("dyad"), "b"),
              new EventRules.Rule("R.arg.x", "arg", Set.of("dyad", "petrarch"), "x"),
              new EventRules.Rule("R.refine.a", "refine", Set.of("dyad"), "a")));

  @Test
  void aProfileHasTheRulesThatNameIt() {
    CodingProfile dyad = CodingProfile.forConventions(RULES, Lexicon.Conventions.DYAD);
    CodingProfile petrarch = CodingProfile.forConventions(RULES, Lexicon.Conventions.PETRARCH);
    assertEquals("dyad", dyad.name());
    assertTrue(dyad.on("R.refine.b") && dyad.on("R.arg.x"));
    assertEquals("petrarch", petrarch.name());
    assertFalse(petrarch.on("R.refine.b"), "a dyad-only rule is off under PETRARCH's conventions");
    assertTrue(petrarch.on("R.arg.x"));
    assertEquals(
        List.of("R.refine.b", "R.refine.a"), dyad.enabledIn("refine"), "in the file's order");
  }

  @Test
  void aMisspeltIdIsAnErrorNotARuleOff() {
    CodingProfile dyad = CodingProfile.of(RULES, "dyad");
    var on = assertThrows(IllegalArgumentException.class, () -> dyad.on("R.refine.c"));
    assertTrue(on.getMessage().startsWith("unknown rule id R.refine.c"), on.getMessage());
    var off =
        assertThrows(
            IllegalArgumentException.class, () -> dyad.without(Set.of("R.arg.x", "R.arg.y")));
    assertEquals(
        "unknown rule id R.arg.y (the ids are in lexicon/event-rules.tsv)", off.getMessage());
    assertThrows(IllegalArgumentException.class, () -> CodingProfile.of(RULES, "tabari"));
  }

  @Test
  void withoutSwitchesOffOnlyTheRulesNamed() {
    CodingProfile dyad = CodingProfile.of(RULES, "dyad");
    CodingProfile less = dyad.without(Set.of("R.refine.b"));
    assertFalse(less.on("R.refine.b"));
    assertTrue(less.on("R.refine.a") && less.on("R.arg.x"));
    assertEquals(List.of("R.refine.a"), less.enabledIn("refine"));
    assertTrue(dyad.on("R.refine.b"), "the profile itself is unchanged");
  }
}
