package org.dyad.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.dyad.input.ArticleReader;
import org.dyad.input.ReadResult;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.store.EventFilter;
import org.dyad.store.EventPlaces;
import org.dyad.store.Store;
import org.dyad.store.StoreException;
import org.dyad.store.StoreReader;
import org.dyad.store.TextQueryException;

/**
 * {@code dyad serve}: a JSON API over a store (articles, events, actors, quotations, dyad series,
 * the actor network, statistics) and the web page that browses it, both from one Javalin server.
 *
 * <p>Inputs: an open store and, only when ingest over HTTP is switched on, the coder that {@code
 * POST /api/articles} codes with, and the token a write must carry; without a coder the server
 * never writes. A write must also name this server in Host and Origin and send JSON ({@link
 * WriteGuard}). Every query parameter is checked by {@link Params}: a bad one is answered 400 with
 * a JSON error naming it; every other error is JSON too, Jetty's own included ({@link JsonErrors}).
 * The page, its chart library and its world outline ({@code /map/world.json}, unpacked from a
 * WebJar by the build) come from the jar, nothing from a CDN or tile server.
 *
 * <p>Requests run on Jetty's threads and take turns at the store, whose one DuckDB connection
 * serves one statement at a time. The store is released when no request has used it for {@value
 * #IDLE_MILLIS} ms (and at least every {@value #MAX_HOLD_MILLIS} ms under load), so other processes
 * can read or write it between requests.
 */
public final class DyadServer implements AutoCloseable {
  static final String WEB = "/org/dyad/server/web";
  static final long IDLE_MILLIS = 50;
  static final long MAX_HOLD_MILLIS = 1000;

