package org.dyad.coding.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.dyad.lexicon.QuoteSieveOrder;
import org.dyad.model.Quote;
import org.dyad.model.QuoteSieve;
import org.junit.jupiter.api.Test;

/**
 * The eighteenth session's rules for attributions beyond speech (issue 16, item 4), each on a
 * sentence written for it and shown to fail with the rule switched off.
 */
class AttributionDepthTest {

  private static List<String> texts(List<Quote> quotes) {
    return quotes.stream().map(Quote::text).toList();
  }

  /**
   * {@code Q.span.according-to-both-sides}: an "according to" phrase in the middle of a sentence
   * attributes what follows it too, as the second part of one utterance.
   */
  @Test
  void accordingToInMidSentenceReportsBothSides() {
    String text =
        "Since last November, according to Human Rights Watch, security forces have killed more"
            + " than 400 protesters.";
    List<Quote> quotes = SieveFixture.all(text);
    assertEquals(
        List.of("Since last November", "security forces have killed more than 400 protesters"),
        texts(quotes));
    assertEquals(QuoteSieve.INDIRECT_ACCORDING_TO, quotes.get(1).sieve());
    assertEquals("Human Rights Watch", quotes.get(1).speaker().name());
    assertEquals(quotes.get(0).id(), quotes.get(1).utterance());
    assertEquals(
        List.of("Since last November"),
        texts(SieveFixture.run(text, SieveFixture.without("Q.span.according-to-both-sides"))));
  }

  /** At the sentence's end the phrase has nothing after it to report. */
  @Test
  void accordingToAtTheEndReportsWhatComesBefore() {
    assertEquals(
        List.of("The ceasefire collapsed overnight"),
        texts(
            SieveFixture.all("The ceasefire collapsed overnight, according to local officials.")));
  }

  /**
   * {@code regard-verb} cues: a verb of regarding with an "as" phrase or a clause holds a view,
   * active ("sees … as") or passive with no agent ("is seen as"); without one it reports nothing.
   */
  @Test
  void regardVerbsWithAnAsPhrase() {
    String sees = "Mr. Obama sees Mr. Netanyahu as a stubborn partner.";
    Quote q = SieveFixture.first(SieveFixture.all(sees), Quote.Kind.INDIRECT);
    assertEquals(QuoteSieve.INDIRECT_COMPLEMENT, q.sieve());
    assertEquals("Barack Obama", q.speaker().name());
    assertEquals("Mr. Netanyahu as a stubborn partner", q.text());
    String cast = "Senator Cruz cast the nomination battle as a two-man race.";
    assertEquals(List.of("the nomination battle as a two-man race"), texts(SieveFixture.all(cast)));
    String seen = "Twitter is increasingly seen as a real-time news site.";
    assertEquals(List.of("Twitter", "as a real-time news site"), texts(SieveFixture.all(seen)));
    assertTrue(SieveFixture.all("He saw the game on Sunday.").isEmpty(), "no view without 'as'");
    assertTrue(SieveFixture.all("She cast a ballot in Ohio.").isEmpty(), "a ballot is no view");
    QuoteWords none = withoutRegardVerbs(SieveFixture.words());
    assertTrue(SieveFixture.run(sees, none).isEmpty(), "off, seeing reports nothing");
    assertTrue(SieveFixture.run(cast, none).isEmpty());
    assertTrue(SieveFixture.run(seen, none).isEmpty());
  }

  /**
   * {@code Q.indirect-asked}: a question put by someone not named reports what was asked, with no
   * speaker; "the reporter asked whether …" names the asker and is another sieve's.
   */
  @Test
  void askedQuestion() {
    String text = "The mayor was asked about the merger of the two hospitals.";
    List<Quote> quotes = SieveFixture.all(text);
    Quote q = SieveFixture.first(quotes, Quote.Kind.INDIRECT);
    assertEquals(QuoteSieve.INDIRECT_ASKED, q.sieve());
    assertEquals("the merger of the two hospitals", q.text());
    assertEquals(null, q.speaker());
    assertTrue(
        SieveFixture.run(text, SieveFixture.without("Q.indirect-asked")).stream()
            .noneMatch(x -> x.sieve() == QuoteSieve.INDIRECT_ASKED));
  }

