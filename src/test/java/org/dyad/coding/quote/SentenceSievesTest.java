package org.dyad.coding.quote;

import static org.dyad.coding.quote.SieveFixture.first;
import static org.dyad.coding.quote.SieveFixture.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dyad.model.Quote;
import org.dyad.model.QuoteSieve;
import org.junit.jupiter.api.Test;

/** Each reported-speech sieve alone on a sentence written for it. */
class SentenceSievesTest {

  private static Quote indirect(String text, QuoteSieve sieve) {
    Quote q = first(only(text, sieve), Quote.Kind.INDIRECT);
    assertEquals(sieve, q.sieve());
    return q;
  }

  @Test
  void clause() {
    Quote q =
        indirect(
            "Theresa May said that Britain would leave the union.", QuoteSieve.INDIRECT_CLAUSE);
    assertEquals("Theresa May", q.speaker().name());
    assertEquals("Britain would leave the union", q.text());
    assertEquals("indirect:ccomp", q.rule());
  }

  /**
   * Q.span.modal-after-clause: the parse makes "to slow …" the that-clause, with "efforts" its
   * subject, and hangs "will be … legacy" on the sentence; the clause runs on to its end.
   */
  @Test
  void clauseCutBeforeItsModalRunsOn() {
    String text =
        "More than taxes, more than saving a sinking economic ship, Mayor Smith believes that his"
            + " efforts to slow the warming of the city will be the most consequential legacy of"
            + " his tenure.";
    Quote q = first(SieveFixture.all(text), Quote.Kind.INDIRECT);
    assertEquals(QuoteSieve.INDIRECT_CLAUSE, q.sieve());
    assertEquals(
        "his efforts to slow the warming of the city will be the most consequential legacy of his"
            + " tenure",
        q.text());
    Quote cut =
        first(
            SieveFixture.run(text, SieveFixture.without("Q.span.modal-after-clause")),
            Quote.Kind.INDIRECT);
    assertEquals("his efforts to slow the warming of the city", cut.text());
  }

  /** An indirect question the parser hangs on the cue as an adverbial clause is what it reports. */
  @Test
  void clauseOfAnIndirectQuestion() {
    Quote q =
        indirect(
            "Looking ahead to the future of the nation, Ham explained why he backs Trump over"
                + " Hillary Clinton.",
            QuoteSieve.INDIRECT_CLAUSE);
    assertEquals("Ham", q.speaker().name());
    assertEquals("why he backs Trump over Hillary Clinton", q.text());
  }

  /** A quantifier standing alone as the subject speaks as it stands, as "they" does. */
  @Test
  void clauseOfAQuantifierSubject() {
    Quote q =
        indirect(
            "Three economists reviewed the plan. To varying degrees, all agreed that the proposal"
                + " would increase taxes.",
            QuoteSieve.INDIRECT_CLAUSE);
    assertEquals("all", q.speaker().name());
    assertEquals("the proposal would increase taxes", q.text());
  }

  /** An inverted trailing cue the parse makes the root has its speaker as its object. */
  @Test
  void afterWithTheSpeakerInverted() {
    Quote q =
        indirect(
            "However debates in and of themselves are not likely to alter the campaign, noted"
                + " NBC's Dante Chinni.",
            QuoteSieve.INDIRECT_AFTER);
    assertEquals(
        "However debates in and of themselves are not likely to alter the campaign", q.text());
    assertTrue(q.speaker().name().contains("Chinni"), q.speaker().name());
  }

  /** "Said when asked …" is the time of the saying, not what was said. */
  @Test
  void noClauseOfATimeWithoutASubject() {
    assertTrue(
        only("Trump said when asked about the tapes.", QuoteSieve.INDIRECT_CLAUSE).stream()
            .noneMatch(q -> q.kind() == Quote.Kind.INDIRECT));
  }

  @Test
  void complement() {
    Quote q =
        indirect(
            "Donald Trump called for a ban on Muslim immigration.", QuoteSieve.INDIRECT_COMPLEMENT);
    assertEquals("Donald Trump", q.speaker().name());
    assertEquals("a ban on Muslim immigration", q.text());
  }

