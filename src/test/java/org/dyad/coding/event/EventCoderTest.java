package org.dyad.coding.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dyad.TestEngine;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.dyad.model.Mode;
import org.junit.jupiter.api.Test;

class EventCoderTest {
  private static final LocalDate DATE = LocalDate.of(2019, 3, 6); // a Wednesday

  /** Codes a short made-up article through the whole pipeline. */
  private static CodedArticle code(String text, LocalDate date) {
    return TestEngine.coder().code(new Article("t", date, "", text, null, null, "test"));
  }

  private static List<Event> events(String text) {
    return code(text, DATE).events();
  }

  private static String dyad(Event e) {
    return e.source().code().country()
        + " "
        + e.root()
        + " "
        + (e.target() == null || e.target().code() == null ? "-" : e.target().code().country());
  }

  @Test
  void activeAndPassiveGiveTheSameDirection() {
    assertEquals(
        List.of("FRA 11 DEU"),
        events("France criticised Germany.").stream().map(EventCoderTest::dyad).toList());
    assertEquals(
        List.of("FRA 11 DEU"),
        events("Germany was criticised by France.").stream().map(EventCoderTest::dyad).toList());
  }

  @Test
  void compoundActorsGiveOneEventPerPair() {
    List<String> got =
        events("France and Britain condemned Syria and Iran.").stream()
            .map(EventCoderTest::dyad)
            .sorted()
            .toList();
    assertEquals(List.of("FRA 11 IRN", "FRA 11 SYR", "GBR 11 IRN", "GBR 11 SYR"), got);
  }

  @Test
  void negationHypothesisAndFuture() {
    assertEquals(Mode.NEGATED, events("Japan did not criticise China.").get(0).mode());
    List<Event> denial = events("France denied accusing Germany of lying.");
    assertEquals(
        List.of(Mode.NEGATED),
        denial.stream().filter(e -> e.cameo().startsWith("11")).map(Event::mode).toList(),
        "what someone denies doing");
    assertEquals(
        List.of("016"),
        denial.stream().filter(e -> e.target() == null).map(Event::cameo).toList(),
        "the denial itself, aimed at no one named");
    assertEquals(
        Mode.HYPOTHETICAL, events("If talks fail, Japan would criticise China.").get(0).mode());
    Event future = events("Angela Merkel will meet Emmanuel Macron on Friday.").get(0);
    assertEquals("036", future.cameo(), "a meeting still to come is an intent to meet");
    assertEquals(LocalDate.of(2019, 3, 8), future.date());
  }

  @Test
  void datesAndPlacesFromTheClause() {
    Event e = events("Vladimir Putin met Xi Jinping in Beijing on March 2.").get(0);
    assertEquals(LocalDate.of(2019, 3, 2), e.date());
    assertEquals("CHN", e.place().country());
    assertEquals("04", e.root());
  }

  @Test
  void thingsAreNotTargetsButTheirOwnersAre() {
    List<String> got =
        events("Britain praised India's decision to open the border.").stream()
            .map(EventCoderTest::dyad)
            .toList();
    assertEquals(List.of("GBR 05 IND"), got);
    assertEquals(List.of(), events("Britain praised the weather."));
  }

  @Test
  void violenceNeedsAnActorAsItsObject() {
    assertEquals(
        List.of(),
        events("The opposition leader attacked the prime minister's words.").stream()
            .filter(e -> e.root().compareTo("15") >= 0)
            .toList());
  }

  @Test
  void everyEventNamesItsRule() {
    for (Event e :
        events("Russia accused Ukraine of shelling Donetsk. Ukraine denied the claim.")) {
      assertTrue(e.rule().matches("[VW]\\.\\d\\d\\.\\d{4}.*"), e.rule());
    }
  }

  @Test
  void aFutureAttackIsAThreatAndReportedSpeechCodesTheReportedActor() {
    Event e = events("Russia said Ukraine will attack Russian troops.").get(0);
    assertEquals("UKR 13 RUS", dyad(e));
    assertEquals("1384", e.cameo());
    assertEquals("RUSMIL", e.target().code().code(), "a role noun with a nationality is an actor");
  }

  @Test
  void coordinatedVerbsShareTheirSubject() {
    assertEquals(
        List.of("FRA 11 SYR", "FRA 03 LBN"),
        events("France condemned Syria and promised aid to Lebanon.").stream()
            .map(EventCoderTest::dyad)
            .toList());
  }

  @Test
  void possessiveCountryGivesTheInstitutionItsCountry() {
    Event e = events("China's foreign ministry criticised Japan.").get(0);
    assertEquals("CHNGOV", e.source().code().code());
  }

  @Test
  void refusalsAreRejections() {
    assertEquals("12", events("Iran refused to meet the American envoy.").get(0).root());
  }

  private static List<String> dyads(String text) {
    return events(text).stream().map(EventCoderTest::dyad).sorted().toList();
  }

  @Test
  void everyTitledNameInACoordinatedObjectIsMet() {
    // A meeting is reciprocal (the codebook's note on 04): each side met the other.
    assertEquals(
        List.of("DEU 04 GBR", "GBR 04 DEU", "GBR 04 ITA", "ITA 04 GBR"),
        dyads(
            "Tony Blair met Italian Prime Minister Silvio Berlusconi and German Chancellor"
                + " Gerhard Schroeder in London."));
  }

  @Test
  void aCounterpartIsTheSameOfficeInTheCountryNamed() {
    assertEquals(
        List.of("GBR 04 ISR", "GBR 04 PSE", "ISR 04 GBR", "PSE 04 GBR"),
        dyads(
            "Mr Blair held talks with his Israeli counterpart Ariel Sharon and Palestinian leader"
                + " Mahmoud Abbas."));
  }

