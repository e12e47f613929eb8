import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded soak of a running {@code dyad serve --allow-ingest}: {@code CLIENTS} clients send
 * {@code REQUESTS} mixed requests over loopback (about one in ten a post of a new article, one post
 * in five of them re-sending an article already posted), then checks that every posted article is
 * stored exactly once (a read of an article may race its post: a 404 there is expected), and
 * reports the status counts, the latency percentiles and the server's
 * memory before and after (resident set, and heap in use after a full GC, by jcmd). JDK only: run
 * with {@code java tools/Soak.java URL TOKEN SERVER_PID [CLIENTS] [REQUESTS]}; tools/soak.sh starts
 * the server and runs it. Exit status 0 when there was no 5xx, no failed request and every article
 * is stored once; else 1.
 */
public class Soak {
  static final String[] COUNTRIES = {
    "Russia", "Ukraine", "China", "Japan", "France", "Germany", "Iran", "Israel", "Egypt", "India",
    "Pakistan", "Brazil", "Turkey", "Syria", "Nigeria"
  };
  static final String[] DEEDS = {
    "accused %s of shelling the border town",
    "praised %s for its help after the floods",
    "threatened %s with new sanctions",
    "signed a trade agreement with %s",
    "expelled two diplomats from %s",
    "urged %s to return to the talks"
  };

  public static void main(String[] args) throws Exception {
    String base = args[0].replaceAll("/$", "");
    String token = args[1];
    long pid = Long.parseLong(args[2]);
    int clients = args.length > 3 ? Integer.parseInt(args[3]) : 20;
    int requests = args.length > 4 ? Integer.parseInt(args[4]) : 5000;

    HttpClient http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newFixedThreadPool(4))
            .build();
    // Warm up: the first post loads the NLP models; memory "before" is measured after it.
    Set<String> warm = ConcurrentHashMap.newKeySet();
    HttpResponse<String> first =
        http.send(request(base, token, 0, warm, new AtomicInteger()), HttpResponse.BodyHandlers.ofString());
    if (first.statusCode() != 201) {
      throw new IllegalStateException("the warm-up post failed: " + first.statusCode() + " " + first.body());
    }
    for (int i = 1; i < 12; i++) {
      http.send(request(base, token, i, warm, new AtomicInteger()), HttpResponse.BodyHandlers.discarding());
    }
    Memory before = memory(pid);
    AtomicInteger next = new AtomicInteger();
    AtomicInteger postedCount = new AtomicInteger();
    Set<String> posted = ConcurrentHashMap.newKeySet();
    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> done = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      done.add(
          pool.submit(
              () -> {
                for (int n; (n = next.getAndIncrement()) < requests; ) {
                  HttpRequest request = request(base, token, n, posted, postedCount);
                  long t0 = System.nanoTime();
                  try {
                    HttpResponse<String> r =
                        http.send(request, HttpResponse.BodyHandlers.ofString());
                    latencies.add(System.nanoTime() - t0);
                    statuses.computeIfAbsent(r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                    // an article read may race its post: a 404 there is no failure
                    boolean expected =
                        r.statusCode() < 300
                            || (r.statusCode() == 404
                                && request.uri().getPath().startsWith("/api/articles/"));
                    if (!expected) {
                      failures
                          .computeIfAbsent(
                              request.method() + " " + r.statusCode() + " " + abbreviate(r.body()),
                              k -> new AtomicInteger())
                          .incrementAndGet();
                    }
                  } catch (IOException | InterruptedException e) {
                    failures.computeIfAbsent(e.toString(), k -> new AtomicInteger()).incrementAndGet();
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - started) / 1e9;

    // Every posted article once: the store holds exactly as many articles as distinct ids were
    // posted, and each of them can be fetched.
    long total = total(http, base);
    int missing = 0;
    for (String id : posted) {
      HttpResponse<Void> r =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(base + "/api/articles/" + URLEncoder.encode(id, StandardCharsets.UTF_8)))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      if (r.statusCode() != 200) {
        missing++;
      }
    }
    Memory after = memory(pid);

    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    int fiveHundreds =
        statuses.entrySet().stream()
            .filter(e -> e.getKey() >= 500)
            .mapToInt(e -> e.getValue().get())
            .sum();
    System.out.printf(
        Locale.ROOT,
        "soak: %d requests from %d clients in %.1f s (%.0f/s); statuses %s%n",
        requests,
        clients,
        seconds,
        requests / seconds,
        new TreeMap<>(statuses));
    System.out.printf(
        Locale.ROOT,
        "soak: latency p50 %d ms, p90 %d ms, p99 %d ms, max %d ms%n",
        pct(sorted, 0.50),
        pct(sorted, 0.90),
        pct(sorted, 0.99),
        sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1_000_000);
    System.out.printf(
        Locale.ROOT,
        "soak: %d posts of %d distinct articles; the store holds %d articles, %d posted ones"
            + " missing%n",
        postedCount.get(),
        posted.size(),
        total,
        missing);
    System.out.printf(
        Locale.ROOT,
        "soak: server memory before: resident %d MB, heap after GC %s; after: resident %d MB,"
            + " heap after GC %s%n",
        before.residentMb,
        before.heapAfterGc,
        after.residentMb,
        after.heapAfterGc);
    System.out.println("soak: 5xx " + fiveHundreds + ", failures " + failures);
    boolean ok = fiveHundreds == 0 && failures.isEmpty() && missing == 0 && total == posted.size();
    System.out.println(ok ? "soak: PASS" : "soak: FAIL");
    System.exit(ok ? 0 : 1);
  }

  /** The n-th request: one in ten a post (one post in five re-sends an earlier article). */
  static HttpRequest request(
      String base, String token, int n, Set<String> posted, AtomicInteger postedCount) {
    if (n % 10 == 0) {
      int k = n / 10;
      // every fifth post re-sends the article of the post before it: it must be stored once
      String id = "soak-" + (k % 5 == 4 ? k - 1 : k);
      String country = COUNTRIES[(id.hashCode() & 0x7fffffff) % COUNTRIES.length];
      String other = COUNTRIES[(id.hashCode() / 7 & 0x7fffffff) % COUNTRIES.length];
      String deed = DEEDS[(id.hashCode() / 13 & 0x7fffffff) % DEEDS.length];
      String text =
          country
              + " "
              + String.format(deed, other.equals(country) ? "its neighbour" : other)
              + " on Tuesday, officials said.\\n\\n\\\"We will not stand by,\\\" a spokesman for"
              + " the foreign ministry of "
              + country
              + " told reporters. Report "
              + id
              + ".";
      String body =
          "{\"id\":\"" + id + "\",\"date\":\"2024-03-05\",\"title\":\"Soak " + id + "\",\"text\":\""
              + text + "\"}\n";
      posted.add(id);
      postedCount.incrementAndGet();
      return HttpRequest.newBuilder(URI.create(base + "/api/articles"))
          .timeout(Duration.ofMinutes(2))
          .header("Content-Type", "application/x-ndjson")
          .header("Authorization", "Bearer " + token)
          .POST(HttpRequest.BodyPublishers.ofString(body))
          .build();
    }
    String[] reads = {
      "/api/stats",
      "/api/articles?size=20",
      "/api/events?size=50",
      "/api/events?actor=RUS&size=20",
      "/api/events?root=11&from=2024-01-01&to=2024-12-31",
      "/api/actors?size=20",
      "/api/quotes?size=20",
      "/api/network?limit=50",
      "/api/articles?q=" + URLEncoder.encode("border OR talks", StandardCharsets.UTF_8),
      "/api/dyads/RUS/UKR/series?either=true",
      "/api/articles/soak-" + Math.max(0, n / 10 - 3)
    };
    return HttpRequest.newBuilder(URI.create(base + reads[n % reads.length]))
        .timeout(Duration.ofMinutes(2))
        .build();
  }

  static long total(HttpClient http, String base) throws Exception {
    String body =
        http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/articles?size=1")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    var m = java.util.regex.Pattern.compile("\"total\":(\\d+)").matcher(body);
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }

  static long pct(List<Long> sorted, double p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1))
        / 1_000_000;
  }

