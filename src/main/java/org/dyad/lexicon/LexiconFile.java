package org.dyad.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads one tab-separated lexicon file: checks the {@code #! dyad-lexicon KIND VERSION} manifest,
 * skips comments and blank lines, checks the column count and that ids (first column) are unique.
 *
 * <p>See {@code docs/lexicon-formats.md}. Immutable once read.
 */
public record LexiconFile(String origin, String kind, String version, List<Row> rows) {

  /** One entry line: its 1-based line number and its fields ({@code -} already turned into ""). */
  public record Row(int line, List<String> fields) {
    public String get(int i) {
      return fields.get(i);
    }

    /** A {@code |}-separated field as a list, empty for "". */
    public List<String> list(int i) {
      String f = fields.get(i);
      return f.isEmpty() ? List.of() : Arrays.stream(f.split("\\|")).map(String::strip).toList();
    }
  }

  public LexiconFile {
    rows = List.copyOf(rows);
  }

  public static LexiconFile read(String origin, InputStream in, String expectedKind, int columns) {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String first = reader.readLine();
      if (first == null) {
        throw new LexiconFormatException(
            origin, 1, "empty file; expected '#! dyad-lexicon " + expectedKind + " VERSION'");
      }
      String[] manifest = first.strip().split("\\s+");
      if (manifest.length != 4
          || !manifest[0].equals("#!")
          || !manifest[1].equals("dyad-lexicon")) {
        throw new LexiconFormatException(
            origin,
            1,
            "first line must be '#! dyad-lexicon " + expectedKind + " VERSION', found: " + first);
      }
      if (!manifest[2].equals(expectedKind)) {
        throw new LexiconFormatException(
            origin, 1, "expected lexicon kind '" + expectedKind + "', found '" + manifest[2] + "'");
      }
      List<Row> rows = new ArrayList<>();
      Set<String> ids = new HashSet<>();
      String line;
      int number = 1;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t", -1);
        if (parts.length != columns) {
          throw new LexiconFormatException(
              origin,
              number,
              "expected " + columns + " tab-separated columns, found " + parts.length);
        }
        List<String> fields = new ArrayList<>(columns);
        for (String p : parts) {
          String v = p.strip();
          fields.add(v.equals("-") ? "" : v);
        }
        if (fields.get(0).isEmpty()) {
          throw new LexiconFormatException(origin, number, "missing id in first column");
        }
        if (!ids.add(fields.get(0))) {
          throw new LexiconFormatException(origin, number, "duplicate id " + fields.get(0));
        }
        rows.add(new Row(number, fields));
      }
      return new LexiconFile(origin, manifest[2], manifest[3], rows);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + origin, e);
    }
  }
}