  @Test
  void aGerundAfterAnAspectVerbIsDoneByItsSubjectToEveryForeignNationalityOnItsObject() {
    assertEquals(
        List.of("USA 07 KWT"),
        dyads(
            "Kuwait asked for protection. U.S. warships began escorting two U.S. flag Kuwaiti"
                + " tankers."));
  }

  @Test
  void aConjunctAfterACommaIsMetToo() {
    assertEquals(
        List.of("GBR 04 IDN", "GBR 04 LKA", "GBR 04 USA", "IDN 04 GBR", "LKA 04 GBR", "USA 04 GBR"),
        dyads(
            "Tony Blair spoke on the telephone to US President George Bush, and the presidents of"
                + " Sri Lanka and Indonesia."));
  }

  @Test
  void rebelsNamedWithoutACountryAreTheStatesTheyFight() {
    LocalDate date = LocalDate.of(2004, 11, 9);
    Event clash =
        code("Colombian troops clashed with rebels near the border.", date).events().get(0);
    assertEquals("COLMIL COLREB", clash.source().code() + " " + clash.target().code());
    Event truce =
        code(
                "France sent troops. President Laurent Gbagbo broke an 18-month ceasefire with"
                    + " rebels.",
                date)
            .events()
            .stream()
            .filter(e -> e.root().equals("19")) // "France sent troops" is a show of force (154)
            .findFirst()
            .orElseThrow();
    assertEquals(
        "CIVGOV 196 CIVREB",
        truce.source().code() + " " + truce.cameo() + " " + truce.target().code());
  }

  @Test
  void groundGivenUpIsTheCountryItLiesIn() {
    assertEquals(
        List.of("LBY 08 TCD"),
        dyads(
            "Chad claimed victory. Libyan troops are evacuating their last stronghold in northern"
                + " Chad."));
  }

  @Test
  void aGroupActingAmongItselfIsEachMemberToTheOther() {
    assertEquals(
        // the pact each way; "Japan dumped chips" is the United States' criticism of Japan
        List.of("JPN 05 USA", "USA 05 JPN", "USA 11 JPN"),
        dyads(
            "Japan dumped chips, the United States said. The two countries signed a pact last"
                + " September."));
  }

  @Test
  void aStatementDescribingADecisionAsUnjustifiedCriticisesItsMaker() {
    assertEquals(
        List.of("FRA 02 CAN", "FRA 11 CAN", "FRA 11 CAN"), // the protest, the judgement, the call
        dyads(
            "France today protested over Canada's fishing ban. A foreign ministry statement"
                + " described yesterday's decision by Canada as \"unjustified and contrary to"
                + " international law,\" and called on Ottawa authorities to reexamine their"
                + " position."));
  }

  @Test
  void whoRejectsAChargeDidNotMakeIt() {
    List<Event> got =
        events(
            "Iraq shelled Iranian towns. Iran rejected Iraqi charges that Iran had attacked Basra.");
    assertEquals(
        List.of("IRN 01 IRQ", "IRQ 11 IRN", "IRQ 19 IRN"),
        got.stream()
            .filter(e -> e.mode() != Mode.NEGATED)
            .map(EventCoderTest::dyad)
            .sorted()
            .toList());
    assertEquals(
        List.of("IRN 19 IRQ"),
        got.stream().filter(e -> e.mode() == Mode.NEGATED).map(EventCoderTest::dyad).toList(),
        "what a rejected charge says happened is denied (the attack on Basra is one on Iraq)");
    assertEquals(
        List.of("BRA 12 IGO"),
        dyads("Brazil has rejected suggestions for negotiations with the IMF."),
        "rejecting talks is no talks (04)");
  }

  @Test
  void cooperationStillToComeIsAnIntent() {
    LocalDate date = LocalDate.of(1987, 3, 20);
    Event cooperate =
        code("Japan said it would continue to cooperate with Brazil.", date).events().get(0);
    assertEquals("031", cooperate.cameo());
    assertTrue(cooperate.rule().endsWith("+future-intent"), cooperate.rule());
    Event aid = code("Japan provided economic aid to Brazil last year.", date).events().get(0);
    assertEquals("07", aid.cameo().substring(0, 2), "what was done stays what it was");
  }

  @Test
  void beingCarefulToActIsAnAction() {
    LocalDate date = LocalDate.of(2005, 1, 15);
    List<Event> got =
        code(
                "British MPs criticised the plan. \"The government should be careful to ensure"
                    + " that anglers are not prosecuted,\" the MPs said.",
                date)
            .events();
    assertTrue(
        got.stream().anyMatch(e -> e.cameo().equals("020") && e.trigger().equals("should")),
        got.toString());
    List<Event> state =
        code("British MPs criticised the plan. \"Britain should be a haven,\" the MPs said.", date)
            .events();
    assertTrue(state.stream().noneMatch(e -> e.trigger().equals("should")), state.toString());
  }

  @Test
  void aParticleReadAsAnAdverbStillMakesThePhrasalVerb() {
    Event e =
        code(
                "Tory leader Michael Howard hit back at Labour claims about his campaign.",
                LocalDate.of(2005, 4, 20))
            .events()
            .get(0);
    assertEquals("V.11.0315", e.rule(), "hit_back at +, not hit at +");
  }