  static String abbreviate(String s) {
    return s.length() > 160 ? s.substring(0, 160) + "..." : s;
  }

  record Memory(long residentMb, String heapAfterGc) {}

  /** The server's resident set (Linux /proc) and its heap in use after a full GC (jcmd). */
  static Memory memory(long pid) throws Exception {
    String heap = "unknown (no jcmd)";
    try {
      run("jcmd", Long.toString(pid), "GC.run");
      String info = run("jcmd", Long.toString(pid), "GC.heap_info");
      // the generations' lines (not Metaspace's) each say "total NK, used NK"
      var m = java.util.regex.Pattern.compile("(?m)^ ?\\S*Gen.*?used (\\d+)K|^ garbage-first heap.*?used (\\d+)K").matcher(info);
      long kb = 0;
      while (m.find()) {
        kb += Long.parseLong(m.group(1) != null ? m.group(1) : m.group(2));
      }
      heap = (kb / 1024) + " MB";
    } catch (IOException e) {
      // no jcmd on the path: resident memory only
    }
    long rss = -1;
    Path status = Path.of("/proc/" + pid + "/status");
    if (Files.exists(status)) {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmRSS:")) {
          rss = Long.parseLong(line.replaceAll("\\D", "")) / 1024;
        }
      }
    }
    return new Memory(rss, heap);
  }

  static String run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }
}
