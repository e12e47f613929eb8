package org.dyad.coding.quote;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * Each unspoken-phrase rule drops a speakerless quoted phrase that is nobody's words, on a sentence
 * written for it, and the phrase comes back with the rule switched off; scare quotes with words in
 * them, headline capitals and phrases someone is said to say stay.
 */
class UnspokenPhrasesTest {

  /** The texts of the quoted phrases nobody is named for. */
  private static List<String> speakerless(List<Quote> quotes) {
    return quotes.stream()
        .filter(q -> q.kind() == Quote.Kind.PARTIAL && q.speaker() == null)
        .map(Quote::text)
        .toList();
  }

  private static List<String> partials(List<Quote> quotes) {
    return quotes.stream().filter(q -> q.kind() == Quote.Kind.PARTIAL).map(Quote::text).toList();
  }

  /**
   * The rule {@code id} drops {@code phrase} from {@code text}, which keeps it without the rule.
   */
  private static void drops(String id, String text, String phrase) {
    assertFalse(partials(SieveFixture.all(text)).contains(phrase), phrase + " is nobody's words");
    List<String> without = speakerless(SieveFixture.run(text, SieveFixture.without(id)));
    assertTrue(without.contains(phrase), phrase + " comes back without " + id + ": " + without);
  }

  private static void keeps(String text, String phrase) {
    List<String> found = partials(SieveFixture.all(text));
    assertTrue(found.contains(phrase), phrase + " may be someone's words: " + found);
  }

  @Test
  void theValueOfAMarkupAttributeIsNobodysWords() {
    drops(
        "Q.unspoken.markup",
        "Warren posted a chart. <tweet author=\"carlquintanilla\" lang=\"en\">The blue arrow is"
            + " Warren.</tweet>",
        "carlquintanilla");
  }

  @Test
  void aNumberOrIdIsNobodysWords() {
    drops(
        "Q.unspoken.number",
        "The tweet \"783499116076687360\" was deleted on Monday.",
        "783499116076687360");
    drops("Q.unspoken.number", "Critics discussed the documentary \"13th\" at length.", "13th");
  }

  @Test
  void aLonePronounIsNobodysWords() {
    drops(
        "Q.unspoken.pronoun",
        "Voters will wonder whether \"she\" can carry the state in November.",
        "she");
  }

  @Test
  void aNameOrTitleIsNobodysWords() {
    drops(
        "Q.unspoken.name",
        "The documentary \"War On Drugs\" opened in two cinemas on Friday.",
        "War On Drugs");
    drops(
        "Q.unspoken.name",
        "The documentary \"Justice Against Sponsors of Terrorism Act\" opened on Friday.",
        "Justice Against Sponsors of Terrorism Act");
    drops("Q.unspoken.name", "The family adopted a small dog named \"Bobby\" last year.", "Bobby");
  }

  @Test
  void aScareQuoteWithLowerCaseWordsStays() {
    keeps("Many voters see the developer as a \"con artist\" with big plans.", "con artist");
    keeps("The campaign has found a \"genius\" way to raise money.", "genius");
  }

  @Test
  void aHeadlineCapitalisesEveryWordSoItsQuotedWordsStay() {
    keeps(
        "Obama Sees 'Personal Insult' if Blacks Don't Rally for Hillary Clinton",
        "Personal Insult");
  }

  /** "told" names whom it was said to: the show after it is no one's words. */
  @Test
  void aNameAfterAVerbOfTellingIsTheAudience() {
    drops(
        "Q.unspoken.name",
        "\"We will win,\" the presumptive nominee told \"Fox and Friends\" after the rally.",
        "Fox and Friends");
  }

  @Test
  void aNameSomeoneIsSaidToSayStays() {
    keeps("Christie gave a one word answer. \u201cDenver,\u201d he answered.", "Denver,");
    keeps(
        "Supporters broke into a chant of \"Trump, Trump, Trump\" as he spoke.",
        "Trump, Trump, Trump");
  }

  @Test
  void aBracketedStageDirectionIsNobodysWords() {
    drops(
        "Q.unspoken.stage-direction",
        "The transcript shows \"(laughter)\" for almost a minute.",
        "(laughter)");
  }

  @Test
  void aHandleOrWebAddressIsNobodysWords() {
    drops(
        "Q.unspoken.handle",
        "Readers can follow the senator at \"@SenSanders\" for updates.",
        "@SenSanders");
    drops(
        "Q.unspoken.handle",
        "The photo \"pic.twitter.com/abc\" spread quickly online.",
        "pic.twitter.com/abc");
  }
}
