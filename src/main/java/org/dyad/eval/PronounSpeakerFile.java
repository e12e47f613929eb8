package org.dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.model.Span;

/**
 * The antecedents of the bare-pronoun sources of one PolNeAR split ({@code
 * eval/polnear-dev-pronoun-speakers.jsonl}, described in {@code eval/README.md}): a header line
 * with {@code version}, {@code kind} and {@code split}, then one {@link PronounAntecedent} a line.
 *
 * <p>The whole file is checked when read, and the first problem stops it with the file and line:
 * unknown fields, a missing field, a bad id, a repeated id or attribution, a span that ends before
 * it begins. Whether the entries fit the corpus is checked when scoring ({@link #check}).
 * Immutable.
 */
public final class PronounSpeakerFile {
  public static final String KIND = "polnear-pronoun-speakers";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ID = Pattern.compile("PS\\.\\d{3,}");
  private static final Set<String> HEADER_FIELDS = Set.of("version", "kind", "split", "about");
  private static final Set<String> FIELDS =
      Set.of(
          "id",
          "article",
          "attribution",
          "quote",
          "pronoun",
          "pronoun_span",
          "antecedent",
          "also_spelled",
          "antecedent_span",
          "note");

  private final String version;
  private final PolnearCorpus.Split split;
  private final List<PronounAntecedent> entries;
  private final Map<String, Map<String, PronounAntecedent>> byArticle;

  private PronounSpeakerFile(
      String version, PolnearCorpus.Split split, List<PronounAntecedent> entries) {
    this.version = version;
    this.split = split;
    this.entries = List.copyOf(entries);
    Map<String, Map<String, PronounAntecedent>> m = new LinkedHashMap<>();
    for (PronounAntecedent a : entries) {
      m.computeIfAbsent(a.article(), k -> new LinkedHashMap<>()).put(a.attribution(), a);
    }
    m.replaceAll((k, v) -> Map.copyOf(v));
    this.byArticle = Map.copyOf(m);
  }

  /** No antecedents: every pronoun source stays unjudged. */
  public static PronounSpeakerFile none(PolnearCorpus.Split split) {
    return new PronounSpeakerFile("-", split, List.of());
  }

  public String version() {
    return version;
  }

  /** The split whose quotations the file annotates. */
  public PolnearCorpus.Split split() {
    return split;
  }

  public List<PronounAntecedent> entries() {
    return entries;
  }

  /** The antecedents of one article by attribution id; empty when it has none. */
  public Map<String, PronounAntecedent> of(String article) {
    return byArticle.getOrDefault(article, Map.of());
  }

