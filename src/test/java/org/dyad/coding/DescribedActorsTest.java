package org.dyad.coding;

import static org.dyad.coding.HandMadeActors.codeOf;
import static org.dyad.coding.HandMadeActors.without;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.dyad.lexicon.SieveOrder;
import org.dyad.model.Actor;
import org.junit.jupiter.api.Test;

/**
 * Actors named by a description no dictionary lists: "senior union figures", "a French government
 * team", "party sources", "Ministers" at the start of a sentence, "the next government". Each test
 * codes hand-built sentences as a British paper publishes them (home country GBR), with the rule on
 * and, where it has an id of its own, off.
 */
class DescribedActorsTest {
  private static final LocalDate DATE = LocalDate.of(2005, 1, 15);

  private static List<Actor> actors(String text, SieveOrder order) {
    return HandMadeActors.actors(text, DATE, order);
  }

  @Test
  void aSectorNounBeforeAWordForItsPeopleNamesThemWithItsSector() {
    String text =
        "John Prescott held a private meeting with senior union figures on Thursday. Party"
            + " sources said the leader would resign. Union members voted for the deal. A party"
            + " spokesman criticised the plan.";
    String abroad = "A French government team held talks with the rebels.";
    List<Actor> on = actors(text, ActorSieves.SHIPPED);
    assertEquals("GBRLAB", codeOf(on, "senior union figures"));
    assertEquals("GBRPTY", codeOf(on, "Party sources"));
    assertEquals("GBRLAB", codeOf(on, "Union members"));
    assertEquals("GBRPTY", codeOf(on, "party spokesman"));
    assertEquals("FRAGOV", codeOf(actors(abroad, ActorSieves.SHIPPED), "French government team"));
    List<Actor> off = actors(text, without("A.rule.sector-modifier"));
    assertNull(codeOf(off, "senior union figures"));
    assertNull(codeOf(off, "Party sources"));
    assertNull(codeOf(off, "party spokesman"));
    assertNull(codeOf(actors(abroad, without("A.rule.sector-modifier")), "French government team"));
  }

  /** "Government figures show …" are statistics: "figures" names people only after "senior". */
  @Test
  void theLeadersAndGroupsOfAFaithAreReligiousGroups() {
    String text =
        "Muslim leaders met the home secretary. Sikh organisations welcomed the decision."
            + " Hindu groups criticised the plan.";
    List<Actor> on = actors(text, ActorSieves.SHIPPED);
    assertEquals("GBRREL", codeOf(on, "Muslim leaders"));
    assertEquals("GBRREL", codeOf(on, "Sikh organisations"));
    assertEquals("GBRREL", codeOf(on, "Hindu groups"));
  }

  @Test
  void figuresWithoutARankAreNoPeople() {
    List<Actor> on =
        actors("Government figures show unemployment fell in March.", ActorSieves.SHIPPED);
    assertFalse(on.stream().anyMatch(a -> a.name().contains("figures")), on.toString());
    assertEquals(
        "GBRGOV",
        codeOf(
            actors("Senior government figures rejected the claim.", ActorSieves.SHIPPED),
            "government figures"));
  }

  /** The tagger reads a capitalised plural that starts a sentence as a name: still a role noun. */
  @Test
  void aPluralRoleNounStartingASentenceIsStillARoleNoun() {
    assertEquals(
        "GBRGOV",
        codeOf(actors("Ministers rejected the union demand.", ActorSieves.SHIPPED), "Ministers"));
    List<Actor> ec =
        actors(
            "EC foreign ministers meeting in Brussels criticised Japan. Ministers also warned"
                + " the United States.",
            ActorSieves.SHIPPED);
    assertEquals(
        List.of("IGOEUR", "IGOEUR"),
        ec.stream()
            .filter(a -> a.name().toLowerCase().contains("ministers"))
            .map(a -> a.code().code())
            .toList());
  }

  @Test
  void anAdjectiveAfterTheKeepsTheRoleNounDefinite() {
    assertEquals(
        "GBRGOV",
        codeOf(
            actors(
                "Mr Lishman urged the next government to boost the pension.", ActorSieves.SHIPPED),
            "government"));
    assertEquals(
        "GBRGOV",
        codeOf(
            actors("Council leaders met the minister.", ActorSieves.SHIPPED), "Council leaders"));
  }

  /** "the former health secretary" is no sitting office-holder: left as before. */
  @Test
  void aFormerOfficeHolderIsNotTheSittingOne() {
    assertNull(
        codeOf(
            actors("It was the former health secretary's final gesture.", ActorSieves.SHIPPED),
            "health secretary"));
  }

  @Test
  void aSpokesmanTakesTheCodeOfWhomHeSpeaksFor() {
    String text = "A spokesman for the Home Office said the plan was wrong.";
    String embassy = "A spokesman for the Albanian embassy in London said it had not been told.";
    assertEquals("GBRGOV", codeOf(actors(text, ActorSieves.SHIPPED), "spokesman"));
    assertEquals("ALBGOV", codeOf(actors(embassy, ActorSieves.SHIPPED), "spokesman"));
    List<Actor> off = actors(text, without("A.recode.speaks-for"));
    assertFalse(off.stream().anyMatch(a -> a.name().equals("spokesman")), off.toString());
  }

  /** "union bosses" are the union's, not business; "a senior government official" speaks for it. */
  @Test
  void aMemberNounWithASectorOfItsOwnTakesTheBodys() {
    String text =
        "Union bosses criticised the plan. A senior government official said the talks had"
            + " failed.";
    List<Actor> on = actors(text, ActorSieves.SHIPPED);
    assertEquals("GBRLAB", codeOf(on, "Union bosses"));
    assertEquals("GBRGOV", codeOf(on, "government official"));
    List<Actor> off = actors(text, without("A.rule.sector-modifier"));
    assertEquals("GBRBUS", codeOf(off, "bosses"));
    assertNull(codeOf(off, "government official"));
  }
}
