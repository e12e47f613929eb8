package org.dyad.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.ActorCode;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.dyad.model.Participant;
import org.dyad.model.Place;
import org.dyad.model.Quote;
import org.dyad.model.Span;

/**
 * Writes a coded article as one JSON object: Dyad's public output contract (README, "Output
 * contract").
 *
 * <p>Fields are written explicitly here, in a fixed order, so the contract lives in one place and
 * cannot drift with the records; it may only grow by new fields. Thread-safe.
 */
public final class JsonArticleWriter {
  private static final ObjectMapper JSON = new ObjectMapper();

  public String toJson(CodedArticle coded) {
    try {
      return JSON.writeValueAsString(toNode(coded));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain JSON nodes always serialises", e);
    }
  }

  public ObjectNode toNode(CodedArticle coded) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", coded.article().id());
    o.put("date", coded.article().date() == null ? null : coded.article().date().toString());
    o.put("title", coded.article().title());
    o.put("text", coded.article().text());
    if (coded.article().url() != null) {
      o.put("url", coded.article().url());
    }
    if (coded.article().source() != null) {
      o.put("source", coded.article().source());
    }
    ArrayNode sentences = o.putArray("sentences");
    coded.sentences().forEach(s -> sentences.add(span(s)));
    ArrayNode actors = o.putArray("actors");
    for (Actor a : coded.actors()) {
      ObjectNode n = actors.addObject();
      n.put("id", a.id());
      n.put("name", a.name());
      n.put("kind", a.kind().name().toLowerCase(java.util.Locale.ROOT));
      putCode(n, "code", a.code());
      n.put("country", a.country());
      n.put("sector", a.sector());
      n.put("entry", a.entry());
      n.put("rule", a.rule());
      ArrayNode mentions = n.putArray("mentions");
      a.mentions().forEach(m -> mentions.add(span(m)));
      n.put("sieve", a.sieve());
      n.set("home", place(a.home()));
    }
    ArrayNode events = o.putArray("events");
    for (Event e : coded.events()) {
      ObjectNode n = events.addObject();
      n.put("id", e.id());
      n.put("sentence", e.sentence());
      n.set("source", participant(e.source()));
      n.set("target", e.target() == null ? null : participant(e.target()));
      n.put("cameo", e.cameo());
      n.put("plover", e.plover());
      n.put("quad", e.quad());
      n.put("goldstein", e.goldstein());
      n.put("date", e.date() == null ? null : e.date().toString());
      n.set("place", place(e.place()));
      n.put("mode", e.mode().label());
      ObjectNode trigger = n.putObject("trigger");
      trigger.put("text", e.trigger());
      trigger.set("span", span(e.triggerSpan()));
      n.put("rule", e.rule());
      n.put("quote", e.quote());
      ArrayNode contexts = n.putArray("contexts");
      e.contexts().forEach(contexts::add);
      ArrayNode rules = n.putArray("rules");
      e.rules().forEach(rules::add);
    }
    ArrayNode quotes = o.putArray("quotes");
    for (Quote q : coded.quotes()) {
      ObjectNode n = quotes.addObject();
      n.put("id", q.id());
      n.put("text", q.text());
      n.set("span", span(q.span()));
      n.put("kind", q.kind().label());
      if (q.speaker() == null) {
        n.putNull("speaker");
      } else {
        ObjectNode sp = n.putObject("speaker");
        sp.put("actor", q.speaker().actor());
        sp.put("name", q.speaker().name());
        putCode(sp, "code", q.speaker().code());
        sp.set("span", span(q.speaker().span()));
      }
      n.put("cue", q.cue());
      n.put("audience", q.audience());
      ArrayNode via = n.putArray("via");
      for (Quote.Channel c : q.via()) {
        ObjectNode v = via.addObject();
        v.put("name", c.name());
        putCode(v, "code", c.code());
      }
      n.put("rule", q.rule());
      n.put("utterance", q.utterance());
    }
    return o;
  }

  private static ObjectNode participant(Participant p) {
    ObjectNode n = JSON.createObjectNode();
    n.put("actor", p.actor());
    putCode(n, "code", p.code());
    n.put("text", p.text());
    n.set("span", span(p.span()));
    return n;
  }

  private static ObjectNode place(Place p) {
    if (p == null) {
      return null;
    }
    ObjectNode n = JSON.createObjectNode();
    n.put("name", p.name());
    n.put("country", p.country());
    n.set("span", span(p.span()));
    n.put("adm1", p.adm1());
    n.put("lat", p.lat());
    n.put("lon", p.lon());
    n.put("geonames_id", p.geonamesId());
    n.put("precision", p.precision() == null ? null : p.precision().name());
    return n;
  }

  private static void putCode(ObjectNode n, String field, ActorCode code) {
    n.put(field, code == null ? null : code.code());
  }

  private static ArrayNode span(Span s) {
    return JSON.createArrayNode().add(s.begin()).add(s.end());
  }

  static List<String> contractFields() {
    return List.of("id", "date", "title", "text", "sentences", "actors", "events", "quotes");
  }
}
