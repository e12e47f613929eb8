package org.dyad.coding.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.lexicon.CodingProfile;
import org.dyad.lexicon.EventRules;
import org.dyad.lexicon.Lexicon;
import org.dyad.model.Event;
import org.dyad.model.Mode;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the coder has an id in the rules file, and switching it off by id changes what it
 * did.
 */
class EventRuleSwitchTest {
  private static final LocalDate DATE = LocalDate.of(2019, 3, 6); // a Wednesday
  private static final Lexicon LEXICON = HandMadeText.LEXICON;

  private static List<Event> events(String text, String... rulesOff) {
    return HandMadeText.events(DATE, null, text, rulesOff);
  }

  private static String dyad(Event e) {
    return e.source().code().country() + " " + e.root() + " " + e.target().code().country();
  }

  @Test
  void theCodersRulesAreTheRulesFilesRules() {
    Set<String> implemented =
        Arrays.stream(EventRule.values()).map(EventRule::id).collect(Collectors.toSet());
    SourceRules.all().forEach(r -> implemented.add(r.id()));
    TargetRules.all().forEach(r -> implemented.add(r.id()));
    assertEquals(Set.copyOf(LEXICON.eventRules().ids()), implemented);
  }

  @Test
  void theArgumentRulesAreTriedInTheRulesFilesOrder() {
    assertEquals(
        List.of(
            "R.source.subject",
            "R.source.clause-controller",
            "R.source.instrument-user",
            "R.source.possessor",
            "R.source.by-phrase",
            "R.source.from-phrase",
            "R.source.nationality",
            "R.source.name-before",
            "R.source.between",
            "R.source.crowd",
            "R.source.event-noun-subject",
            "R.source.body-of",
            "R.source.support-verb-subject",
            "R.source.travel-purpose",
            "R.source.delivered-amount",
            "R.source.speaker-of-passive-future",
            "R.source.speaker-of-passive-force",
            "R.source.protest-where-held"),
        LEXICON.profile().enabledIn("source"));
  }

  @Test
  void aTriggersDefaultCodeSwitchedOffCodesNothingWherePatternsDoNot() {
    // No pattern of "shell" matches without an actor as its object; the word's default does.
    String text = "Turkish forces shelled positions near the border on Sunday.";
    assertEquals(List.of("TUR 19 -"), sides(text));
    assertEquals(List.of(), events(text, "R.trigger.default-code"));
    assertEquals(List.of(), events(text, "R.target.none"), "one-sided events switched off");
  }

  @Test
  void aModalClauseADemandReportsIsTheDemandUnlessTheRuleIsOff() {
    String text = "Iran demanded that Iraq should pay.";
    assertEquals(List.of("IRN 10 IRQ"), sides(text));
    assertEquals(
        List.of("IRN 02 IRQ", "IRN 10 IRQ"),
        events(text, "R.pattern.modal-under-asking-verb").stream()
            .map(EventRuleSwitchTest::side)
            .sorted()
            .toList());
  }

  @Test
  void aThingOwnedByItsOrTheirStandsForTheOwnerUnlessTheRuleIsOff() {
    String text = "Iran said the U.S. attacks on its oil platforms were an act of war.";
    assertEquals(List.of("USA 19 IRN"), sides(text));
    assertEquals(List.of("USA 19 -"), sides(text, "R.arg.thing-of-possessive"));
    // Whoever does it is not whose it is: the jets do not bomb their own terminal.
    assertEquals(List.of("IRN 19 -"), sides("Iraq said Iranian jets bombed its oil terminal."));
  }

  @Test
  void anActANegatedWordOfIntentGovernsIsNegatedUnlessTheRuleIsOff() {
    for (String text :
        List.of("Iran is not ready to help Iraq.", "Iran did not want to help Iraq.")) {
      List<Event> on = events(text);
      assertEquals(
          List.of("IRN 07 IRQ"), on.stream().map(EventRuleSwitchTest::dyad).toList(), text);
      assertEquals(Mode.NEGATED, on.get(0).mode(), text);
      // off: read as an intent still to come (033), the negation on "ready" unseen
      List<Event> off = events(text, "R.mode.negated-intent");
      assertEquals(List.of("IRN 03 IRQ"), off.stream().map(EventRuleSwitchTest::dyad).toList());
      assertEquals(Mode.FUTURE, off.get(0).mode(), text);
    }
  }

