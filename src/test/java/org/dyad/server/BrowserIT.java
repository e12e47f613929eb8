package org.dyad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.dyad.TestEngine;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.store.Store;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives the page in the system's headless Chromium: the example article with its quotations and
 * event triggers highlighted, an event's evidence naming its rule and its events on a small map; a
 * dyad timeline over a slice of Reuters, and the one it opens on (the store's busiest dyad); the
 * actor network drawn whole inside its panel, each organisation a node of its own; the map of
 * USA-JPN events. Saves {@code article.png}, {@code article-map.png}, {@code timeline.png}, {@code
 * network.png} and {@code map.png} in {@code docs/screenshots/}, which the README shows.
 *
 * <p>The store is built by the real pipeline: the example article plus Reuters stories that mention
 * Japan and the United States, taken evenly across the corpus so the timeline spans its months.
 * Skipped with a message without Chromium and its driver (Debian's chromium, chromium-driver) or
 * without ../shared. Selenium uses the system chromedriver and never downloads one.
 */
class BrowserIT {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final int STORIES = 160;
  static final Pattern JAPAN_AND_US = Pattern.compile("(?s).*Japan.*(U\\.S\\.|United States).*");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC);

  // Selenium warns that it has no DevTools binding for this Chromium: the test uses WebDriver only.
  // Held in a field: java.util.logging keeps loggers weakly, and a collected one forgets its level.
  static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

  @TempDir Path dir;

  @Test
  void theArticleViewHighlightsItsCodingAndTheTimelineDrawsADyad() throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "skipped: no "
            + CHROMIUM
            + " or "
            + CHROMEDRIVER
            + " (apt-get install chromium"
            + " chromium-driver; .ci/run installs them)");
    Path example = TestEngine.shared("examples/china-dprk-socialist-cause.jsonl");
    Path reuters = TestEngine.shared("corpora/reuters/reuters-21578.jsonl.gz");
    List<CodedArticle> coded = new ArrayList<>();
    coded.add(TestEngine.coder().code(TestEngine.read(example, null).get(0)));
    for (Article a : TestEngine.read(reutersSlice(reuters), null)) {
      coded.add(TestEngine.coder().code(a));
    }
    try (Store writable = Store.open(dir.resolve("store"))) {
      writable.write(coded, 1, CLOCK.instant(), "dyad test");
    }
    // Into the README's folder: the screenshots it shows are the ones this test last took.
    Path shots = Path.of("docs", "screenshots");
    Files.createDirectories(shots);
    try (Store store = Store.openReadOnly(dir.resolve("store"));
        DyadServer server = new DyadServer(store, null, null, CLOCK)) {
      String base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
      JsonNode article =
          new ObjectMapper()
              .readTree(
                  HttpClient.newHttpClient()
                      .send(
                          HttpRequest.newBuilder(
                                  URI.create(base + "/api/articles/china-dprk-socialist-cause"))
                              .build(),
                          HttpResponse.BodyHandlers.ofString())
                      .body());
      WebDriver browser = chromium(dir.resolve("chromium-profile"));
      try {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(base + "/#/article/china-dprk-socialist-cause");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#text .hl-quote")));

        Set<String> quotes = new TreeSet<>();
        for (JsonNode q : article.get("quotes")) {
          quotes.add(q.get("quote_id").asText());
        }
        assertEquals(quotes, attributes(browser, "#text .hl-quote", "data-quote"));
        Set<String> triggers = new TreeSet<>();
        for (JsonNode e : article.get("events")) {
          triggers.add(e.get("event_id").asText());
        }
        Set<String> shown = attributes(browser, "#text .hl-trigger", "data-event");
        assertTrue(
            !shown.isEmpty() && triggers.containsAll(shown),
            "the highlighted triggers " + shown + " are the article's events " + triggers);
        assertTrue(
            browser.findElements(By.cssSelector("#text .hl-actor")).size()
                >= article.get("actors").size(),
            "every actor's mentions are marked");

        // Pick the event said inside a quotation (Geng Shuang's "We support the DPRK").
        JsonNode picked = article.get("events").get(0);
        for (JsonNode e : article.get("events")) {
          if (!e.get("quote_id").isNull()) {
            picked = e;
            break;
          }
        }
        String eventId = picked.get("event_id").asText();
        browser
            .findElement(By.cssSelector("#text .hl-trigger[data-event='" + eventId + "']"))
            .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rule")));
        assertEquals(picked.get("rule").asText(), browser.findElement(By.id("rule")).getText());
        assertTrue(
            browser
                .findElement(By.id("evidence"))
                .getText()
                .contains("Evidence for event " + eventId));
        int reports = picked.get("story_articles").asInt();
        assertTrue(
            browser
                .findElement(By.id("evidence"))
                .getText()
                .contains("reported by " + reports + " article" + (reports == 1 ? " " : "s ")),
            "the evidence says how many articles report the event's story");
        assertEquals(
            picked.get("trigger").asText(),
            browser.findElement(By.cssSelector("#text .ev-trigger")).getText());
        save(browser, shots.resolve("article.png"));

        // The search's event table says how many articles and sources report each event.
        browser.get(base + "/#/?actor=JPN");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("td.reports")));
        for (WebElement cell : browser.findElements(By.cssSelector("td.reports"))) {
          assertTrue(
              cell.getText().matches("reported by \\d+ articles? from \\d+ sources?"),
              cell.getText());
        }

        browser.get(base + "/#/timeline/USA/JPN?either=true");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#timeline canvas")));
        Thread.sleep(1500); // the bars grow in an animation
        Number bars =
            (Number)
                ((JavascriptExecutor) browser)
                    .executeScript(
                        "const o = echarts.getInstanceByDom(document.getElementById('timeline'))"
                            + ".getOption(); return o.series.slice(0, 4).flatMap(s => s.data)"
                            + ".reduce((a, b) => a + b, 0);");
        assertTrue(bars.intValue() > 0, "the chart counts USA-JPN events: " + bars);
        assertTrue(
            browser
                .findElement(By.id("timeline-note"))
                .getText()
                .startsWith(bars.intValue() + " events between USA and JPN"),
            browser.findElement(By.id("timeline-note")).getText());
        save(browser, shots.resolve("timeline.png"));

        // Regression (issue 16): the timeline opened on USA-JPN, which a store may not hold; it
        // opens on the store's busiest dyad.
        JsonNode busiest = json(base + "/api/dyads/busiest");
        String opened =
            "#/timeline/"
                + busiest.get("source").asText()
                + "/"
                + busiest.get("target").asText()
                + "?either=true";
        browser.get(base + "/#/timeline");
        wait.until(ExpectedConditions.urlContains(opened));
        wait.until(ExpectedConditions.textMatches(By.id("timeline-note"), Pattern.compile("\\d+")));
        assertTrue(
            browser
                .findElement(By.id("timeline-note"))
                .getText()
                .startsWith(busiest.get("events").asInt() + " events between"),
            browser.findElement(By.id("timeline-note")).getText());

        // Regression (issue 16): the network was cut at the panel's edges and had one "IGO" node.
        browser.get(base + "/#/network");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#network canvas")));
        Thread.sleep(1000);
        Set<String> apiNodes = new TreeSet<>();
        for (JsonNode e : json(base + "/api/network?limit=120")) {
          apiNodes.add(e.get("source").asText());
          apiNodes.add(e.get("target").asText());
        }
        @SuppressWarnings("unchecked")
        List<Object> drawn =
            (List<Object>)
                js(
                    browser,
                    "const chart = echarts.getInstanceByDom(document.getElementById('network'));"
                        + " const series = chart.getModel().getSeriesByIndex(0);"
                        + " const data = series.getData(); const out = [];"
                        + " for (let i = 0; i < data.count(); i++) {"
                        + "   const [x, y] = series.coordinateSystem.dataToPoint(data.getItemLayout(i));"
                        + "   const r = data.getItemVisual(i, 'symbolSize') / 2;"
                        + "   const inside = x - r >= 0 && y - r >= 0 && x + r <= chart.getWidth()"
                        + "     && y + r <= chart.getHeight();"
                        + "   out.push(data.getName(i) + (inside ? '' : ' outside')); }"
                        + " return out;");
        Set<String> nodes = new TreeSet<>();
        for (Object n : drawn) {
          nodes.add(n.toString());
        }
        assertEquals(apiNodes, nodes, "every node drawn whole inside the panel, named as the API");
        assertTrue(!nodes.contains("IGO"), "no node merges every organisation: " + nodes);
        save(browser, shots.resolve("network.png"));

        // The map: a point per place or country, the timeline's filters.
        browser.get(base + "/#/map/USA/JPN?either=true");
        wait.until(ExpectedConditions.textMatches(By.id("map-note"), Pattern.compile("\\d+")));
        Thread.sleep(1000);
        JsonNode places = json(base + "/api/places?dyad=USA,JPN&either=true");
        JsonNode outline = json(base + "/api/map/countries");
        Set<String> shapes = new TreeSet<>();
        outline.forEach(code -> shapes.add(code.asText()));
        long placed = 0;
        for (JsonNode p : places.get("points")) {
          if (!p.get("lat").isNull() || shapes.contains(p.get("country").asText())) {
            placed += p.get("events").asLong();
          }
        }
        Number onMap =
            (Number)
                js(
                    browser,
                    "const o = echarts.getInstanceByDom(document.getElementById('map')).getOption();"
                        + " return o.series[0].data.filter(d => d.value[0] >= -180 && d.value[0] <= 180"
                        + " && d.value[1] >= -90 && d.value[1] <= 90).reduce((n, d) => n + d.events, 0);");
        assertTrue(placed > 0, "USA-JPN events have places or countries: " + places);
        assertEquals(placed, onMap.longValue(), "every placed event is a point on the map");
        assertTrue(
            browser
                .findElement(By.id("map-note"))
                .getText()
                .startsWith(
                    places.get("events").asInt()
                        + " events between USA and JPN: "
                        + placed
                        + " on"),
            browser.findElement(By.id("map-note")).getText());
        save(browser, shots.resolve("map.png"));

        // The article view's small map shows its events' places.
        browser.get(base + "/#/article/china-dprk-socialist-cause");
        wait.until(
            ExpectedConditions.textMatches(
                By.id("article-map-note"), Pattern.compile("events placed")));
        Number articlePoints =
            (Number)
                js(
                    browser,
                    "return echarts.getInstanceByDom(document.getElementById('article-map'))"
                        + ".getOption().series[0].data.length;");
        assertTrue(articlePoints.intValue() > 0, "the example's events are on its small map");
        ((JavascriptExecutor) browser)
            .executeScript(
                "document.getElementById('article-map').parentElement.scrollIntoView();");
        save(browser, shots.resolve("article-map.png"));
      } finally {
        browser.quit();
      }
    }
  }

  /** Stories naming Japan and the United States, {@value #STORIES} of them, evenly spread. */
  private Path reutersSlice(Path reuters) throws Exception {
    List<String> matching = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(reuters)), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (JAPAN_AND_US.matcher(line).matches()) {
          matching.add(line);
        }
      }
    }
    List<String> slice = new ArrayList<>();
    double step = Math.max(1.0, matching.size() / (double) STORIES);
    for (double i = 0; i < matching.size() && slice.size() < STORIES; i += step) {
      slice.add(matching.get((int) i));
    }
    Path file = dir.resolve("reuters-slice.jsonl");
    Files.write(file, slice, StandardCharsets.UTF_8);
    return file;
  }

  private static WebDriver chromium(Path profile) {
    SELENIUM_LOG.setLevel(Level.SEVERE);
    // The system driver, named explicitly: Selenium Manager is not asked to download one.
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1400,1000",
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(service, options);
  }

  private static JsonNode json(String url) throws Exception {
    return new ObjectMapper()
        .readTree(
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString())
                .body());
  }

  private static Object js(WebDriver browser, String script) {
    return ((JavascriptExecutor) browser).executeScript(script);
  }

  private static Set<String> attributes(WebDriver browser, String css, String attribute) {
    Set<String> values = new TreeSet<>();
    for (WebElement el : browser.findElements(By.cssSelector(css))) {
      values.add(el.getAttribute(attribute));
    }
    return values;
  }

  private static void save(WebDriver browser, Path to) throws Exception {
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), to, StandardCopyOption.REPLACE_EXISTING);
  }
}
