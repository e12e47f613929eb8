package org.dyad.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dyad.TestEngine;
import org.dyad.model.Actor;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.junit.jupiter.api.Test;

/**
 * The rules that code actors no dictionary lists: places with their countries, where a story is
 * set, groups of people, organisations found by name, people by description and peoples without a
 * state. Each test codes hand-built sentences through the whole pipeline.
 */
class UnlistedActorsTest {
  private static final LocalDate DATE = LocalDate.of(2016, 5, 4);

  private static CodedArticle code(String text) {
    return StageFixtures.code(text, DATE);
  }

  /** As the BBC publishes it: {@code home_country} GBR. */
  private static CodedArticle codeAtHome(String text, String home) {
    return codeAtHome(text, home, DATE);
  }

  private static CodedArticle codeAtHome(String text, String home, LocalDate date) {
    return TestEngine.coder().code(new Article("t", date, "", text, null, null, "test", home));
  }

  private static Actor named(CodedArticle c, String name) {
    return c.actors().stream()
        .filter(a -> a.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    name + " not among " + c.actors().stream().map(Actor::name).toList()));
  }

  private static String codeOf(CodedArticle c, String name) {
    Actor a = named(c, name);
    return a.code() == null ? null : a.code().code();
  }

  private static boolean hasActor(CodedArticle c, String name) {
    return c.actors().stream().anyMatch(a -> a.name().equals(name));
  }

  @Test
  void aGroupTakesThePlaceNamedInItsPhrase() {
    CodedArticle c =
        code("Russia criticised the plan. Voters in Ohio rejected the measure on Tuesday.");
    Actor voters = named(c, "Voters");
    assertEquals("USACVL", voters.code().code());
    assertTrue(voters.rule().endsWith("in place Ohio"), voters.rule());
    assertEquals("USACVL", codeOf(code("Ohio voters rejected the measure."), "Ohio voters"));
    assertEquals("SYRCVL", codeOf(code("Aleppo residents fled the city."), "Aleppo residents"));
  }

  /**
   * Regression: "Police arrested dozens of protesters in Moscow" coded the police with the country
   * the rest of the story named most (Colombia here), not the one the sentence puts them in.
   */
  @Test
  void groupsAndCabinetTitlesNamedByRoleAreCodedWhereTheStoryIsSet() {
    CodedArticle c =
        codeAtHome(
            "Businesses and pensioners criticised the education secretary. Landlords welcomed"
                + " the plan, but critics said the health secretary had been misled.",
            "GBR");
    assertEquals("GBRBUS", codeOf(c, "Businesses"));
    assertEquals("GBRCVL", codeOf(c, "pensioners"));
    assertEquals("GBRGOV", codeOf(c, "education secretary"));
    assertEquals("GBRBUS", codeOf(c, "Landlords"));
    assertEquals("GBRCVL", codeOf(c, "critics"));
    assertEquals("GBRGOV", codeOf(c, "health secretary"));
  }

  @Test
  void policeAreWhereTheirSentencePutsThem() {
    CodedArticle c =
        code(
            "Colombian rebels met Colombian officials in Havana. Colombia welcomed the talks."
                + " Police arrested dozens of protesters in Moscow.");
    Actor police = named(c, "Police");
    assertEquals("RUSCOP", police.code().code());
    assertTrue(police.rule().contains("sentence place Moscow"), police.rule());
    assertEquals("RUSCVL", codeOf(c, "protesters"));
    assertTrue(
        c.events().stream()
            .anyMatch(
                e ->
                    e.source().code().code().equals("RUSCOP")
                        && e.target().code().code().equals("RUSCVL")),
        "the arrest is coded between the two");
  }

  @Test
  void theEndOfALongerOrganisationNameIsNotTheOrganisationItEndsWith() {
    CodedArticle c =
        code(
            "The minimum wage will rise in October, Tony Blair said in London. The Trade Unions"
                + " Congress welcomed the increase.");
    assertEquals("GBRLAB", codeOf(c, "Trade Unions Congress"), "not the U.S. Congress");
    assertEquals("USALEG", codeOf(code("The U.S. Congress passed the bill."), "U.S. Congress"));
  }

  @Test
  void aPlaceIsWhereThingsAreNotAnActor() {
    CodedArticle c = code("Kurdish militias in Afrin accused Turkey of shelling.");
    assertTrue(!hasActor(c, "Afrin"), "the tagger's organisation is a place");
    CodedArticle governor = code("Ohio Gov. John Kasich criticised the plan.");
    Actor kasich = named(governor, "John Kasich");
    assertEquals("USAGOV", kasich.code().code(), "a state's governor is his country's GOV");
    assertTrue(!hasActor(governor, "Ohio"));
    assertEquals(
        "USAEDU",
        codeOf(code("The University of Texas rejected the claims."), "University of Texas"));
    assertEquals(
        "USAEDU",
        codeOf(
            code("Maria Lopez, a teacher from Houston, said the plan was wrong."), "Maria Lopez"));
    // A place inside a person's name is no place, and a longer place beats a capital inside it.
    assertEquals(
        List.of(),
        code("Virginia Woolf wrote novels.").actors().stream()
            .filter(a -> a.code() != null)
            .toList());
    assertTrue(!hasActor(code("Voters in Washington state backed him."), "Washington"));
  }

  @Test
  void aDatelineSetsTheStoryAndIsNoActor() {
    CodedArticle c =
        code(
            "DALLAS (AP) — The judge ruled on Tuesday. Protesters gathered outside the courthouse."
                + " Mexico said it would send a consul.");
    assertTrue(!hasActor(c, "DALLAS"), "the dateline is a place");
    Actor protesters = named(c, "Protesters");
    assertEquals("USACVL", protesters.code().code());
    assertTrue(protesters.rule().contains("dateline DALLAS"), protesters.rule());
    assertEquals("USAJUD", codeOf(c, "judge"), "the dateline outweighs a country named once");
    CodedArticle washington =
        code("WASHINGTON (AP) — Donald Trump's campaign is making its biggest ad buy to date.");
    assertTrue(!hasActor(washington, "WASHINGTON"), "no USAGOV actor from a dateline");
    assertEquals(
        -1,
        StorySetting.datelineEnd(
            TestEngine.annotator()
                .annotate(
                    new Article(
                        "t", DATE, "", "Britain - which left - said no.", null, null, "test"))
                .sentences()
                .get(0)),
        "a country's name in running text");
  }

  /**
   * Regression: an earlier attempt gave groups the publisher's country whenever the story named no
   * state as an actor, so protesters in a BBC story about Tiananmen Square became British. A place
   * or a nationality that points abroad keeps the publisher's country out.
   */
  @Test
  void aForeignStoryIsNotSetInThePublishersCountry() {
    CodedArticle beijing =
        codeAtHome(
            "Thousands of students gathered in Tiananmen Square in Beijing on Sunday. "
                + "The protesters demanded democratic reforms.",
            "GBR");
    assertEquals("CHNCVL", codeOf(beijing, "protesters"));
    CodedArticle chinese =
        codeAtHome(
            "Chinese students gathered in Tiananmen Square on Sunday. "
                + "Protesters demanded democratic reforms and workers joined them.",
            "GBR");
    assertEquals("CHNCVL", codeOf(chinese, "Protesters"));
    CodedArticle abroad =
        codeAtHome(
            "Crowds gathered in Tiananmen Square, where Chinese troops fired in 1989. "
                + "Protesters demanded reforms.",
            "GBR");
    Actor protesters = named(abroad, "Protesters");
    assertTrue(
        protesters.code() == null || !protesters.code().country().equals("GBR"),
        String.valueOf(protesters.code()));
    CodedArticle home =
        codeAtHome("Protesters marched through the town centre. Police arrested two men.", "GBR");
    assertEquals("GBRCVL", codeOf(home, "Protesters"));
    assertEquals("GBRCOP", codeOf(home, "Police"));
    assertNull(
        codeOf(code("Protesters marched through the town centre."), "Protesters"),
        "no publisher, no place: no country guessed");
  }

  /**
   * Regression: the country a story was most about counted people by the base code a dictionary
   * gives them outside any role, as much as states and institutions, so one "John Smith" (the
   * dictionary's, a British party leader who died in 1994) made a story about Texas British.
   */
  @Test
  void aPersonOutsideTheirRoleDoesNotSetTheStory() {
    CodedArticle smith =
        code("John Smith met Texas officials on Monday. The government announced new taxes.");
    assertEquals("USAGOV", codeOf(smith, "government"));
    CodedArticle c =
        StageFixtures.code(
            "Tony Blair spoke at a conference on Monday. The government announced new taxes.",
            LocalDate.of(2019, 3, 1));
    assertEquals("GBRELI", codeOf(c, "Tony Blair"));
    assertNull(codeOf(c, "government"), "one mention of one person decides nothing");
    CodedArticle inOffice =
        StageFixtures.code(
            "Tony Blair spoke at a conference on Monday. The government announced new taxes.",
            LocalDate.of(2005, 3, 1));
    assertEquals("GBRGOV", codeOf(inOffice, "government"), "a sitting office-holder still counts");
  }

  @Test
  void groupsFromElsewhereOrOwnedBySomeoneAreNotTheStorysCountry() {
    CodedArticle c =
        code(
            "Voters in Ohio backed him. Foreign investors sold shares. Tourists fled."
                + " Those people who lost their lives were mourned.");
    assertEquals("USACVL", codeOf(c, "Voters"));
    assertTrue(uncoded(c, "investors"));
    assertTrue(uncoded(c, "Tourists"));
    assertTrue(uncoded(c, "people"));
  }

  @Test
  void theMediaAsAWholeAreTheMediaOfWhereTheStoryIsSetButReportersAreNoGroup() {
    CodedArticle c =
        codeAtHome(
            "Donald Trump lashed out at the media on Twitter. He attacked the press again on"
                + " Monday. He told reporters he would win.",
            "USA");
    assertEquals("USAMED", codeOf(c, "media"));
    assertEquals("USAMED", codeOf(c, "press"));
    assertTrue(!hasActor(c, "reporters") || uncoded(c, "reporters"));
  }

  @Test
  void anOrganisationTakesItsSectorFromItsOwnName() {
    CodedArticle c =
        code(
            "DALLAS (AP) — Donors gave millions to the Clinton Foundation last year. The National"
                + " Union of Teachers criticised the plan. The American Civil Liberties Union sued"
                + " the state. Gawker Media was sued. The Environmental Protection Agency issued"
                + " new rules. The NRSC attacked the Democrats.");
    Actor foundation = named(c, "Clinton Foundation");
    assertEquals("USANGO", foundation.code().code(), "the foundation, not Hillary Clinton");
    assertTrue(foundation.rule().endsWith("name-sector Foundation"), foundation.rule());
    assertTrue(!hasActor(c, "Hillary Clinton"));
    assertEquals("USALAB", codeOf(c, "National Union of Teachers"));
    assertEquals(
        "USANGO", codeOf(c, "American Civil Liberties Union"), "an advocacy group, no union");
    assertEquals("USAMED", codeOf(c, "Gawker Media"));
    assertEquals("USAGOV", codeOf(c, "Environmental Protection Agency"));
    assertEquals("USAPTY", codeOf(c, "National Republican Senatorial Committee"));
    // A longer role noun in the name outranks a shorter name word ("Agency", "Bank").
    CodedArticle iran =
        StageFixtures.code(
            "The Iranian National News Agency said Iranian forces killed 1,500 Iraqi soldiers.",
            LocalDate.of(1987, 3, 1));
    assertEquals("IRNMED", codeOf(iran, "National News Agency"));
  }

  @Test
  void anOrganisationTakesTheSectorItsDescriptionGivesAndLendsItsCodeToItsPeople() {
    CodedArticle c =
        code(
            "Voters in Ohio backed the plan. Pfizer said on Tuesday it would cut prices. The"
                + " company will also close a plant. Jane Doe, a spokeswoman for Pfizer, declined"
                + " to comment. John Roe, president of the National Union of Teachers, criticised"
                + " it.");
    Actor pfizer = named(c, "Pfizer");
    assertEquals("USABUS", pfizer.code().code());
    assertTrue(pfizer.rule().endsWith("description the company"), pfizer.rule());
    Actor jane = named(c, "Jane Doe");
    assertEquals("USABUS", jane.code().code());
    assertEquals("context:employer Pfizer", jane.rule());
    assertEquals("USALAB", codeOf(c, "John Roe"), "a union's president, no president of a state");
    assertEquals(
        "USABUS",
        codeOf(code("Voters in Ohio backed it. Pfizer, the drug maker, raised prices."), "Pfizer"));
  }

  @Test
  void aShortFormOfAnOrganisationNamedBeforeIsThatOrganisation() {
    CodedArticle c =
        StageFixtures.code(
            "The Export-Import Bank of Japan will lend Brazil money. Brazil said the Ex-Im Bank"
                + " would consider more loans.",
            LocalDate.of(1987, 3, 3));
    Actor bank = named(c, "Export-Import Bank of Japan");
    assertEquals(2, bank.mentions().size(), "the Ex-Im Bank is the same actor");
    assertTrue(!hasActor(c, "Ex-Im Bank"));
    assertTrue(
        OrganizationShortNameSieve.isShortForm(
            List.of("Ex", "Im", "Bank"), List.of("Export", "Import", "Bank", "of", "Japan")));
    assertTrue(
        !OrganizationShortNameSieve.isShortForm(
            List.of("World", "Bank"), List.of("Export", "Import", "Bank", "of", "Japan")));
  }

  /**
   * Where a group is not: a place that qualifies another noun ("the detention of prisoners at
   * Guantanamo Bay in Cuba"), a group from elsewhere ("workers from eastern European countries"), a
   * story whose places are all abroad (British ministers touring Africa), troops based abroad, and
   * "a company" of soldiers.
   */
  @Test
  void aGroupIsNotWhereOnlyAnotherNounOrAnotherCountryIs() {
    CodedArticle cuba =
        codeAtHome(
            "British ministers said the men would return. Human rights campaigners have criticised"
                + " the detention of prisoners at Guantanamo Bay in Cuba.",
            "GBR");
    Actor campaigners = named(cuba, "Human rights campaigners");
    assertTrue(
        campaigners.code() == null || !campaigners.code().country().equals("CUB"),
        String.valueOf(campaigners.code()));
    CodedArticle africa =
        codeAtHome(
            "Gordon Brown visited a school in Tanzania. The chancellor then flew to Mozambique,"
                + " where he met ministers in Maputo. Children sang for him.",
            "GBR",
            LocalDate.of(2005, 1, 15));
    assertTrue(uncoded(africa, "Children"), "a British minister's trip is set in Africa");
    CodedArticle gurkhas =
        codeAtHome(
            "Britain will send a company of 120 Gurkhas to Indonesia. The troops, based in"
                + " Brunei, will help. Workers from eastern European countries will head west.",
            "GBR");
    assertTrue(uncoded(gurkhas, "company"));
    assertEquals("GBRMIL", codeOf(gurkhas, "troops"), "troops serve where they are based");
    assertTrue(uncoded(gurkhas, "Workers"));
  }

  @Test
  void aPeopleWithoutAStateIsCodedByTheCountryItActsIn() {
    CodedArticle c =
        StageFixtures.code(
            "Kurdish militias in Afrin accused Turkey of shelling. Turkish forces shelled Kurdish"
                + " positions near Afrin. Iraqi Kurds celebrated.",
            LocalDate.of(2018, 2, 1));
    Actor militias = named(c, "Kurdish militias");
    assertEquals("SYRREB", militias.code().code());
    assertEquals("people:E.kurds in place Afrin", militias.rule());
    assertEquals("SYRREB", codeOf(c, "Kurdish positions"));
    assertTrue(
        c.events().stream()
            .anyMatch(
                e ->
                    e.source().code().code().equals("TURMIL")
                        && e.target() != null
                        && e.target().code().code().equals("SYRREB")),
        "Turkish forces shelled the Syrian Kurds' positions");
    assertEquals("IRQCVL", codeOf(c, "Iraqi Kurds"));
    CodedArticle iraq =
        StageFixtures.code(
            "BAGHDAD (Reuters) - Iraq's parliament met on Monday. Kurdish officials rejected the"
                + " budget. The Kurds want more oil revenue.",
            LocalDate.of(2018, 2, 1));
    assertEquals("IRQGOV", codeOf(iraq, "Kurdish officials"), "the Kurdistan Regional Government");
    assertEquals("IRQCVL", codeOf(iraq, "Kurds"));
    CodedArticle mixed =
        StageFixtures.code(
            "Turkey and Iran met in Syria. The Kurds want independence.", LocalDate.of(2018, 2, 1));
    assertTrue(uncoded(mixed, "Kurds"), "set in several of their countries: no code");
    CodedArticle others =
        StageFixtures.code(
            "Uighur activists criticised China. Rohingya refugees fled to Bangladesh.",
            LocalDate.of(2018, 2, 1));
    assertEquals("CHNNGO", codeOf(others, "Uighur activists"));
    assertEquals("MMRREF", codeOf(others, "Rohingya refugees"), "refugees by the state they fled");
  }

  @Test
  void aPersonOutsideTheDictionaryTakesTheSectorOfTheirTitleOrDescription() {
    CodedArticle c =
        code(
            "Voters in Iowa cheered. Republican Senator John Doe criticised the plan. Jane Roe, a"
                + " union leader, said it was wrong. Democratic strategist Ann Moe praised it."
                + " Rep. Tim Loe attacked it.");
    Actor doe = named(c, "John Doe");
    assertEquals("USALEG", doe.code().code());
    assertTrue(
        doe.rule().startsWith("context:title"), "the party gives the country: " + doe.rule());
    assertEquals("USALAB", codeOf(c, "Jane Roe"));
    assertEquals("USAPTY", codeOf(c, "Ann Moe"));
    assertEquals("USALEG", codeOf(c, "Tim Loe"));
  }

  /**
   * Regressions found reading the new events of 240 sample stories: a place that a word is about is
   * no owner ("his Benghazi committee", "mother of Benghazi victim Sean Smith"), a group noun
   * inside a name is no group ("the Gang of Eight"), and politicians anywhere are no group of the
   * story's country ("No politician should …").
   */
  @Test
  void aPlaceAWordIsAboutOwnsNothingAndNamesAreNoGroups() {
    CodedArticle c =
        code(
            "Voters in Iowa cheered. The congressman defended his Benghazi committee. Patricia"
                + " Roe, mother of Benghazi victim Sean Roe, rejected the claim. Rubio defended"
                + " the Gang of Eight bill. No politician should make that mistake.");
    assertTrue(
        c.actors().stream().noneMatch(a -> a.code() != null && a.code().country().equals("LBY")),
        c.actors().toString());
    assertTrue(uncoded(c, "Gang"));
    assertTrue(uncoded(c, "politician"));
    assertEquals(
        "USA",
        codeOf(code("John Roe, the Las Vegas casino magnate, backed him."), "John Roe"),
        "a place before the description's head is where he is from");
  }

  /** Whether no actor has that name or the one that has is uncoded. */
  private static boolean uncoded(CodedArticle c, String name) {
    return !hasActor(c, name) || named(c, name).code() == null;
  }
}
