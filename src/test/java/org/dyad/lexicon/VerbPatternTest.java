package org.dyad.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerbPatternTest {
  @Test
  void parsesComplementObjectWordAndSlots() {
    VerbPattern p =
        VerbPattern.parse("V.03.0001", "0331", VerbPattern.Pos.V, "offer >send :aid to +", "-");
    assertEquals("offer", p.trigger());
    assertEquals(
        List.of(
            new VerbPattern.Complement("send"),
            new VerbPattern.ObjectWord(Set.of("aid")),
            new VerbPattern.Slot("to", false)),
        p.steps());
    assertEquals(5, p.specificity(), "a named complement and an object word count double");
  }

  @Test
  void parsesPredicateWords() {
    VerbPattern p =
        VerbPattern.parse(
            "V.11.0001", "111", VerbPattern.Pos.V, "call =unjustified|mistake +", "-");
    assertEquals(
        List.of(
            new VerbPattern.Predicate(Set.of("unjustified", "mistake")),
            new VerbPattern.Slot(null, false)),
        p.steps());
    assertEquals(3, p.specificity(), "a predicate word counts double");
  }

  @Test
  void parsesWhatIsStillToCome() {
    VerbPattern p =
        VerbPattern.parse(
            "V.13.0001", "130", VerbPattern.Pos.V, "retaliate against + ?future", "-");
    assertEquals(
        List.of(new VerbPattern.Slot("against", false), new VerbPattern.StillToCome(false)),
        p.steps());
    assertTrue(p.isStillToCome());
    VerbPattern q =
        VerbPattern.parse("V.13.0002", "130", VerbPattern.Pos.V, "take :measure ?if", "-");
    assertEquals(new VerbPattern.StillToCome(true), q.steps().get(1));
    assertEquals(3, q.specificity());
    assertFalse(VerbPattern.parse("x", "130", VerbPattern.Pos.V, "retaliate", "-").isStillToCome());
  }

  @Test
  void sourceSlotMultiwordPrepositionAndNegation() {
    VerbPattern p =
        VerbPattern.parse("x", "070", VerbPattern.Pos.V, "receive :aid|loan from $", "-");
    assertEquals(new VerbPattern.Slot("from", true), p.steps().get(1));
    VerbPattern q = VerbPattern.parse("y", "040", VerbPattern.Pos.V, "act on behalf of +", "-");
    assertEquals(List.of(new VerbPattern.Slot("on_behalf_of", false)), q.steps());
    VerbPattern r = VerbPattern.parse("z", "1246", VerbPattern.Pos.V, "agree ~ >withdraw", "-");
    assertTrue(r.negated());
    VerbPattern s = VerbPattern.parse("w", "112", VerbPattern.Pos.V, "accuse + of", "-");
    assertEquals(
        List.of(new VerbPattern.Slot(null, false), new VerbPattern.Preposition("of")), s.steps());
  }

  @Test
  void rejectsUnknownTokensWithThePattern() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> VerbPattern.parse("x", "040", VerbPattern.Pos.V, "meet with + [040]", "-"));
    assertEquals("unknown pattern token '[040]' in: meet with + [040]", e.getMessage());
  }

  @Test
  void surfacePatternsCountTheirElementsAndNameTheirReverseCode() {
    VerbPattern.Element said =
        new VerbPattern.Element(VerbPattern.ElementKind.WORDS, List.of(List.of("said")), false);
    VerbPattern.Element target =
        new VerbPattern.Element(VerbPattern.ElementKind.TARGET, List.of(), true);
    VerbPattern.Element skip =
        new VerbPattern.Element(VerbPattern.ElementKind.SKIP, List.of(), false);
    VerbPattern p =
        new VerbPattern(
            "PV.1.met",
            "031",
            VerbPattern.Pos.V,
            "met",
            List.of(
                new VerbPattern.Surface(List.of(said), List.of(skip, target)),
                new VerbPattern.Reciprocal("032")),
            false,
            "-",
            "SAID * ^ +");
    assertEquals(2, p.specificity(), "a skip is no constraint; the reverse code none either");
    assertTrue(p.isSurface());
    assertTrue(p.hasSlot(), "a surface target is a slot");
    assertEquals("032", p.reciprocalCode());
    assertThrows(
        IllegalArgumentException.class,
        () -> new VerbPattern.Element(VerbPattern.ElementKind.WORDS, List.of(), false));
  }
}
