package org.dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * One hand-checked place mention of {@code eval/places-gold.jsonl} (eval/README.md, "Places set"):
 * where it is in which article, and the country, division and city it names. Immutable.
 *
 * @param precision {@code country}, {@code adm1}, {@code adm2} (a county-level division, scored by
 *     its first-level division) or {@code city}
 * @param accept other city names that are right (a district's city)
 * @param text the article's text, read from the corpus
 */
public record PlaceGold(
    int line,
    String corpus,
    String id,
    String mention,
    int begin,
    int end,
    String country,
    String precision,
    String adm1,
    String city,
    List<String> accept,
    String text) {
  private static final Set<String> PRECISIONS = Set.of("country", "adm1", "adm2", "city");

  public PlaceGold {
    accept = List.copyOf(accept);
  }

  /** The finer-than-country mentions are scored for city or division. */
  public boolean fine() {
    return !precision.equals("country");
  }

  /**
   * Reads the gold file and each mention's article text from the corpora under {@code shared}.
   *
   * @throws GoldFileException naming the line of a malformed entry, a missing article or a mention
   *     whose offsets do not hold its words
   */
  public static List<PlaceGold> read(Path file, Path shared) throws GoldFileException, IOException {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> entries = new ArrayList<>();
    Set<String> corpora = new HashSet<>();
    for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      JsonNode n = l.isBlank() ? null : json.readTree(l);
      entries.add(n);
      if (n != null && n.hasNonNull("corpus")) {
        corpora.add(n.get("corpus").asText());
      }
    }
    Map<String, Map<String, String>> texts = new HashMap<>();
    for (String c : corpora) {
      Path p = shared.resolve(c);
      if (!Files.isRegularFile(p)) {
        throw new GoldFileException(file + ": corpus " + p + " does not exist");
      }
      texts.put(c, texts(p, json));
    }
    List<PlaceGold> out = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      JsonNode n = entries.get(i);
      if (n == null) {
        continue;
      }
      String where = file + ":" + (i + 1);
      for (String f : List.of("corpus", "id", "mention", "begin", "end", "country", "precision")) {
        if (!n.hasNonNull(f)) {
          throw new GoldFileException(where + ": missing \"" + f + "\"");
        }
      }
      String precision = n.get("precision").asText();
      if (!PRECISIONS.contains(precision)
          || !precision.equals("country") && !n.hasNonNull("adm1")
          || precision.equals("city") && !n.hasNonNull("city")) {
        throw new GoldFileException(
            where + ": precision " + precision + " needs adm1 (and city for a city)");
      }
      String text = texts.get(n.get("corpus").asText()).get(n.get("id").asText());
      if (text == null) {
        throw new GoldFileException(where + ": article \"" + n.get("id").asText() + "\" not found");
      }
      int begin = n.get("begin").asInt();
      int end = n.get("end").asInt();
      String mention = n.get("mention").asText();
      if (begin < 0
          || end > text.length()
          || begin >= end
          || !text.substring(begin, end).replaceAll("\\s+", " ").equals(mention)) {
        throw new GoldFileException(
            where + ": the text at " + begin + "-" + end + " is not \"" + mention + "\"");
      }
      List<String> accept = new ArrayList<>();
      n.path("accept").forEach(a -> accept.add(a.asText()));
      out.add(
          new PlaceGold(
              i + 1,
              n.get("corpus").asText(),
              n.get("id").asText(),
              mention,
              begin,
              end,
              n.get("country").asText(),
              precision,
              n.hasNonNull("adm1") ? n.get("adm1").asText() : null,
              n.hasNonNull("city") ? n.get("city").asText() : null,
              accept,
              text));
    }
    return out;
  }

  private static Map<String, String> texts(Path corpus, ObjectMapper json) throws IOException {
    Map<String, String> m = new HashMap<>();
    try (InputStream raw = Files.newInputStream(corpus);
        InputStream in = corpus.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String l;
      while ((l = r.readLine()) != null) {
        if (!l.isBlank()) {
          JsonNode n = json.readTree(l);
          m.put(n.path("id").asText(), n.path("text").asText());
        }
      }
    }
    return m;
  }
}
