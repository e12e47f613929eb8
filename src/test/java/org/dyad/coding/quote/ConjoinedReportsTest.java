package org.dyad.coding.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dyad.model.Quote;
import org.dyad.model.QuoteSieve;
import org.junit.jupiter.api.Test;

/**
 * {@code Q.conjoined-report} ({@link ConjoinedReports}): a reported clause runs on through a
 * conjunct the parse hung on the cue, unless the conjunct reports on its own or has its own
 * subject.
 */
class ConjoinedReportsTest {

  private static String clause(String text) {
    Quote q =
        SieveFixture.first(
            SieveFixture.only(text, QuoteSieve.INDIRECT_CLAUSE), Quote.Kind.INDIRECT);
    return q.text();
  }

  @Test
  void aConjunctOfTheCueWithoutASubjectIsStillWhatWasSaid() {
    assertEquals(
        "he left on good terms but was intimidated by the legal language",
        clause(
            "A former staffer said he left on good terms but was intimidated by the legal"
                + " language."));
  }

  @Test
  void aConjunctWithASubjectOfItsOwnIsTheWriters() {
    assertEquals(
        "about 20 people have indicated an interest in the seat",
        clause(
            "McAuliffe has said about 20 people have indicated an interest in the seat, but he"
                + " refuses to discuss potential appointees."));
  }

  @Test
  void aConjunctThatReportsOnItsOwnIsNotTaken() {
    assertEquals(
        "he would win the state",
        clause("Trump said he would win the state, and added that the polls were wrong."));
  }

  /** {@code Q.conjoined-that-clause}: "that" opens a second clause of the same report. */
  @Test
  void aConjunctOpenedByThatIsTheSameReport() {
    assertEquals(
        "many doubted her in Nevada but that she and her supporters never doubted each other",
        clause(
            "Clinton says many doubted her in Nevada but that she and her supporters never"
                + " doubted each other."));
  }
}
