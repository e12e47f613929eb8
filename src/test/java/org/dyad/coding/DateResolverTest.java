package org.dyad.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;
import org.junit.jupiter.api.Test;

class DateResolverTest {
  private static final LocalDate ARTICLE = LocalDate.of(2018, 6, 20); // a Wednesday

  private static Sentence sentence(String... words) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String w : words) {
      tokens.add(
          new Token(tokens.size(), new Span(at, at + w.length()), w, w.toLowerCase(), "NNP", "O"));
      at += w.length() + 1;
    }
    return new Sentence(0, new Span(0, at), tokens, List.of());
  }

  @Test
  void monthDayWithoutYearIsTheLatestSuchDayBeforeTheArticle() {
    assertEquals(
        Optional.of(LocalDate.of(2018, 6, 12)),
        DateResolver.resolve(sentence("on", "June", "12"), 1, ARTICLE, false));
    assertEquals(
        Optional.of(LocalDate.of(2017, 12, 3)),
        DateResolver.resolve(sentence("December", "3"), 0, ARTICLE, false));
    assertEquals(
        Optional.of(LocalDate.of(2018, 12, 3)),
        DateResolver.resolve(sentence("December", "3"), 0, ARTICLE, true),
        "future events look ahead");
  }

  @Test
  void dayMonthYearWeekdaysAndRelativeWords() {
    assertEquals(
        Optional.of(LocalDate.of(2016, 3, 12)),
        DateResolver.resolve(sentence("12", "March", "2016"), 1, ARTICLE, false));
    assertEquals(
        Optional.of(LocalDate.of(2018, 6, 18)),
        DateResolver.resolve(sentence("on", "Monday"), 1, ARTICLE, false));
    assertEquals(
        Optional.of(LocalDate.of(2018, 6, 19)),
        DateResolver.resolve(sentence("yesterday"), 0, ARTICLE, false));
  }

  @Test
  void monthAloneIsNotADay() {
    assertEquals(
        Optional.empty(), DateResolver.resolve(sentence("in", "April"), 1, ARTICLE, false));
    assertEquals(
        Optional.empty(), DateResolver.resolve(sentence("February", "30"), 0, ARTICLE, false));
  }

  /** Regression: a Reuters story of 1987-04-08 put talks "on April 29" in 1986. */
  @Test
  void aDateAFewWeeksAheadIsNotLastYears() {
    LocalDate april8 = LocalDate.of(1987, 4, 8);
    assertEquals(
        Optional.of(LocalDate.of(1987, 4, 29)),
        DateResolver.resolve(sentence("on", "April", "29"), 1, april8, false));
  }
}