  @Test
  void anInfinitiveOfAnAdjectiveOfPossibilityIsHypotheticalUnlessTheRuleIsOff() {
    for (String text :
        List.of(
            "It is impossible for Iran to attack Israel.",
            "Iran is unable to attack Israel.",
            "The talks will make it difficult for Iran to attack Israel.")) {
      List<Event> on = events(text, "R.mode.denied-infinitive");
      assertEquals(
          List.of("IRN 19 ISR"), on.stream().map(EventRuleSwitchTest::dyad).toList(), text);
      assertEquals(Mode.HYPOTHETICAL, on.get(0).mode(), text);
      // (R.mode.for-to-clause would make "for Iran to attack" hypothetical on its own.)
      assertEquals(
          Mode.ASSERTED,
          events(text, "R.mode.unrealised-infinitive", "R.mode.for-to-clause").get(0).mode(),
          text);
      // R.mode.denied-infinitive: these adjectives expect no attack at all.
      assertEquals(Mode.NEGATED, events(text).get(0).mode(), text);
    }
    // "likely" expects it: hypothetical, as a third party's "likely" is coded.
    assertEquals(Mode.HYPOTHETICAL, events("Iran is likely to attack Israel.").get(0).mode());
    // An adjective of a deed done is no such adjective: "quick to condemn" did condemn.
    assertEquals(Mode.ASSERTED, events("Iran was quick to condemn Israel.").get(0).mode());
  }

  @Test
  void aHypotheticalCoercionIsAThreatOnlyWithACommittingAuxiliary() {
    // "may try and deport" says what could happen: a deportation, hypothetical, not a threat.
    String text =
        "The British government may try and deport the Algerian suspects, Home Secretary Charles"
            + " Clarke said.";
    List<Event> got = events(text);
    assertEquals(List.of("17"), got.stream().map(Event::root).toList(), got.toString());
    assertEquals(Mode.HYPOTHETICAL, got.get(0).mode());
    assertEquals(
        List.of("13"),
        events(text, "R.mode.threat-needs-commitment").stream().map(Event::root).toList(),
        "with the rule off the possibility is a threat");
    // "would" commits: the doer's own "would impose sanctions" threatens them.
    assertEquals(
        "13",
        events(
                "The United States would impose sanctions on Japan, the U.S. trade representative"
                    + " said.")
            .get(0)
            .root());
  }

  @Test
  void theDoersOwnGroupNamedByAPossessiveIsNoTarget() {
    String text =
        "Labour leader Tony Blair defended his party's attitude towards the Jewish community.";
    assertEquals(List.of(), events(text));
    assertEquals(List.of("GBR 05 GBR"), sides(text, "R.assemble.no-event-on-own-group"));
    // A subject's "his" is no doer's: the IMF's demand is made to "his government".
    assertEquals(
        List.of("IGO 10 SDN"),
        events(
                "Sudan's Finance Minister Beshir Omer said his government rejected an IMF demand"
                    + " to lift state subsidies.")
            .stream()
            .filter(e -> e.root().equals("10"))
            .map(EventRuleSwitchTest::side)
            .toList());
    // Another state is no own group: "its neighbour" stays a target.
    assertEquals(List.of("IRQ 19 KWT"), sides("Iraq attacked its neighbour Kuwait."));
  }

  @Test
  void theWordsAfterAPrepositionStopWhereAnotherClauseBegins() {
    String text =
        "Republicans voted for the resolution because Hillary Clinton refused to testify.";
    assertTrue(
        events(text).stream().noneMatch(e -> e.root().equals("05")), events(text).toString());
    assertEquals(
        List.of("USA 05 USA"),
        events(text, "R.arg.surface-slot-stops-at-clause").stream()
            .filter(e -> e.root().equals("05"))
            .map(EventRuleSwitchTest::side)
            .toList());
  }

