package org.dyad.coding.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Policies weighed (014) and cooperation intended with no partner named (03x): each rule on a
 * hand-made sentence, and the same sentence with the rule switched off.
 */
class StatedIntentsTest {
  private static final LocalDate DATE = LocalDate.of(1987, 3, 15);

  private static List<Event> events(String text, String... rulesOff) {
    return HandMadeText.events(DATE, null, text, rulesOff);
  }

  /** The events at {@code trigger} as "SRC CODE TGT", target "-" when one-sided. */
  private static List<String> at(String trigger, String text, String... rulesOff) {
    return HandMadeText.at(DATE, null, trigger, text, rulesOff);
  }

  @Test
  void consideringAnOptionIsOneSidedWithNoActorInIt() {
    String text = "The Japanese government is considering a cut in interest rates.";
    assertEquals(List.of("JPNGOV 014 -"), at("considering", text));
    assertEquals(List.of(), at("considering", text, "R.trigger.weighed-object"));
  }

  @Test
  void studyingMeasuresAgainstAStateIsAimedAtIt() {
    String text = "The Japanese government is studying new sanctions against Iran.";
    assertEquals(List.of("JPNGOV 014 IRN"), at("studying", text));
  }

  @Test
  void lookingAtARateIsWeighingIt() {
    String text = "The British government said it would look again at the rate.";
    assertEquals(List.of("GBRGOV 014 -"), at("look", text));
  }

  @Test
  void studyingLawIsNoPolicyWeighed() {
    assertEquals(List.of(), at("studied", "The Japanese prime minister studied law in Tokyo."));
  }

  @Test
  void cooperationStillToComeStandsAlone() {
    String text = "The Japanese government is willing to cooperate closely to foster stability.";
    assertEquals(List.of("JPNGOV 031 -"), at("cooperate", text));
    assertEquals(List.of(), at("cooperate", text, "R.arg.intent-with-no-partner"));
  }

  @Test
  void cooperationAgreedIsStillToCome() {
    String text = "The Japanese government agreed to cooperate closely to stabilise currencies.";
    assertEquals(List.of("JPNGOV 031 -"), at("cooperate", text));
  }

  @Test
  void consideringSomethingToBeSomethingIsNoWeighing() {
    assertEquals(
        List.of(),
        at("considered", "The Japanese government considered the package a major stimulus."));
  }

  @Test
  void cooperationDoneNeedsAPartner() {
    assertEquals(
        List.of(), at("cooperated", "The Japanese government cooperated closely last year."));
  }

  @Test
  void sendingAnEnvoyStillToComeIsAnIntentToMeet() {
    assertEquals(
        List.of("JPN 036 CHN"), at("send", "Japan will send a senior envoy to China next week."));
  }
}