  @Test
  void aDocumentSaysWhatItsIssuerSays() {
    LocalDate date = LocalDate.of(1987, 3, 26);
    Event motion =
        code(
                "One hundred members of Britain's ruling Conservative Party have signed a motion"
                    + " calling for trade sanctions against Japan.",
                date)
            .events()
            .get(0);
    assertEquals("GBRPTY", motion.source().code().code(), "the signers issue the motion");
    Event letter =
        code(
                "Britain will re-examine a letter from Japan's prime minister promising his"
                    + " personal help to Britain.",
                date)
            .events()
            .get(0);
    assertEquals("JPN", letter.source().code().country(), "a letter's author, not its reader");
  }

  @Test
  void theCountryAsADoerIsTheStateNamedJustBefore() {
    assertEquals(
        List.of("IGO 02 JPN", "IGO 11 JPN"),
        dyads(
            "EC foreign ministers issued a statement deploring Japan's continued trade imbalance"
                + " and appealed for greater effort by the country to open its markets."));
    assertEquals(
        List.of("IRN 01 -"),
        dyads("Iran denied the charges. Reagan addressed the nation on Monday."),
        "the nation a leader addresses is its people, not Iran (the denial is Iran's own statement)");
  }

  @Test
  void aPassivesAgentFillsAByPhrase() {
    assertEquals(
        List.of("IGO 11 USA"),
        dyads(
            "EC ministers said they were disturbed by a draft bill before the U.S. Congress that"
                + " would impose quotas on textile imports."));
  }

  @Test
  void aDemandsClauseAsksWhatAnAssertionsTells() {
    assertEquals(
        List.of("IGO 10 JPN"),
        dyads("The EC said it would continue to insist that Japan boost imports."));
    assertEquals(List.of(), dyads("Iran insisted that Iraq was to blame for the war."));
    assertEquals(List.of("IRN 10 IRQ"), dyads("Iran demanded that Iraq should pay."));
  }

  @Test
  void aRequestForCreditIsAddressedToTheOtherSide() {
    Event request =
        code(
                "Japan's Export-Import Bank told Brazil it would consider new loans. Brazil first"
                    + " requested the 300 mln dlr credit last November.",
                LocalDate.of(1987, 3, 3))
            .events()
            .stream()
            .filter(e -> e.trigger().equals("requested"))
            .findFirst()
            .orElseThrow();
    assertEquals("0231", request.cameo());
    assertEquals(
        "BRA JPN", request.source().code().country() + " " + request.target().code().country());
    assertTrue(request.rule().endsWith("+implicit-target"), request.rule());
    assertTrue(
        code(
                "Britain sold missiles to Iran. North said he was seeking the help of a head of an"
                    + " allied government.",
                LocalDate.of(1987, 3, 3))
            .events()
            .stream()
            .noneMatch(e -> e.trigger().equals("seeking")),
        "help owned by someone unnamed is asked of them, not of the article's other side");
  }

  @Test
  void theNationalityOnAnActIsWhoseItIsBeforeItsOfPhrase() {
    assertEquals(
        List.of("SYR 11 ISR"),
        dyads(
                "Israel and Lebanon exchanged fire. Syria condemned the Israeli occupation of"
                    + " Lebanon.")
            .stream()
            .filter(d -> d.contains(" 11 "))
            .toList());
  }

  @Test
  void anAttackLaunchedInWordsIsCriticismAndAnInterviewIsNoMeeting() {
    LocalDate date = LocalDate.of(2005, 1, 15);
    Event attack =
        code(
                "Tory leader Michael Howard has launched an attack on the cost of Britain's asylum"
                    + " system.",
                date)
            .events()
            .get(0);
    assertEquals("111", attack.cameo(), attack.rule());
    assertEquals(
        List.of(),
        code("President Musharraf of Pakistan was speaking to the BBC's Newsnight programme.", date)
            .events());
  }

  @Test
  void aDistantPlacePhraseMakesNoPrepositionalVerb() {
    assertTrue(
        dyads(
                "U.S. officials gave the same message to former Japanese Foreign Minister Shintaro"
                    + " Abe in meetings in Washington last week.")
            .stream()
            .noneMatch(d -> d.contains(" 08 ")),
        "no 'give in to'");
    assertEquals(List.of("GRC 08 TUR"), dyads("Greece gave in to Turkey on Monday."));
  }

  @Test
  void aStateAndItsOwnExecutiveAreOneSide() {
    LocalDate date = LocalDate.of(1987, 10, 5);
    assertEquals(
        List.of(),
        code(
                "Bundesbank President Karl Otto Poehl rebuffed recent U.S. criticism of West"
                    + " Germany.",
                date)
            .events()
            .stream()
            .filter(
                e ->
                    e.source().code().country().equals("DEU")
                        && e.target().code().country().equals("DEU"))
            .toList(),
        "no DEUGOV rebuffing DEU; the U.S. criticism itself is USA 111 DEU");
    Event appeal =
        code(
                "The Tories criticised the asylum rules. \"Britain should take its fair share of"
                    + " genuine refugees,\" Tory leader Michael Howard said.",
                LocalDate.of(2005, 1, 15))
            .events()
            .stream()
            .filter(e -> e.trigger().equals("should"))
            .findFirst()
            .orElseThrow();
    assertEquals("GBROPP GBR", appeal.source().code() + " " + appeal.target().code());
  }

  @Test
  void aStateNamedOnlyByItsAdjectiveOwnsWhatItQualifies() {
    assertEquals(
        List.of("DEU 12 USA"),
        dyads(
                "Bundesbank President Karl Otto Poehl rebuffed recent U.S. criticism of West"
                    + " Germany.")
            .stream()
            .filter(d -> d.contains(" 12 "))
            .toList());
    assertEquals(
        List.of("USA 11 RUS"),
        dyads("The United States opposes Soviet membership of the International Monetary Fund."),
        "the Soviet Union is coded RUS, and its membership is its own");
  }

