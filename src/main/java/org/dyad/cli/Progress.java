package org.dyad.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Reports ingest and coding progress on standard error: a bar redrawn in place on a terminal
 * (articles done, articles/s, time left), or a plain line every {@code lineEvery} when the output
 * goes to a file or a log, where carriage returns would make a mess. Time comes from the injected
 * nanosecond clock. Used from one thread.
 */
final class Progress {
  enum Style {
    bar,
    lines,
    none
  }

  private static final long BAR_EVERY_NANOS = 200_000_000L;

  private final PrintWriter err;
  private final Style style;
  private final long total;
  private final LongSupplier nanos;
  private final long lineEveryNanos;
  private final long started;
  private long lastShown;
  private long firstDone = -1;
  private long done;
  private long skipped;

  /**
   * @param total articles expected to be coded, or -1 when unknown (then no time left is shown)
   */
  Progress(PrintWriter err, Style style, long total, LongSupplier nanos, long lineEveryNanos) {
    this.err = err;
    this.style = style;
    this.total = total;
    this.nanos = nanos;
    this.lineEveryNanos = lineEveryNanos;
    this.started = nanos.getAsLong();
    this.lastShown = started;
  }

  /** One more article coded (stored or failed). */
  void done() {
    if (firstDone < 0) {
      firstDone = nanos.getAsLong();
    }
    done++;
    maybeShow();
  }

  /** One more article found already stored. */
  void skipped() {
    skipped++;
  }

  private void maybeShow() {
    long now = nanos.getAsLong();
    if (style == Style.bar && now - lastShown >= BAR_EVERY_NANOS) {
      err.print("\r" + line(now) + "   ");
      err.flush();
      lastShown = now;
    } else if (style == Style.lines && now - lastShown >= lineEveryNanos) {
      err.println("dyad: " + line(now));
      err.flush();
      lastShown = now;
    }
  }

  /** Ends the bar's line so later messages start on their own. */
  void finish() {
    if (style == Style.bar) {
      err.print("\r" + line(nanos.getAsLong()) + "   \n");
      err.flush();
    }
  }

  /**
   * Articles per second since the first one was done: loading the models before it is start-up, not
   * coding speed, and would make the time left too long.
   */
  double rate() {
    return rate(nanos.getAsLong());
  }

  private double rate(long now) {
    double seconds = (now - firstDone) / 1e9;
    return firstDone < 0 || done < 2 || seconds <= 0 ? 0 : (done - 1) / seconds;
  }

  String line(long now) {
    double seconds = (now - started) / 1e9;
    double rate = rate(now);
    StringBuilder sb = new StringBuilder();
    if (total > 0) {
      int width = 30;
      int filled = (int) Math.min(width, done * width / total);
      sb.append('[').append("#".repeat(filled)).append(".".repeat(width - filled)).append("] ");
      sb.append(String.format(Locale.ROOT, "%,d/%,d articles", done, total));
    } else {
      sb.append(String.format(Locale.ROOT, "%,d articles", done));
    }
    sb.append(String.format(Locale.ROOT, "  %.1f/s", rate));
    if (total > 0 && rate > 0) {
      sb.append("  ").append(duration(Math.max(0, total - done) / rate)).append(" left");
    } else {
      sb.append("  ").append(duration(seconds)).append(" elapsed");
    }
    if (skipped > 0) {
      sb.append(String.format(Locale.ROOT, "  (%,d already stored)", skipped));
    }
    return sb.toString();
  }

  static String duration(double seconds) {
    long s = Math.round(seconds);
    if (s >= 3600) {
      return String.format(Locale.ROOT, "%dh %02dm", s / 3600, s % 3600 / 60);
    }
    if (s >= 60) {
      return String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60);
    }
    return s + "s";
  }
}