  /** A description the parser hangs the speaker's name on as "dep" speaks by that name. */
  @Test
  void clauseOfADescriptionWithItsNameAfter() {
    Quote q =
        indirect(
            "At a campaign rally Monday morning, Trump's GOP primary rival Sen. Marco Rubio"
                + " (R-Fla.) said Trump was unelectable now.",
            QuoteSieve.INDIRECT_CLAUSE);
    assertEquals("Marco Rubio", q.speaker().name());
  }

  /** A phrase set before the speaker frames the sentence and is not what the verb attributes. */
  @Test
  void complementAfterAFrontedPhrase() {
    Quote q =
        indirect(
            "On Saturday, Moore called the remarks a true wake-up call to his coalition.",
            QuoteSieve.INDIRECT_COMPLEMENT);
    assertEquals("the remarks a true wake-up call to his coalition", q.text());
  }

  /** A stance verb's clause, when no clause sieve took the verb: "ruled that …". */
  @Test
  void complementClause() {
    Quote q =
        indirect(
            "The appeals court ruled that the state's practices were unlawful.",
            QuoteSieve.INDIRECT_COMPLEMENT);
    assertEquals("the state's practices were unlawful", q.text());
  }

  /** A gerund after the verb's preposition: "called for reducing …". */
  @Test
  void complementGerund() {
    Quote q =
        indirect(
            "President Obama called for reducing the corporate tax rate to 28 percent.",
            QuoteSieve.INDIRECT_COMPLEMENT);
    assertEquals("reducing the corporate tax rate to 28 percent", q.text());
  }

  /** The parse took the reported clause's subject for the cue's object. */
  @Test
  void objectClause() {
    Quote q =
        indirect(
            "On Thursday, Mr. Clinton said the gathering in September in New York would be the"
                + " foundation's last.",
            QuoteSieve.INDIRECT_OBJECT_CLAUSE);
    assertTrue(q.speaker().name().contains("Clinton"), q.speaker().name());
    assertEquals("the gathering in September in New York would be the foundation's last", q.text());
  }

  /** An adverb between the reported clause's subject and its verb still opens the clause. */
  @Test
  void objectClauseWithAnAdverbBeforeItsVerb() {
    Quote q =
        indirect(
            "Loretta Lynch said the nonstop demands that come with government work sometimes erase"
                + " the barriers that women face in private work.",
            QuoteSieve.INDIRECT_OBJECT_CLAUSE);
    assertTrue(q.text().startsWith("the nonstop demands"), q.text());
    assertTrue(q.text().endsWith("in private work"), q.text());
  }

  /**
   * A quoted phrase that led the parse to hang the cue on the clause after it, or the clause on the
   * cue, as a separate sentence: the clause is still what the cue reports, quoted words and all.
   */
  @Test
  void paratacticClause() {
    String lynch =
        "Lynch said there remains a \"significant difference in private practice and"
            + " government,\" when it comes to how many lawyers work at the Justice Department and"
            + " for law firms.";
    Quote q = first(SieveFixture.all(lynch), Quote.Kind.INDIRECT);
    assertEquals(QuoteSieve.INDIRECT_PARATACTIC, q.sieve());
    assertTrue(q.text().startsWith("there remains a \"significant"), q.text());
    assertTrue(q.text().endsWith("for law firms"), q.text());
    assertTrue(
        SieveFixture.run(lynch, SieveFixture.without("Q.indirect-paratactic")).stream()
            .noneMatch(x -> x.kind() == Quote.Kind.INDIRECT),
        "off, the sentence reports nothing outside the quoted words");
    Quote told =
        indirect(
            "Trump told the forum he was \"totally against the war in Iraq\" because it"
                + " destabilized the Middle East.",
            QuoteSieve.INDIRECT_PARATACTIC);
    assertEquals(
        "he was \"totally against the war in Iraq\" because it destabilized the Middle East",
        told.text());
    assertTrue(told.speaker().name().contains("Trump"), told.speaker().name());
  }