  public static PronounSpeakerFile read(Path file) throws GoldFileException {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new GoldFileException(file + ": cannot read: " + e.getMessage());
    }
    String version = null;
    PolnearCorpus.Split split = null;
    List<PronounAntecedent> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Set<String> attributions = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String where = file + ":" + (i + 1);
      JsonNode n;
      try {
        n = JSON.readTree(lines.get(i));
      } catch (IOException e) {
        throw new GoldFileException(where + ": not JSON: " + e.getMessage());
      }
      if (n == null || !n.isObject()) {
        throw new GoldFileException(where + ": not a JSON object");
      }
      if (version == null) {
        if (!KIND.equals(n.path("kind").asText())) {
          throw new GoldFileException(where + ": the first line must be the header, kind " + KIND);
        }
        known(n, HEADER_FIELDS, where);
        version = text(n, "version", where);
        try {
          split = PolnearCorpus.Split.valueOf(text(n, "split", where));
        } catch (IllegalArgumentException e) {
          throw new GoldFileException(where + ": split must be train or dev");
        }
        continue;
      }
      known(n, FIELDS, where);
      PronounAntecedent a = entry(n, where);
      if (!ids.add(a.id())) {
        throw new GoldFileException(where + ": id " + a.id() + " used twice");
      }
      if (!attributions.add(a.article() + " " + a.attribution())) {
        throw new GoldFileException(
            where + ": " + a.article() + " " + a.attribution() + " annotated twice");
      }
      out.add(a);
    }
    if (version == null) {
      throw new GoldFileException(file + ": empty, no header line");
    }
    return new PronounSpeakerFile(version, split, out);
  }

  /**
   * Checks one article's entries against its annotation: each names a direct attribution whose
   * content runs over {@code quote} and whose source is {@code pronoun_span}. A file that does not
   * fit would judge other quotations than the ones annotated.
   */
  public void check(String article, String text, List<GoldAttribution> gold) throws IOException {
    for (PronounAntecedent a : of(article).values()) {
      GoldAttribution g =
          gold.stream().filter(x -> x.id().equals(a.attribution())).findFirst().orElse(null);
      String problem;
      if (g == null) {
        problem = "no attribution " + a.attribution() + " with content";
      } else if (!g.direct()) {
        problem = a.attribution() + " is not a direct quotation";
      } else if (!new Span(
              g.content().get(0).begin(), g.content().get(g.content().size() - 1).end())
          .equals(a.quote())) {
        problem = "the content of " + a.attribution() + " is not at " + a.quote();
      } else if (!g.source().equals(List.of(a.pronounSpan()))
          || !a.pronounSpan().of(text).equals(a.pronoun())) {
        problem = "the source of " + a.attribution() + " is not \"" + a.pronoun() + "\"";
      } else {
        continue;
      }
      throw new IOException(a.id() + " (" + article + "): " + problem + ": the file does not fit");
    }
  }

  private static PronounAntecedent entry(JsonNode n, String where) throws GoldFileException {
    String id = text(n, "id", where);
    if (!ID.matcher(id).matches()) {
      throw new GoldFileException(where + ": id must look like PS.001, not " + id);
    }
    List<String> names = names(n.get("antecedent"), "antecedent", where);
    if (names.isEmpty()) {
      throw new GoldFileException(where + ": antecedent must be a list of one or more names");
    }
    List<String> aliases =
        n.has("also_spelled") ? names(n.get("also_spelled"), "also_spelled", where) : List.of();
    JsonNode note = n.get("note");
    return new PronounAntecedent(
        id,
        text(n, "article", where),
        text(n, "attribution", where),
        span(n, "quote", where, false),
        text(n, "pronoun", where),
        span(n, "pronoun_span", where, false),
        names,
        aliases,
        span(n, "antecedent_span", where, true),
        note == null || note.isNull() ? null : note.asText());
  }

  private static List<String> names(JsonNode ns, String field, String where)
      throws GoldFileException {
    if (ns == null || !ns.isArray()) {
      throw new GoldFileException(where + ": " + field + " must be a list of one or more names");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode x : ns) {
      if (!x.isTextual() || x.asText().isBlank()) {
        throw new GoldFileException(where + ": a name in " + field + " must be a non-empty string");
      }
      out.add(x.asText());
    }
    return out;
  }

  private static void known(JsonNode n, Set<String> fields, String where) throws GoldFileException {
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!fields.contains(f)) {
        throw new GoldFileException(where + ": unknown field " + f);
      }
    }
  }

  private static String text(JsonNode n, String field, String where) throws GoldFileException {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw new GoldFileException(where + ": " + field + " must be a non-empty string");
    }
    return v.asText();
  }

  private static Span span(JsonNode n, String field, String where, boolean nullable)
      throws GoldFileException {
    JsonNode v = n.get(field);
    if (nullable && (v == null || v.isNull())) {
      return null;
    }
    if (v == null
        || !v.isArray()
        || v.size() != 2
        || !v.get(0).isInt()
        || !v.get(1).isInt()
        || v.get(0).asInt() < 0
        || v.get(1).asInt() <= v.get(0).asInt()) {
      throw new GoldFileException(where + ": " + field + " must be [begin, end] with begin < end");
    }
    return new Span(v.get(0).asInt(), v.get(1).asInt());
  }
}
