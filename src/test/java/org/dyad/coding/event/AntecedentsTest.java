package org.dyad.coding.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import org.dyad.TestEngine;
import org.dyad.lexicon.CodingProfile;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.junit.jupiter.api.Test;

/**
 * A side written as "they", "it", "members of …" or "the company" is the actor it stands for, each
 * by its own rule ({@link Antecedents}); switched off, the rule's event is lost.
 */
class AntecedentsTest {
  private static final LocalDate DATE = LocalDate.of(2005, 1, 15);

  /**
   * The events of {@code text} in a British paper ({@code home} GBR) or none, as "SRC CAMEO TGT".
   */
  private static List<String> events(String home, String text, String... rulesOff) {
    return HandMadeText.events(DATE, home, text, rulesOff).stream()
        .map(HandMadeText::codes)
        .toList();
  }

  private static List<String> british(String text, String... rulesOff) {
    return events("GBR", text, rulesOff);
  }

  @Test
  void theyThatFollowsAnotherTheyIsWhatThatOneStandsFor() {
    String text =
        "Labour MPs met on Monday. They said they were angry. They criticised the Home Secretary.";
    assertEquals(List.of("GBRLEG 111 GBRGOV"), british(text));
    assertEquals(List.of(), british(text, "R.arg.pronoun-chain"));
  }

  @Test
  void theyReportedByTheyIsWhatTheReporterStandsFor() {
    String text =
        "EC foreign ministers met in Brussels. They also said they were disturbed by a draft bill"
            + " before the U.S. Congress.";
    assertEquals(List.of("IGOEUR 110 USALEG"), events(null, text));
    assertEquals(List.of(), events(null, text, "R.arg.pronoun-chain"));
  }

  @Test
  void theyOfAClauseAnAttributionAfterItReportsIsTheReporter() {
    String text = "They will vote against the government, the Tories said.";
    assertEquals(List.of("GBRPTY 130 GBRGOV"), british(text));
    assertEquals(List.of(), british(text, "R.arg.pronoun-is-loose-reporter"));
  }

  @Test
  void theyOfAnAdverbialClauseIsTheSubjectOfTheClauseItHangsFrom() {
    String text =
        "The Teamsters remain on the sidelines, though they may endorse Hillary Clinton in coming"
            + " weeks.";
    List<String> got = events(null, text);
    assertEquals(1, got.size(), got.toString());
    assertEquals("USALAB", got.get(0).substring(0, 6), got.toString());
    assertEquals(List.of(), events(null, text, "R.arg.pronoun-is-governing-subject"));
  }

  @Test
  void itIsTheOrganisationThatIsTheSubjectOfTheSentenceBefore() {
    String text =
        "The Confederation of British Industry published a report on Monday. It criticised the Home"
            + " Office.";
    assertEquals(List.of("GBRBUS 111 GBRGOV"), british(text));
    assertEquals(List.of(), british(text, "R.arg.it-is-subject-before"));
  }

  @Test
  void itIsTheIssuerOfTheDocumentThatIsTheSubjectBefore() {
    String text =
        "A report by the Confederation of British Industry was published on Monday. It criticised"
            + " the Home Office.";
    assertEquals(List.of("GBRBUS 111 GBRGOV"), british(text));
  }

  @Test
  void itOfAVerbWhoseItIsNoOneIsLeftAlone() {
    // "It emerged that …" names no one: the government is the one who criticised.
    String text =
        "The Confederation of British Industry published a report on Monday. It emerged that the"
            + " government had criticised Jacques Chirac.";
    assertEquals(List.of("GBRGOV 111 FRAGOV"), british(text));
  }

  @Test
  void itAsTheObjectOfACoordinatedVerbIsTheFirstVerbsObject() {
    String text =
        "Ex-chat show host Robert Kilroy-Silk has quit the UK Independence Party and accused it of"
            + " betraying its supporters.";
    assertEquals(List.of("GBRLEG 160 GBRPTY", "GBRLEG 112 GBRPTY"), british(text));
    assertEquals(
        List.of("GBRLEG 160 GBRPTY"), british(text, "R.arg.object-pronoun-is-conjoined-object"));
  }

  @Test
  void membersOfABodyAreTheBodysActors() {
    String text =
        "Members of Westminster's environment committee will talk to Fisheries Minister Ross"
            + " Finnie.";
    assertEquals(List.of("GBRLEG 036 GBRGOV"), british(text));
    assertEquals(List.of(), british(text, "R.arg.members-of-body"));
  }

  @Test
  void theCompanyIsTheCompanyNamedBefore() {
    String text = "Pfizer cut 300 jobs in Kent. The company accused Gordon Brown of raising taxes.";
    assertEquals(List.of("GBRBUS 112 GBRGOV"), british(text));
    assertEquals(List.of(), british(text, "R.arg.definite-kind-named-before"));
  }

  @Test
  void theUnionIsTheUnionNamedBefore() {
    String text =
        "The Transport and General Workers Union met on Monday. The union accused Tony Blair of"
            + " betrayal.";
    assertEquals(List.of("GBRLAB 112 GBRGOV"), british(text));
    assertEquals(List.of(), british(text, "R.arg.definite-kind-named-before"));
  }

  @Test
  void aCompanyOfAnotherCountryIsNotTheOneNamedBefore() {
    String text =
        "Pfizer cut 300 jobs in Kent. The Japanese company accused Gordon Brown of raising taxes.";
    assertEquals(List.of("JPNBUS 112 GBRGOV"), british(text));
  }

  @Test
  void heAndSheAreTheLastPersonOfTheirGenderNamed() {
    // No rule of its own: the person before, a subject first, of a gender the first name allows.
    String text =
        "Tony Blair met Angela Merkel in Berlin on Monday. She criticised Jacques Chirac. He praised"
            + " Vladimir Putin.";
    List<Event> events =
        TestEngine.coder()
            .code(new Article("t", LocalDate.of(2006, 1, 15), "", text, null, null, "test"))
            .events();
    List<String> got =
        events.stream()
            .map(e -> e.source().code() + " " + e.cameo() + " " + e.target().code())
            .toList();
    assertEquals(
        List.of("GBRGOV 040 DEUGOV", "DEUGOV 040 GBRGOV", "DEUGOV 111 FRAGOV", "GBRGOV 051 RUSGOV"),
        got);
  }

  @Test
  void petrarchCodesWithNoneOfTheseRules() {
    CodingProfile petrarch = CodingProfile.of(HandMadeText.LEXICON.eventRules(), "petrarch");
    for (String id :
        List.of(
            "R.arg.pronoun-chain",
            "R.arg.pronoun-is-loose-reporter",
            "R.arg.pronoun-is-governing-subject",
            "R.arg.it-is-subject-before",
            "R.arg.object-pronoun-is-conjoined-object",
            "R.arg.members-of-body",
            "R.arg.definite-kind-named-before")) {
      assertFalse(petrarch.enabledIn("arg").contains(id), id);
    }
  }
}