  @Test
  void anActANamingVerbSaysSomethingOfIsNotItsSubjectsAct() {
    String text =
        "Democrats called the contempt citation and the demand for Hillary Clinton's public"
            + " appearance a transparent political ploy.";
    assertTrue(
        events(text).stream().noneMatch(e -> e.root().equals("10")), events(text).toString());
    assertEquals(
        List.of("USA 10 USA"),
        events(text, "R.arg.named-act-is-not-the-namers").stream()
            .filter(e -> e.root().equals("10"))
            .map(EventRuleSwitchTest::side)
            .toList());
  }

  @Test
  void admittingPeopleLetsThemInAndClaimsNothing() {
    assertEquals(
        List.of(),
        events("The Conservative Party would only admit foreigners who had specific skills."));
    assertEquals(
        List.of("GBR 01 -"),
        sides("Conservative leader Michael Howard has admitted he used to play truant."));
  }

  @Test
  void whomTheDoersOwnActReachesIsNoTarget() {
    String text = "Senator Edward Kennedy is tired of going into Japanese companies.";
    assertEquals(List.of(), events(text));
    assertEquals(
        List.of("11"),
        events(text, "R.arg.own-act-is-no-target").stream().map(Event::root).toList());
  }

  @Test
  void coercionDoneToAThingPronounIsAnotherSense() {
    String text = "Iran drew up a plan and executed it.";
    assertEquals(List.of(), events(text));
    assertEquals(
        List.of("17"),
        events(text, "R.trigger.thing-pronoun-object").stream().map(Event::root).toList());
    assertEquals(List.of("17"), events("Iran executed him.").stream().map(Event::root).toList());
  }

  @Test
  void aSourceRuleSwitchedOffFindsNoSourceWhereOnlyItFoundOne() {
    String text = "Israel's airstrikes continued on Sunday.";
    List<Event> got = events(text);
    assertEquals(List.of("ISR 19 -"), got.stream().map(EventRuleSwitchTest::side).toList());
    assertTrue(got.get(0).rules().contains("R.source.possessor"), got.get(0).rules().toString());
    assertEquals(List.of(), events(text, "R.source.possessor"));
  }

  @Test
  void aNamingVerbsBareObjectIsACallOnlyWhenNothingNamesIt() {
    assertEquals(
        List.of("DEU 04 RUS", "RUS 04 DEU"),
        sides("German Chancellor Angela Merkel called Russian President Vladimir Putin."));
    assertEquals(
        List.of("USA 04 ISR", "ISR 04 USA"),
        sides("Barack Obama called Benjamin Netanyahu to discuss the peace talks."));
    String naming =
        "Reagan announced sanctions in retaliation for what he called Japan's failure to honour"
            + " the pact.";
    assertTrue(sides(naming).stream().noneMatch(e -> e.contains(" 04 ")), sides(naming).toString());
    assertTrue(
        sides(naming, "R.pattern.naming-verb-object-alone").contains("USA 04 JPN"),
        sides(naming, "R.pattern.naming-verb-object-alone").toString());
  }

  @Test
  void aVisitsDestinationIsThePlaceInItsPhraseThoughTheArticleNamesItNowhereElse() {
    assertEquals(
        List.of("GBR 03 TZA"), // a visit still to come is an intent to meet
        sides("Gordon Brown will visit an orphanage in Tanzania next week."));
    assertEquals(List.of("GBR 04 KEN"), sides("Gordon Brown arrived in Kenya on Monday."));
    assertEquals(List.of(), sides("Jack Straw arrived in London on Monday."));
    assertEquals(
        List.of(), sides("Gordon Brown arrived in Kenya on Monday.", "R.arg.visit-destination"));
  }

  @Test
  void peopleAStatesOrganCoercesAreOfItsCountryOrOfTheirNationality() {
    assertEquals(
        List.of("KEN 17 KEN"),
        sides("A Kenyan court sentenced the former minister to ten years in prison."));
    assertEquals(List.of("SAU 17 PAK"), sides("Saudi Arabia executed a Pakistani man on Tuesday."));
    assertEquals(
        List.of("KEN 17 -"),
        sides(
            "A Kenyan court sentenced the former minister to ten years in prison.",
            "R.target.coerced-person"));
    // an armed group's victims may be anyone's
    assertEquals(
        List.of(),
        sides("Somali rebels kidnapped a man on Tuesday.").stream()
            .filter(e -> !e.endsWith(" -"))
            .toList());
  }