  @Test
  void forceAgainstACountrysPropertyTargetsTheCountry() {
    assertEquals(
        List.of("IRN 17 KWT"), // a state seizing boats confiscates property (1711): no hijack
        dyads("Kuwait protested. Iran seized seven Kuwaiti speed boats.").stream()
            .filter(d -> !d.contains(" 11 "))
            .toList());
    assertEquals(
        List.of("FRA 11 CAN"),
        dyads("Canada was silent. France protested against the closing of Canadian ports."),
        "an official protest against a country's act");
    assertEquals(
        List.of(),
        dyads("Kuwait was silent. Iran arrested Kuwaiti smugglers' boats."),
        "arrests are of people, not of a country's things");
  }

  @Test
  void theSubjectOfADemandedActionIsTheDemandsTarget() {
    assertEquals(
        List.of("IGO 10 TUR"),
        dyads("Talks began despite an EU demand for Turkey to recognise Cyprus."),
        "the demand is coded, the recognition it asks for is not");
  }

  @Test
  void aStateThatProtestsComplainsOfficially() {
    Event e = events("France protested over Canada's decision to close its ports.").get(0);
    assertEquals("114", e.cameo());
  }

  @Test
  void aModalInAStatementIsTheSpeakersAppealToItsSubject() {
    List<Event> got =
        events(
            "\"Next week the prime minister should make a statement,\" Tony Blair's rival, US"
                + " President George W. Bush, said. \"We should stay calm,\" Tony Blair said.");
    assertEquals(List.of("020"), got.stream().map(Event::cameo).toList());
    assertEquals(Mode.ASSERTED, got.get(0).mode());
    assertEquals(
        List.of(),
        events("Jacques Chirac said Tony Blair should be judged by results."),
        "a passive subject is not asked to act");
    assertEquals(
        List.of(),
        events("South Korea said the two Koreas must first restore trust with North Korea.")
            .stream()
            .filter(e -> e.cameo().equals("100"))
            .toList(),
        "a subject that includes the speaker is a resolution, not a demand");
    assertEquals(
        List.of(),
        events("\"Mr Smithers should resign,\" Tony Blair said."),
        "a subject nothing codes is no one to appeal to (and no crash)");
    assertEquals(
        List.of("111"),
        events("Jacques Chirac said the British government should have acted sooner.").stream()
            .map(Event::cameo)
            .toList());
  }

  /** The judgements, rejections and praise coded in {@code text}, as codes. */
  private static List<String> coded(String text) {
    return events(text).stream()
        .filter(e -> List.of("05", "11", "12").contains(e.root()))
        .map(e -> e.source().code() + " " + e.cameo() + " " + e.target().code())
        .toList();
  }

  @Test
  void anApologyMayStandAloneAndARebellionIsDisapproval() {
    List<Event> apology =
        events("Japan apologised for the wartime forced labour of the prisoners.");
    assertEquals(1, apology.size(), apology.toString());
    assertEquals("055", apology.get(0).cameo());
    assertEquals(null, apology.get(0).target());
    assertEquals(
        List.of("JPN 11 JPN"),
        dyads("Japanese lawmakers rebelled against the Japanese government over the tax."));
  }

  @Test
  void anEvaluativeWordInAStatementIsTheSpeakersJudgementOfWhomItIsSaidOf() {
    assertEquals(List.of("DEU 111 GBR"), coded("Germany said Britain had been naive."));
    assertEquals(
        List.of("JPN 111 USA"),
        coded("Japan said the United States had regrettably not listened to its explanation."));
    assertEquals(List.of("JPN 051 CHN"), coded("Japan said China's decision was welcome."));
    assertEquals(
        List.of("DEU 111 IRN"),
        coded("\"This is the cavalier way in which Iran operates,\" Germany said."));
    Event e = events("Japan said Washington's plan would be irresponsible.").get(0);
    assertEquals(Mode.ASSERTED, e.mode(), "the judgement is made when it is said");
  }

  @Test
  void anEvaluativeWordIsLookedUpWholeWhenHyphenatedOrWrittenAsTwoWords() {
    // The tokenizer splits "short-sighted" at its hyphen, and "hot air" is two words: the lexicon
    // lists them whole ("short-sighted", "hot_air") and the last word is the trigger.
    assertEquals(List.of("GBR 111 FRA"), coded("Britain said France's plan was short-sighted."));
    assertEquals(
        List.of("ESP 112 PRT"), coded("Spain said the Portuguese inquiry was a cover-up."));
    assertEquals(
        List.of("FRA 111 GBR"), coded("France said the British inquiry was a witch hunt."));
    assertEquals(
        List.of("DEU 111 ITA"), coded("Germany said the Italian promises were just hot air."));
    assertEquals(
        List.of(), coded("Germany said the Italian air was hot."), "'hot' alone is no word");
  }

  @Test
  void anEvaluativeWordANamingVerbSaysIsItsSubjectsJudgementOfItsObject() {
    assertEquals(List.of("DEU 111 FRA"), coded("Germany described the French plan as a shambles."));
    assertEquals(List.of("GBR 111 IRN"), coded("Britain called the Iranian offer a ploy."));
    assertEquals(
        List.of("JPN 120 USA"),
        coded("Japan branded the American proposal a non-starter."),
        "the word's own code, not the verb's: a proposal called a non-starter is rejected");
    assertEquals(
        List.of("DEU 111 FRA"),
        coded("France was branded a liar by Germany."),
        "a passive's agent names its subject");
    assertEquals(
        List.of("FRA 111 GBR"),
        coded("Britain's comments were described as \"irresponsible\" by France."),
        "the parser may hang the agent on the word said");
    assertEquals(
        List.of("GBR 111 ESP"),
        coded("Britain branded the Spanish decision a humiliating U-turn."),
        "an evaluative adjective of an evaluative noun is one judgement");
    assertEquals(
        List.of("DEU 111 FRA"),
        coded(
            "Britain acted in retaliation for what Germany called France's betrayal of the pact."),
        "a noun the verb names with its possessor judges the possessor");
    assertEquals(List.of(), coded("Germany did not describe the French plan as a shambles."));
    assertEquals(
        List.of(),
        coded("Critics described the French plan as a shambles."),
        "no coded actor says so, and the naming verb's subject is who judges");
  }

