package org.dyad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.dyad.TestEngine;
import org.dyad.lexicon.Lexicon;
import org.dyad.lexicon.LexiconLoader;
import org.dyad.model.Actor;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.model.Place;
import org.dyad.output.JsonArticleWriter;
import org.junit.jupiter.api.Test;

/** An actor's home below its country, where the text places it: found, geocoded, written. */
class ActorHomesTest {
  private static final Lexicon LEXICON = LexiconLoader.fromClasspath().load();

  private static CodedArticle code(String text) {
    return new ArticleCoder(TestEngine.annotator(), LEXICON, LEXICON.profile())
        .code(new Article("t", LocalDate.of(2018, 3, 4), "", text, null, null, "test", null));
  }

  private static Actor named(CodedArticle c, String name) {
    return c.actors().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void aPlaceInTheActorsPhraseIsItsHome() {
    CodedArticle c =
        code(
            "Kurdish militias in Afrin attacked Turkish troops on Sunday. Voters in Ohio backed"
                + " Donald Trump.");
    Place afrin = named(c, "Kurdish militias").home();
    assertEquals("Afrin", afrin.name());
    assertEquals("SYR", afrin.country());
    assertEquals(Place.Precision.city, afrin.precision());
    assertEquals(36.5, afrin.lat(), 0.1);
    Place ohio = named(c, "Voters").home();
    assertEquals("US.OH", ohio.adm1());
    assertEquals(Place.Precision.adm1, ohio.precision());
    assertNull(named(c, "Turkish troops").home(), "no place in its phrase");
    JsonNode json = new JsonArticleWriter().toNode(c).get("actors");
    assertEquals("Afrin", json.get(0).get("home").get("name").asText());
    assertEquals("city", json.get(0).get("home").get("precision").asText());
  }
}
