package org.dyad.output;

import java.util.Locale;
import org.dyad.model.Actor;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.dyad.model.Quote;

/**
 * Writes a coded article for people to read: actors, events and quotations as aligned text tables.
 */
public final class TableWriter {
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
    for (Actor a : c.actors()) {
      b.append(
          String.format(
              Locale.ROOT,
              "  %-4s %-10s %-13s %-40s x%d%n",
              a.id(),
              a.code() == null ? "-" : a.code(),
              a.kind().name().toLowerCase(Locale.ROOT),
              trim(a.name(), 40),
              a.mentions().size()));
    }
    b.append(String.format(Locale.ROOT, "%nEvents (%d)%n", c.events().size()));
    for (Event e : c.events()) {
      b.append(
          String.format(
              Locale.ROOT,
              "  %-4s %-10s %-5s %-10s %-8s %-12s %-10s %-22s %s%n",
              e.id(),
              e.source().code() == null ? "-" : e.source().code(),
              e.cameo(),
              e.target() == null || e.target().code() == null ? "-" : e.target().code(),
              e.plover(),
              e.mode().label(),
              e.date() == null ? "-" : e.date(),
              trim(e.trigger(), 22),
              trim(e.source().text() + " -> " + (e.target() == null ? "" : e.target().text()), 60)
                  + "  ["
                  + e.rule()
                  + (e.quote() == null ? "" : ", in " + e.quote())
                  + "]"));
    }
    b.append(String.format(Locale.ROOT, "%nQuotations (%d)%n", c.quotes().size()));
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
              "  %-4s %-8s %-32s %s%n",
              q.id(),
              q.kind().label(),
              trim(speaker, 32),
              "\u201c" + trim(q.text(), 70) + "\u201d" + via));
    }
    return b.toString();
  }

  private static String trim(String s, int width) {
    String one = s.replace('\n', ' ');
    return one.length() <= width ? one : one.substring(0, width - 1) + "\u2026";
  }
}
