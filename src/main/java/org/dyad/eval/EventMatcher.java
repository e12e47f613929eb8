package org.dyad.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.dyad.model.Participant;

/**
 * Lines up hand-coded events with the events Dyad produced for one article, one to one: the single
 * implementation behind the golden tests and {@code dyad eval}.
 *
 * <p>A produced event matches a hand-coded one when the root code (first two digits), the source
 * country and the target country (first three letters of the codes) agree and its sentence starts
 * with the hand-coded sentence prefix once quotation marks and white space are folded; with {@link
 * Strictness#DATE_AND_MODE}, also the date and mode the hand-coded event gives. A one-sided gold
 * event (no target) wants a produced event with no coded target. Sector differences are not scored:
 * coders disagree on them most.
 *
 * <p>Pairs are found in stages, each a maximum bipartite matching over what earlier stages left:
 * full matches first, then sentence and root with the source right, then with the target right,
 * then sentence and root alone. A maximum matching, rather than first-come, keeps one loose
 * produced event from taking the only partner of another hand-coded event. The later stages exist
 * to tell how often the source or the target alone is right. Stateless.
 */
public final class EventMatcher {
  /** Which fields of a hand-coded event are checked besides root, countries and sentence. */
  public enum Strictness {
    /** Root code, source and target countries, sentence: {@code dyad eval}. */
    CORE,
    /** Also the date and the mode when the hand-coded event gives them: the golden tests. */
    DATE_AND_MODE
  }

  private EventMatcher() {}

  public static EventAlignment align(
      List<GoldEvent> gold, CodedArticle coded, Strictness strictness) {
    List<Event> produced = coded.events();
    boolean[][] sameClause = new boolean[gold.size()][produced.size()];
    for (int g = 0; g < gold.size(); g++) {
      for (int p = 0; p < produced.size(); p++) {
        sameClause[g][p] = sameClause(gold.get(g), produced.get(p), coded, strictness);
      }
    }
    int[] goldTaken = new int[gold.size()];
    int[] producedTaken = new int[produced.size()];
    Arrays.fill(goldTaken, -1);
    Arrays.fill(producedTaken, -1);
    List<BiPredicate<GoldEvent, Event>> stages =
        List.of(
            (g, e) -> sourceRight(g, e) && targetRight(g, e),
            EventMatcher::sourceRight,
            EventMatcher::targetRight,
            (g, e) -> true);
    List<EventAlignment.Pair> pairs = new ArrayList<>();
    for (BiPredicate<GoldEvent, Event> stage : stages) {
      boolean[][] edges = new boolean[gold.size()][produced.size()];
      for (int g = 0; g < gold.size(); g++) {
        for (int p = 0; p < produced.size(); p++) {
          edges[g][p] =
              goldTaken[g] < 0
                  && producedTaken[p] < 0
                  && sameClause[g][p]
                  && stage.test(gold.get(g), produced.get(p));
        }
      }
      int[] partner = maximumMatching(edges, gold.size(), produced.size());
      for (int g = 0; g < gold.size(); g++) {
        if (partner[g] >= 0) {
          int p = partner[g];
          goldTaken[g] = p;
          producedTaken[p] = g;
          pairs.add(
              new EventAlignment.Pair(
                  g,
                  p,
                  sourceRight(gold.get(g), produced.get(p)),
                  targetRight(gold.get(g), produced.get(p))));
        }
      }
    }
    return new EventAlignment(pairs, gold.size(), produced.size());
  }

  /**
   * Whether a gold article of this scope could list the event (never a negated one): one with a
   * coded source and a coded target for {@link GoldArticle.Scope#DYADIC}; any with a coded source
   * for {@link GoldArticle.Scope#ALL}, where an uncoded or absent target is a one-sided event.
   */
  public static boolean scoreable(Event e, GoldArticle.Scope scope) {
    // What the text says did not happen is kept with its mode for users who want it, but no gold
    // file lists it: a coder records events, and "did not attack" is none.
    if (e.source().code() == null || e.mode() == org.dyad.model.Mode.NEGATED) {
      return false;
    }
    return scope == GoldArticle.Scope.ALL || e.target() != null && e.target().code() != null;
  }

  /** The event's target country as scored: null when it has no coded target (one-sided). */
  public static String targetCountry(Event e) {
    return e.target() == null || e.target().code() == null ? null : e.target().code().country();
  }

  /** The text of the sentence an event is in. */
  public static String sentenceText(CodedArticle coded, int sentence) {
    return coded.sentences().get(sentence).of(coded.article().text());
  }

  private static boolean sameClause(
      GoldEvent g, Event e, CodedArticle coded, Strictness strictness) {
    if (!e.root().equals(g.root())
        || strictness == Strictness.CORE && e.mode() == org.dyad.model.Mode.NEGATED) {
      return false;
    }
    if (strictness == Strictness.DATE_AND_MODE) {
      if (g.date() != null && (e.date() == null || !e.date().toString().equals(g.date()))) {
        return false;
      }
      if (g.mode() != null && !e.mode().label().equals(g.mode())) {
        return false;
      }
    }
    return TextFold.norm(sentenceText(coded, e.sentence())).startsWith(TextFold.norm(g.sentence()));
  }

  private static boolean sourceRight(GoldEvent g, Event e) {
    return sameCountry(e.source(), g.sourceCountry());
  }

  private static boolean targetRight(GoldEvent g, Event e) {
    return java.util.Objects.equals(targetCountry(e), g.targetCountry());
  }

  private static boolean sameCountry(Participant p, String country) {
    return p != null && p.code() != null && p.code().country().equals(country);
  }

  /**
   * Kuhn's augmenting paths: for each left vertex in order, the partner on the right or -1. Trying
   * the left vertices and their candidates in index order keeps the result deterministic.
   */
  static int[] maximumMatching(boolean[][] edges, int left, int right) {
    int[] rightPartner = new int[right];
    Arrays.fill(rightPartner, -1);
    for (int l = 0; l < left; l++) {
      augment(l, edges, rightPartner, new boolean[right]);
    }
    int[] leftPartner = new int[left];
    Arrays.fill(leftPartner, -1);
    for (int r = 0; r < right; r++) {
      if (rightPartner[r] >= 0) {
        leftPartner[rightPartner[r]] = r;
      }
    }
    return leftPartner;
  }

  private static boolean augment(int l, boolean[][] edges, int[] rightPartner, boolean[] seen) {
    for (int r = 0; r < rightPartner.length; r++) {
      if (edges[l][r] && !seen[r]) {
        seen[r] = true;
        if (rightPartner[r] < 0 || augment(rightPartner[r], edges, rightPartner, seen)) {
          rightPartner[r] = l;
          return true;
        }
      }
    }
    return false;
  }
}
