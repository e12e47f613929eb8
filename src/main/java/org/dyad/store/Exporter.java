package org.dyad.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.geo.CountryCodes;

/**
 * Writes the store, or a {@link Selection} of it, to files in a folder: GDELT 2.0 event and
 * mentions TSV, PLOVER JSON Lines, or one file per table (articles, actors, events, quotes) as JSON
 * Lines, CSV or Parquet.
 *
 * <p>Each file is written under a temporary name and moved into place when complete, so a reader
 * never sees half an export. The table formats are written by DuckDB itself ({@code COPY}), with no
 * extension to download. Used from one thread.
 */
public final class Exporter {
  public enum Format {
    gdelt,
    plover,
    jsonl,
    csv,
    parquet
  }

  /**
   * What to export: the events an {@link EventFilter} selects (null: all), of the articles stored
   * by runs after {@code sinceRun} (null: by any run). The table formats hold the selected events
   * and the articles they come from, with those articles' actors and quotations; without an event
   * filter, every selected article, with or without events.
   */
  public record Selection(EventFilter events, Integer sinceRun) {
    public static final Selection ALL = new Selection(null, null);

    public Selection {
      if (sinceRun != null && sinceRun < 0) {
        throw new IllegalArgumentException("a run number is not negative: " + sinceRun);
      }
    }

    boolean isAll() {
      return events == null && sinceRun == null;
    }
  }

  /** The columns of each exported table, in order: a contract shared with other writers. */
  public static final Map<String, List<String>> TABLE_COLUMNS = tableColumns();

  /**
   * The story columns the exported events table adds after {@link #TABLE_COLUMNS}' (not part of the
   * contract other writers share: the store computes them).
   */
  public static final List<String> STORY_COLUMNS =
      List.of("story_id", "story_mentions", "story_articles", "story_sources");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter GDELT_DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
  private static final DateTimeFormatter GDELT_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  private final Store store;

  public Exporter(Store store) {
    this.store = store;
  }

