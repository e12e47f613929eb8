package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The ingest progress report, on a clock the test moves. */
class ProgressTest {
  private long now;

  @Test
  void theBarShowsDoneRateAndTimeLeftCountedFromTheFirstArticle() {
    StringWriter out = new StringWriter();
    Progress p =
        new Progress(new PrintWriter(out), Progress.Style.bar, 100, () -> now, Long.MAX_VALUE);
    now = TimeUnit.SECONDS.toNanos(30); // model loading: not coding time
    p.done();
    for (int i = 0; i < 10; i++) {
      now += TimeUnit.MILLISECONDS.toNanos(500);
      p.done();
    }
    assertEquals(2.0, p.rate(), 1e-9);
    assertEquals("[###...........................] 11/100 articles  2.0/s  45s left", p.line(now));
    assertTrue(out.toString().startsWith("\r["), out.toString());
  }

  @Test
  void withoutATerminalItWritesAPlainLineNowAndThen() {
    StringWriter out = new StringWriter();
    Progress p =
        new Progress(
            new PrintWriter(out),
            Progress.Style.lines,
            -1,
            () -> now,
            TimeUnit.SECONDS.toNanos(10));
    for (int i = 0; i < 25; i++) {
      now += TimeUnit.SECONDS.toNanos(1);
      p.done();
    }
    p.skipped();
    p.finish();
    assertEquals(2, out.toString().lines().count(), out.toString());
    assertTrue(out.toString().lines().allMatch(l -> l.startsWith("dyad: ")), out.toString());
    assertTrue(!out.toString().contains("\r"));
  }

  @Test
  void durationsReadAsHoursMinutesSeconds() {
    assertEquals("45s", Progress.duration(45));
    assertEquals("2m 05s", Progress.duration(125));
    assertEquals("1h 25m", Progress.duration(5100));
  }
}