  /**
   * Verbs of speaking, knowing, judging and backing of general English (lexicon ids
   * Q.indirect.assume, Q.stance-verb.chastise, Q.stance-verb.dispute, Q.speech.quip) report their
   * clause or complement.
   */
  @Test
  void cuesOfGeneralEnglish() {
    assertEquals(
        "Mr. Clarke had the financial backing of the governor",
        indirect(
                "Many people in the negotiations assumed that Mr. Clarke had the financial backing"
                    + " of the governor.",
                QuoteSieve.INDIRECT_CLAUSE)
            .text());
    assertTrue(
        indirect(
                "The FBI director chastised Clinton for her use of the server.",
                QuoteSieve.INDIRECT_COMPLEMENT)
            .text()
            .contains("use of the server"));
    assertEquals(
        "the idea that she needed to be hospitalized",
        indirect(
                "The woman disputes the idea that she needed to be hospitalized.",
                QuoteSieve.INDIRECT_COMPLEMENT)
            .text());
    Quote quip =
        first(SieveFixture.all("\u201cWe will win,\u201d Ann Smith quipped."), Quote.Kind.DIRECT);
    assertEquals("quipped", quip.cue());
    assertTrue(quip.speaker().name().contains("Smith"), quip.speaker().name());
  }

  /**
   * Verbs of liking and disliking (Q.stance-verb.despise, Q.stance-verb.admire) report their
   * object.
   */
  @Test
  void likingVerbsOfGeneralEnglish() {
    assertEquals(
        "the new tax plan",
        indirect(
                "Many conservative voters despise the new tax plan.",
                QuoteSieve.INDIRECT_COMPLEMENT)
            .text());
    assertTrue(
        indirect(
                "Donald Trump openly admires Russian President Vladimir Putin.",
                QuoteSieve.INDIRECT_COMPLEMENT)
            .text()
            .contains("Putin"));
  }

  @Test
  void passiveAgent() {
    Quote q =
        indirect(
            "The registration issue was first reported by The Washington Post.",
            QuoteSieve.INDIRECT_PASSIVE_AGENT);
    assertTrue(q.speaker().name().contains("Washington Post"), q.speaker().name());
    assertEquals("The registration issue", q.text());
  }

  @Test
  void reportingNoun() {
    Quote q =
        indirect(
            "The minister's promise that taxes would fall was broken.", QuoteSieve.INDIRECT_NOUN);
    assertEquals("taxes would fall", q.text());
  }

  /** A clause whose predicate is a noun: "claim that there have been thousands of …". */
  @Test
  void reportingNounWithANominalClause() {
    Quote q =
        indirect(
            "Politifact checked Donald Trump's claim that there have been \"thousands of"
                + " shootings\" in Chicago this year.",
            QuoteSieve.INDIRECT_NOUN);
    assertTrue(q.text().startsWith("there have been"), q.text());
    assertTrue(q.text().endsWith("this year"), q.text());
  }

  @Test
  void aside() {
    Quote q =
        indirect(
            "The obsession is an insult to all Americans, top black lawmakers said Friday.",
            QuoteSieve.INDIRECT_ASIDE);
    assertTrue(q.speaker().name().endsWith("lawmakers"), q.speaker().name());
    assertEquals("The obsession is an insult to all Americans", q.text());
  }

  /** The subject of an aside stands before the cue's auxiliaries: "…, other studies have shown." */
  @Test
  void asideWithAnAuxiliary() {
    Quote q =
        indirect(
            "Large sections of the city are divided by race and income, other studies have shown.",
            QuoteSieve.INDIRECT_ASIDE);
    assertTrue(q.speaker().name().endsWith("studies"), q.speaker().name());
    assertEquals("Large sections of the city are divided by race and income", q.text());
  }

  /**
   * A direct quotation the aside's cue attributes, after the writer's own words, is part of the
   * side before the aside.
   */
  @Test
  void asideRunsThroughAQuotationWovenBeforeIt() {
    String text =
        "Jeh Johnson spoke in Washington. With thousands of vote counting systems, \u201cthere is"
            + " no one single point of failure,\u201d he said.";
    Quote q =
        SieveFixture.all(text).stream()
            .filter(x -> x.sieve() == QuoteSieve.INDIRECT_ASIDE)
            .findFirst()
            .orElseThrow();
    assertTrue(q.text().startsWith("With thousands of vote counting systems"), q.text());
    assertTrue(q.text().contains("single point of failure"), q.text());
    assertTrue(q.speaker().name().contains("Johnson"), q.speaker().name());
  }

  @Test
  void accordingTo() {
    Quote q =
        indirect(
            "The ceasefire collapsed overnight, according to local officials.",
            QuoteSieve.INDIRECT_ACCORDING_TO);
    assertEquals("local officials", q.speaker().name());
    assertEquals("The ceasefire collapsed overnight", q.text());
  }

