package org.dyad.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;

/**
 * Scores Dyad's events for a set of articles against their hand-coded events, with {@link
 * EventMatcher}'s core criteria (root, source and target country, sentence).
 *
 * <p>Produced events without a coded source and target are left out of precision: gold files list
 * only events between coded actors, so such events could never match. Stateless.
 */
public final class EventScorer {
  /** One article's hand-coded events next to what Dyad produced for it. */
  public record Scored(GoldArticle gold, CodedArticle coded) {}

  private EventScorer() {}

  public static EventReport score(List<Scored> articles) {
    Prf overall = Prf.ZERO;
    java.util.SortedMap<String, Prf> byRoot = new TreeMap<>();
    int pairs = 0;
    int sourceRight = 0;
    int targetRight = 0;
    List<EventReport.Miss> misses = new ArrayList<>();
    List<EventReport.Extra> extras = new ArrayList<>();
    for (Scored s : articles) {
      List<GoldEvent> gold = s.gold().events();
      CodedArticle coded = s.coded();
      List<Event> produced = coded.events();
      EventAlignment a = EventMatcher.align(gold, coded, EventMatcher.Strictness.CORE);
      String id = s.gold().id();
      for (GoldEvent g : gold) {
        byRoot.merge(g.root(), new Prf(1, 0, 0), Prf::plus);
      }
      int scoreable = 0;
      for (Event e : produced) {
        if (EventMatcher.scoreable(e)) {
          scoreable++;
          byRoot.merge(e.root(), new Prf(0, 1, 0), Prf::plus);
        }
      }
      List<EventAlignment.Pair> matches = a.matches();
      for (EventAlignment.Pair p : matches) {
        byRoot.merge(gold.get(p.gold()).root(), new Prf(0, 0, 1), Prf::plus);
      }
      overall = overall.plus(new Prf(gold.size(), scoreable, matches.size()));
      for (EventAlignment.Pair p : a.pairs()) {
        pairs++;
        sourceRight += p.sourceRight() ? 1 : 0;
        targetRight += p.targetRight() ? 1 : 0;
      }
      for (int g : a.missedGold()) {
        String nearest =
            a.pairs().stream()
                .filter(p -> p.gold() == g)
                .map(p -> describe(produced.get(p.produced())))
                .findFirst()
                .orElse(null);
        misses.add(new EventReport.Miss(id, gold.get(g), nearest));
      }
      for (int i : a.extraProduced()) {
        Event e = produced.get(i);
        if (EventMatcher.scoreable(e)) {
          extras.add(
              new EventReport.Extra(
                  id,
                  e.source().code().code(),
                  e.cameo(),
                  e.target().code().code(),
                  e.trigger(),
                  e.rule(),
                  EventMatcher.sentenceText(coded, e.sentence())));
        }
      }
    }
    return new EventReport(
        articles.size(), overall, byRoot, pairs, sourceRight, targetRight, misses, extras);
  }

  private static String describe(Event e) {
    return (e.source().code() == null ? "-" : e.source().code().code())
        + " "
        + e.cameo()
        + " "
        + (e.target() == null || e.target().code() == null ? "-" : e.target().code().code())
        + " '"
        + e.trigger()
        + "' ("
        + e.rule()
        + ")";
  }
}
