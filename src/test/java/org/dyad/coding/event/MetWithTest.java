package org.dyad.coding.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who does an act named by a noun with a "from" phrase (R.source.from-phrase), and whom it is aimed
 * at when a clause's subject acts in the face of it (R.target.met-with). Each test fails with its
 * rule switched off.
 */
class MetWithTest {
  private static final LocalDate DAY = LocalDate.of(2005, 1, 15);

  @Test
  void criticismDespiteWhichOneActsIsAimedAtTheOneActing() {
    String text =
        "Despite criticism from the Conservatives, Tony Blair pressed ahead with the plan.";
    assertEquals(List.of("GBRPTY 111 GBRGOV"), HandMadeText.at(DAY, "GBR", "criticism", text));
    assertEquals(
        List.of(),
        HandMadeText.at(DAY, "GBR", "criticism", text, "R.source.from-phrase"),
        "off: no one criticises");
    assertEquals(
        List.of(),
        HandMadeText.at(DAY, "GBR", "criticism", text, "R.target.met-with"),
        "off: criticism of no one");
  }

  @Test
  void pressureAfterWhichOneActsIsAimedAtTheOneActing() {
    String text = "Tony Blair withdrew the bill after pressure from Labour MPs.";
    assertEquals(List.of("GBRLEG 100 GBRGOV"), HandMadeText.at(DAY, "GBR", "pressure", text));
  }

  @Test
  void notAtAPassivesSubject() {
    assertEquals(
        List.of(),
        HandMadeText.at(
            DAY,
            "GBR",
            "objections",
            "The embargo on China is likely to be lifted despite US objections."));
  }
}
