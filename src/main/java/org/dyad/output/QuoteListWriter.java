package org.dyad.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.model.CodedArticle;
import org.dyad.model.Quote;

/**
 * Lists an article's quotations grouped by speaker, for people who read what was said: each speaker
 * (name and code) in order of first quotation, then each quotation with its kind, cue, channels and
 * audience. Quotations with no speaker come last.
 *
 * <p>Speakers are grouped by actor, so "Kim Jong Un" and a later "Kim" are one speaker; anonymous
 * speakers ("a source") by their words. Stateless.
 */
public final class QuoteListWriter {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One speaker's quotations; {@code speaker} is null for the unattributed ones. */
  public record Group(Quote.Speaker speaker, List<Quote> quotes) {
    public Group {
      quotes = List.copyOf(quotes);
    }
  }

  public static List<Group> groups(CodedArticle c) {
    Map<String, List<Quote>> byKey = new LinkedHashMap<>();
    Map<String, Quote.Speaker> speakers = new LinkedHashMap<>();
    List<Quote> nobody = new ArrayList<>();
    for (Quote q : c.quotes()) {
      Quote.Speaker s = q.speaker();
      if (s == null) {
        nobody.add(q);
        continue;
      }
      String key = s.actor() != null ? "actor:" + s.actor() : "name:" + s.name();
      speakers.putIfAbsent(key, s);
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(q);
    }
    List<Group> out = new ArrayList<>();
    byKey.forEach((k, qs) -> out.add(new Group(speakers.get(k), qs)));
    if (!nobody.isEmpty()) {
      out.add(new Group(null, nobody));
    }
    return out;
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
    if (c.quotes().isEmpty()) {
      b.append("  (no quotations)\n");
    }
    for (Group g : groups(c)) {
      Quote.Speaker s = g.speaker();
      b.append('\n')
          .append(
              s == null
                  ? "(no speaker)"
                  : s.name() + (s.code() == null ? "" : " (" + s.code() + ")"))
          .append('\n');
      for (Quote q : g.quotes()) {
        b.append(
            String.format(
                Locale.ROOT,
                "  %-4s %-8s cue: %s  via: %s  to: %s%n",
                q.id(),
                q.kind().label(),
                orDash(q.cue()),
                q.via().isEmpty()
                    ? "-"
                    : String.join(", ", q.via().stream().map(QuoteListWriter::channel).toList()),
                orDash(q.audience())));
        b.append("       \u201c").append(q.text().replaceAll("\\s+", " ")).append("\u201d\n");
      }
    }
    return b.toString();
  }

  public String toJson(CodedArticle c) {
    ObjectNode root = JSON.createObjectNode();
    root.put("id", c.article().id());
    root.put("date", c.article().date() == null ? null : c.article().date().toString());
    root.put("title", c.article().title());
    ArrayNode groups = root.putArray("speakers");
    for (Group g : groups(c)) {
      ObjectNode o = groups.addObject();
      Quote.Speaker s = g.speaker();
      o.put("name", s == null ? null : s.name());
      o.put("code", s == null || s.code() == null ? null : s.code().code());
      o.put("actor", s == null ? null : s.actor());
      ArrayNode quotes = o.putArray("quotes");
      for (Quote q : g.quotes()) {
        ObjectNode x = quotes.addObject();
        x.put("id", q.id());
        x.put("kind", q.kind().label());
        x.put("text", q.text());
        x.putArray("span").add(q.span().begin()).add(q.span().end());
        x.put("cue", q.cue());
        x.put("audience", q.audience());
        ArrayNode via = x.putArray("via");
        for (Quote.Channel ch : q.via()) {
          via.addObject()
              .put("name", ch.name())
              .put("code", ch.code() == null ? null : ch.code().code());
        }
        x.put("rule", q.rule());
        x.put("utterance", q.utterance());
      }
    }
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values always serialises", e);
    }
  }

  private static String channel(Quote.Channel ch) {
    return ch.name() + (ch.code() == null ? "" : " (" + ch.code() + ")");
  }

  private static String orDash(String s) {
    return s == null ? "-" : s;
  }
}