  /**
   * {@code Q.indirect-noun-unowned}: a reporting noun nobody holds, with an indirect question or a
   * that-clause, reports the clause with no speaker.
   */
  @Test
  void unownedReportingNoun() {
    String text =
        "There has been much speculation about whether the senator will attempt to avoid the same"
            + " fate.";
    Quote q = SieveFixture.first(SieveFixture.all(text), Quote.Kind.INDIRECT);
    assertEquals(QuoteSieve.INDIRECT_NOUN_UNOWNED, q.sieve());
    assertEquals("whether the senator will attempt to avoid the same fate", q.text());
    assertEquals(null, q.speaker());
    assertTrue(SieveFixture.run(text, SieveFixture.without("Q.indirect-noun-unowned")).isEmpty());
    assertTrue(
        SieveFixture.all(
                "Tokyo will study American claims that Japanese companies are dumping chips in"
                    + " Asian markets.")
            .stream()
            .noneMatch(x -> x.sieve() == QuoteSieve.INDIRECT_NOUN_UNOWNED),
        "a capitalised adjective names the claim's owner");
  }

  /**
   * Stance verbs kept by their counts on PolNeAR's train split (session 18): what their subject
   * appointed, sided with or distanced itself from is attributed to it.
   */
  @Test
  void sessionEighteenStanceVerbs() {
    String text = "Senator Smith distanced himself from the governor's plan to raise taxes.";
    Quote q = SieveFixture.first(SieveFixture.all(text), Quote.Kind.INDIRECT);
    assertEquals(QuoteSieve.INDIRECT_COMPLEMENT, q.sieve());
    assertTrue(q.text().contains("the governor's plan to raise taxes"), q.text());
    QuoteWords w = SieveFixture.words();
    java.util.Set<String> stance = new java.util.HashSet<>(w.stanceVerbs());
    stance.remove("distance");
    QuoteWords off = withStanceVerbs(w, java.util.Set.copyOf(stance));
    assertTrue(
        SieveFixture.run(text, off).stream()
            .noneMatch(x -> x.text().contains("raise taxes") && x.cue().startsWith("distanc")),
        "off, distancing reports nothing");
  }

  /**
   * {@code Q.speaker.share-population} (session 19): a survey's share speaks through the people it
   * is a share of, never as a number; off, the share says nothing.
   */
  @Test
  void aSharesPopulationSpeaks() {
    String text = "Fifty-eight percent of Republicans say the party should choose a new leader.";
    Quote q = SieveFixture.first(SieveFixture.all(text), Quote.Kind.INDIRECT);
    assertEquals("the party should choose a new leader", q.text());
    assertTrue(q.speaker().span() != null);
    assertEquals("Republicans", q.speaker().span().of(text));
    String tenths = "Nine in 10 registered voters say the economy is the main issue.";
    Quote v = SieveFixture.first(SieveFixture.all(tenths), Quote.Kind.INDIRECT);
    assertEquals("the economy is the main issue", v.text());
    assertTrue(v.speaker().name().contains("voters"), v.speaker().name());
    assertTrue(
        SieveFixture.run(text, SieveFixture.without("Q.speaker.share-population")).stream()
            .noneMatch(x -> x.text().contains("new leader")),
        "off, a share says nothing");
  }

  /**
   * {@code Q.speaker.share-unnamed} (session 19): a share of people the sentence does not name
   * reports what it said with no speaker, through a clause or a stance verb.
   */
  @Test
  void anUnnamedShareReportsWithNoSpeaker() {
    String said = "Twenty-four percent said they were more likely to vote for him.";
    Quote q = SieveFixture.first(SieveFixture.all(said), Quote.Kind.INDIRECT);
    assertEquals("they were more likely to vote for him", q.text());
    assertEquals(null, q.speaker());
    String vote = "Only 27 percent would vote for the senator from Texas.";
    Quote v = SieveFixture.first(SieveFixture.all(vote), Quote.Kind.INDIRECT);
    assertEquals("the senator from Texas", v.text());
    assertEquals(null, v.speaker());
    QuoteSieveOrder off = SieveFixture.without("Q.speaker.share-unnamed");
    assertTrue(
        SieveFixture.run(said, off).stream().noneMatch(x -> x.text().startsWith("they were")));
    assertTrue(SieveFixture.run(vote, off).isEmpty(), "off, a bare share says nothing");
  }

  /**
   * {@code finding-verb} cues (session 19): a poll, study or record that finds or puts reports its
   * finding; the same verb with a person or a thing as subject reports nothing.
   */
  @Test
  void findingVerbsWithAPollAsSubject() {
    String found = "A June poll found the governor receiving 20 percent support from young voters.";
    Quote q = SieveFixture.first(SieveFixture.all(found), Quote.Kind.INDIRECT);
    assertEquals(QuoteSieve.INDIRECT_COMPLEMENT, q.sieve());
    assertEquals("the governor receiving 20 percent support from young voters", q.text());
    assertEquals("A June poll", q.speaker().name());
    String put = "A Field Poll of the Democratic race put his overall support at 5 percent.";
    assertEquals(List.of("his overall support at 5 percent"), texts(SieveFixture.all(put)));
    assertTrue(SieveFixture.all("The police found the car in a ditch.").isEmpty());
    QuoteWords off = withoutFindingVerbs(SieveFixture.words());
    assertTrue(SieveFixture.run(found, off).isEmpty(), "off, finding reports nothing");
    assertTrue(SieveFixture.run(put, off).isEmpty());
  }

