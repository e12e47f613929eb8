package org.dyad.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.dyad.model.Actor;
import org.dyad.model.ActorCode;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.dyad.model.Participant;
import org.dyad.model.Quote;
import org.dyad.model.Span;

/**
 * Appends one coded article's rows to the store's tables through DuckDB appenders, one per table,
 * in the column order of {@link StoreSchema}. Lists (mentions, channels, contexts) are stored as
 * JSON text so every export format, CSV included, can carry them.
 *
 * <p>Rows become visible only when the caller's transaction commits. Used from one thread.
 */
final class ArticleTables implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final List<String> TABLES = List.of("articles", "sentences", "actors", "events", "quotes");

  private final DuckDBAppender articles;
  private final DuckDBAppender sentences;
  private final DuckDBAppender actors;
  private final DuckDBAppender events;
  private final DuckDBAppender quotes;

  ArticleTables(DuckDBConnection db) throws SQLException {
    articles = db.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "articles");
    sentences = db.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "sentences");
    actors = db.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "actors");
    events = db.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "events");
    quotes = db.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "quotes");
  }

  /**
   * Appends every row of {@code coded}; its events get the global ids {@code firstGlobalId}, {@code
   * firstGlobalId + 1}, ... in article order.
   */
  void append(
      CodedArticle coded,
      String contentHash,
      int runId,
      long batch,
      LocalDateTime codedAt,
      String coder,
      long firstGlobalId)
      throws SQLException {
    var a = coded.article();
    String id = a.id();
    articles.beginRow();
    articles.append(id).append(contentHash);
    date(articles, a.date());
    articles.append(a.title()).append(a.text());
    str(articles, a.url());
    str(articles, a.source());
    str(articles, a.origin());
    articles.append(runId).append(batch).append(codedAt).append(coder);
    articles.endRow();

    for (int i = 0; i < coded.sentences().size(); i++) {
      Span s = coded.sentences().get(i);
      sentences.beginRow();
      sentences.append(id).append(i).append(s.begin()).append(s.end()).append(s.of(a.text()));
      sentences.endRow();
    }

    for (Actor actor : coded.actors()) {
      actors.beginRow();
      actors.append(id).append(actor.id()).append(actor.name());
      actors.append(actor.kind().name().toLowerCase(java.util.Locale.ROOT));
      code(actors, actor.code());
      str(actors, actor.country());
      str(actors, actor.sector());
      str(actors, actor.entry());
      str(actors, actor.rule());
      ArrayNode mentions = JSON.createArrayNode();
      actor.mentions().forEach(m -> mentions.addArray().add(m.begin()).add(m.end()));
      actors.append(mentions.toString());
      actors.endRow();
    }

    long globalId = firstGlobalId;
    for (Event e : coded.events()) {
      events.beginRow();
      events.append(globalId++).append(id).append(e.id()).append(e.sentence());
      date(events, e.date());
      participant(events, e.source());
      participant(events, e.target());
      events.append(e.cameo()).append(e.root());
      str(events, e.plover());
      events.append(e.quad()).append(e.goldstein()).append(e.mode().label());
      if (e.place() == null) {
        events.appendNull().appendNull().appendNull().appendNull();
      } else {
        str(events, e.place().name());
        str(events, e.place().country());
        span(events, e.place().span());
      }
      str(events, e.trigger());
      span(events, e.triggerSpan());
      str(events, e.rule());
      str(events, e.quote());
      ArrayNode contexts = JSON.createArrayNode();
      e.contexts().forEach(contexts::add);
      events.append(contexts.toString());
      events.endRow();
    }

    for (Quote q : coded.quotes()) {
      quotes.beginRow();
      quotes.append(id).append(q.id()).append(q.text());
      span(quotes, q.span());
      quotes.append(q.kind().label());
      if (q.speaker() == null) {
        quotes.appendNull().appendNull().appendNull().appendNull().appendNull();
      } else {
        str(quotes, q.speaker().actor());
        str(quotes, q.speaker().name());
        code(quotes, q.speaker().code());
        span(quotes, q.speaker().span());
      }
      str(quotes, q.cue());
      str(quotes, q.audience());
      ArrayNode via = JSON.createArrayNode();
      for (Quote.Channel c : q.via()) {
        via.addObject()
            .put("name", c.name())
            .put("code", c.code() == null ? null : c.code().code());
      }
      quotes.append(via.toString());
      str(quotes, q.rule());
      quotes.endRow();
    }
  }

  private static void participant(DuckDBAppender ap, Participant p) throws SQLException {
    if (p == null) {
      ap.appendNull().appendNull().appendNull().appendNull().appendNull();
      return;
    }
    str(ap, p.actor());
    code(ap, p.code());
    str(ap, p.text());
    span(ap, p.span());
  }

  private static void span(DuckDBAppender ap, Span s) throws SQLException {
    if (s == null) {
      ap.appendNull().appendNull();
    } else {
      ap.append(s.begin()).append(s.end());
    }
  }

  private static void code(DuckDBAppender ap, ActorCode c) throws SQLException {
    str(ap, c == null ? null : c.code());
  }

  private static void str(DuckDBAppender ap, String s) throws SQLException {
    if (s == null) {
      ap.appendNull();
    } else {
      ap.append(s);
    }
  }

  private static void date(DuckDBAppender ap, LocalDate d) throws SQLException {
    if (d == null) {
      ap.appendNull();
    } else {
      ap.append(d);
    }
  }

  /** Flushes the appended rows into the open transaction. */
  @Override
  public void close() throws SQLException {
    SQLException first = null;
    for (DuckDBAppender ap : List.of(articles, sentences, actors, events, quotes)) {
      try {
        ap.close();
      } catch (SQLException e) {
        if (first == null) {
          first = e;
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
