package org.dyad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dyad.model.Actor;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.dyad.model.Mode;
import org.dyad.model.Quote;
import org.dyad.output.JsonArticleWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The article Dyad started from, checked item by item against issue 2's "Done when": speakers,
 * channels, actor codes, the required events with their dates and modes, and the .txt and .jsonl
 * inputs giving the same record.
 */
class ExampleArticleIT {
  private static CodedArticle coded;

  @BeforeAll
  static void code() {
    Path jsonl = TestEngine.shared("examples/china-dprk-socialist-cause.jsonl");
    coded = TestEngine.coder().code(TestEngine.read(jsonl, null).get(0));
  }

  private static List<Quote> direct() {
    return coded.quotes().stream().filter(q -> q.kind() == Quote.Kind.DIRECT).toList();
  }

  @Test
  void nineDirectQuotationsWithTheirSpeakers() {
    List<String> speakers =
        direct().stream().map(q -> q.speaker() == null ? "?" : q.speaker().name()).toList();
    assertEquals(
        List.of(
            "Geng Shuang",
            "Geng Shuang",
            "Xinhua",
            "Xi Jinping",
            "a source",
            "a source",
            "Mike Pompeo",
            "Mike Pompeo",
            "Duyeon Kim"),
        speakers);
  }

  @Test
  void channelsAndAudiences() {
    List<Quote> d = direct();
    assertEquals("reporters", d.get(0).audience());
    assertEquals(List.of("Xinhua"), d.get(3).via().stream().map(Quote.Channel::name).toList());
    assertEquals("KORMED", d.get(4).via().get(0).code().code());
    assertEquals(
        "KORMED", d.get(5).via().get(0).code().code(), "the continuation keeps its channel");
    assertEquals("CNN", d.get(8).audience());
    assertEquals("USAMED", d.get(8).via().get(0).code().code());
    assertEquals("said", d.get(3).cue());
  }

  @Test
  void scareQuotesArePartialAndIndirectSpeechIsFound() {
    assertTrue(
        coded.quotes().stream()
            .anyMatch(
                q ->
                    q.kind() == Quote.Kind.PARTIAL
                        && q.text().equals("socialist cause")
                        && q.speaker() == null));
    assertTrue(
        coded.quotes().stream()
            .anyMatch(
                q ->
                    q.kind() == Quote.Kind.INDIRECT
                        && q.speaker() != null
                        && q.speaker().name().equals("Xinhua")
                        && q.text().startsWith("Xi offered")));
    assertTrue(
        coded.quotes().stream()
            .anyMatch(
                q ->
                    q.kind() == Quote.Kind.INDIRECT
                        && q.speaker() != null
                        && q.speaker().name().equals("regional analysts")));
  }

  @Test
  void actorCodes() {
    Map<String, String> codes =
        coded.actors().stream()
            .filter(a -> a.code() != null)
            .collect(Collectors.toMap(Actor::name, a -> a.code().code(), (a, b) -> a));
    assertEquals("CHNGOV", codes.get("Geng Shuang"));
    assertEquals("CHNGOV", codes.get("Xi Jinping"));
    assertEquals("PRKGOV", codes.get("Kim Jong Un"));
    assertEquals("USAGOV", codes.get("Donald Trump"));
    assertEquals("USAGOV", codes.get("Mike Pompeo"));
    assertEquals("CHNMED", codes.get("Xinhua"));
    assertEquals("KORMED", codes.get("Yonhap"));
    assertEquals("USAMED", codes.get("CNN"));
    assertTrue(
        codes.get("Duyeon Kim").startsWith("KOR") && !codes.get("Duyeon Kim").equals("KORGOV"));
    assertTrue(codes.get("Chinese Academy of Agricultural Sciences").startsWith("CHN"));
  }

  private static boolean has(String root, String source, String target, String trigger) {
    return find(root, source, target, trigger) != null;
  }

  private static Event find(String root, String source, String target, String trigger) {
    for (Event e : coded.events()) {
      if (e.root().equals(root)
          && e.source().code() != null
          && e.source().code().country().equals(source)
          && e.target() != null
          && e.target().code() != null
          && e.target().code().country().equals(target)
          && e.trigger().equals(trigger)) {
        return e;
      }
    }
    return null;
  }

  @Test
  void requiredEvents() {
    assertTrue(has("05", "CHN", "PRK", "applauded"), "China praises North Korea: applauded");
    assertTrue(has("05", "CHN", "PRK", "support"), "China praises North Korea: We support");
    assertTrue(has("04", "CHN", "PRK", "meeting"), "Xi and Kim meet");
    Event met = find("04", "USA", "PRK", "met");
    assertEquals(LocalDate.of(2018, 6, 12), met.date(), "met in Singapore on June 12");
    assertEquals("SGP", met.place().country());
    assertTrue(has("03", "CHN", "PRK", "offered"), "Xi offers to teach North Korea");
    assertTrue(has("03", "CHN", "PRK", "willing"), "China is willing to share its experience");
    assertTrue(has("04", "PRK", "CHN", "visited"), "Kim visits the Chinese Academy");
    assertTrue(has("03", "USA", "PRK", "offering"), "Pompeo offers economic relations");
    assertEquals(Mode.HYPOTHETICAL, find("03", "USA", "PRK", "prepared").mode());
  }

  @Test
  void eventsSaidInQuotationsPointToThem() {
    Event support = find("05", "CHN", "PRK", "support");
    Quote q =
        coded.quotes().stream()
            .filter(x -> x.id().equals(support.quote()))
            .findFirst()
            .orElseThrow();
    assertEquals("Geng Shuang", q.speaker().name());
    assertEquals("We", support.source().text());
  }

  @Test
  void everyEventHasEvidenceInsideItsSentence() {
    for (Event e : coded.events()) {
      var sentence = coded.sentences().get(e.sentence());
      assertTrue(sentence.contains(e.triggerSpan()), e.id() + " trigger outside its sentence");
      assertTrue(sentence.contains(e.source().span()), e.id() + " source outside its sentence");
      assertEquals(e.trigger(), e.triggerSpan().of(coded.article().text()));
      assertTrue(e.rule().matches("[VW]\\..*"), e.id() + " names no lexicon rule");
    }
  }

  @Test
  void plainTextWithDateGivesTheSameRecord() {
    Path txt = TestEngine.shared("examples/china-dprk-socialist-cause.txt");
    Article read = TestEngine.read(txt, LocalDate.of(2018, 6, 20)).get(0);
    // A text file gives no id: the article is known by a hash of its title and text.
    assertTrue(read.id().startsWith("sha1-"), read.id());
    CodedArticle fromText =
        TestEngine.coder()
            .code(
                new Article(
                    coded.article().id(),
                    read.date(),
                    read.title(),
                    read.text(),
                    read.url(),
                    read.source(),
                    read.origin()));
    JsonArticleWriter w = new JsonArticleWriter();
    assertEquals(w.toJson(coded), w.toJson(fromText));
  }
}