  @Test
  void anEvaluativeWordWhoseSubjectIsAClauseJudgesItsDoer() {
    assertEquals(List.of("DEU 111 FRA"), coded("Germany said what France did was a disgrace."));
    assertEquals(
        List.of("JPN 111 USAGOV"),
        coded("Japan said the way Washington treats its allies was regrettable."));
  }

  @Test
  void anEvaluativeWordSaidOfWhatASubjectDidJudgesTheSubject() {
    assertEquals(List.of("DEU 111 FRA"), coded("Germany said France had made a mistake."));
    assertEquals(
        List.of("JPN 111 USAGOV"), coded("Japan said Washington had taken a reckless decision."));
    assertEquals(List.of("JPN 111 USAGOV"), coded("Japan said Washington had told lies."));
    assertEquals(
        List.of(), coded("Japan said Washington had criticised the mistake."), "no doer's verb");
  }

  @Test
  void anEvaluativeAdjectiveOfAPredicateNounIsSaidOfThatNoun() {
    // "great" judges only a leader, a friend, a job…: in "Germany was a great friend" it is said
    // of Germany as a friend.
    assertEquals(List.of("FRA 051 DEU"), coded("France said Germany was a great friend."));
    assertEquals(List.of(), coded("France said Germany was a great country."));
  }

  @Test
  void anEvaluativeWordInAFirstPersonStatementInAQuotationIsTheQuotationSpeakers() {
    // "I have to say he has been …" is reported speech whose speaker is "I": the quotation's
    // speaker, who is not the "he" judged.
    assertEquals(
        List.of("USAGOV 051 FRAGOV"),
        coded(
            "Donald Trump met Emmanuel Macron on Monday. Trump added: \"I don't think he will."
                + " I have to say he has been a wise president.\""));
  }

  @Test
  void anEvaluativeWordMayCriticiseARivalOfTheSpeakersOwnCode() {
    // Two opposition leaders (GBROPP) are two sides when one criticises the other; praise of
    // one's own code, and an office judging itself, stay no event.
    LocalDate day = LocalDate.of(2005, 3, 1);
    assertEquals(
        List.of("GBROPP 111 GBROPP"),
        code("Michael Howard said Charles Kennedy was a hypocrite.", day).events().stream()
            .map(e -> e.source().code() + " " + e.cameo() + " " + e.target().code())
            .toList());
    assertEquals(
        List.of(), code("Michael Howard said Charles Kennedy was a wise man.", day).events());
  }

  @Test
  void anEvaluativeWordsPrepositionalSlotHoldsWhatItJudges() {
    assertEquals(
        List.of("FRA 051 DEU"),
        coded("\"This is a testament to Germany's courage,\" France said."));
    assertEquals(List.of(), coded("Britain said the agreement was a tribute."));
  }

  @Test
  void anEvaluativeWordsActorWordAcceptsAnActorItIsSaidOf() {
    // "fair :actor|deal|…": said of Clinton herself, or of a deal, not of anything.
    assertEquals(
        List.of("USAGOV 051 USAELI"), coded("Donald Trump said Hillary Clinton was fair."));
    assertEquals(List.of(), coded("Germany said France had paid its fair share."));
  }

  @Test
  void aJudgementSaidInAParticipleOfAVerbalEventIsThatEvent() {
    assertEquals(
        List.of("GBRGOV 111 GBROPP"),
        coded("Theresa May attacked Jeremy Corbyn, calling him a hypocrite."),
        "one criticism, by the one attacking, of the one attacked");
    assertEquals(
        List.of("GBRGOV 111 GBROPP"),
        coded("Theresa May met Jeremy Corbyn on Monday, calling him a hypocrite."),
        "a meeting says nothing: the judgement is its own event");
  }

  @Test
  void oneSidesJudgementsOfAnotherInOneSentenceAreOneEvent() {
    assertEquals(
        List.of("GBRGOV 111 GBROPP"),
        coded("Theresa May described Jeremy Corbyn as a nasty and divisive politician."));
  }

  @Test
  void anEvaluativeWordDeniedOrSaidOfTheSpeakersOwnCodesNothing() {
    assertEquals(
        List.of(), coded("\"I don't think Hillary Clinton is a racist,\" Donald Trump said."));
    assertEquals(
        List.of(),
        coded(
            "\"You can't have these folks in your campaign and say he's a racist,\" Trump said."));
    // "our brave soldiers" are the speaker's own: no praise; failing them is criticism of Clinton
    // (R.pattern.reported-deed).
    assertEquals(
        List.of("USAGOV 111 USAELI"),
        coded("\"Clinton fails to honor our brave soldiers,\" Donald Trump said."));
  }

  @Test
  void anEvaluativeWordSaidOfAProposalRejectsIt() {
    assertEquals(List.of("TUR 120 GRC"), coded("Turkey said Greece's proposal was unacceptable."));
    assertEquals(
        List.of("TUR 120 GRC"),
        events("Greece urged Turkey to accept arbitration. Turkey said this was unacceptable.")
            .stream()
            .filter(x -> x.root().equals("12"))
            .map(x -> x.source().code() + " " + x.cameo() + " " + x.target().code())
            .toList(),
        "'this' stands for what the sentence before said, by whom it said it");
  }

