package org.dyad.coding.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Talks, negotiations and agreements: when they did not happen, and who took part when the sentence
 * names only one side or hangs it away from the noun; a threat said once; a body asking itself.
 * Each test switches its rule off to show what it does.
 */
class TalksTakeTwoTest {
  private static final LocalDate DATE = LocalDate.of(2019, 3, 6);

  private static List<String> at(String trigger, String text, String... rulesOff) {
    return HandMadeText.at(DATE, null, trigger, text, rulesOff);
  }

  @Test
  void talksThatAreTheSubjectOfAConditionDidNotHappen() {
    String until =
        "\"We won't be reacting further until these discussions with Iraq have been held,\""
            + " Iran's foreign minister said.";
    assertEquals(List.of(), at("discussions", until));
    assertEquals(
        List.of("IRNGOV 046 IRQ", "IRQ 046 IRNGOV"),
        at("discussions", until, "R.mode.condition-of-subject-noun"));
    String ifClause = "Iran will be pleased if talks between Iraq and Turkey take place.";
    assertEquals(List.of(), at("talks", ifClause));
    assertEquals(
        List.of("IRQ 046 TUR", "TUR 046 IRQ"),
        at("talks", ifClause, "R.mode.condition-of-subject-noun"));
  }

  @Test
  void thePartnerOfAnAgreementHangsOnTheParticipleThatDeliversIt() {
    String signed =
        "Iran's foreign minister said the agreement signed on Tuesday with Iraq would help trade.";
    assertEquals(List.of("IRNGOV 057 IRQ", "IRQ 057 IRNGOV"), at("agreement", signed));
    assertEquals(List.of(), at("agreement", signed, "R.arg.partner-on-delivering-participle"));
  }

  @Test
  void whatIsNegotiatedWithNoPartnerNamedIsNegotiatedWithTheArticlesOtherSide() {
    String text =
        "Iraq has detained five British sailors. Iraq said the sailors had entered its waters."
            + " The Foreign Office said Britain had been negotiating the return of the sailors"
            + " since March.";
    assertEquals(List.of("GBR 046 IRQ", "IRQ 046 GBR"), at("negotiating", text));
    assertEquals(List.of(), at("negotiating", text, "R.target.negotiated-thing"));
    // Talks only spoken of need not be with the article's other side.
    String could =
        "Iraq has detained five British sailors. Iraq said the sailors had entered its waters."
            + " The Foreign Office said Britain could negotiate the return of the sailors.";
    assertEquals(List.of(), at("negotiate", could));
  }

  @Test
  void negotiationsBeforeWhatAClauseSaysWereItsSubjectsWithTheOtherSide() {
    String text =
        "Kuwait has accused Iraq of spying. The Kuwaiti government said Iraq had agreed to release"
            + " two diplomats after intensive discussions.";
    assertEquals(List.of("IRQ 046 KWTGOV", "KWTGOV 046 IRQ"), at("discussions", text));
    assertEquals(List.of(), at("discussions", text, "R.arg.talks-before-outcome"));
    // What the clause agreed is still to come; the discussions before it are not.
    assertEquals(
        List.of("IRQ 036 KWTGOV"), at("discussions", text, "R.mode.after-phrase-happened"));
  }

  @Test
  void aWarningsLooselyHungClauseIsTheSameThreat() {
    String text =
        "Mexico warned the United States it may take retaliatory measures if the United States"
            + " imposes its planned steel tariffs on June 1, a senior Mexican official said.";
    assertEquals(
        List.of("MEX 130 USA"),
        HandMadeText.events(DATE, null, text).stream().map(HandMadeText::codes).toList());
    assertEquals(List.of("MEXGOV 130 USA"), at("take", text, "R.select.loose-reported-clause"));
  }

  @Test
  void oneInternationalBodyAskingItselfIsNoDyad() {
    String text =
        "EU finance ministers called on the European Commission to prepare a report on Chinese"
            + " steel.";
    assertEquals(List.of(), at("called", text));
    assertEquals(List.of("IGOEUR 020 IGOEUR"), at("called", text, "R.assemble.no-self-events"));
  }
}