  private static Map<String, List<String>> tableColumns() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put(
        "articles",
        List.of(
            "article_id",
            "date",
            "title",
            "text",
            "url",
            "source",
            "origin",
            "content_hash",
            "run_id",
            "coded_at",
            "coder"));
    m.put(
        "actors",
        List.of(
            "article_id",
            "actor_id",
            "name",
            "kind",
            "code",
            "country",
            "sector",
            "entry",
            "rule",
            "mentions",
            "home_name",
            "home_country",
            "home_adm1",
            "home_lat",
            "home_lon",
            "home_geonames_id",
            "home_precision"));
    m.put(
        "events",
        List.of(
            "global_event_id",
            "article_id",
            "event_id",
            "sentence",
            "date",
            "source_actor",
            "source_code",
            "source_text",
            "source_begin",
            "source_end",
            "target_actor",
            "target_code",
            "target_text",
            "target_begin",
            "target_end",
            "cameo",
            "cameo_root",
            "plover",
            "quad",
            "goldstein",
            "mode",
            "place_name",
            "place_country",
            "place_begin",
            "place_end",
            "trigger",
            "trigger_begin",
            "trigger_end",
            "rule",
            "quote_id",
            "contexts",
            "rules",
            "place_adm1",
            "place_lat",
            "place_lon",
            "place_geonames_id",
            "place_precision"));
    m.put(
        "quotes",
        List.of(
            "article_id",
            "quote_id",
            "text",
            "begin_offset",
            "end_offset",
            "kind",
            "speaker_actor",
            "speaker_name",
            "speaker_code",
            "speaker_begin",
            "speaker_end",
            "cue",
            "audience",
            "via",
            "rule"));
    return java.util.Collections.unmodifiableMap(m);
  }

  /** Writes {@code format} into {@code outDir} (created if needed) and returns the files. */
  public List<Path> export(Format format, Path outDir) {
    return export(format, outDir, Selection.ALL);
  }

  /** Writes what {@code selection} selects as {@code format} into {@code outDir}. */
  public List<Path> export(Format format, Path outDir, Selection selection) {
    try {
      Files.createDirectories(outDir);
      select(selection);
      return switch (format) {
        case gdelt ->
            List.of(
                gdeltEvents(outDir.resolve("events.gdelt.tsv")),
                gdeltMentions(outDir.resolve("mentions.gdelt.tsv")));
        case plover -> List.of(plover(outDir.resolve("events.plover.jsonl")));
        case jsonl -> tables(outDir, "jsonl", "FORMAT JSON");
        case csv -> tables(outDir, "csv", "FORMAT CSV, HEADER");
        case parquet -> tables(outDir, "parquet", "FORMAT PARQUET");
      };
    } catch (IOException | SQLException e) {
      throw new StoreException("cannot export to " + outDir + ": " + e.getMessage(), e);
    }
  }

  private List<Path> tables(Path outDir, String extension, String options)
      throws SQLException, IOException {
    List<Path> files = new ArrayList<>();
    for (var t : TABLE_COLUMNS.entrySet()) {
      Path file = outDir.resolve(t.getKey() + "." + extension);
      Path tmp = temporary(file);
      String order =
          t.getKey().equals("events")
              ? "global_event_id"
              : t.getKey().equals("articles") ? "article_id" : "article_id, 2";
      boolean events = t.getKey().equals("events");
      List<String> columns = new ArrayList<>(t.getValue());
      if (events) {
        columns.addAll(STORY_COLUMNS);
      }
      try (Statement s = store.connection().createStatement()) {
        s.execute(
            "COPY (SELECT "
                + String.join(", ", columns)
                + " FROM "
                + (events ? EVENTS_WITH_STORIES : t.getKey())
                + (selected == null
                    ? ""
                    : t.getKey().equals("events")
                        ? " WHERE global_event_id IN (SELECT global_event_id FROM "
                            + SELECTED_EVENTS
                            + ")"
                        : " WHERE article_id IN (SELECT article_id FROM " + SELECTED_ARTICLES + ")")
                + " ORDER BY "
                + order
                + ") TO '"
                + tmp.toAbsolutePath().toString().replace("'", "''")
                + "' ("
                + options
                + ")");
      }
      files.add(Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING));
    }
    return files;
  }

  /** The events table with each event's story id and counts. */
  private static final String EVENTS_WITH_STORIES =
      "(SELECT e.*, sm.story_id, st.mentions AS story_mentions, st.articles AS story_articles,"
          + " st.sources AS story_sources FROM events e"
          + " LEFT JOIN story_mentions sm ON sm.global_event_id = e.global_event_id"
          + " LEFT JOIN stories st ON st.story_id = sm.story_id) events";

  private static Path temporary(Path file) {
    return file.resolveSibling("." + file.getFileName() + ".partial");
  }

  private static final String EVENT_ROWS =
      """
      SELECT e.*, sa.name AS source_name, ta.name AS target_name, a.url, a.source AS publisher,
        sa.home_name AS source_home_name, sa.home_country AS source_home_country,
        sa.home_adm1 AS source_home_adm1, sa.home_lat AS source_home_lat,
        sa.home_lon AS source_home_lon, sa.home_geonames_id AS source_home_geonames_id,
        sa.home_precision AS source_home_precision,
        ta.home_name AS target_home_name, ta.home_country AS target_home_country,
        ta.home_adm1 AS target_home_adm1, ta.home_lat AS target_home_lat,
        ta.home_lon AS target_home_lon, ta.home_geonames_id AS target_home_geonames_id,
        ta.home_precision AS target_home_precision,
        a.title, a.date AS article_date, a.coded_at, a.coder, length(a.text) AS doc_len,
        s.begin_offset AS sentence_begin, s.end_offset AS sentence_end,
        sm.story_id, st.mentions AS story_mentions, st.articles AS story_articles,
        st.sources AS story_sources, coalesce(st.first_global_event_id, e.global_event_id)
        AS story_event_id, coalesce(fa.coded_at, a.coded_at) AS story_coded_at
      FROM events e
      JOIN articles a ON a.article_id = e.article_id
      LEFT JOIN actors sa ON sa.article_id = e.article_id AND sa.actor_id = e.source_actor
      LEFT JOIN actors ta ON ta.article_id = e.article_id AND ta.actor_id = e.target_actor
      LEFT JOIN sentences s ON s.article_id = e.article_id AND s.sentence = e.sentence
      LEFT JOIN story_mentions sm ON sm.global_event_id = e.global_event_id
      LEFT JOIN stories st ON st.story_id = sm.story_id
      LEFT JOIN articles fa ON fa.article_id = st.first_article_id
      """;

  private static final String SELECTED_EVENTS = "temp.main.export_events";
  private static final String SELECTED_ARTICLES = "temp.main.export_articles";

  /** The selection being exported, or null for the whole store. */
  private Selection selected;

  /**
   * Puts the ids of the selected articles and events into two temporary tables the export's
   * statements read, so every format selects the same rows.
   */
  private void select(Selection selection) throws SQLException {
    selected = selection.isAll() ? null : selection;
    if (selected == null) {
      return;
    }
    try (Statement s = store.connection().createStatement()) {
      s.execute(
          "CREATE OR REPLACE TEMP TABLE export_articles AS SELECT article_id FROM articles"
              + (selection.sinceRun() == null ? "" : " WHERE run_id > " + selection.sinceRun()));
      if (selection.events() == null) {
        s.execute(
            "CREATE OR REPLACE TEMP TABLE export_events AS SELECT global_event_id FROM events"
                + " WHERE article_id IN (SELECT article_id FROM "
                + SELECTED_ARTICLES
                + ")");
        return;
      }
      List<Long> ids = new ArrayList<>();
      new EventQuery(store)
          .run(
              selection.events(),
              row -> ids.add(((Number) row.get("global_event_id")).longValue()));
      s.execute("CREATE OR REPLACE TEMP TABLE export_events(global_event_id BIGINT)");
      try (org.duckdb.DuckDBAppender ap =
          ((org.duckdb.DuckDBConnection) store.connection())
              .createAppender("temp", "main", "export_events")) {
        for (long id : ids) {
          ap.beginRow().append(id).endRow();
        }
      }
      s.execute(
          "DELETE FROM "
              + SELECTED_EVENTS
              + " WHERE global_event_id NOT IN (SELECT global_event_id FROM events WHERE"
              + " article_id IN (SELECT article_id FROM "
              + SELECTED_ARTICLES
              + "))");
      s.execute(
          "DELETE FROM "
              + SELECTED_ARTICLES
              + " WHERE article_id NOT IN (SELECT article_id FROM events WHERE global_event_id IN"
              + " (SELECT global_event_id FROM "
              + SELECTED_EVENTS
              + "))");
    }
  }

  private interface RowWriter {
    void write(ResultSet r, Writer out) throws SQLException, IOException;
  }

  /** Each selected event, in order of global id. */
  private Path eachEvent(Path file, RowWriter rowWriter) throws SQLException, IOException {
    return eachRow(
        file,
        (selected == null
                ? ""
                : "WHERE e.global_event_id IN (SELECT global_event_id FROM "
                    + SELECTED_EVENTS
                    + ")\n")
            + "ORDER BY e.global_event_id",
        rowWriter);
  }

  /**
   * The stories of the selected events: those with {@code firstOnly} told by their first report,
   * else every mention of them; in order of the story's global id (its first report's), then the
   * mention's.
   */
  private Path eachStory(Path file, boolean firstOnly, RowWriter rowWriter)
      throws SQLException, IOException {
    List<String> where = new ArrayList<>();
    if (firstOnly) {
      where.add("e.global_event_id = coalesce(st.first_global_event_id, e.global_event_id)");
    }
    if (selected != null) {
      where.add(
          "coalesce(sm.story_id, CAST(e.global_event_id AS VARCHAR)) IN (SELECT"
              + " coalesce(m.story_id, CAST(x.global_event_id AS VARCHAR)) FROM "
              + SELECTED_EVENTS
              + " x LEFT JOIN story_mentions m ON m.global_event_id = x.global_event_id)");
    }
    return eachRow(
        file,
        (where.isEmpty() ? "" : "WHERE " + String.join(" AND ", where) + "\n")
            + "ORDER BY story_event_id, e.global_event_id",
        rowWriter);
  }

  private Path eachRow(Path file, String whereAndOrder, RowWriter rowWriter)
      throws SQLException, IOException {
    Path tmp = temporary(file);
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8));
        Statement s = store.connection().createStatement();
        ResultSet r = s.executeQuery(EVENT_ROWS + whereAndOrder)) {
      while (r.next()) {
        rowWriter.write(r, out);
      }
    }
    return Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
  }

  private Path gdeltEvents(Path file) throws SQLException, IOException {
    GdeltGeo gdeltGeo = new GdeltGeo(CountryCodes.load());
    return eachStory(file, true, (r, out) -> writeTsv(out, gdeltEvent(r, gdeltGeo)));
  }

  private Path gdeltMentions(Path file) throws SQLException, IOException {
    return eachStory(file, false, (r, out) -> writeTsv(out, gdeltMention(r)));
  }

  /** One GDELT 2.0 event row: fields Dyad does not know stay empty, as in GDELT. */
  static List<String> gdeltEvent(ResultSet r, GdeltGeo geo) throws SQLException {
    List<String> f = new ArrayList<>(GdeltColumns.EVENTS.size());
    LocalDate day = date(r, "date");
    if (day == null) {
      day = date(r, "article_date");
    }
    f.add(Long.toString(r.getLong("global_event_id")));
    f.add(day == null ? "" : day.format(GDELT_DAY));
    f.add(day == null ? "" : day.format(DateTimeFormatter.ofPattern("yyyyMM")));
    f.add(day == null ? "" : Integer.toString(day.getYear()));
    f.add(
        day == null
            ? ""
            : String.format(
                Locale.ROOT,
                "%.4f",
                day.getYear() + (day.getDayOfYear() - 1) / (double) day.lengthOfYear()));
    f.addAll(gdeltActor(r.getString("source_code"), name(r, "source")));
    f.addAll(gdeltActor(r.getString("target_code"), name(r, "target")));
    // GDELT marks the events of an article's lead; for Dyad that is its first sentence.
    f.add(r.getInt("sentence") == 0 ? "1" : "0");
    String cameo = r.getString("cameo");
    f.add(cameo);
    f.add(cameo.length() > 3 ? cameo.substring(0, 3) : cameo);
    f.add(r.getString("cameo_root"));
    f.add(Integer.toString(r.getInt("quad")));
    f.add(String.format(Locale.ROOT, "%.1f", r.getDouble("goldstein")));
    // Each row is a story event, told by its first report, counted over all its reports.
    f.add(count(r, "story_mentions"));
    f.add(count(r, "story_sources"));
    f.add(count(r, "story_articles"));
    f.add(""); // AvgTone: Dyad does not score tone
    // An actor's home is where the text places it (ActorHomes), else its country, where its code
    // names one; the action's place is the event's geocoded place (EventGeocoder).
    f.addAll(actorGeo(r, "source", geo));
    f.addAll(actorGeo(r, "target", geo));
    f.addAll(
        geo.place(
            r.getString("place_name"),
            r.getString("place_country"),
            r.getString("place_adm1"),
            nullableDouble(r, "place_lat"),
            nullableDouble(r, "place_lon"),
            nullableInt(r, "place_geonames_id"),
            r.getString("place_precision")));
    f.add(timestamp(r, "coded_at"));
    String url = r.getString("url");
    f.add(url == null ? r.getString("article_id") : url);
    return f;
  }

  /**
   * Actor1Geo or Actor2Geo: the side's geocoded home, else its code's country; none for a side with
   * no code, as GDELT leaves an actor it does not code without a place.
   */
  private static List<String> actorGeo(ResultSet r, String side, GdeltGeo geo) throws SQLException {
    String precision = r.getString(side + "_home_precision");
    if (precision == null || r.getString(side + "_code") == null) {
      return geo.actor(r.getString(side + "_code"));
    }
    return geo.place(
        r.getString(side + "_home_name"),
        r.getString(side + "_home_country"),
        r.getString(side + "_home_adm1"),
        nullableDouble(r, side + "_home_lat"),
        nullableDouble(r, side + "_home_lon"),
        nullableInt(r, side + "_home_geonames_id"),
        precision);
  }

  /** Code, Name, CountryCode, KnownGroupCode, Ethnic, Religion1, Religion2, Type1-3. */
  static List<String> gdeltActor(String code, String name) {
    List<String> f = new ArrayList<>(List.of("", "", "", "", "", "", "", "", "", ""));
    if (code == null) {
      f.set(1, name == null ? "" : name.toUpperCase(Locale.ROOT));
      return f;
    }
    f.set(0, code);
    f.set(1, name == null ? "" : name.toUpperCase(Locale.ROOT));
    String prefix = code.substring(0, 3);
    List<String> groups = new ArrayList<>();
    for (int i = 3; i + 3 <= code.length(); i += 3) {
      groups.add(code.substring(i, i + 3));
    }
    List<String> types = new ArrayList<>();
    if (prefix.equals("IGO") || prefix.equals("NGO") || prefix.equals("IMG")) {
      // IGOUNO: GDELT gives the group (UNO) as KnownGroupCode and IGO as the first type.
      if (!groups.isEmpty()) {
        f.set(3, groups.remove(0));
      }
      types.add(prefix);
    } else {
      f.set(2, prefix);
    }
    types.addAll(groups);
    for (int i = 0; i < Math.min(3, types.size()); i++) {
      f.set(7 + i, types.get(i));
    }
    return f;
  }

  private static Double nullableDouble(ResultSet r, String column) throws SQLException {
    double v = r.getDouble(column);
    return r.wasNull() ? null : v;
  }

  private static Integer nullableInt(ResultSet r, String column) throws SQLException {
    int v = r.getInt(column);
    return r.wasNull() ? null : v;
  }

  /** A story's count, or 1 for an event the store has not linked (it is its own story). */
  private static String count(ResultSet r, String column) throws SQLException {
    int v = r.getInt(column);
    return r.wasNull() ? "1" : Integer.toString(v);
  }

  /** One mention of a story event: GDELT's event id and time are the story's. */
  static List<String> gdeltMention(ResultSet r) throws SQLException {
    String added = timestamp(r, "story_coded_at");
    LocalDate published = date(r, "article_date");
    String url = r.getString("url");
    String publisher = r.getString("publisher");
    String mentioned = timestamp(r, "coded_at");
    return List.of(
        Long.toString(r.getLong("story_event_id")),
        added,
        published == null ? mentioned : published.format(GDELT_DAY) + "000000",
        url == null ? "2" : "1", // GDELT: 1 web page, 2 a citation without a URL
        publisher == null ? "" : publisher,
        url == null ? r.getString("article_id") : url,
        Integer.toString(r.getInt("sentence") + 1), // GDELT counts sentences from 1
        offset(r, "source_begin"),
        offset(r, "target_begin"),
        offset(r, "trigger_begin"),
        "1", // coded from the article's own text, not a translation
        "",
        Integer.toString(r.getInt("doc_len")),
        "",
        "",
        "<DYAD_ARTICLE_ID>"
            + r.getString("article_id")
            + "</DYAD_ARTICLE_ID><DYAD_EVENT_ID>"
            + r.getString("event_id")
            + "</DYAD_EVENT_ID>");
  }

  private static String offset(ResultSet r, String column) throws SQLException {
    int v = r.getInt(column);
    return r.wasNull() ? "-1" : Integer.toString(v); // GDELT writes -1 for "not found"
  }

  private static String name(ResultSet r, String side) throws SQLException {
    String name = r.getString(side + "_name");
    return name != null ? name : r.getString(side + "_text");
  }

  private static LocalDate date(ResultSet r, String column) throws SQLException {
    Object v = r.getObject(column);
    if (v == null) {
      return null;
    }
    return v instanceof LocalDate d ? d : ((java.sql.Date) v).toLocalDate();
  }

  private static String timestamp(ResultSet r, String column) throws SQLException {
    Object v = r.getObject(column);
    if (v == null) {
      return "";
    }
    LocalDateTime t = v instanceof LocalDateTime l ? l : ((Timestamp) v).toLocalDateTime();
    return t.format(GDELT_TIME);
  }

  private static void writeTsv(Writer out, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write('\t');
      }
      String v = fields.get(i);
      // A tab or line break inside a field would shift every later column.
      out.write(v == null ? "" : v.replaceAll("[\\t\\r\\n]+", " "));
    }
    out.write('\n');
  }

  private Path plover(Path file) throws SQLException, IOException {
    return eachEvent(
        file,
        (r, out) -> {
          out.write(JSON.writeValueAsString(ploverEvent(r)));
          out.write('\n');
        });
  }

  /**
   * One event as PLOVER JSON (manual, chapter 6): Dyad's mode goes into {@code context} as the
   * manual's auxiliary modes ask; CAMEO code, Goldstein score and rule are added fields.
   */
  static ObjectNode ploverEvent(ResultSet r) throws SQLException {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", r.getString("article_id") + "-" + r.getString("event_id"));
    LocalDate day = date(r, "date");
    o.put("date", day == null ? null : day.toString());
    o.set("actor", JSON.createArrayNode().add(entity(r, "source")));
    if (r.getString("target_code") != null || r.getString("target_text") != null) {
      o.set("recipient", JSON.createArrayNode().add(entity(r, "target")));
    }
    o.set("event", JSON.createArrayNode().add(r.getString("plover")));
    if (r.getString("place_name") != null) {
      ObjectNode loc = o.putObject("event_loc");
      loc.put("extracted_place", r.getString("place_name"));
      loc.put("country_code", r.getString("place_country"));
      Double lat = nullableDouble(r, "place_lat");
      if (lat != null) {
        ObjectNode geolocation = loc.putObject("geolocation");
        geolocation.put("lat", lat);
        geolocation.put("lon", nullableDouble(r, "place_lon"));
        geolocation.put("precision", r.getString("place_precision"));
        geolocation.put("adm1", r.getString("place_adm1"));
        geolocation.put("geonames_id", nullableInt(r, "place_geonames_id"));
      }
    }
    o.set("event_text", JSON.createArrayNode().add(r.getString("trigger")));
    o.put("quad_code", r.getInt("quad"));
    o.putNull("mode");
    ArrayNode context = o.putArray("context");
    try {
      JSON.readTree(r.getString("contexts")).forEach(context::add);
    } catch (IOException e) {
      throw new SQLException("stored contexts are not a JSON list: " + r.getString("contexts"), e);
    }
    String auxiliary =
        switch (r.getString("mode")) {
          case "negated" -> "negation";
          case "hypothetical" -> "hypothetical";
          case "future" -> "future";
          default -> null;
        };
    if (auxiliary != null) {
      context.add(auxiliary);
    }
    ObjectNode textInfo = o.putObject("text_info");
    textInfo.put("sequence", r.getInt("sentence"));
    textInfo.put("start", r.getInt("sentence_begin"));
    textInfo.put("end", r.getInt("sentence_end"));
    ObjectNode cite = o.putObject("cite_info");
    cite.put("citation", r.getString("article_id"));
    cite.put("url", r.getString("url"));
    cite.put("title", r.getString("title"));
    cite.put("language", "en");
    cite.put("publication", r.getString("publisher"));
    cite.put("coder", r.getString("coder"));
    cite.put("codebook", "CAMEO 1.1b3 mapped to PLOVER 2.0");
    o.put("coder", r.getString("coder"));
    Object codedAt = r.getObject("coded_at");
    if (codedAt != null) {
      LocalDateTime t =
          codedAt instanceof LocalDateTime l ? l : ((Timestamp) codedAt).toLocalDateTime();
      o.put("coded_date", t.toLocalDate().toString());
      o.put("coded_time", t.toLocalTime().withNano(0) + "Z");
    }
    o.put("cameo", r.getString("cameo"));
    o.put("goldstein", r.getDouble("goldstein"));
    o.put("rule", r.getString("rule"));
    o.put("quote", r.getString("quote_id"));
    // The story event this report belongs to (README, "One event, many reports").
    o.put("story_id", r.getString("story_id"));
    for (String c : List.of("story_mentions", "story_articles", "story_sources")) {
      int v = r.getInt(c);
      if (r.wasNull()) {
        o.putNull(c);
      } else {
        o.put(c, v);
      }
    }
    return o;
  }

  private static ObjectNode entity(ResultSet r, String side) throws SQLException {
    ObjectNode n = JSON.createObjectNode();
    String code = r.getString(side + "_code");
    n.put("code", code == null ? null : code.substring(0, 3));
    n.put("sector", code == null || code.length() < 6 ? null : code.substring(3));
    n.put("entity_text", r.getString(side + "_text"));
    n.put("identifier_text", r.getString(side + "_name"));
    return n;
  }
}