  @Test
  void anEvaluativeWordCodesNoSelfJudgementQuestionNegationOrJointThing() {
    assertEquals(List.of(), coded("Jack Straw was naive."), "no statement, no speaker");
    assertEquals(List.of(), coded("\"Our decision was a mistake,\" the Japanese government said."));
    assertEquals(List.of(), coded("Japan asked whether Washington's plan was unacceptable."));
    assertEquals(List.of(), coded("Japan said Washington's plan was not unacceptable."));
    assertEquals(
        List.of(), coded("Jacques Chirac said his talks with Tony Blair had been constructive."));
    assertEquals(
        List.of(),
        coded("Jacques Chirac said he and Tony Blair had a very constructive discussion."));
  }

  @Test
  void aVisitsDestinationMayBeWrittenAsAPlace() {
    assertEquals(
        List.of("GBR 04 IDN"),
        dyads("Jack Straw arrived in Indonesia. Indonesia was" + " grateful."));
    assertEquals(List.of(), dyads("Jack Straw arrived in London. Britain was grateful."));
  }

  @Test
  void aPrepositionalTargetKeepsItsConjuncts() {
    assertEquals(
        List.of("IGO 13 JPN", "IGO 13 USA"),
        dyads("The European Union delivered warnings to both Japan and the United States."));
  }

  @Test
  void itInAStatesReportIsThatState() {
    List<Event> got =
        events(
            "Greece said it would defend its rights and urged Turkey to accept arbitration by the"
                + " court.");
    assertEquals(List.of("GRC 02 TUR"), got.stream().map(EventCoderTest::dyad).toList());
    assertEquals(Mode.ASSERTED, got.get(0).mode(), "'urged' has its own tense, not 'would'");
    assertEquals(
        List.of(),
        events("Tony Blair said it would be wrong to criticise China."),
        "'it' reported by a person is no actor");
  }

  @Test
  void theGroupIsTheInternationalBodyNamedBefore() {
    List<Event> got =
        events(
            "Britain will coordinate with its European Union partners. Officials said the group"
                + " might impose tariffs on a range of Japanese goods if Washington imposes"
                + " sanctions on Japan.");
    // The condition ("if Washington imposes sanctions") is no event of its own.
    // "will coordinate with its European Union partners" is an intent to cooperate (03).
    assertEquals(
        List.of("GBR 03 IGO future", "IGO 16 JPN hypothetical"),
        got.stream().map(e -> dyad(e) + " " + e.mode().label()).sorted().toList());
  }

  @Test
  void conditionsAndQuestionsAreNoEvents() {
    assertEquals(
        List.of(),
        events(
                "Asked whether the United States was prepared for a war with Iran, Weinberger"
                    + " smiled.")
            .stream()
            .map(EventCoderTest::dyad)
            .toList());
    assertEquals(
        List.of("JPN 13 USA"),
        events(
                "Japan warned the United States that it would retaliate if Washington imposed"
                    + " sanctions on Japanese goods.")
            .stream()
            .map(EventCoderTest::dyad)
            .toList());
  }

  @Test
  void aCountryNamedAsAModifierStandsForItsThing() {
    List<Event> got =
        events(
            "Britain wants Brazil to seek IMF help. Brazil's finance minister flatly rejected a"
                + " U.K. suggestion on Tuesday.");
    assertEquals(
        List.of("BRA 12 GBR"),
        got.stream()
            .filter(e -> e.trigger().equals("rejected"))
            .map(EventCoderTest::dyad)
            .toList());
  }

  @Test
  void aResponseStillToComeIsAThreatAtWhomTheConditionNames() {
    List<Event> got =
        events(
            "Turkey's survey ship sailed into the Aegean. Greece's prime minister said that if the"
                + " Turkish vessel Sismik began research operations, we will hinder it.");
    assertEquals(
        List.of("GRC 13 TUR asserted"),
        got.stream()
            .filter(e -> e.trigger().equals("hinder"))
            .map(e -> dyad(e) + " " + e.mode().label())
            .toList());
    // What has happened is coded by the words for what was done, not as a threat.
    assertEquals(
        List.of(),
        events("Canada retaliated against France on Monday.").stream()
            .map(EventCoderTest::dyad)
            .toList());
  }

  @Test
  void aPassiveControllerIsTheSubjectOfWhatItIsScheduledToDo() {
    List<Event> got =
        events("A U.S. Senate team was scheduled today to meet Kuwait's Crown Prince.");
    assertEquals(
        List.of("USA 03 KWT future"),
        got.stream().map(e -> dyad(e) + " " + e.mode().label()).toList());
  }

  @Test
  void talksAfterAPassiveAreItsAgents() {
    List<Event> got =
        events(
            "The accord was signed by Nigeria's finance minister after talks with France's"
                + " export credit agency.");
    assertTrue(
        got.stream().map(EventCoderTest::dyad).toList().contains("NGA 04 FRA"),
        got.stream().map(EventCoderTest::dyad).toList().toString());
  }

  @Test
  void eachPlaceOfAVisitIsItsState() {
    List<Event> got =
        events(
            "International Development Secretary Hilary Benn will also visit Aceh in Indonesia,"
                + " as well as Sri Lanka.");
    // Indonesia, named only as the place Aceh lies in, is a destination too (a state the article
    // names nowhere else is still the target, by its code).
    assertEquals(
        List.of("GBR 03 IDN", "GBR 03 LKA"), got.stream().map(EventCoderTest::dyad).toList());
  }