  @Test
  void aClaimedDeedIsAClaimOfResponsibilityThoughTheVerbCodesThroughPatternsOnly() {
    String text = "The Taliban claimed responsibility for the bombing in Kabul.";
    assertEquals(List.of("AFG 01 -"), sides(text));
    assertEquals(List.of(), sides(text, "R.trigger.claimed-deed-object"));
  }

  @Test
  void aRivalAtHomeOwnsTheThingItsOpponentAttacks() {
    String text = "Michael Howard attacked Labour's plans for the NHS.";
    assertEquals(List.of("GBR 11 GBR"), sides(text));
    // (With it off, the pattern's target is the uncoded NHS, and R.arg.uncoded-target-yields lets
    // the default layer find Labour in the object phrase.)
    assertEquals(
        List.of(), sides(text, "R.arg.object-word-owner-at-home", "R.arg.uncoded-target-yields"));
  }

  @Test
  void anAmountStandsForWhatItMeasures() {
    String text = "Egypt bought 200,000 tonnes of U.S. wheat last week.";
    assertEquals(List.of("EGY 06 USA"), sides(text));
    assertEquals(List.of(), sides(text, "R.arg.measured-object"));
    assertEquals(List.of(), sides("Chrysler bought American Motors last week."), "no goods");
  }

  @Test
  void anAmountsInPhraseHungOnTheVerbIsWhatTheVerbDelivers() {
    String text = "Britain gave 50 million pounds in aid to Sudan.";
    assertEquals(List.of("GBR 07 SDN"), sides(text));
    assertEquals(List.of(), sides(text, "R.source.delivered-amount"));
  }

  @Test
  void theForcesAShowOfForceMovesAreNotItsTarget() {
    String text = "Moscow deployed more troops on Monday.";
    assertEquals(List.of("RUS 15 -"), sides(text));
    assertEquals(List.of("RUS 15 RUS"), sides(text, "R.arg.moved-forces-not-target"));
    // a show of force near a country's ground is aimed at that country
    assertEquals(
        List.of("RUS 15 CHN"), sides("Moscow has massed troops along the Chinese border."));
  }

  @Test
  void anActSomeoneWantsToPreventHasNotHappened() {
    String text = "The new measures are designed to prevent attacks by Iraqi forces on shipping.";
    assertEquals(List.of(Mode.HYPOTHETICAL), modes(text));
    assertEquals(List.of(Mode.ASSERTED), modes(text, "R.mode.prevented"));
    assertEquals(
        List.of(Mode.HYPOTHETICAL),
        modes("Reagan plans to protect Kuwaiti tankers with U.S. warships from attacks by Iran."));
    assertEquals(
        List.of(Mode.ASSERTED),
        modes("Police stopped the attacks by Iraqi forces on the village."));
  }

  @Test
  void aRefusalOfAnActRejectsTheActorItWouldHaveReachedUnlessTheActIsHostile() {
    assertEquals(List.of("USA 12 USA"), sides("Paul Ryan declined to endorse Donald Trump."));
    String hostile = "Iran refused to condemn the attack on Israel.";
    assertEquals(List.of(Mode.NEGATED), modes(hostile), "only the condemnation, not made");
    assertEquals(
        List.of("IRN 12 ISR"),
        events(hostile, "R.pattern.refusal-of-any-act").stream()
            .filter(e -> e.mode() == Mode.ASSERTED)
            .map(EventRuleSwitchTest::side)
            .toList());
    assertEquals(List.of(Mode.NEGATED), modes("Paul Ryan failed to endorse Donald Trump."));
    // a pattern naming the verb refused beats the refusal of any act
    assertEquals(
        List.of("IRN 01 -"),
        sides("Iran refused to discuss reports that it had attacked the tanker."));
    assertEquals(
        List.of(),
        sides(
            "The government has refused to publish Lord Goldsmith's advice on the war.",
            "R.target.implied"),
        "a thing of someone's is not whom the refusal rejects");
  }