  /**
   * Session 19: the question of "Asked whether …, Ban said …" is no one's ({@code
   * Q.indirect-asked}), not the aside's speaker's; and a question the parse gave the main clause to
   * ends before it.
   */
  @Test
  void anAskedQuestionIsNotTheAnswerersAside() {
    String text = "Asked whether he was concerned, the secretary general said no.";
    List<Quote> quotes = SieveFixture.all(text);
    assertTrue(
        quotes.stream().noneMatch(x -> x.sieve() == QuoteSieve.INDIRECT_ASIDE),
        texts(quotes).toString());
    assertEquals(
        List.of("whether he was concerned"),
        texts(quotes.stream().filter(x -> x.sieve() == QuoteSieve.INDIRECT_ASKED).toList()));
    String main =
        "Asked why he trailed so badly among minority voters, Sanders said he had started late.";
    assertEquals(
        List.of("why he trailed so badly among minority voters", "he had started late"),
        texts(SieveFixture.all(main)));
  }

  /**
   * {@code Q.speaker.participle-noun} (session 19): the noun an active participle describes speaks
   * for it as a subject would; off, only a role noun or a name does.
   */
  @Test
  void aParticiplesNounSpeaks() {
    String text = "Donors flocked to an outside group backing the senator from Florida.";
    Quote q = SieveFixture.first(SieveFixture.all(text), Quote.Kind.INDIRECT);
    assertEquals("the senator from Florida", q.text());
    assertEquals("an outside group", q.speaker().name());
    assertTrue(
        SieveFixture.run(text, SieveFixture.without("Q.speaker.participle-noun")).isEmpty(),
        "off, the group says nothing");
  }

  @Test
  void anUnownedNounReportsItsPrepositionsObject() {
    String text = "The senator faced sharp criticism over his handling of the budget talks.";
    Quote q = SieveFixture.first(SieveFixture.all(text), Quote.Kind.INDIRECT);
    assertEquals("his handling of the budget talks", q.text());
    assertEquals(null, q.speaker());
    assertEquals("Q.indirect-noun-object", q.sieve().id());
    assertTrue(
        SieveFixture.run(text, SieveFixture.without("Q.indirect-noun-object")).stream()
            .noneMatch(x -> x.kind() == Quote.Kind.INDIRECT),
        "off, the criticism reports nothing");
  }

  @Test
  void aFromPhraseNamesTheUnownedNounsSpeaker() {
    String text = "Criticism by Democrats of the new tax plan grew louder.";
    Quote q = SieveFixture.first(SieveFixture.all(text), Quote.Kind.INDIRECT);
    assertEquals("the new tax plan", q.text());
    assertTrue(q.speaker().name().startsWith("Democrat"), q.speaker().name());
  }

  static QuoteWords withoutRegardVerbs(QuoteWords w) {
    return copy(w, w.stanceVerbs(), Set.of(), w.findingVerbs());
  }

  static QuoteWords withStanceVerbs(QuoteWords w, Set<String> stanceVerbs) {
    return copy(w, stanceVerbs, w.regardVerbs(), w.findingVerbs());
  }

  static QuoteWords withoutFindingVerbs(QuoteWords w) {
    return copy(w, w.stanceVerbs(), w.regardVerbs(), Set.of());
  }

  private static QuoteWords copy(
      QuoteWords w, Set<String> stanceVerbs, Set<String> regardVerbs, Set<String> findingVerbs) {
    return new QuoteWords(
        w.speech(),
        w.indirect(),
        w.nominal(),
        w.mediaNouns(),
        w.phraseVerbs(),
        w.surveys(),
        stanceVerbs,
        w.stanceWords(),
        w.objectNotReported(),
        w.audienceVerbs(),
        w.timeWords(),
        w.subjectPronouns(),
        w.personPronouns(),
        w.initialCues(),
        w.answerWords(),
        w.moneyUnits(),
        w.honorifics(),
        w.forceVerbs(),
        w.armedSectors(),
        w.malePronouns(),
        w.femalePronouns(),
        w.maleTitles(),
        w.femaleTitles(),
        w.firstPersonPronouns(),
        w.raisingVerbs(),
        w.receivingVerbs(),
        regardVerbs,
        findingVerbs,
        w.findingSources(),
        w.nounObjects());
  }
}
