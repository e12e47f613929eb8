package org.dyad.coding;

import static org.dyad.coding.HandMadeActors.actors;
import static org.dyad.coding.HandMadeActors.codeOf;
import static org.dyad.coding.HandMadeActors.without;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Actor;
import org.junit.jupiter.api.Test;

/**
 * Members of parties and legislatures, the nations of the UK and the US states by their adjectives,
 * the people who work for a named person, and one-word names that are no person's: "Labour rebels",
 * "Scottish ministers", "Senate Democrats", "Rubio's advisers", "Cosla said". Each test codes
 * hand-built sentences (home country GBR) with the rule on and, where it has an id, off.
 */
class PartyMembersAndStaffTest {
  private static final LocalDate BBC = LocalDate.of(2005, 1, 15);
  private static final LocalDate US2016 = LocalDate.of(2016, 3, 1);

  @Test
  void aShadowMinisterIsNotTheMinisterNamedBefore() {
    String text =
        "Home Secretary Charles Clarke published the plans. The shadow home secretary attacked"
            + " them. The home secretary defended them.";
    List<Actor> on = actors(text, BBC, ActorSieves.SHIPPED);
    assertEquals("GBROPP", codeOf(on, "shadow home secretary"));
    Actor clarke = on.stream().filter(a -> a.name().equals("Charles Clarke")).findFirst().get();
    assertEquals(2, clarke.mentions().size(), "Clarke and the home secretary; not the shadow");
  }

  @Test
  void dissentInsideAPartyNamesItsMembers() {
    String text = "Labour rebels voted against the bill. Tory dissidents criticised the plan.";
    List<Actor> on = actors(text, BBC, ActorSieves.SHIPPED);
    assertEquals("GBRPTY", codeOf(on, "Labour rebels"));
    assertEquals("GBRPTY", codeOf(on, "Tory dissidents"));
    List<Actor> off = actors(text, BBC, without("A.rule.party-dissent"));
    assertEquals("GBRREB", codeOf(off, "Labour rebels"));
    assertEquals("GBROPP", codeOf(off, "Tory dissidents"));
  }

  @Test
  void theAdjectiveOfAUkNationOrUsStateOwnsARoleNounAsItsNameDoes() {
    String text =
        "Scottish ministers met Welsh councils on Monday. Texan voters rejected the plan."
            + " The Welsh Assembly criticised the Scottish Executive.";
    List<Actor> on = actors(text, BBC, ActorSieves.SHIPPED);
    assertEquals("GBRGOV", codeOf(on, "Scottish ministers"));
    assertEquals("GBRGOV", codeOf(on, "Welsh councils"));
    assertEquals("USACVL", codeOf(on, "Texan voters"));
    assertEquals("GBRLEG", codeOf(on, "Welsh Assembly"));
    assertEquals("GBRGOV", codeOf(on, "Scottish Executive"));
    List<Actor> off = actors(text, BBC, without("A.rule.place-owner"));
    assertNull(codeOf(off, "Texan voters"));
  }

  @Test
  void aPartysPluralAfterItsChamberNamesItsLegislators() {
    String text = "Senate Democrats and House Republicans rejected the bill.";
    List<Actor> on = actors(text, US2016, ActorSieves.SHIPPED);
    assertEquals("USALEG", codeOf(on, "Senate Democrats"));
    assertEquals("USALEG", codeOf(on, "House Republicans"));
    List<Actor> off = actors(text, US2016, without("A.find.chamber-members"));
    assertNull(codeOf(off, "Senate Democrats"));
  }

  @Test
  void thePeopleWhoWorkForAPersonTakeTheirCountryAndSide() {
    String text =
        "Rubio's advisers met reporters in Miami. Trump's campaign attacked the Clinton team.";
    List<Actor> on = actors(text, US2016, ActorSieves.SHIPPED);
    // A senator's advisers are the Senate's; a campaign is partisan; an elite out of office is
    // in the news as a party figure.
    assertEquals("USALEG", codeOf(on, "advisers"));
    assertEquals("USAPTY", codeOf(on, "campaign"));
    assertEquals("USAPTY", codeOf(on, "team"));
    List<Actor> off = actors(text, US2016, without("A.find.person-staff", "A.recode.person-staff"));
    assertNull(codeOf(off, "advisers"));
  }

  @Test
  void aOneWordNameNeverWrittenAsAPersonsIsNoPrivateCitizen() {
    String text = "Cosla said councils in Scotland would lose money.";
    assertEquals("none", codeOf(actors(text, BBC, ActorSieves.SHIPPED), "Cosla"));
    assertEquals(
        "GBRCVL", codeOf(actors(text, BBC, without("A.rule.lone-name-not-person")), "Cosla"));
    // "Mr Smith", or "he" after it, makes it a person's.
    assertEquals(
        "GBRCVL",
        codeOf(
            actors(
                "Smith said councils in Scotland would lose money. He blamed the cuts.",
                BBC,
                ActorSieves.SHIPPED),
            "Smith"));
  }

  @Test
  void aNationalityAfterAnHonorificIsAPersonsName() {
    List<Actor> on = actors("Mr German said the plan would fail.", BBC, ActorSieves.SHIPPED);
    assertFalse(on.stream().anyMatch(a -> a.code() != null && a.code().code().startsWith("DEU")));
  }

  @Test
  void thePopeIsTheHolySee() {
    List<Actor> on = actors("The Pope criticised the war in Iraq.", BBC, ActorSieves.SHIPPED);
    assertEquals("VAT", codeOf(on, "Vatican"), on.toString());
  }
}
