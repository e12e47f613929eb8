package org.dyad.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dyad.TestEngine;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;

/** Articles coded by the real pipeline, for the store tests; coded once per test JVM. */
final class StoreFixtures {
  static final Instant CODED_AT = Instant.parse("2024-05-01T12:00:00Z");
  static final String CODER = "dyad test";

  private StoreFixtures() {}

  static Article article(String id, String text) {
    return new Article(id, LocalDate.of(2018, 6, 20), "Title " + id, text, null, "Test Wire", id);
  }

  static final String CHINA =
      "China applauded North Korea's recent diplomacy on Tuesday.\n\n"
          + "\"We support the DPRK,\" Foreign Ministry spokesman Geng Shuang told reporters.";
  static final String RUSSIA =
      "Russia accused Ukraine of shelling the city of Donetsk.\n\n"
          + "Japan will not meet South Korea next week, officials said.";

  private static final class Holder {
    static final CodedArticle CHINA_CODED = TestEngine.coder().code(article("china", CHINA));
    static final CodedArticle RUSSIA_CODED = TestEngine.coder().code(article("russia", RUSSIA));
  }

  static CodedArticle china() {
    return Holder.CHINA_CODED;
  }

  static CodedArticle russia() {
    return Holder.RUSSIA_CODED;
  }

  static CodedArticle code(Article a) {
    return TestEngine.coder().code(a);
  }

  static void write(Store store, CodedArticle... articles) {
    store.write(List.of(articles), 1, CODED_AT, CODER);
  }
}
