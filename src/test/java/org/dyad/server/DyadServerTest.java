package org.dyad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.dyad.TestEngine;
import org.dyad.model.Article;
import org.dyad.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server in-process over a read-only store holding the example article: exact JSON where the
 * answer is the server's own (errors, paging, the series built from the article's events), and
 * every 4xx the API promises.
 */
class DyadServerTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC);
  static final String ID = "china-dprk-socialist-cause";
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path dir;
  static Store store;
  static DyadServer server;
  static String base;

  @BeforeAll
  static void start() {
    List<Article> example =
        TestEngine.read(TestEngine.shared("examples/china-dprk-socialist-cause.jsonl"), null);
    try (Store writable = Store.open(dir)) {
      writable.write(
          List.of(TestEngine.coder().code(example.get(0))), 1, CLOCK.instant(), "dyad test");
    }
    store = Store.openReadOnly(dir);
    server = new DyadServer(store, null, null, CLOCK);
    base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  record Reply(int status, String body) {
    JsonNode json() throws IOException {
      return JSON.readTree(body);
    }
  }

  static Reply get(String path) throws IOException, InterruptedException {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    return new Reply(r.statusCode(), r.body());
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void theArticleListIsExact() throws Exception {
    JsonNode a = get("/api/articles/" + ID).json();
    Reply r = get("/api/articles?size=10");
    assertEquals(200, r.status());
    assertEquals(
        "{\"items\":[{\"article_id\":\""
            + ID
            + "\",\"date\":\"2018-06-20\",\"title\":\"China sees North Korea progress as victory for"
            + " its ‘socialist cause’\",\"source\":null,\"url\":null,\"events\":"
            + a.get("events").size()
            + ",\"quotes\":"
            + a.get("quotes").size()
            + "}],\"page\":0,\"size\":10,\"total\":1}",
        r.body());
    assertEquals(
        "{\"items\":[],\"page\":1,\"size\":10,\"total\":1}",
        get("/api/articles?size=10&page=1").body());
  }

  @Test
  void theArticleCarriesItsCodingWithOffsetsIntoItsText() throws Exception {
    JsonNode a = get("/api/articles/" + ID).json();
    String text = a.get("text").asText();
    assertTrue(a.get("events").size() > 0, "the example article has events");
    assertTrue(a.get("quotes").size() > 0, "the example article has quotations");
    for (JsonNode e : a.get("events")) {
      assertEquals(
          e.get("trigger").asText(),
          text.substring(e.get("trigger_begin").asInt(), e.get("trigger_end").asInt()));
      assertFalse(e.get("rule").asText().isEmpty(), "every event names its rule: " + e);
      assertFalse(e.has("article_id"), "the article's id is not repeated in its events");
    }
    for (JsonNode q : a.get("quotes")) {
      String span = text.substring(q.get("begin_offset").asInt(), q.get("end_offset").asInt());
      assertTrue(span.contains(q.get("text").asText()), span + " holds " + q.get("text"));
      assertTrue(q.get("via").isArray(), "via is JSON, not JSON text: " + q.get("via"));
    }
    for (JsonNode actor : a.get("actors")) {
      for (JsonNode m : actor.get("mentions")) {
        assertTrue(m.get(1).asInt() <= text.length(), "mention inside the text: " + m);
      }
    }
  }

  @Test
  void theDyadSeriesCountsTheArticlesEventsExactly() throws Exception {
    long[] quad = new long[4];
    double goldstein = 0;
    int n = 0;
    for (JsonNode e : get("/api/articles/" + ID).json().get("events")) {
      if (e.get("source_code").asText().startsWith("CHN")
          && e.get("target_code").asText().startsWith("PRK")) {
        quad[e.get("quad").asInt() - 1]++;
        goldstein += e.get("goldstein").asDouble();
        n++;
      }
    }
    assertTrue(n > 0, "the example article has China acting on North Korea");
    Reply r = get("/api/dyads/CHN/PRK/series");
    assertEquals(200, r.status());
    assertEquals(
        "{\"source\":\"CHN\",\"target\":\"PRK\",\"either\":false,\"months\":[{\"month\":\"2018-06\","
            + "\"quad\":["
            + quad[0]
            + ","
            + quad[1]
            + ","
            + quad[2]
            + ","
            + quad[3]
            + "],\"total\":"
            + n
            + ",\"goldstein\":"
            + r.json().get("months").get(0).get("goldstein").asText()
            + "}]}",
        r.body());
    assertEquals(goldstein / n, r.json().get("months").get(0).get("goldstein").asDouble(), 1e-9);
    assertEquals(
        "{\"source\":\"JPN\",\"target\":\"PRK\",\"either\":false,\"months\":[]}",
        get("/api/dyads/JPN/PRK/series").body());
  }

  @Test
  void eventsAreFilteredAndPaged() throws Exception {
    JsonNode all = get("/api/events?size=500").json();
    int total = all.get("total").asInt();
    assertEquals(get("/api/articles/" + ID).json().get("events").size(), total);
    JsonNode second = get("/api/events?size=1&page=1").json();
    assertEquals(1, second.get("items").size());
    assertEquals(all.get("items").get(1), second.get("items").get(0));
    for (JsonNode e : all.get("items")) {
      // One article: each event's story event is reported by it alone.
      assertTrue(e.get("story_id").asText().startsWith("S"), e.toString());
      assertEquals(1, e.get("story_articles").asInt(), e.toString());
      assertEquals(1, e.get("story_sources").asInt(), e.toString());
      assertTrue(e.get("story_mentions").asInt() >= 1, e.toString());
    }
    for (JsonNode e : get("/api/events?dyad=CHN,PRK&root=05").json().get("items")) {
      assertTrue(e.get("source_code").asText().startsWith("CHN"), e.toString());
      assertEquals("05", e.get("cameo").asText().substring(0, 2), e.toString());
    }
    JsonNode text = get("/api/events?q=" + enc("\"socialist cause\"")).json();
    assertTrue(text.get("total").asInt() > 0 && text.get("total").asInt() < total, text.toString());
    assertEquals(0, get("/api/events?from=2019-01-01").json().get("total").asInt());
  }

  @Test
  void searchActorsQuotesNetworkAndStats() throws Exception {
    assertEquals(
        1, get("/api/articles?q=" + enc("\"socialist cause\"")).json().get("total").asInt());
    assertEquals(0, get("/api/articles?q=" + enc("zeppelin")).json().get("total").asInt());
    JsonNode actors = get("/api/actors?q=CHN").json();
    for (JsonNode a : actors.get("items")) {
      assertTrue(a.get("code").asText().startsWith("CHN"), a.toString());
    }
    JsonNode quotes = get("/api/quotes?speaker=" + enc("Pompeo")).json();
    assertTrue(quotes.get("total").asInt() > 0, quotes.toString());
    for (JsonNode q : quotes.get("items")) {
      assertTrue(q.get("speaker_name").asText().contains("Pompeo"), q.toString());
    }
    JsonNode edges = get("/api/network?limit=1").json();
    assertEquals(1, edges.size());
    JsonNode stats = get("/api/stats").json();
    assertEquals(1, stats.get("articles").asInt());
    assertEquals("2018-06-20", stats.get("first_date").asText());
  }

  @Test
  void badParametersAreAnswered400NamingThem() throws Exception {
    assertEquals(
        new Reply(
            400,
            "{\"status\":400,\"error\":\"'size' must be a whole number from 1 to 500, not"
                + " 501\",\"parameter\":\"size\"}"),
        get("/api/articles?size=501"));
    assertEquals(
        new Reply(
            400,
            "{\"status\":400,\"error\":\"'from' must be an ISO date (YYYY-MM-DD), not"
                + " 2018-13-01\",\"parameter\":\"from\"}"),
        get("/api/events?from=2018-13-01"));
    assertEquals(
        new Reply(
            400,
            "{\"status\":400,\"error\":\"unknown parameter 'limit'; this endpoint takes q, page,"
                + " size\",\"parameter\":\"limit\"}"),
        get("/api/articles?limit=3"));
    assertParameter("dyad", get("/api/events?dyad=chn,PRK"));
    assertParameter("dyad", get("/api/events?dyad=CHN"));
    assertParameter("root", get("/api/events?root=4"));
    assertParameter("from", get("/api/events?from=2019-01-02&to=2019-01-01"));
    assertParameter("either", get("/api/events?either=true"));
    assertParameter("page", get("/api/events?page=-1"));
    assertParameter("q", get("/api/articles?q=" + enc("\"socialist")));
    assertParameter("a", get("/api/dyads/usa/JPN/series"));
    assertParameter("b", get("/api/dyads/USA/J1/series"));
    assertParameter("limit", get("/api/network?limit=0"));
    assertParameter("speaker", get("/api/quotes?speaker=" + enc("<script>")));
    assertParameter("size", get("/api/quotes?size=1&size=2"));
  }

  private static void assertParameter(String name, Reply r) throws IOException {
    assertEquals(400, r.status(), r.body());
    assertEquals(name, r.json().get("parameter").asText(), r.body());
  }

  @Test
  void unknownArticlesAndEndpointsAre404() throws Exception {
    assertEquals(
        new Reply(404, "{\"status\":404,\"error\":\"no article with id 'no-such-article'\"}"),
        get("/api/articles/no-such-article"));
    assertEquals(
        new Reply(404, "{\"status\":404,\"error\":\"no such endpoint: GET /api/nothing\"}"),
        get("/api/nothing"));
  }

  @Test
  void aReadOnlyServerRefusesArticles() throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"x\",\"text\":\"Hello.\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(403, r.statusCode());
    assertTrue(r.body().contains("--allow-ingest"), r.body());
  }

  @Test
  void theBusiestDyadIsOneTheStoreHolds() throws Exception {
    JsonNode busiest = get("/api/dyads/busiest").json();
    JsonNode heaviest = get("/api/network?limit=1").json().get(0);
    assertEquals(
        Set.of(heaviest.get("source").asText(), heaviest.get("target").asText()),
        Set.of(busiest.get("source").asText(), busiest.get("target").asText()));
    JsonNode series =
        get("/api/dyads/"
                + busiest.get("source").asText()
                + "/"
                + busiest.get("target").asText()
                + "/series?either=true")
            .json();
    long total = 0;
    for (JsonNode m : series.get("months")) {
      total += m.get("total").asLong();
    }
    assertEquals(busiest.get("events").asLong(), total);
  }

  @Test
  void placesCountEveryEventOnceWithTheEventFilters() throws Exception {
    int total = get("/api/events?size=500").json().get("total").asInt();
    JsonNode all = get("/api/places").json();
    assertEquals(total, all.get("events").asInt());
    long placed = 0;
    for (JsonNode p : all.get("points")) {
      placed += p.get("events").asLong();
      assertTrue(p.get("country").asText().matches("[A-Z]{3}"), p.toString());
    }
    assertEquals(total - all.get("unplaced").asLong(), placed);
    int chnPrk = get("/api/events?dyad=CHN,PRK&size=500").json().get("total").asInt();
    assertEquals(chnPrk, get("/api/places?dyad=CHN,PRK").json().get("events").asInt());
    assertParameter("either", get("/api/places?either=true"));
    assertParameter("page", get("/api/places?page=1"));
    JsonNode names = get("/api/map/countries").json();
    assertEquals("PRK", names.get("Dem. Rep. Korea").asText());
    assertEquals(200, get("/map/world.json").status());
  }

  @Test
  void thePageAndItsChartLibraryComeFromTheJar() throws Exception {
    Reply page = get("/");
    assertEquals(200, page.status());
    assertTrue(page.body().contains("/webjars/echarts/5.3.1/dist/echarts.min.js"), page.body());
    assertFalse(page.body().contains("https://"), "nothing from a CDN");
    Reply echarts = get("/webjars/echarts/5.3.1/dist/echarts.min.js");
    assertEquals(200, echarts.status());
    assertTrue(echarts.body().length() > 100_000);
    assertEquals(200, get("/app.js").status());
  }

  @Test
  void withIngestSwitchedOnAPostedArticleIsCodedAndStored(@TempDir Path other) throws Exception {
    try (Store writable = Store.open(other);
        DyadServer ingesting = new DyadServer(writable, TestEngine.coder()::code, "t0ken", CLOCK)) {
      String at = "http://127.0.0.1:" + ingesting.start("127.0.0.1", 0);
      String line =
          "{\"id\":\"posted\",\"date\":\"2024-04-30\",\"title\":\"Posted\",\"text\":\"Russia"
              + " accused Ukraine of shelling the city of Donetsk.\"}\n";
      HttpResponse<String> r =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(at + "/api/articles"))
                  .header("Content-Type", "application/x-ndjson")
                  .header("Authorization", "Bearer t0ken")
                  .POST(HttpRequest.BodyPublishers.ofString(line))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(201, r.statusCode(), r.body());
      assertEquals("{\"stored\":[\"posted\"],\"problems\":[]}", r.body());
      HttpResponse<String> back =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(at + "/api/articles/posted")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, back.statusCode());
      JsonNode a = JSON.readTree(back.body());
      assertNotNull(a.get("events"));
      assertEquals("2024-04-30", a.get("date").asText());
    }
  }
}
