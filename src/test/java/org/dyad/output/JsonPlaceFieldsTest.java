package org.dyad.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.dyad.model.ActorCode;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.dyad.model.Mode;
import org.dyad.model.Participant;
import org.dyad.model.Place;
import org.dyad.model.Span;
import org.junit.jupiter.api.Test;

/**
 * The output contract's place: the fields it had, then the geocoded ones (issue 15), only added.
 */
class JsonPlaceFieldsTest {
  private static JsonNode place(Place p) {
    Event e =
        new Event(
            "e1",
            0,
            new Participant("a1", ActorCode.of("LBN", "COP"), "Police", new Span(0, 6)),
            null,
            "173",
            "ARREST",
            4,
            -5.0,
            LocalDate.of(2019, 3, 4),
            p,
            Mode.ASSERTED,
            "arrested",
            new Span(7, 15),
            "V.17.0001",
            null,
            List.of());
    Article a =
        new Article(
            "t", LocalDate.of(2019, 3, 4), "T", "Police arrested men in Tripoli.", null, null, "t");
    CodedArticle c =
        new CodedArticle(a, List.of(new Span(0, 31)), List.of(), List.of(e), List.of());
    return new JsonArticleWriter().toNode(c).get("events").get(0).get("place");
  }

  @Test
  void aGeocodedPlaceAddsItsFieldsAfterTheOldOnes() {
    JsonNode p =
        place(
            new Place(
                "Tripoli",
                "LBN",
                new Span(23, 30),
                "LB.09",
                34.4335,
                35.8442,
                266826,
                Place.Precision.city));
    List<String> names = new java.util.ArrayList<>();
    p.fieldNames().forEachRemaining(names::add);
    assertEquals(
        List.of("name", "country", "span", "adm1", "lat", "lon", "geonames_id", "precision"),
        names);
    assertEquals(34.4335, p.get("lat").asDouble(), 1e-9);
    assertEquals(266826, p.get("geonames_id").asInt());
    assertEquals("city", p.get("precision").asText());
  }

  @Test
  void aPlaceNoGazetteerFitsHasNullGeoFields() {
    JsonNode p = place(new Place("Xqzzyville", null, new Span(23, 30)));
    assertEquals("Xqzzyville", p.get("name").asText());
    assertTrue(p.get("lat").isNull() && p.get("precision").isNull() && p.get("adm1").isNull());
  }
}
