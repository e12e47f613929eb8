package org.dyad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.model.Span;
import org.dyad.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, findings 7 and 8: with ingest on, only a same-site JSON write carrying the start-up
 * token is stored (CSRF and DNS rebinding are refused), and every error the server or Jetty
 * answers, 404 to 431, is the API's JSON. A stand-in coder keeps it fast (no NLP).
 */
class ServerHardeningTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC);
  static final String TOKEN = "s3cret-token";
  static final String LINE = "{\"id\":\"a1\",\"date\":\"2024-04-30\",\"text\":\"Hello there.\"}\n";

  @TempDir static Path dir;
  static Store store;
  static DyadServer server;
  static int port;

  /** Codes nothing: one sentence, no actors, events or quotations. */
  static CodedArticle uncoded(Article a) {
    return new CodedArticle(
        a, List.of(new Span(0, a.text().length())), List.of(), List.of(), List.of());
  }

  @BeforeAll
  static void start() {
    store = Store.open(dir);
    server = new DyadServer(store, ServerHardeningTest::uncoded, TOKEN, CLOCK);
    port = server.start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  private static RawHttp.Response post(String body, String... headers) throws IOException {
    return RawHttp.send(port, "POST", "/api/articles", body, headers);
  }

  private static void assertJsonError(int status, RawHttp.Response r) throws IOException {
    assertEquals(status, r.status(), r.body());
    assertTrue(r.contentType().startsWith("application/json"), r.headers() + " " + r.body());
    JsonNode json = new ObjectMapper().readTree(r.body());
    assertEquals(status, json.get("status").asInt(), r.body());
    assertFalse(json.get("error").asText().isBlank(), r.body());
  }

  @Test
  void aSameSiteJsonWriteWithTheTokenIsStored() throws IOException {
    RawHttp.Response r =
        post(
            LINE,
            "Content-Type",
            "application/x-ndjson; charset=utf-8",
            "Authorization",
            "Bearer " + TOKEN,
            "Origin",
            "http://localhost:" + port,
            "Host",
            "localhost:" + port);
    assertEquals(201, r.status(), r.body());
  }

  @Test
  void bodiesABrowserFormCanSendAreRefused415() throws IOException {
    for (String type :
        new String[] {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data"}) {
      assertJsonError(415, post(LINE, "Content-Type", type, "Authorization", "Bearer " + TOKEN));
    }
    assertJsonError(415, post(LINE, "Authorization", "Bearer " + TOKEN));
  }

  @Test
  void aWriteWithoutTheTokenIsRefused401() throws IOException {
    assertJsonError(401, post(LINE, "Content-Type", "application/json"));
    assertJsonError(
        401, post(LINE, "Content-Type", "application/json", "Authorization", "Bearer wrong"));
  }

  @Test
  void aForeignHostOrOriginIsRefused403() throws IOException {
    String[] good = {"Content-Type", "application/json", "Authorization", "Bearer " + TOKEN};
    // DNS rebinding: the attacker's name resolves to 127.0.0.1, the browser sends that name.
    RawHttp.Response rebound =
        post(LINE, good[0], good[1], good[2], good[3], "Host", "evil.example:" + port);
    assertJsonError(403, rebound);
    assertTrue(rebound.body().contains("Host"), rebound.body());
    assertJsonError(403, post(LINE, good[0], good[1], good[2], good[3], "Host", "127.0.0.1:1"));
    RawHttp.Response crossSite =
        post(LINE, good[0], good[1], good[2], good[3], "Origin", "http://evil.example");
    assertJsonError(403, crossSite);
    assertTrue(crossSite.body().contains("Origin"), crossSite.body());
    assertJsonError(403, post(LINE, good[0], good[1], good[2], good[3], "Origin", "null"));
  }

  @Test
  void aWrongMethodOnAKnownPathIsAJson405() throws IOException {
    assertJsonError(405, RawHttp.send(port, "DELETE", "/api/stats", null));
    assertJsonError(405, RawHttp.send(port, "PUT", "/api/articles", LINE));
  }

  @Test
  void anUnknownPageOrEndpointIsAJson404() throws IOException {
    assertJsonError(404, RawHttp.send(port, "GET", "/no-such-page.html", null));
    assertJsonError(404, RawHttp.send(port, "GET", "/api/nothing", null));
  }

  @Test
  void tooLargeBodiesUrisAndHeadersAreJson413414431() throws IOException {
    String big = "{\"id\":\"big\",\"text\":\"" + "x".repeat(10_500_000) + "\"}";
    assertJsonError(
        413, post(big, "Content-Type", "application/json", "Authorization", "Bearer " + TOKEN));
    assertJsonError(414, RawHttp.send(port, "GET", "/api/stats?q=" + "x".repeat(20_000), null));
    assertJsonError(
        431, RawHttp.send(port, "GET", "/api/stats", null, "X-Padding", "x".repeat(20_000)));
  }

  /** The page renders lists with map(...).join(''): each must say so when the list is empty. */
  @Test
  void everyListOnThePageSaysWhenItIsEmpty() throws IOException {
    String js;
    try (var in = DyadServer.class.getResourceAsStream(DyadServer.WEB + "/app.js")) {
      js = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Matcher m = Pattern.compile("\\.join\\(''\\)\\s*\\}").matcher(js);
    assertFalse(
        m.find(),
        "a list rendered with no fallback for 'empty' (join('') || 'No ...'): "
            + (m.hitEnd() ? "" : js.substring(Math.max(0, m.start() - 200), m.end())));
    assertTrue(js.contains("No events coded in this article."));
    assertTrue(js.contains("No events in this store."));
    assertTrue(Files.exists(dir.resolve(Store.DATABASE_FILE)));
  }
}