  /**
   * "According to" read from its words where the parse of a long sentence gave the phrase no
   * according_to relation (here "polls" is the root).
   */
  @Test
  void accordingToTheParseMissed() {
    Quote q =
        indirect(
            "Whites without a college degree made up just 36 percent of the electorate in 2012,"
                + " according to exit polls.",
            QuoteSieve.INDIRECT_ACCORDING_TO);
    assertEquals("exit polls", q.speaker().name());
    assertEquals(
        "Whites without a college degree made up just 36 percent of the electorate in 2012",
        q.text());
  }

  @Test
  void inSurvey() {
    Quote q =
        indirect(
            "In a CNN poll released Monday, Clinton led Trump by five points.",
            QuoteSieve.INDIRECT_IN_SURVEY);
    assertEquals("Clinton led Trump by five points", q.text());
  }

  @Test
  void headlineLabel() {
    Quote q =
        indirect(
            "Poll: Wealthy Voters Abandon Republican Party\n\nA new poll came out.",
            QuoteSieve.INDIRECT_LABEL);
    assertEquals("Poll", q.speaker().name());
    assertEquals("Wealthy Voters Abandon Republican Party", q.text());
  }

  /** A headline label's line that quotes after words of its own is the label's, quote and all. */
  @Test
  void headlineLabelWithAQuotationWovenIn() {
    String text =
        "Pat Caddell: Democrat Voters Worried About Hillary Clinton\u2019s Health; It\u2019s"
            + " \u2018in Their Heads.\u2019\n\nLongtime pollster Pat Caddell spoke on Monday.";
    Quote q =
        SieveFixture.all(text).stream()
            .filter(x -> x.sieve() == QuoteSieve.INDIRECT_LABEL)
            .findFirst()
            .orElseThrow();
    assertTrue(q.text().startsWith("Democrat Voters Worried"), q.text());
    assertTrue(q.text().contains("in Their Heads"), q.text());
    assertTrue(q.speaker().name().contains("Caddell"), q.speaker().name());
  }

  @Test
  void trailingCue() {
    Quote q = indirect("Talks will resume soon; the spokesman said.", QuoteSieve.INDIRECT_AFTER);
    assertTrue(q.speaker().name().endsWith("spokesman"), q.speaker().name());
    assertTrue(q.text().startsWith("Talks will resume soon"), q.text());
  }

  /** The parse made the cue the clausal subject of the reported clause's predicate. */
  @Test
  void subjectClause() {
    Quote q =
        indirect(
            "Clinton said there was \"no daylight\" between their plans for the banking industry.",
            QuoteSieve.INDIRECT_SUBJECT_CLAUSE);
    assertEquals("Hillary Clinton", q.speaker().name());
    assertEquals(
        "there was \"no daylight\" between their plans for the banking industry", q.text());
  }

  /** A quoted phrase inside a clause the parse cut at the cue's object is part of the clause. */
  @Test
  void objectClauseThroughAQuotedPhrase() {
    Quote q =
        indirect(
            "The former first lady and U.S. senator said it was \"a mistake\" to use private email"
                + " while at the State Department.",
            QuoteSieve.INDIRECT_OBJECT_CLAUSE);
    assertEquals(
        "it was \"a mistake\" to use private email while at the State Department", q.text());
  }

  /** A subordinate clause hung on the cue after its complement belongs to what it attributes. */
  @Test
  void complementTrailingClause() {
    Quote q =
        indirect(
            "Trump attacked Clinton again, accusing her of being asleep when the late-night calls"
                + " came in.",
            QuoteSieve.INDIRECT_COMPLEMENT);
    assertTrue(
        only(
                "Trump attacked Clinton again, accusing her of being asleep when the late-night"
                    + " calls came in.",
                QuoteSieve.INDIRECT_COMPLEMENT)
            .stream()
            .anyMatch(
                x -> x.text().equals("her of being asleep when the late-night calls came in")),
        q.text());
  }

  /** Speech verbs that take an infinitive, and stance verbs drawn from PolNeAR's train split. */
  @Test
  void newStanceVerbs() {
    assertEquals(
        "to push for a constitutional amendment",
        indirect(
                "Hillary Clinton pledged to push for a constitutional amendment.",
                QuoteSieve.INDIRECT_COMPLEMENT)
            .text());
    assertEquals(
        "European nations to bolster defense spending",
        indirect(
                "Hillary Clinton encouraged European nations to bolster defense spending.",
                QuoteSieve.INDIRECT_COMPLEMENT)
            .text());
  }

