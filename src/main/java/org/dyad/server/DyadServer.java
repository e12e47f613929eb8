package org.dyad.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.input.ArticleReader;
import org.dyad.input.ReadResult;
import org.dyad.model.CodedArticle;
import org.dyad.pipeline.ArticleCoder;
import org.dyad.store.EventFilter;
import org.dyad.store.Store;
import org.dyad.store.StoreReader;
import org.dyad.store.TextQueryException;

/**
 * {@code dyad serve}: a JSON API over a store (articles, events, actors, quotations, dyad series,
 * the actor network, statistics) and the web page that browses it, both from one Javalin server.
 *
 * <p>Inputs: an open store and, only when ingest over HTTP is switched on, the coder that {@code
 * POST /api/articles} codes with; without one the server never writes. Every query parameter is
 * checked by {@link Params}: a bad one is answered 400 with a JSON error naming it, an unknown
 * article 404. The page and its chart library come from the jar, nothing from a CDN. Requests run
 * on Jetty's threads and take turns at the store, whose one DuckDB connection serves one statement
 * at a time.
 */
public final class DyadServer implements AutoCloseable {
  static final String WEB = "/org/dyad/server/web";

  private final Store store;
  private final StoreReader reader;
  private final ArticleCoder ingestCoder;
  private final Clock clock;
  private final Javalin app;