  @Test
  void aDemandByAnotherSideIsMadeToWhoeverRejectsIt() {
    List<Event> got =
        events("Sudan has rejected a demand by the International Monetary Fund for a devaluation.");
    assertEquals(
        List.of("IGO 10 SDN", "SDN 12 IGO"),
        got.stream().map(EventCoderTest::dyad).sorted().toList());
  }

  @Test
  void aNationalityOnAnActIsItsDoer() {
    List<Event> got =
        events(
            "Iran denied the charge. Walters said the United States acted in response to an"
                + " Iranian attack against American ships in the Gulf.");
    assertTrue(
        got.stream().map(EventCoderTest::dyad).toList().contains("IRN 19 USA"),
        got.stream().map(EventCoderTest::dyad).toList().toString());
  }

  @Test
  void anAllegationAboutAnotherSideIsAnAccusation() {
    assertEquals(
        List.of("ZAF 11 ZAF"),
        events(
                "Foreign Minister Pik Botha has alleged that the ANC is planning a campaign of"
                    + " violence before the election.")
            .stream()
            .map(EventCoderTest::dyad)
            .toList());
    // One's own side's deeds are claims, not accusations.
    assertEquals(
        List.of(),
        events("Iran claimed that its troops had captured the town.").stream()
            .filter(e -> e.trigger().equals("claimed"))
            .map(EventCoderTest::dyad)
            .toList());
  }

  @Test
  void aPassiveAgentHungOnATimePhraseIsTheSource() {
    List<Event> got =
        events("The EU's move was welcomed at the time by Beijing, which praised the decision.");
    assertTrue(
        got.stream().map(EventCoderTest::dyad).toList().contains("CHN 05 IGO"),
        got.stream().map(EventCoderTest::dyad).toList().toString());
  }

  @Test
  void aPresentTenseAfterUntilIsACondition() {
    assertEquals(
        List.of(),
        events("Greece will not sign the accord until Turkey recognises Cyprus.").stream()
            .filter(e -> e.trigger().equals("recognises"))
            .map(EventCoderTest::dyad)
            .toList());
  }

  @Test
  void aStatementSaysWhatItsIssuerSays() {
    List<Event> got =
        events(
            "EC foreign ministers issued a statement deploring Japan's continued trade"
                + " imbalance.");
    assertEquals(List.of("IGO 11 JPN"), got.stream().map(EventCoderTest::dyad).toList());
  }

  @Test
  void aRelativeClauseInThePresentDescribesAState() {
    List<Event> got =
        events("Greece criticised Turkey, which occupies the northern part of Cyprus, on Monday.");
    assertEquals(List.of("GRC 11 TUR"), got.stream().map(EventCoderTest::dyad).toList());
  }

  @Test
  void theArticleSuppliesATargetTheSentenceLeavesUnsaid() {
    List<Event> got =
        events(
            "U.S. warships shelled an Iranian oil platform in the Gulf on Monday. Iran said the"
                + " attack was an act of aggression by the United States. Iran vowed"
                + " retaliation.");
    Event vow = got.stream().filter(e -> e.trigger().equals("vowed")).findFirst().orElseThrow();
    assertEquals("IRN 13 USA", dyad(vow));
    assertTrue(vow.rule().endsWith("+implicit-target"), vow.rule());
  }

  @Test
  void aCountrysOppositionAddressesItsOwnGovernment() {
    LocalDate date = LocalDate.of(2005, 3, 6);
    String before = "British ministers announced new asylum rules on Monday. ";
    Event demand =
        code(before + "The Conservative Party demanded an inquiry.", date).events().get(0);
    assertEquals(
        "GBRPTY 100 GBRGOV",
        demand.source().code().code() + " " + demand.cameo() + " " + demand.target().code().code());
    assertTrue(demand.rule().endsWith("+implicit-target"), demand.rule());
    Event calls =
        code(before + "The Conservative Party reiterated calls for a full inquiry.", date)
            .events()
            .get(0);
    assertEquals("020", calls.cameo(), "a call delivered by a verb names its maker");
    assertEquals(
        List.of(),
        code(before + "The Conservative Party rejected newspaper speculation about a split.", date)
            .events(),
        "whoever answers hearsay at home answers whoever said it, not the government");
  }

  @Test
  void aRejectionStillToComeInOnesOwnWordsIsAThreat() {
    LocalDate date = LocalDate.of(2005, 3, 6);
    Event vote =
        code(
                "British ministers announced new asylum rules on Monday. The Conservative Party"
                    + " said it would vote against the bill unless changes were made.",
                date)
            .events()
            .get(0);
    assertEquals("130", vote.cameo());
    assertEquals("GBR", vote.target().code().country());
    Event voteAgainstIt =
        code(
                "British ministers announced new asylum rules on Monday. The Tories say they"
                    + " will vote against it unless changes are agreed.",
                date)
            .events()
            .get(0);
    assertEquals(
        "GBRPTY 130 GBRGOV",
        voteAgainstIt.source().code().code()
            + " "
            + voteAgainstIt.cameo()
            + " "
            + voteAgainstIt.target().code().code(),
        "an \"it\" that names no actor is a thing, whose owner the article says");
    Event veto =
        code(
                "France wants to end the British rebate, and France says the EU cannot agree its"
                    + " budget. Jack Straw said Britain was prepared to veto any bid to reduce the"
                    + " rebate.",
                date)
            .events()
            .get(0);
    assertEquals("GBR 13 FRA", dyad(veto));
  }

