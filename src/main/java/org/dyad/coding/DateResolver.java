package org.dyad.coding;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dyad.model.Sentence;

/**
 * Resolves day-precise date expressions against the article's date: "June 12", "12 June 2018", "on
 * Tuesday", "yesterday", "today", "tomorrow".
 *
 * <p>A date without a year is the latest such day on or before the article's date (news reports
 * what has happened) unless that is half a year back and the next one is within two months, or the
 * next one for events in the future mode. Expressions less precise than a day ("in April", "this
 * year") leave the event on the article's date: Dyad never invents a day. Stateless.
 */
public final class DateResolver {
  private static final Map<String, Month> MONTHS =
      Map.ofEntries(
          Map.entry("january", Month.JANUARY),
          Map.entry("jan", Month.JANUARY),
          Map.entry("jan.", Month.JANUARY),
          Map.entry("february", Month.FEBRUARY),
          Map.entry("feb", Month.FEBRUARY),
          Map.entry("feb.", Month.FEBRUARY),
          Map.entry("march", Month.MARCH),
          Map.entry("mar.", Month.MARCH),
          Map.entry("april", Month.APRIL),
          Map.entry("apr.", Month.APRIL),
          Map.entry("may", Month.MAY),
          Map.entry("june", Month.JUNE),
          Map.entry("july", Month.JULY),
          Map.entry("august", Month.AUGUST),
          Map.entry("aug.", Month.AUGUST),
          Map.entry("september", Month.SEPTEMBER),
          Map.entry("sept.", Month.SEPTEMBER),
          Map.entry("sep.", Month.SEPTEMBER),
          Map.entry("october", Month.OCTOBER),
          Map.entry("oct.", Month.OCTOBER),
          Map.entry("november", Month.NOVEMBER),
          Map.entry("nov.", Month.NOVEMBER),
          Map.entry("december", Month.DECEMBER),
          Map.entry("dec.", Month.DECEMBER));

  private DateResolver() {}

  /** The date named by the expression headed at {@code token}, if it names a day. */
  public static Optional<LocalDate> resolve(
      Sentence s, int token, LocalDate articleDate, boolean future) {
    if (articleDate == null) {
      return Optional.empty();
    }
    String w = s.token(token).word().toLowerCase(Locale.ROOT);
    switch (w) {
      case "yesterday":
        return Optional.of(articleDate.minusDays(1));
      case "today":
        return Optional.of(articleDate);
      case "tomorrow":
        return Optional.of(articleDate.plusDays(1));
      default:
        break;
    }
    for (DayOfWeek d : DayOfWeek.values()) {
      if (w.equals(d.name().toLowerCase(Locale.ROOT))) {
        return Optional.of(
            future
                ? articleDate.with(TemporalAdjusters.nextOrSame(d))
                : articleDate.with(TemporalAdjusters.previousOrSame(d)));
      }
    }
    Month month = MONTHS.get(w);
    if (month == null && w.matches("\\d{4}") && isInPhrase(s, token)) {
      // "pledged in 2000": a year alone dates the event to the year's first day, the day being
      // unknown; the article's own year says nothing the article's date does not.
      int year = Integer.parseInt(w);
      return year >= 1900 && year <= 2100 && year != articleDate.getYear()
          ? Optional.of(LocalDate.of(year, 1, 1))
          : Optional.empty();
    }
    if (month == null || !s.token(token).isCapitalized()) {
      return Optional.empty();
    }
    Integer day = null;
    Integer year = null;
    for (int k = Math.max(0, token - 1); k <= Math.min(s.tokens().size() - 1, token + 3); k++) {
      String t = s.token(k).word().replaceAll("(st|nd|rd|th)$", "");
      if (k == token || !t.matches("\\d{1,4}")) {
        continue;
      }
      int v = Integer.parseInt(t);
      if (day == null && v >= 1 && v <= 31 && Math.abs(k - token) == 1) {
        day = v;
      } else if (year == null && v >= 1900 && v <= 2100) {
        year = v;
      }
    }
    if (day == null) {
      // "invaded Kuwait in August 1990": a month of another year dates the event to its first day.
      return year != null && year != articleDate.getYear()
          ? Optional.of(LocalDate.of(year, month, 1))
          : Optional.empty();
    }
    try {
      if (year != null) {
        return Optional.of(LocalDate.of(year, month, day));
      }
      LocalDate sameYear = LocalDate.of(articleDate.getYear(), month, day);
      LocalDate past = sameYear.isAfter(articleDate) ? sameYear.minusYears(1) : sameYear;
      LocalDate ahead = sameYear.isBefore(articleDate) ? sameYear.plusYears(1) : sameYear;
      if (future) {
        return Optional.of(ahead);
      }
      // News reports what has happened, but a date a few weeks ahead ("talks on April 29" in an
      // April 8 story) is a coming one rather than last year's.
      boolean soon = !ahead.isAfter(articleDate.plusDays(60));
      boolean longAgo = past.isBefore(articleDate.minusDays(180));
      return Optional.of(soon && longAgo ? ahead : past);
    } catch (java.time.DateTimeException e) {
      return Optional.empty(); // "February 30": not a day
    }
  }

  /** Whether the token is the object of an "in" phrase: "in 2000", not "2000 troops". */
  private static boolean isInPhrase(Sentence s, int token) {
    return s.childrenOf(token, "case").stream()
        .anyMatch(c -> s.token(c).word().equalsIgnoreCase("in"));
  }
}
