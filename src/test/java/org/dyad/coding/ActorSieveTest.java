package org.dyad.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.ActorCode;
import org.dyad.model.Span;
import org.junit.jupiter.api.Test;

/** The sieve recorded on a mention is a typed value that travels with its rule. */
class ActorSieveTest {
  private static Mention police() {
    return new Mention(
            0,
            1,
            1,
            new Span(4, 10),
            "police",
            Actor.Kind.ORGANIZATION,
            null,
            null,
            ActorSieve.ROLE_NOUN,
            "role-noun:A.police",
            List.of(),
            Awaiting.NOTHING,
            "A.police",
            false)
        .awaiting(Awaiting.ARTICLE_COUNTRY);
  }

  @Test
  void aRuleNeedsTheSieveThatWroteIt() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Mention(
                0, 0, 0, new Span(0, 3), "Kim", Actor.Kind.PERSON, null, null, null, "context:x"));
  }

  @Test
  void settlingARuleKeepsItsSieveAndRole() {
    Mention settled = police().settledBy(" in place Leeds").withCode(ActorCode.of("GBR", "COP"));
    assertEquals("role-noun:A.police in place Leeds", settled.rule());
    assertTrue(settled.byRoleNoun());
    assertEquals("A.police", settled.role());
  }

  @Test
  void codingAnewReplacesTheSieveWhateverTheRuleSays() {
    // A rule whose text begins like a role noun's is not one: only the typed value decides.
    Mention recoded =
        police().codedBy(ActorSieve.EMPLOYER, ActorCode.of("GBR", "BUS"), "role-noun:x", null);
    assertFalse(recoded.byRoleNoun());
    assertEquals(ActorSieve.EMPLOYER, recoded.sieve());
    assertEquals(Awaiting.NOTHING, recoded.awaiting());
  }

  @Test
  void aPhraseCarryingOnAnotherRuleTakesItsSieve() {
    Mention owner = police().codedBy(ActorSieve.DICTIONARY, ActorCode.of("GBR", null), "d", null);
    // "the police and army" grown over a phrase that carries on from its owner's rule
    Mention grown = police().sievedAs(owner);
    assertEquals(ActorSieve.DICTIONARY, grown.sieve());
    assertFalse(grown.byRoleNoun());
  }
}
