package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FirstNameGenderTest {
  private static final FirstNameGender GENDERS = FirstNameGender.load();

  @Test
  void aNameOfOneGenderSaysIt() {
    assertEquals("MALE", GENDERS.apply("Paul"));
    assertEquals("FEMALE", GENDERS.apply("melanie"));
  }

  @Test
  void aNameListedWithBothGendersSaysNothing() {
    // "Terry Strada" is a widow: the list's "Terry" is a man's and a woman's name.
    assertNull(GENDERS.apply("Terry"));
    assertNull(GENDERS.apply("Jordan"));
    assertNull(GENDERS.apply("Xqzw"));
    assertNull(GENDERS.apply(null));
  }
}
