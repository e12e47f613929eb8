package org.dyad.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads a gold events file ({@code eval/README.md}): JSON Lines, one article per line with {@code
 * corpus}, {@code id}, {@code date} and {@code events}. Blank lines are skipped.
 *
 * <p>The whole file is checked before anything is scored, and the first problem stops it with the
 * file and line: a gold file with a typo would otherwise score silently wrong. Unknown fields are
 * refused for the same reason. Stateless.
 */
public final class GoldFileReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> ARTICLE_FIELDS =
      Set.of("corpus", "id", "date", "home_country", "scope", "coder", "note", "events");
  private static final Set<String> EVENT_FIELDS =
      Set.of(
          "source",
          "target",
          "cameo",
          "trigger",
          "sentence",
          "mode",
          "date",
          "note",
          "known_failure");
  private static final Set<String> MODES = Set.of("asserted", "negated", "hypothetical", "future");

  private GoldFileReader() {}

  public static List<GoldArticle> read(Path file) throws GoldFileException {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new GoldFileException(file + ": cannot read: " + e.getMessage());
    }
    List<GoldArticle> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String where = file + ":" + (i + 1);
      try {
        GoldArticle a = article(JSON.readTree(lines.get(i)), i + 1);
        if (!seen.add(a.corpus() + "#" + a.id())) {
          throw new IllegalArgumentException("article \"" + a.id() + "\" is listed twice");
        }
        out.add(a);
      } catch (JsonProcessingException e) {
        throw new GoldFileException(where + ": malformed JSON: " + e.getOriginalMessage());
      } catch (IllegalArgumentException e) {
        throw new GoldFileException(where + ": " + e.getMessage());
      }
    }
    if (out.isEmpty()) {
      throw new GoldFileException(file + ": no articles");
    }
    return out;
  }

  private static GoldArticle article(JsonNode node, int line) {
    if (!node.isObject()) {
      throw new IllegalArgumentException("expected a JSON object, found " + node.getNodeType());
    }
    unknownFields(node, ARTICLE_FIELDS, "article");
    String date = text(node, "date", true);
    LocalDate parsed;
    try {
      parsed = LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("\"date\" must be YYYY-MM-DD, found \"" + date + "\"");
    }
    JsonNode events = node.get("events");
    if (events == null || !events.isArray()) {
      throw new IllegalArgumentException("\"events\" must be an array");
    }
    List<GoldEvent> list = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      try {
        list.add(event(events.get(i)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("event " + (i + 1) + ": " + e.getMessage());
      }
    }
    String home = text(node, "home_country", false);
    if (home != null && !home.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException(
          "\"home_country\" must be an ISO 3166 alpha-3 code such as GBR, found \"" + home + "\"");
    }
    String scope = text(node, "scope", false);
    if (scope != null && !scope.equals("dyadic") && !scope.equals("all")) {
      throw new IllegalArgumentException(
          "\"scope\" must be \"dyadic\" or \"all\", found \"" + scope + "\"");
    }
    return new GoldArticle(
        text(node, "corpus", true),
        text(node, "id", true),
        parsed,
        list,
        line,
        home,
        "all".equals(scope) ? GoldArticle.Scope.ALL : GoldArticle.Scope.DYADIC);
  }

  private static GoldEvent event(JsonNode node) {
    if (!node.isObject()) {
      throw new IllegalArgumentException("expected a JSON object, found " + node.getNodeType());
    }
    unknownFields(node, EVENT_FIELDS, "event");
    String mode = text(node, "mode", false);
    if (mode != null && !MODES.contains(mode)) {
      throw new IllegalArgumentException(
          "\"mode\" must be one of " + new java.util.TreeSet<>(MODES) + ", found \"" + mode + "\"");
    }
    return new GoldEvent(
        text(node, "source", true),
        text(node, "target", false),
        text(node, "cameo", true),
        text(node, "trigger", false),
        text(node, "sentence", true),
        text(node, "date", false),
        mode,
        text(node, "known_failure", false));
  }

  private static void unknownFields(JsonNode node, Set<String> known, String what) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!known.contains(f)) {
        throw new IllegalArgumentException(
            "unknown "
                + what
                + " field \""
                + f
                + "\" (known: "
                + new java.util.TreeSet<>(known)
                + ")");
      }
    }
  }

  private static String text(JsonNode node, String field, boolean required) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        throw new IllegalArgumentException("missing \"" + field + "\"");
      }
      return null;
    }
    if (!v.isTextual()) {
      throw new IllegalArgumentException("\"" + field + "\" must be a string");
    }
    return v.asText();
  }
}