  /** A stance noun with a possessor reports its clause or its prepositional complement. */
  @Test
  void stanceNounWithAComplement() {
    assertEquals(
        "the damaging effects of trade agreements",
        indirect(
                "Sanders repeated his long-standing ideas about the damaging effects of trade"
                    + " agreements.",
                QuoteSieve.INDIRECT_NOUN)
            .text());
  }

  /** A cue set off by commas inside the clause it reports: both sides, one utterance. */
  @Test
  void parentheticalCueReportsBothSides() {
    var quotes =
        only(
            "The museum, Barack Obama said, would make visitors face uncomfortable truths.",
            QuoteSieve.INDIRECT_PARENTHETICAL);
    assertEquals(2, quotes.size());
    assertEquals("The museum", quotes.get(0).text());
    assertEquals("would make visitors face uncomfortable truths", quotes.get(1).text());
    assertEquals("Barack Obama", quotes.get(1).speaker().name());
    assertEquals(quotes.get(0).id(), quotes.get(1).utterance());
    Quote after =
        first(
            only(
                "Lenox was a juggernaut, Tom Clarke said, until it went bankrupt in 1999.",
                QuoteSieve.INDIRECT_PARENTHETICAL),
            Quote.Kind.INDIRECT);
    assertEquals("Lenox was a juggernaut", after.text());
    assertTrue(
        only(
                "Lenox was a juggernaut, Tom Clarke said, until it went bankrupt in 1999.",
                QuoteSieve.INDIRECT_AFTER)
            .stream()
            .noneMatch(q -> q.text().contains("until")),
        "the trailing-cue sieve alone takes only the side before the cue");
  }

  /** A participle set off after a stance cue is an act of its own, not what the cue reports. */
  @Test
  void setOffParticipleIsNoComplement() {
    assertTrue(
        only(
                "Pence led the Twitter conversation about the debate, Twitter announced, gaining"
                    + " 22,000 followers.",
                QuoteSieve.INDIRECT_COMPLEMENT)
            .stream()
            .noneMatch(q -> q.text().contains("followers")));
  }

  /** A speech or stance participle set off from the main clause is its subject's. */
  @Test
  void setOffParticipleCue() {
    Quote trailing =
        indirect(
            "In 1986, the Supreme Court blocked a New Jersey company from abandoning its plants in"
                + " bankruptcy, citing a threat to public health and safety.",
            QuoteSieve.INDIRECT_PARTICIPLE);
    assertEquals("Supreme Court", trailing.speaker().name());
    assertEquals("a threat to public health and safety", trailing.text());
    Quote leading =
        indirect(
            "Claiming the criticism of Lauer is designed to pressure moderators, Trump told Fox"
                + " that they hit Matt.",
            QuoteSieve.INDIRECT_PARTICIPLE);
    assertEquals("Donald Trump", leading.speaker().name());
    assertEquals("the criticism of Lauer is designed to pressure moderators", leading.text());
    Quote afterQuotedWords =
        indirect(
            "Donald Trump openly admires Russian President Vladimir Putin as a \"strong leader,\""
                + " comparing him favorably to President Obama.",
            QuoteSieve.INDIRECT_PARTICIPLE);
    assertEquals("him favorably to President Obama", afterQuotedWords.text());
  }

  /** A participle taken as a cue of its own ends the complement before it. */
  @Test
  void complementEndsBeforeASetOffParticipleCue() {
    var quotes =
        only(
            "Harry Reid frequently mocked Mitt Romney for not releasing his full tax returns,"
                + " claiming that he had a well-connected source.",
            QuoteSieve.INDIRECT_PARTICIPLE,
            QuoteSieve.INDIRECT_COMPLEMENT);
    assertTrue(
        quotes.stream()
            .anyMatch(q -> q.text().equals("Mitt Romney for not releasing his full tax returns")));
    assertTrue(quotes.stream().anyMatch(q -> q.text().equals("he had a well-connected source")));
  }