  /**
   * @param ingestCoder codes articles posted to {@code /api/articles}; null keeps the server
   *     read-only
   */
  public DyadServer(Store store, ArticleCoder ingestCoder, Clock clock) {
    this.store = store;
    this.reader = new StoreReader(store);
    this.ingestCoder = ingestCoder;
    this.clock = clock;
    this.app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.staticFiles.add(
                  files -> {
                    files.hostedPath = "/";
                    files.directory = WEB;
                    files.location = Location.CLASSPATH;
                  });
              config.staticFiles.enableWebjars();
              config.http.maxRequestSize = 10_000_000L;
            });
    routes();
  }

  private void routes() {
    app.get("/api/stats", ctx -> answer(ctx, () -> reader.stats()));
    app.get(
        "/api/articles",
        ctx -> {
          Params p = new Params(ctx, "q", "page", "size");
          String q = p.text("q");
          int page = p.page();
          int size = p.size();
          answer(ctx, () -> reader.articles(q, page, size));
        });
    app.get(
        "/api/articles/{id}",
        ctx -> {
          new Params(ctx);
          String id = ctx.pathParam("id");
          var found = read(() -> reader.article(id));
          if (found.isEmpty()) {
            error(ctx, HttpStatus.NOT_FOUND, null, "no article with id '" + id + "'");
          } else {
            ctx.json(found.get());
          }
        });
    app.post("/api/articles", this::ingest);
    app.get(
        "/api/events",
        ctx -> {
          Params p =
              new Params(ctx, "actor", "dyad", "either", "root", "from", "to", "q", "page", "size");
          String actor = p.actor("actor");
          String[] dyad = p.dyad("dyad");
          boolean either = p.flag("either");
          if (either && dyad == null) {
            throw new Params.BadParameter("either", "'either' needs a 'dyad'");
          }
          String root = p.root("root");
          LocalDate from = p.date("from");
          LocalDate to = p.date("to");
          if (from != null && to != null && from.isAfter(to)) {
            throw new Params.BadParameter("from", "'from' " + from + " is after 'to' " + to);
          }
          String q = p.text("q");
          int page = p.page();
          int size = p.size();
          EventFilter f =
              new EventFilter(
                  actor,
                  null,
                  null,
                  dyad == null ? null : dyad[0],
                  dyad == null ? null : dyad[1],
                  either,
                  null,
                  root,
                  null,
                  null,
                  null,
                  from,
                  to,
                  q,
                  0);
          answer(ctx, () -> reader.events(f, page, size));
        });
    app.get(
        "/api/actors",
        ctx -> {
          Params p = new Params(ctx, "q", "page", "size");
          String q = p.actor("q");
          int page = p.page();
          int size = p.size();
          answer(ctx, () -> reader.actors(q, page, size));
        });
    app.get(
        "/api/quotes",
        ctx -> {
          Params p = new Params(ctx, "speaker", "page", "size");
          String speaker = p.actor("speaker");
          int page = p.page();
          int size = p.size();
          answer(ctx, () -> reader.quotes(speaker, page, size));
        });
    app.get(
        "/api/dyads/{a}/{b}/series",
        ctx -> {
          Params p = new Params(ctx, "either");
          String a = Params.code("a", ctx.pathParam("a"));
          String b = Params.code("b", ctx.pathParam("b"));
          boolean either = p.flag("either");
          answer(
              ctx,
              () -> {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("source", a);
                out.put("target", b);
                out.put("either", either);
                out.put("months", reader.dyadSeries(a, b, either));
                return out;
              });
        });
    app.get(
        "/api/network",
        ctx -> {
          Params p = new Params(ctx, "from", "to", "limit");
          LocalDate from = p.date("from");
          LocalDate to = p.date("to");
          int limit = p.integer("limit", 100, 1, Params.MAX_SIZE);
          answer(ctx, () -> reader.network(from, to, limit));
        });
    app.exception(
        Params.BadParameter.class,
        (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.parameter(), e.getMessage()));
    app.exception(
        TextQueryException.class,
        (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, "q", e.getMessage()));
    app.exception(
        Exception.class,
        (e, ctx) -> error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, null, String.valueOf(e)));
    // Registered last, so only a path no route above matches: a JSON 404 rather than Javalin's
    // text.
    app.get(
        "/api/*",
        ctx -> error(ctx, HttpStatus.NOT_FOUND, null, "no such endpoint: GET " + ctx.path()));
  }

  /**
   * {@code POST /api/articles}: codes the posted articles (JSONL, one article per line, or one
   * article as text or HTML) and stores them, as {@code dyad ingest} would.
   */
  private void ingest(Context ctx) {
    new Params(ctx);
    if (ingestCoder == null) {
      error(
          ctx,
          HttpStatus.FORBIDDEN,
          null,
          "this server is read-only; start it with --allow-ingest to accept articles");
      return;
    }
    List<CodedArticle> coded = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    new ArticleReader(LocalDate.now(clock), new ByteArrayInputStream(ctx.bodyAsBytes()))
        .read(
            List.of("-"),
            r -> {
              if (r instanceof ReadResult.Ok ok) {
                coded.add(ingestCoder.code(ok.article()));
              } else if (r instanceof ReadResult.Problem problem) {
                problems.add(problem.message());
              }
            });
    if (coded.isEmpty()) {
      error(
          ctx,
          HttpStatus.BAD_REQUEST,
          null,
          "no article could be read from the request body"
              + (problems.isEmpty() ? "" : ": " + problems));
      return;
    }
    synchronized (store) {
      int run = store.beginRun(List.of("http"), "dyad serve", clock.instant());
      store.write(coded, run, clock.instant(), "dyad serve");
      store.finishRun(run, clock.instant(), coded.size(), 0, problems.size());
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("stored", coded.stream().map(c -> c.article().id()).toList());
    out.put("problems", problems);
    ctx.status(HttpStatus.CREATED).json(out);
  }

  private interface Read<T> {
    T get();
  }

  private <T> T read(Read<T> r) {
    synchronized (store) {
      return r.get();
    }
  }

  private void answer(Context ctx, Read<?> r) {
    ctx.json(read(r));
  }

  private static void error(Context ctx, HttpStatus status, String parameter, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status.getCode());
    body.put("error", message);
    if (parameter != null) {
      body.put("parameter", parameter);
    }
    ctx.status(status).json(body);
  }

  /** Starts listening on {@code host}:{@code port} (0: any free port) and returns the port. */
  public int start(String host, int port) {
    app.start(host, port);
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }
}
