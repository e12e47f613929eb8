package org.dyad.coding.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Event;
import org.dyad.model.Mode;
import org.junit.jupiter.api.Test;

/** Rule R.mode.future-period on hand-built sentences, and what it does not touch. */
class FuturePeriodTest {
  private static final LocalDate DAY = LocalDate.of(2019, 3, 4);

  private static List<String> modes(String text, String... rulesOff) {
    return HandMadeText.events(DAY, null, text, rulesOff).stream()
        .map(e -> HandMadeText.codes(e) + " " + e.mode().name().toLowerCase())
        .toList();
  }

  @Test
  void aPresentTenseMeetingNextWeekIsStillToCome() {
    String text = "The foreign ministers of India and Pakistan meet in Islamabad next week.";
    assertEquals(List.of("INDGOV 036 PAKGOV future", "PAKGOV 036 INDGOV future"), modes(text));
    assertEquals(
        List.of("INDGOV 040 PAKGOV asserted", "PAKGOV 040 INDGOV asserted"),
        modes(text, "R.mode.future-period"));
  }

  @Test
  void laterThisMonthOnATravelVerbIsStillToCome() {
    List<Event> events =
        HandMadeText.events(DAY, null, "Chancellor Merkel travels to Washington later this month.");
    assertEquals(1, events.size());
    assertEquals(Mode.FUTURE, events.get(0).mode());
  }

  @Test
  void aPastTenseKeepsWhatHappened() {
    assertEquals(
        List.of("INDGOV 040 PAKGOV asserted", "PAKGOV 040 INDGOV asserted"),
        modes("The foreign ministers of India and Pakistan met in Islamabad last week."));
  }
}
