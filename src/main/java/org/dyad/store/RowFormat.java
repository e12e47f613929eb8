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

  /** The columns a table shows: enough to read the event, the rest is in the other formats. */
  static final List<String> TABLE_COLUMNS =
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
          "trigger");

  private static final int[] TABLE_WIDTHS = {10, 24, 8, 11, 22, 5, 10, 11, 22, 12, 16};

  /** The line before the first row, or null when the format has none. */
  public String header(List<String> columns) {
    return switch (this) {
      case jsonl -> null;
      case csv -> String.join(",", columns.stream().map(RowFormat::csvField).toList());
      case table -> tableLine(TABLE_COLUMNS);
    };
  }

  public String row(Map<String, Object> row) {
    return switch (this) {
      case jsonl -> json(row);
      case csv ->
          String.join(
              ",",
              row.values().stream().map(v -> csvField(v == null ? null : v.toString())).toList());
      case table -> tableLine(TABLE_COLUMNS.stream().map(c -> str(row.get(c))).toList());
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

  private static String tableLine(List<String> cells) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i).replaceAll("\\s+", " ");
      int w = TABLE_WIDTHS[i];
      if (c.length() > w) {
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