  private final Store store;
  private final StoreReader reader;
  private final MapCountries mapCountries = MapCountries.load();
  private final EventPlaces places;
  private final Function<Article, CodedArticle> ingestCoder;
  private final String ingestToken;
  private final Clock clock;
  private final Javalin app;
  private final ScheduledExecutorService releaser =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread t = new Thread(task, "dyad-serve-release");
            t.setDaemon(true);
            return t;
          });
  private volatile WriteGuard guard;
  private long heldSince = -1; // guarded by store
  private long lastUse; // guarded by store

  /**
   * @param ingestCoder codes articles posted to {@code /api/articles}; null keeps the server
   *     read-only
   * @param ingestToken what a write must send as {@code Authorization: Bearer TOKEN}; needed with a
   *     coder
   */
  public DyadServer(
      Store store, Function<Article, CodedArticle> ingestCoder, String ingestToken, Clock clock) {
    if (ingestCoder != null && (ingestToken == null || ingestToken.isBlank())) {
      throw new IllegalArgumentException("a server that accepts articles needs a token");
    }
    this.store = store;
    this.reader = new StoreReader(store);
    this.places = new EventPlaces(store, mapCountries.codes());
    this.ingestCoder = ingestCoder;
    this.ingestToken = ingestToken;
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
              // A known path asked with the wrong method is a 405, not an unknown path.
              config.http.prefer405over404 = true;
              config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrors()));
              config.jetty.modifyServletContextHandler(
                  handler -> handler.setErrorHandler(new JsonErrors()));
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
          Params p = new Params(ctx, FILTER_AND_PAGE_PARAMS);
          EventFilter f = eventFilter(p);
          int page = p.page();
          int size = p.size();
          answer(ctx, () -> reader.events(f, page, size));
        });
    app.get(
        "/api/places",
        ctx -> {
          EventFilter f = eventFilter(new Params(ctx, FILTER_PARAMS));
          answer(ctx, () -> places.count(f));
        });
    app.get(
        "/api/map/countries",
        ctx -> {
          new Params(ctx);
          ctx.json(mapCountries.isoByName());
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
        "/api/dyads/busiest",
        ctx -> {
          new Params(ctx);
          answer(
              ctx,
              () -> {
                Map<String, Object> none = new LinkedHashMap<>();
                none.put("source", null);
                none.put("target", null);
                none.put("events", 0);
                return reader.busiestDyad().orElse(none);
              });
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
        HttpResponseException.class,
        (e, ctx) ->
            error(ctx, HttpStatus.forStatus(e.getStatus()), null, httpMessage(e.getStatus(), ctx)));
    app.exception(
        StoreException.class,
        (e, ctx) -> {
          // Another process held the store longer than this server waits: busy, not broken.
          boolean busy = e.getMessage().contains("in use by another process");
          if (busy) {
            ctx.header("Retry-After", "5");
          }
          error(
              ctx,
              busy ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.INTERNAL_SERVER_ERROR,
              null,
              e.getMessage());
        });
    app.exception(
        Exception.class,
        (e, ctx) -> error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, null, String.valueOf(e)));
    // Registered last, so only a path no route above matches: a JSON 404 rather than Javalin's
    // text.
    app.get(
        "/api/*",
        ctx -> error(ctx, HttpStatus.NOT_FOUND, null, "no such endpoint: GET " + ctx.path()));
    // What Javalin answers itself (an unknown page, a wrong method) gets the API's JSON too,
    // unless a handler above has written its own answer.
    for (HttpStatus status : List.of(HttpStatus.NOT_FOUND, HttpStatus.METHOD_NOT_ALLOWED)) {
      app.error(
          status,
          ctx -> {
            if (ctx.result() == null || !ctx.result().startsWith("{")) {
              error(ctx, status, null, httpMessage(status.getCode(), ctx));
            }
          });
    }
  }

  /** The event filters that /api/events and /api/places share. */
  private static final String[] FILTER_PARAMS = {
    "actor", "dyad", "either", "root", "from", "to", "q"
  };

  private static final String[] FILTER_AND_PAGE_PARAMS = {
    "actor", "dyad", "either", "root", "from", "to", "q", "page", "size"
  };

  private static EventFilter eventFilter(Params p) {
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
    return new EventFilter(
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
  }

  private static String httpMessage(int status, Context ctx) {
    return switch (status) {
      case 404 -> "no such page or endpoint: " + ctx.method() + " " + ctx.path();
      case 405 -> "method " + ctx.method() + " is not allowed on " + ctx.path();
      case 413 -> "the request body is larger than 10 MB";
      default -> HttpStatus.forStatus(status).getMessage();
    };
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
    WriteGuard.Refusal refused =
        guard.check(
            ctx.header("Host"),
            ctx.header("Origin"),
            ctx.header("Authorization"),
            ctx.header("Content-Type"));
    if (refused != null) {
      error(ctx, HttpStatus.forStatus(refused.status()), null, refused.message());
      return;
    }
    List<CodedArticle> coded = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    new ArticleReader(LocalDate.now(clock), new ByteArrayInputStream(ctx.bodyAsBytes()))
        .read(
            List.of("-"),
            r -> {
              if (r instanceof ReadResult.Ok ok) {
                coded.add(ingestCoder.apply(ok.article()));
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
    read(
        () -> {
          int run = store.beginRun(List.of("http"), "dyad serve", clock.instant());
          store.write(coded, run, clock.instant(), "dyad serve");
          store.finishRun(run, clock.instant(), coded.size(), 0, problems.size());
          return run;
        });
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("stored", coded.stream().map(c -> c.article().id()).toList());
    out.put("problems", problems);
    ctx.status(HttpStatus.CREATED).json(out);
  }

  private interface Read<T> {
    T get();
  }

  /**
   * Runs {@code r} at the store. The store is let go once no request has used it for {@value
   * #IDLE_MILLIS} ms, or after {@value #MAX_HOLD_MILLIS} ms of steady use, so other processes get
   * their turn without every request paying to take the store again.
   */
  private <T> T read(Read<T> r) {
    synchronized (store) {
      long now = System.nanoTime();
      if (heldSince < 0) {
        heldSince = now;
      }
      try {
        return r.get();
      } finally {
        lastUse = System.nanoTime();
        if (lastUse - heldSince > TimeUnit.MILLISECONDS.toNanos(MAX_HOLD_MILLIS)) {
          letGo();
        } else {
          releaser.schedule(this::letGoIfIdle, IDLE_MILLIS, TimeUnit.MILLISECONDS);
        }
      }
    }
  }

  private void letGoIfIdle() {
    synchronized (store) {
      if (heldSince >= 0
          && System.nanoTime() - lastUse >= TimeUnit.MILLISECONDS.toNanos(IDLE_MILLIS)) {
        letGo();
      }
    }
  }

  /** Called holding the store's monitor. */
  private void letGo() {
    heldSince = -1;
    try {
      store.release();
    } catch (StoreException e) {
      // the next request takes the store again and reports what is wrong with it
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
    if (ingestCoder != null) {
      guard = WriteGuard.forAddress(host, app.port(), ingestToken);
    }
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
    releaser.shutdownNow();
    synchronized (store) {
      letGo();
    }
  }
}