  @Test
  void aCampaignOrSpokesmanActsForWhoeverOwnsIt() {
    String text =
        "Hillary Clinton spoke in Ohio on Monday. Her campaign criticised Donald Trump on"
            + " Tuesday.";
    assertEquals(List.of("USA 11 USA"), sides(text));
    assertEquals(List.of(), sides(text, "R.arg.side-noun-owner"));
    assertEquals(
        List.of("USA 11 USA"),
        sides("Donald Trump's campaign manager attacked Hillary Clinton on Monday."));
  }

  @Test
  void whatAWordOfPatternsOnlyGivesUpSaysItYields() {
    String text = "John Kasich suspended his presidential campaign on Wednesday in Ohio.";
    assertEquals(List.of("USA 08 -"), sides(text));
    assertEquals(List.of(), sides(text, "R.trigger.yield-object"));
  }

  @Test
  void aCallForSomeoneToActAppealsToThemAndTheActIsOnlyWished() {
    List<Event> events = events("Britain called for Iran to release the sailors.");
    assertEquals(
        List.of("GBR 02 IRN"),
        events.stream()
            .filter(e -> e.mode() == Mode.ASSERTED)
            .map(EventRuleSwitchTest::side)
            .toList());
    assertTrue(
        events.stream()
            .filter(e -> e.root().equals("08"))
            .allMatch(e -> e.mode() == Mode.HYPOTHETICAL),
        "the release is what the appeal asks for");
    assertEquals(
        List.of(Mode.ASSERTED),
        modes("The deal came despite an EU demand for Turkey to recognise Cyprus."),
        "the demand itself was made");
    assertTrue(
        events("Britain called for Iran to release the sailors.", "R.mode.for-to-clause").stream()
            .filter(e -> e.root().equals("08"))
            .allMatch(e -> e.mode() == Mode.ASSERTED));
  }

  @Test
  void aHyphenatedPairNamesBothSides() {
    String text = "Britain called for increased U.S.-EC cooperation to avoid trade disputes.";
    assertEquals(List.of("GBR 02 IGO", "GBR 02 USA"), sides(text));
    assertEquals(List.of("GBR 02 IGO"), sides(text, "R.arg.hyphenated-pair"));
    // The pair's second, a state's word no mention holds, is the state all the same.
    String second =
        "Japan and the United States disagree on trade. Britain called for greater EC-U.S."
            + " cooperation to force Japan to open its markets.";
    assertEquals(List.of("GBR 02 IGO", "GBR 02 USA"), sides(second).stream().sorted().toList());
    assertEquals(List.of("GBR 02 IGO"), sides(second, "R.arg.hyphenated-pair"));
  }

  private static List<Mode> modes(String text, String... rulesOff) {
    return events(text, rulesOff).stream().map(Event::mode).toList();
  }

  /** The events of {@code text}, rules {@code rulesOff} off, as {@link #side}. */
  private static List<String> sides(String text, String... rulesOff) {
    return events(text, rulesOff).stream().map(EventRuleSwitchTest::side).toList();
  }

  private static String side(Event e) {
    return e.source().code().country()
        + " "
        + e.root()
        + " "
        + (e.target() == null || e.target().code() == null ? "-" : e.target().code().country());
  }

  @Test
  void theRefinementsAreTriedInTheRulesFilesOrder() {
    assertEquals(
        List.of(
            "R.refine.future-meeting",
            "R.refine.future-intent",
            "R.refine.official-protest",
            "R.refine.crowd-violence",
            "R.refine.vowed-force",
            "R.refine.workers-strike",
            "R.refine.armed-raid",
            "R.refine.verbal-attack",
            "R.refine.warning-of-harm",
            "R.refine.refusal-now",
            "R.refine.future-threat"),
        LEXICON.profile().enabledIn("refine"));
    assertEquals(List.of(), CodingProfile.of(LEXICON.eventRules(), "petrarch").enabledIn("refine"));
  }