  @Test
  void talksNamedWithOneSideTakeTheArticlesOtherSide() {
    LocalDate date = LocalDate.of(2005, 3, 6);
    Event talks =
        code(
                "Talks between Britain and Indonesia began in January. Discussions have begun with"
                    + " Indonesia on the timing of the deployment, the British government said.",
                date)
            .events()
            .stream()
            .filter(e -> e.trigger().equals("Discussions"))
            .findFirst()
            .orElseThrow();
    assertEquals("GBR 04 IDN", dyad(talks));
    assertTrue(talks.rule().endsWith("+implicit-source"), talks.rule());
    Event tookPlace =
        code(
                "Britain criticised Iran. Talks took place with Iran on Monday, the Foreign Office"
                    + " said.",
                date)
            .events()
            .stream()
            .filter(e -> e.trigger().equals("Talks"))
            .findFirst()
            .orElseThrow();
    assertEquals("GBR 04 IRN", dyad(tookPlace), "the partner hung on 'took place'");
    Event deal =
        code(
                "The EU agreed to start membership negotiations with Turkey. The deal to open"
                    + " formal talks with Ankara came despite an EU demand for Turkey to recognise"
                    + " Cyprus.",
                date)
            .events()
            .stream()
            .filter(e -> e.trigger().equals("talks"))
            .findFirst()
            .orElseThrow();
    assertEquals("036", deal.cameo(), "what a deal is for is still to come");
    assertEquals("IGO", deal.source().code().country());
    assertEquals(
        List.of(),
        code(
                "France and Britain disagree over the EU budget. The families were involved in"
                    + " discussions with the French government.",
                date)
            .events(),
        "the families hold the discussions: no dictionary codes them");
  }

  @Test
  void theOwnerOfWhatIsAnsweredIsTheTarget() {
    Event denial =
        code(
                "Shadow foreign secretary Michael Ancram accused ministers of lying. His claims"
                    + " were denied by Foreign Secretary Jack Straw.",
                LocalDate.of(2005, 1, 15))
            .events()
            .stream()
            .filter(e -> e.trigger().equals("denied"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "GBRGOV 016 GBROPP",
        denial.source().code().code() + " " + denial.cameo() + " " + denial.target().code().code());
  }

  @Test
  void anAttackRepelledIsAimedAtWhoeverRepelsIt() {
    List<String> got =
        events(
                "Iraq attacked Iran on Monday. Iran said its troops repulsed heavy Iraqi"
                    + " counter-attacks near Basra.")
            .stream()
            .filter(e -> e.trigger().equals("counter-attacks"))
            .map(EventCoderTest::dyad)
            .toList();
    assertEquals(List.of("IRQ 19 IRN"), got);
  }

  @Test
  void aPartySpokesmanIsThePartysAndAnEventWithinOneCodeIsDropped() {
    LocalDate date = LocalDate.of(2005, 1, 15);
    Event e = code("The Tory spokesman criticised the government.", date).events().get(0);
    assertEquals(
        "GBRPTY 111 GBRGOV",
        e.source().code().code() + " " + e.cameo() + " " + e.target().code().code());
    assertTrue(
        code("Chancellor Gordon Brown met Prime Minister Tony Blair.", date).events().isEmpty(),
        "GBRGOV meeting GBRGOV is no dyad");
  }

  @Test
  void noTargetIsImpliedWhereTheArticleIsAboutNoOneElse() {
    // A vow may stand alone (a statement of intent or a threat), but no target is implied.
    assertEquals(
        List.of(),
        events("Iran vowed retaliation.").stream()
            .filter(e -> e.target() != null)
            .map(EventCoderTest::dyad)
            .toList());
  }

  @Test
  void aPoliticianAttacksInWords() {
    assertEquals(
        List.of("111"),
        events("President Thabo Mbeki attacked Britain.").stream().map(Event::cameo).toList());
    assertEquals(
        "19",
        events("Russian troops attacked Georgia.").get(0).root(),
        "armed forces attack with force");
  }

  @Test
  void inResponseToIsAConnectiveNotAStatement() {
    assertEquals(
        List.of("NZL 16 FJI"),
        dyads("New Zealand imposed sanctions against Fiji in response to the coup in Fiji."));
  }

  @Test
  void beingInAnotherStateIsAVisit() {
    assertEquals(
        List.of("BRA 04 GBR"),
        dyads(
            "Britain's chancellor met bankers. Brazilian Finance Minister Dilson Funaro was in"
                + " Britain on the first leg of a tour."));
    assertEquals(
        List.of("FRA 11 -"),
        dyads("France protested. French Prime Minister Jacques Chirac was in Paris on Monday."),
        "being at home is no visit; the protest aimed at no one is a one-sided complaint");
  }

  @Test
  void coercionStillToComeInOnesOwnStatementIsAThreat() {
    List<Event> got =
        events("Canada said French fishermen would be arrested. France protested.").stream()
            .filter(e -> e.source().code().country().equals("CAN"))
            .toList();
    assertEquals(List.of("13"), got.stream().map(Event::root).toList());
    assertEquals(
        List.of(),
        events("The Pentagon said there was no evidence that British detainees had been abused.")
            .stream()
            .filter(e -> e.root().compareTo("17") >= 0)
            .toList(),
        "past coercion with no agent is not the speaker's");
  }

  @Test
  void callingSomethingOfACountrysUnjustifiedIsCriticism() {
    assertEquals(
        List.of("FRA 11 GBR"),
        dyads("French President Jacques Chirac called Britain's rebate unjustified."));
    assertEquals(
        List.of(),
        dyads("French President Jacques Chirac called Britain's rebate large."),
        "only the words the pattern lists evaluate");
  }
}
