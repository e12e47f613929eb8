package org.dyad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dyad.store.Store;
import org.dyad.store.StoreAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: HTTP ingest and queries at once, on loopback, bounded (8 clients, 128 requests, 64 of
 * them posts, some articles posted twice): no 5xx, every posted article stored exactly once, with
 * one sentence row each. A stand-in coder keeps it about the server and the store, not NLP.
 */
class ConcurrentIngestTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC);
  static final String TOKEN = "concurrent";

  @TempDir Path dir;

  @Test
  void postsAndQueriesAtOnceStoreEveryArticleOnce() throws Exception {
    int clients = 8;
    int perClient = 16;
    Set<String> posted = ConcurrentHashMap.newKeySet();
    List<String> failures = new ArrayList<>();
    try (Store store = Store.open(dir, Duration.ofSeconds(30));
        DyadServer server = new DyadServer(store, ServerHardeningTest::uncoded, TOKEN, CLOCK)) {
      String base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int client = c;
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < perClient; i++) {
                    HttpRequest.Builder r;
                    String id = "c" + client + "-" + i;
                    switch (i % 4) {
                      case 0, 1 -> {
                        // two articles per post, one of them posted again by the next post
                        String body = line(id) + line("c" + client + "-shared-" + (i / 4)) + "";
                        r =
                            HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                                .header("Content-Type", "application/x-ndjson")
                                .header("Authorization", "Bearer " + TOKEN)
                                .POST(HttpRequest.BodyPublishers.ofString(body));
                        posted.add(id);
                        posted.add("c" + client + "-shared-" + (i / 4));
                      }
                      case 2 ->
                          r = HttpRequest.newBuilder(URI.create(base + "/api/articles?q=hello"));
                      default -> r = HttpRequest.newBuilder(URI.create(base + "/api/stats"));
                    }
                    try {
                      HttpResponse<String> res =
                          http.send(
                              r.timeout(Duration.ofSeconds(30)).build(),
                              HttpResponse.BodyHandlers.ofString());
                      if (res.statusCode() >= 300) {
                        synchronized (failures) {
                          failures.add(res.statusCode() + " " + res.body());
                        }
                      }
                    } catch (Exception e) {
                      synchronized (failures) {
                        failures.add(e.toString());
                      }
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      pool.shutdown();
      assertEquals(List.of(), failures);
    }
    try (Store s = Store.openReadOnly(dir);
        Statement st = StoreAccess.connection(s).createStatement()) {
      List<String> stored = new ArrayList<>();
      try (ResultSet r = st.executeQuery("SELECT article_id FROM articles")) {
        while (r.next()) {
          stored.add(r.getString(1));
        }
      }
      assertEquals(posted.size(), stored.size(), "each posted article once");
      assertEquals(posted, Set.copyOf(stored));
      try (ResultSet r =
          st.executeQuery(
              "SELECT count(*), count(DISTINCT article_id), max(batch) FROM sentences JOIN"
                  + " articles USING (article_id)")) {
        r.next();
        assertEquals(r.getLong(1), r.getLong(2), "one sentence row per article");
      }
    }
    assertTrue(posted.size() > clients * perClient / 2);
  }

  private static String line(String id) {
    return "{\"id\":\"" + id + "\",\"date\":\"2024-04-30\",\"text\":\"Hello from " + id + ".\"}\n";
  }
}