  @Test
  void aRefinementSwitchedOffLeavesThePatternsCode() {
    String text = "Angela Merkel will meet Emmanuel Macron on Friday.";
    Event planned = events(text).get(0);
    assertEquals("036", planned.cameo());
    assertTrue(planned.rule().endsWith("+future-meeting"), planned.rule());
    Event meeting = events(text, "R.refine.future-meeting").get(0);
    assertEquals("04", meeting.root(), meeting.cameo());
    assertEquals(Mode.FUTURE, meeting.mode());
    assertTrue(!meeting.rule().contains("+future-meeting"), meeting.rule());
  }

  @Test
  void aWantedEventNounIsNoEventUnlessTheRuleIsOff() {
    String text = "The visit warranted new economic cooperation between China and Pakistan.";
    assertEquals(List.of(), events(text));
    assertEquals(
        List.of("CHN 06 PAK"),
        events(text, "R.trigger.wanted-noun").stream()
            .map(EventRuleSwitchTest::dyad)
            .sorted()
            .toList());
  }

  @Test
  void actorsWithOneCodeAreOneSideUnlessTheRuleIsOff() {
    String text =
        "Republican senators and several Democratic congressmen met with Commerce Secretary"
            + " Malcolm Baldrige on Tuesday.";
    List<String> sides =
        events(text).stream()
            .map(e -> e.source().code() + " " + e.cameo() + " " + e.target().code())
            .sorted()
            .toList();
    assertEquals(sides.stream().distinct().toList(), sides, "each coded dyad once");
    List<Event> perActor = events(text, "R.assemble.one-per-coded-dyad");
    assertTrue(perActor.size() > sides.size(), perActor + " against " + sides);
  }

  @Test
  void anArgumentRuleSwitchedOffFindsNoSourceWhereOnlyItFoundOne() {
    String text = "The EU's move was welcomed at the time by Beijing, which praised the decision.";
    assertEquals(
        List.of("CHN 05 IGO"), events(text).stream().map(EventRuleSwitchTest::dyad).toList());
    assertEquals(List.of(), events(text, "R.arg.agent-on-time-phrase"));
  }

  @Test
  void theEvaluativeRulesSwitchedOffLeaveNamingVerbsAndAdjectivesUnread() {
    String named = "Germany described the French plan as a shambles.";
    assertEquals(
        List.of("DEU 11 FRA"), events(named).stream().map(EventRuleSwitchTest::dyad).toList());
    assertTrue(events(named).get(0).rules().contains("R.arg.naming-verb-judges"));
    assertEquals(List.of(), events(named, "R.arg.naming-verb-judges"));
    String twice = "Germany said the French decision was a humiliating U-turn.";
    assertEquals(1, events(twice).size());
    assertEquals(
        2, events(twice, "R.select.one-judgement-per-noun", "R.select.judgement-once").size());
    String both = "Theresa May described Jeremy Corbyn as a nasty and divisive politician.";
    assertEquals(1, events(both).size());
    assertEquals(2, events(both, "R.select.judgement-once").size());
    String denied = "\"I don't think Jeremy Corbyn is a racist,\" Theresa May said.";
    assertEquals(0, events(denied).size());
    assertEquals(1, events(denied, "R.mode.no-denied-judgement").size());
    String quoted =
        "Donald Trump met Emmanuel Macron on Monday. Trump added: \"I don't think he will. I have"
            + " to say he has been a wise president.\"";
    assertEquals(1, events(quoted).stream().filter(e -> e.root().equals("05")).count());
    String attack = "Theresa May attacked Jeremy Corbyn, calling him a hypocrite.";
    assertEquals(1, events(attack).size());
    assertEquals(2, events(attack, "R.select.judgement-in-verbal-event").size());
    for (String off : List.of("R.arg.first-person-speaker", "R.arg.he-is-not-the-speaker")) {
      assertEquals(0, events(quoted, off).stream().filter(e -> e.root().equals("05")).count(), off);
    }
  }

  @Test
  void aCoderWhoseProfileLacksOneOfItsRulesDoesNotStart() {
    CodingProfile none = CodingProfile.of(EventRules.NONE, "dyad");
    var e = assertThrows(IllegalArgumentException.class, () -> new EventCoder(LEXICON, none));
    assertTrue(e.getMessage().startsWith("the coding profile has no rule R."), e.getMessage());
  }
}
