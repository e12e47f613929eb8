package org.dyad.output;

import java.util.Locale;
import org.dyad.model.Actor;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.dyad.model.Quote;

/**
 * Writes a coded article for people to read: actors, events and quotations as aligned text tables,
 * each under a line of column headings.
 *
 * <p>Long names, triggers and quotations are cut to their column's width with "…" unless the writer
 * is made {@code full}, which writes every value whole (the columns then no longer line up).
 * Immutable and thread-safe.
 */
public final class TableWriter {
  static final String ACTOR_ROW = "  %-4s %-10s %-13s %-40s %s%n";
  static final String EVENT_ROW = "  %-4s %-10s %-5s %-10s %-8s %-12s %-10s %-22s %s%n";
  static final String QUOTE_ROW = "  %-4s %-8s %-32s %s%n";

  private final boolean full;

  /** A writer that cuts long values to their column. */
  public TableWriter() {
    this(false);
  }

  /** {@code full}: write every value whole, never cut. */
  public TableWriter(boolean full) {
    this.full = full;
  }

  public String toTable(CodedArticle c) {
    StringBuilder b = new StringBuilder();
    b.append("== ")
        .append(c.article().id())
        .append("  ")
        .append(c.article().date() == null ? "(no date)" : c.article().date())
        .append("  ")
        .append(c.article().title())
        .append('\n');
    b.append(String.format(Locale.ROOT, "%nActors (%d)%n", c.actors().size()));
    if (!c.actors().isEmpty()) {
      b.append(String.format(Locale.ROOT, ACTOR_ROW, "id", "code", "kind", "name", "mentions"));
    }
    for (Actor a : c.actors()) {
      b.append(
          String.format(
              Locale.ROOT,
              ACTOR_ROW,
              a.id(),
              a.code() == null ? "-" : a.code(),
              a.kind().name().toLowerCase(Locale.ROOT),
              cut(a.name(), 40),
              "x" + a.mentions().size()));
    }
    b.append(String.format(Locale.ROOT, "%nEvents (%d)%n", c.events().size()));
    if (!c.events().isEmpty()) {
      b.append(
          String.format(
              Locale.ROOT,
              EVENT_ROW,
              "id",
              "source",
              "cameo",
              "target",
              "plover",
              "mode",
              "date",
              "trigger",
              "source text -> target text  [rule, quotation]"));
    }
    for (Event e : c.events()) {
      b.append(
          String.format(
              Locale.ROOT,
              EVENT_ROW,
              e.id(),
              e.source().code() == null ? "-" : e.source().code(),
              e.cameo(),
              e.target() == null || e.target().code() == null ? "-" : e.target().code(),
              e.plover(),
              e.mode().label(),
              e.date() == null ? "-" : e.date(),
              cut(e.trigger(), 22),
              cut(e.source().text() + " -> " + (e.target() == null ? "" : e.target().text()), 60)
                  + "  ["
                  + e.rule()
                  + (e.quote() == null ? "" : ", in " + e.quote())
                  + "]"));
    }
    b.append(String.format(Locale.ROOT, "%nQuotations (%d)%n", c.quotes().size()));
    if (!c.quotes().isEmpty()) {
      b.append(
          String.format(
              Locale.ROOT, QUOTE_ROW, "id", "kind", "speaker (code)", "quotation, via channels"));
    }
    for (Quote q : c.quotes()) {
      String speaker =
          q.speaker() == null
              ? "-"
              : q.speaker().name()
                  + (q.speaker().code() == null ? "" : " (" + q.speaker().code() + ")");
      String via =
          q.via().isEmpty()
              ? ""
              : " via " + String.join(", ", q.via().stream().map(Quote.Channel::name).toList());
      b.append(
          String.format(
              Locale.ROOT,
              QUOTE_ROW,
              q.id(),
              q.kind().label(),
              cut(speaker, 32),
              "\u201c" + cut(q.text(), 70) + "\u201d" + via));
    }
    return b.toString();
  }

  /** The value on one line, cut to {@code width} with "…" unless this writer writes it whole. */
  private String cut(String s, int width) {
    String one = s.replaceAll("\\s+", " ");
    return full || one.length() <= width ? one : one.substring(0, width - 1) + "\u2026";
  }
}
