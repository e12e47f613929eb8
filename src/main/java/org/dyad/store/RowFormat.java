package org.dyad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Formats query rows (column name to value, in order) as JSON Lines, CSV (RFC 4180) or a
 * fixed-width table for people. Stateless and thread-safe.
 */
public enum RowFormat {
  table,
  jsonl,
  csv;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The columns a table shows, and their widths: enough to read a row, the rest is elsewhere. */
  public record Layout(List<String> columns, List<Integer> widths) {
    public Layout {
      columns = List.copyOf(columns);
      widths = List.copyOf(widths);
      if (columns.size() != widths.size()) {
        throw new IllegalArgumentException(
            "one width per column: columns=" + columns + ", widths=" + widths);
      }
    }
  }

  /** A table of events; {@code story_articles} is how many articles report the event's story. */
  public static final Layout EVENTS =
      new Layout(
          List.of(
              "date",
              "article_id",
              "event_id",
              "source_code",
              "source_text",
              "cameo",
              "plover",
              "target_code",
              "target_text",
              "mode",
              "trigger",
              "story_articles"),
          List.of(10, 24, 8, 11, 22, 5, 10, 11, 22, 12, 16, 14));

  /** A table of story events. */
  public static final Layout STORIES =
      new Layout(
          List.of(
              "first_date",
              "story_id",
              "source_code",
              "cameo",
              "target_code",
              "place_name",
              "articles",
              "sources",
              "mentions",
              "first_article_id",
              "trigger"),
          List.of(10, 17, 11, 5, 11, 14, 8, 7, 8, 24, 16));

  /** The line before the first event row, or null when the format has none. */
  public String header(List<String> columns) {
    return header(columns, EVENTS);
  }

  /** The line before the first row of a table laid out as {@code layout}, or null. */
  public String header(List<String> columns, Layout layout) {
    return switch (this) {
      case jsonl -> null;
      case csv -> String.join(",", columns.stream().map(RowFormat::csvField).toList());
      case table -> tableLine(layout.columns(), layout, false);
    };
  }

  public String row(Map<String, Object> row) {
    return row(row, EVENTS);
  }

  public String row(Map<String, Object> row, Layout layout) {
    return row(row, layout, false);
  }

  /**
   * One row; with {@code full} a table writes every value whole instead of cutting it to its
   * column's width (the columns then no longer line up).
   */
  public String row(Map<String, Object> row, Layout layout, boolean full) {
    return switch (this) {
      case jsonl -> json(row);
      case csv ->
          String.join(
              ",",
              row.values().stream().map(v -> csvField(v == null ? null : v.toString())).toList());
      case table ->
          tableLine(layout.columns().stream().map(c -> str(row.get(c))).toList(), layout, full);
    };
  }

  private static String json(Map<String, Object> row) {
    ObjectNode o = JSON.createObjectNode();
    for (var e : row.entrySet()) {
      Object v = e.getValue();
      if (v == null) {
        o.putNull(e.getKey());
      } else if (v instanceof Number n && !(v instanceof Double || v instanceof Float)) {
        o.put(e.getKey(), n.longValue());
      } else if (v instanceof Number n) {
        o.put(e.getKey(), n.doubleValue());
      } else {
        o.put(e.getKey(), v.toString());
      }
    }
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain JSON nodes always serialises", e);
    }
  }

  static String csvField(String v) {
    if (v == null) {
      return "";
    }
    if (v.indexOf(',') >= 0
        || v.indexOf('"') >= 0
        || v.indexOf('\n') >= 0
        || v.indexOf('\r') >= 0) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }

  private static String tableLine(List<String> cells, Layout layout, boolean full) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i).replaceAll("\\s+", " ");
      int w = layout.widths().get(i);
      if (c.length() > w && !full) {
        c = c.substring(0, w - 1) + "…";
      }
      sb.append(String.format(Locale.ROOT, "%-" + w + "s", c));
      if (i + 1 < cells.size()) {
        sb.append("  ");
      }
    }
    return sb.toString().stripTrailing();
  }

  private static String str(Object v) {
    return v == null ? "-" : v.toString();
  }
}
