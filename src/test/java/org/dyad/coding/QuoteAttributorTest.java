package org.dyad.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Quote;
import org.junit.jupiter.api.Test;

class QuoteAttributorTest {
  private static final LocalDate DATE = LocalDate.of(2019, 3, 1);

  private static List<Quote> quotes(String text) {
    return StageFixtures.code(text, DATE).quotes();
  }

  private static Quote first(String text, Quote.Kind kind) {
    return quotes(text).stream().filter(q -> q.kind() == kind).findFirst().orElseThrow();
  }

  @Test
  void speechVerbAfterTheQuote() {
    Quote q =
        first(
            "\"We will not give in,\" Angela Merkel told reporters in Berlin.", Quote.Kind.DIRECT);
    assertEquals("Angela Merkel", q.speaker().name());
    assertEquals("told", q.cue());
    assertEquals("reporters", q.audience());
    assertEquals("after", q.rule());
  }

  @Test
  void aSpeechVerbLeadingIntoTheQuoteBeatsTheNextSentence() {
    Quote q =
        first(
            "Shadow Home Secretary David Davis said his concern was justice. He went on to say:"
                + " \"If we do not get the amendments, we will vote against the bill.\" In the"
                + " Commons, Mr Howard said it would be far better.",
            Quote.Kind.DIRECT);
    assertEquals("David Davis", q.speaker().name());
    assertEquals("before", q.rule());
  }

  @Test
  void speechVerbBeforeTheQuoteWithAColon() {
    Quote q = first("Vladimir Putin said: \"Russia is ready for dialogue.\"", Quote.Kind.DIRECT);
    assertEquals("Vladimir Putin", q.speaker().name());
    assertEquals("before", q.rule());
  }

  @Test
  void attributionInsideTheClosingMarkIsCutOff() {
    Quote q = first("\u201cWe want peace with our neighbours, said Modi.\u201d", Quote.Kind.DIRECT);
    assertEquals("Narendra Modi", q.speaker().name());
    assertEquals("We want peace with our neighbours", q.text());
  }

  @Test
  void aQuoteWithoutAttributionContinuesThePreviousSpeaker() {
    List<Quote> qs =
        quotes("\"This is a good day,\" Emmanuel Macron said. \"We have waited a long time.\"");
    assertEquals("Emmanuel Macron", qs.get(1).speaker().name());
    assertEquals("continues:after", qs.get(1).rule());
  }

  @Test
  void anonymousSpeakersAndChannels() {
    Quote q = first("\"The army is on alert,\" a senior official told Reuters.", Quote.Kind.DIRECT);
    assertNull(q.speaker().actor());
    assertEquals("a senior official", q.speaker().name());
    assertEquals(List.of("Reuters"), q.via().stream().map(Quote.Channel::name).toList());
  }

  @Test
  void scareQuotesArePartial() {
    Quote q = first("The plan was called a \"betrayal\" by critics.", Quote.Kind.PARTIAL);
    assertEquals("betrayal", q.text());
  }

  @Test
  void indirectSpeechAndAccordingTo() {
    Quote said = first("Theresa May said that Britain would leave the union.", Quote.Kind.INDIRECT);
    assertEquals("Theresa May", said.speaker().name());
    assertEquals("Britain would leave the union", said.text());
    Quote according =
        first(
            "The ceasefire collapsed overnight, according to local officials.",
            Quote.Kind.INDIRECT);
    assertEquals("local officials", according.speaker().name());
    assertEquals("The ceasefire collapsed overnight", according.text());
  }

  @Test
  void aQuotationSplitByItsAttributionHasOneSpeaker() {
    List<Quote> qs =
        quotes("Tony Blair arrived. \"We are ready,\" he said, \"to talk to anyone.\"");
    assertEquals("Tony Blair", qs.get(0).speaker().name());
    assertEquals("Tony Blair", qs.get(1).speaker().name());
  }

  @Test
  void aMediumThatQuotesSomeoneIsTheChannel() {
    Quote q =
        first(
            "Reuters quoted Sergei Lavrov as saying: \"Russia will respond.\"", Quote.Kind.DIRECT);
    assertEquals("Sergei Lavrov", q.speaker().name());
    assertEquals(List.of("Reuters"), q.via().stream().map(Quote.Channel::name).toList());
    Quote passive =
        first(
            "Lavrov was quoted by Interfax as saying that Moscow would respond.",
            Quote.Kind.INDIRECT);
    assertEquals("Sergei Lavrov", passive.speaker().name());
    assertEquals("Moscow would respond", passive.text());
  }

  @Test
  void theNewspaperIsTheMediumNamedBefore() {
    Quote q =
        first(
            "The Guardian newspaper reported it first. The newspaper said the minister had lied.",
            Quote.Kind.INDIRECT);
    assertEquals("GBRMED", q.speaker().code().code());
  }

  @Test
  void anInvertedSubjectThatIsADocumentSpeaks() {
    Quote q =
        first(
            "\"A state cannot purge voters for not voting,\" said the ruling.", Quote.Kind.DIRECT);
    assertEquals("the ruling", q.speaker().name());
  }

  @Test
  void aBareAttributionInTheNextSentence() {
    Quote q =
        first(
            "Lindsey Graham spoke on Tuesday. \"Does anybody know what our platform is?\" Graham"
                + " asked. \"Neither do I.\"",
            Quote.Kind.DIRECT);
    assertEquals("Lindsey Graham", q.speaker().name());
    assertEquals("after-sentence", q.rule());
  }

  @Test
  void accordingToBeforeADirectQuotation() {
    Quote q =
        first(
            "According to Limbaugh, \"if it was left up to her, she would not say anything.\"",
            Quote.Kind.DIRECT);
    assertEquals("according-to", q.rule());
    assertEquals("Limbaugh", q.speaker().name().replaceAll(".* ", ""));
  }

  @Test
  void aPollIsTheSourceOfWhatItShows() {
    Quote q =
        first("A Bloomberg poll shows Clinton ahead among wealthy voters.", Quote.Kind.INDIRECT);
    assertEquals("A Bloomberg poll", q.speaker().name());
    assertEquals("Clinton ahead among wealthy voters", q.text());
  }

  @Test
  void aStanceVerbAttributesItsComplement() {
    Quote q = first("Donald Trump called for a ban on Muslim immigration.", Quote.Kind.INDIRECT);
    assertEquals("Donald Trump", q.speaker().name());
    assertEquals("indirect:complement", q.rule());
    assertEquals("a ban on Muslim immigration", q.text());
  }

  @Test
  void aHeadlineLabelIsTheSourceOfItsLine() {
    Quote q =
        first(
            "Poll: Wealthy Voters Abandon Republican Party\n\nA new poll came out.",
            Quote.Kind.INDIRECT);
    assertEquals("indirect:label", q.rule());
    assertEquals("Poll", q.speaker().name());
    assertEquals("Wealthy Voters Abandon Republican Party", q.text());
  }

  @Test
  void aPollThatFindingsAreReportedIn() {
    Quote q =
        first(
            "In a CNN poll released Monday, Clinton led Trump by five points.",
            Quote.Kind.INDIRECT);
    assertEquals("indirect:in-survey", q.rule());
    assertEquals("Clinton led Trump by five points", q.text());
  }

  @Test
  void anAsideAfterTheReportedClause() {
    Quote q =
        first(
            "The obsession is an insult to all Americans, top black lawmakers said Friday.",
            Quote.Kind.INDIRECT);
    assertTrue(q.speaker().name().endsWith("lawmakers"));
    assertEquals("The obsession is an insult to all Americans", q.text());
  }
}
