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
 * <p>Produced events a gold article's scope leaves out are left out of precision: a dyadic gold
 * article lists only events between coded actors, so one-sided events could never match it; an
 * article coded in full scope counts every event with a coded source. Stateless.
 */
public final class EventScorer {
  /** One article's hand-coded events next to what Dyad produced for it. */
  public record Scored(GoldArticle gold, CodedArticle coded) {}

  private EventScorer() {}

  public static EventReport score(List<Scored> articles) {
    Prf overall = Prf.ZERO;
    // gold, produced, matched per root; a Prf is built at the end, since a partial count
    // (matched before produced) would not be a valid one.
    java.util.SortedMap<String, int[]> byRoot = new TreeMap<>();
    java.util.SortedMap<String, int[]> byKind = new TreeMap<>();
    boolean fullScope = articles.stream().anyMatch(a -> a.gold().scope() == GoldArticle.Scope.ALL);
    int pairs = 0;
    int sourceRight = 0;
    int targetRight = 0;
    List<EventReport.Miss> misses = new ArrayList<>();
    List<EventReport.Extra> extras = new ArrayList<>();
    List<EventReport.Hit> hits = new ArrayList<>();
    for (Scored s : articles) {
      List<GoldEvent> gold = s.gold().events();
      CodedArticle coded = s.coded();
      List<Event> produced = coded.events();
      EventAlignment a = EventMatcher.align(gold, coded, EventMatcher.Strictness.CORE);
      String id = s.gold().id();
      for (GoldEvent g : gold) {
        byRoot.computeIfAbsent(g.root(), k -> new int[3])[0]++;
        byKind.computeIfAbsent(kind(g.oneSided()), k -> new int[3])[0]++;
      }
      int scoreable = 0;
      for (Event e : produced) {
        if (EventMatcher.scoreable(e, s.gold().scope())) {
          scoreable++;
          byRoot.computeIfAbsent(e.root(), k -> new int[3])[1]++;
          byKind.computeIfAbsent(kind(EventMatcher.targetCountry(e) == null), k -> new int[3])[1]++;
        }
      }
      List<EventAlignment.Pair> matches = a.matches();
      for (EventAlignment.Pair p : matches) {
        hits.add(new EventReport.Hit(id, gold.get(p.gold()), produced.get(p.produced()).rules()));
        byRoot.computeIfAbsent(gold.get(p.gold()).root(), k -> new int[3])[2]++;
        byKind.computeIfAbsent(kind(gold.get(p.gold()).oneSided()), k -> new int[3])[2]++;
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
        if (EventMatcher.scoreable(e, s.gold().scope())) {
          extras.add(
              new EventReport.Extra(
                  id,
                  e.source().code().code(),
                  e.cameo(),
                  e.target() == null || e.target().code() == null ? "-" : e.target().code().code(),
                  e.trigger(),
                  e.rule(),
                  EventMatcher.sentenceText(coded, e.sentence()),
                  e.rules()));
        }
      }
    }
    java.util.SortedMap<String, Prf> roots = new TreeMap<>();
    byRoot.forEach((k, v) -> roots.put(k, new Prf(v[0], v[1], v[2])));
    java.util.SortedMap<String, Prf> kinds = new TreeMap<>();
    if (fullScope) {
      byKind.forEach((k, v) -> kinds.put(k, new Prf(v[0], v[1], v[2])));
    }
    return new EventReport(
        articles.size(),
        overall,
        roots,
        kinds,
        pairs,
        sourceRight,
        targetRight,
        misses,
        extras,
        hits);
  }

  private static String kind(boolean oneSided) {
    return oneSided ? "one-sided" : "dyadic";
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