  /**
   * A raising verb or an agentless passive cue: its subject is part of what is attributed, not who
   * holds it; a name as the subject holds the view itself.
   */
  @Test
  void raisedSubjectIsPartOfTheContent() {
    String seems =
        "The lack of enthusiasm among black voters seems to be a real issue for her campaign.";
    var quotes = SieveFixture.all(seems);
    Quote subject = quotes.get(0);
    Quote rest = quotes.get(1);
    assertEquals(QuoteSieve.INDIRECT_RAISED_SUBJECT, subject.sieve());
    assertEquals("The lack of enthusiasm among black voters", subject.text());
    assertEquals("to be a real issue for her campaign", rest.text());
    assertEquals(subject.id(), rest.utterance());
    assertEquals(null, rest.speaker());
    assertTrue(
        SieveFixture.run(seems, SieveFixture.without("Q.indirect-raised-subject")).stream()
            .noneMatch(q -> q.text().startsWith("The lack")),
        "off, the subject is taken for the speaker and left out of the content");
    Quote expected =
        first(
            only(
                "About one of every nine voters this fall is expected to be Latino.",
                QuoteSieve.INDIRECT_RAISED_SUBJECT),
            Quote.Kind.INDIRECT);
    assertEquals("About one of every nine voters this fall", expected.text());
    assertTrue(
        only("Donald Trump appeared to suggest a change.", QuoteSieve.INDIRECT_RAISED_SUBJECT)
            .isEmpty(),
        "a name as the subject holds the view");
  }

  /**
   * Stance verbs taken from WordNet's communication and cognition verbs: what their subject signed,
   * accepted or focused on is attributed to it.
   */
  @Test
  void wordNetStanceVerbs() {
    Quote signed =
        indirect(
            "George W. Bush signed the legislation authorizing the building of the museum.",
            QuoteSieve.INDIRECT_COMPLEMENT);
    assertEquals("George W. Bush", signed.speaker().name());
    assertEquals("the legislation authorizing the building of the museum", signed.text());
    Quote accepted =
        indirect(
            "Most Democrats accept the reality that climate change was caused by humans.",
            QuoteSieve.INDIRECT_COMPLEMENT);
    assertEquals("the reality that climate change was caused by humans", accepted.text());
  }

  /**
   * {@code Q.utterance.same-sentence}: reported speech and a quotation of one speaker in one
   * sentence are one utterance; switched off, each stands alone.
   */
  @Test
  void sameSpeakerInOneSentenceIsOneUtterance() {
    String text =
        "Hillary Clinton said the plan would work, and she added that \u201cnobody will stop"
            + " us.\u201d";
    var quotes = SieveFixture.all(text);
    Quote reported = first(quotes, Quote.Kind.INDIRECT);
    Quote quoted = first(quotes, Quote.Kind.DIRECT);
    assertEquals("the plan would work", reported.text());
    assertEquals(reported.id(), quoted.utterance());
    var apart = SieveFixture.run(text, SieveFixture.without("Q.utterance.same-sentence"));
    assertEquals(first(apart, Quote.Kind.DIRECT).id(), first(apart, Quote.Kind.DIRECT).utterance());
  }

  /**
   * {@code Q.noun-support-verb}: a reporting noun with no possessor is the subject's of the verb it
   * is the object of, unless that verb receives it ("faced criticism").
   */
  @Test
  void reportingNounOfASupportVerb() {
    Quote q =
        first(
            only(
                "France and Germany unveiled a proposal for increased military cooperation.",
                QuoteSieve.INDIRECT_NOUN),
            Quote.Kind.INDIRECT);
    assertEquals("France", q.speaker().name());
    assertEquals("increased military cooperation", q.text());
    assertTrue(
        only("Aung San Suu Kyi faced criticism for her silence.", QuoteSieve.INDIRECT_NOUN)
            .isEmpty(),
        "the subject of 'faced' receives the criticism");
    assertTrue(
        only(
                "But China has no desire to see such a partnership emerge, analysts said.",
                QuoteSieve.INDIRECT_NOUN)
            .isEmpty(),
        "a desire China is said not to have is nothing China said");
  }

  /** {@code Q.indirect-clause}: what someone must or should realise is asked of them. */
  @Test
  void aCueUnderMustIsNoAttribution() {
    assertTrue(
        only(
                "The UK and US must realise they cannot win the war by force alone.",
                QuoteSieve.INDIRECT_CLAUSE)
            .isEmpty());
    assertEquals(
        "United States",
        first(
                only(
                    "The US realised it could not win the war by force alone.",
                    QuoteSieve.INDIRECT_CLAUSE),
                Quote.Kind.INDIRECT)
            .speaker()
            .name());
  }
}
