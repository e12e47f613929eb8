package org.dyad.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.model.Actor;
import org.dyad.model.ActorCode;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.dyad.model.Participant;
import org.dyad.model.Place;
import org.dyad.model.Quote;
import org.dyad.model.Span;

/**
 * Turns one coded article into its rows of the exported tables ({@code articles}, {@code actors},
 * {@code events}, {@code quotes}), each row's values in the order of {@link
 * Exporter#TABLE_COLUMNS}.
 *
 * <p>Every writer of these tables builds its rows here, the store's appenders and the Spark job
 * alike, so the columns cannot drift between them. Values are {@code String}, {@code Integer},
 * {@code Long}, {@code Double}, {@code LocalDate}, {@code LocalDateTime} or null, as {@link
 * #COLUMN_TYPES} declares; lists are JSON text so CSV can carry them too. Stateless and
 * thread-safe.
 */
public final class ExportRows {
  /** Where and when an article was coded: the provenance columns of {@code articles}. */
  public record Provenance(String contentHash, int runId, LocalDateTime codedAt, String coder) {}

  /** The SQL type of every exported column (a column name means the same type in every table). */
  public static final Map<String, String> COLUMN_TYPES = columnTypes();

  private static final ObjectMapper JSON = new ObjectMapper();

  private ExportRows() {}

  private static Map<String, String> columnTypes() {
    Map<String, String> m = new LinkedHashMap<>();
    for (List<String> columns : Exporter.TABLE_COLUMNS.values()) {
      for (String c : columns) {
        m.put(c, "VARCHAR");
      }
    }
    for (String c : List.of("date")) {
      m.put(c, "DATE");
    }
    for (String c :
        List.of(
            "run_id",
            "sentence",
            "quad",
            "source_begin",
            "source_end",
            "target_begin",
            "target_end",
            "place_begin",
            "place_end",
            "trigger_begin",
            "trigger_end",
            "begin_offset",
            "end_offset",
            "speaker_begin",
            "speaker_end")) {
      m.put(c, "INTEGER");
    }
    m.put("global_event_id", "BIGINT");
    m.put("place_lat", "DOUBLE");
    m.put("place_lon", "DOUBLE");
    m.put("place_geonames_id", "INTEGER");
    m.put("home_lat", "DOUBLE");
    m.put("home_lon", "DOUBLE");
    m.put("home_geonames_id", "INTEGER");
    m.put("goldstein", "DOUBLE");
    m.put("coded_at", "TIMESTAMP");
    return Collections.unmodifiableMap(m);
  }

  /**
   * The rows of {@code coded} per table; its events get the global ids {@code firstGlobalId},
   * {@code firstGlobalId + 1}, ... in article order.
   */
  public static Map<String, List<List<Object>>> of(
      CodedArticle coded, Provenance provenance, long firstGlobalId) {
    var a = coded.article();
    String id = a.id();
    Map<String, List<List<Object>>> tables = new LinkedHashMap<>();
    tables.put(
        "articles",
        List.of(
            row(
                id,
                a.date(),
                a.title(),
                a.text(),
                a.url(),
                a.source(),
                a.origin(),
                provenance.contentHash(),
                provenance.runId(),
                provenance.codedAt(),
                provenance.coder())));

    List<List<Object>> actors = new ArrayList<>();
    for (Actor actor : coded.actors()) {
      ArrayNode mentions = JSON.createArrayNode();
      actor.mentions().forEach(m -> mentions.addArray().add(m.begin()).add(m.end()));
      actors.add(
          row(
              id,
              actor.id(),
              actor.name(),
              actor.kind().name().toLowerCase(Locale.ROOT),
              code(actor.code()),
              actor.country(),
              actor.sector(),
              actor.entry(),
              actor.rule(),
              mentions.toString(),
              home(actor.home(), Place::name),
              home(actor.home(), Place::country),
              home(actor.home(), Place::adm1),
              home(actor.home(), Place::lat),
              home(actor.home(), Place::lon),
              home(actor.home(), Place::geonamesId),
              home(actor.home(), p -> p.precision() == null ? null : p.precision().name())));
    }
    tables.put("actors", actors);

    List<List<Object>> events = new ArrayList<>();
    long globalId = firstGlobalId;
    for (Event e : coded.events()) {
      List<Object> r = new ArrayList<>();
      r.addAll(Arrays.asList(globalId++, id, e.id(), e.sentence(), e.date()));
      participant(r, e.source());
      participant(r, e.target());
      r.addAll(Arrays.asList(e.cameo(), e.root(), e.plover(), e.quad(), e.goldstein()));
      r.add(e.mode().label());
      if (e.place() == null) {
        r.addAll(Arrays.asList(null, null, null, null));
      } else {
        r.add(e.place().name());
        r.add(e.place().country());
        span(r, e.place().span());
      }
      r.add(e.trigger());
      span(r, e.triggerSpan());
      r.add(e.rule());
      r.add(e.quote());
      ArrayNode contexts = JSON.createArrayNode();
      e.contexts().forEach(contexts::add);
      r.add(contexts.toString());
      ArrayNode rules = JSON.createArrayNode();
      e.rules().forEach(rules::add);
      r.add(rules.toString());
      Place p = e.place();
      r.addAll(
          p == null
              ? Arrays.asList(null, null, null, null, null)
              : Arrays.asList(
                  p.adm1(),
                  p.lat(),
                  p.lon(),
                  p.geonamesId(),
                  p.precision() == null ? null : p.precision().name()));
      events.add(Collections.unmodifiableList(r));
    }
    tables.put("events", events);

    List<List<Object>> quotes = new ArrayList<>();
    for (Quote q : coded.quotes()) {
      List<Object> r = new ArrayList<>();
      r.addAll(Arrays.asList(id, q.id(), q.text()));
      span(r, q.span());
      r.add(q.kind().label());
      if (q.speaker() == null) {
        r.addAll(Arrays.asList(null, null, null, null, null));
      } else {
        r.add(q.speaker().actor());
        r.add(q.speaker().name());
        r.add(code(q.speaker().code()));
        span(r, q.speaker().span());
      }
      r.add(q.cue());
      r.add(q.audience());
      ArrayNode via = JSON.createArrayNode();
      for (Quote.Channel c : q.via()) {
        via.addObject().put("name", c.name()).put("code", code(c.code()));
      }
      r.add(via.toString());
      r.add(q.rule());
      quotes.add(Collections.unmodifiableList(r));
    }
    tables.put("quotes", quotes);
    return Collections.unmodifiableMap(tables);
  }

  private static List<Object> row(Object... values) {
    // Arrays.asList, not List.of: a row holds nulls.
    return Collections.unmodifiableList(Arrays.asList(values));
  }

  private static void participant(List<Object> r, Participant p) {
    if (p == null) {
      r.addAll(Arrays.asList(null, null, null, null, null));
      return;
    }
    r.add(p.actor());
    r.add(code(p.code()));
    r.add(p.text());
    span(r, p.span());
  }

  private static void span(List<Object> r, Span s) {
    if (s == null) {
      r.add(null);
      r.add(null);
    } else {
      r.add(s.begin());
      r.add(s.end());
    }
  }

  private static String code(ActorCode c) {
    return c == null ? null : c.code();
  }

  private static Object home(Place home, java.util.function.Function<Place, Object> field) {
    return home == null ? null : field.apply(home);
  }
}
