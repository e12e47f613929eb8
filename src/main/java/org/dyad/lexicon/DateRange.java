package org.dyad.lexicon;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * A range of days {@code [from, to)}; either side may be open (null). Written {@code
 * 20170120-20210120}, {@code 20130314-} or {@code -19991231}.
 */
public record DateRange(LocalDate from, LocalDate to) {
  private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

  public DateRange {
    if (from != null && to != null && !from.isBefore(to)) {
      throw new IllegalArgumentException(
          "date range must start before it ends: " + from + "-" + to);
    }
  }

  public static DateRange parse(String text) {
    int dash = text.indexOf('-');
    if (dash < 0) {
      throw new IllegalArgumentException("date range needs '-': " + text);
    }
    try {
      String a = text.substring(0, dash);
      String b = text.substring(dash + 1);
      return new DateRange(
          a.isEmpty() ? null : LocalDate.parse(a, BASIC),
          b.isEmpty() ? null : LocalDate.parse(b, BASIC));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("dates must be YYYYMMDD: " + text, e);
    }
  }

  /** Whether {@code day} is inside; an unknown day (null) is inside only an unbounded range. */
  public boolean contains(LocalDate day) {
    if (day == null) {
      return from == null && to == null;
    }
    return (from == null || !day.isBefore(from)) && (to == null || day.isBefore(to));
  }
}
