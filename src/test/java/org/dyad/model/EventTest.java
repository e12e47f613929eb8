package org.dyad.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Event codes: CAMEO with a quad class, or a foreign dictionary's code as given with quad 0. */
class EventTest {
  private static Event event(String code, int quad) {
    Participant p = new Participant("a1", new ActorCode("GON"), "Gondor", new Span(0, 6));
    return new Event(
        "e1",
        0,
        p,
        p,
        code,
        "-",
        quad,
        Double.NaN,
        null,
        null,
        Mode.ASSERTED,
        "met",
        new Span(7, 10),
        "r",
        null,
        List.of());
  }

  @Test
  void cameoCodesNeedTheirQuadClass() {
    assertEquals("0311", event("0311", 1).cameo());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> event("0311", 5));
    assertTrue(e.getMessage().contains("5"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> event("075A", 2));
  }

  @Test
  void aForeignDictionarysCodeIsCarriedAsGivenWithQuadZero() {
    assertEquals("075A", event("075A", 0).cameo());
    assertEquals("---", event("---", 0).cameo());
    assertThrows(IllegalArgumentException.class, () -> event("07 5", 0));
    assertThrows(IllegalArgumentException.class, () -> event("", 0));
  }
}
