package org.dyad.coding.event;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;

/**
 * The argument layer's receivers: who an act is aimed at when the pattern's slot does not say, from
 * the trigger's own phrases, the words after it, the owner of the thing acted on, the maker of a
 * demand and whoever answers it, or the means and condition of a response still to come. Takes the
 * article's context, a sentence, a token and the sources found; returns {@link Arg}s, empty when
 * none. Stateless, thread-safe.
 */
final class TargetFinder {
  private TargetFinder() {}

  /** For a pattern without a slot: an actor in the trigger's objects and prepositional phrases. */
  static List<Arg> nearestTargets(CodingContext cx, Sentence s, int head, List<Arg> sources) {
    Set<String> sourceActors = new HashSet<>();
    Set<String> sourceCountries = new HashSet<>();
    for (Arg a : sources) {
      sourceActors.add(a.actor());
      if (a.code() != null) {
        sourceCountries.add(a.code().country());
      }
    }
    Deque<int[]> queue = new ArrayDeque<>();
    queue.add(new int[] {head, 0});
    Set<Integer> visited = new HashSet<>();
    while (!queue.isEmpty()) {
      int[] cur = queue.poll();
      if (!visited.add(cur[0]) || cur[1] >= 3) {
        continue;
      }
      for (Dependency d : s.children(cur[0])) {
        String r = d.baseRelation();
        boolean fromHead = cur[0] == head;
        // Below the head only "of"/"for"/possessor phrases lead to a target: "the Iraq war" names
        // no target.
        boolean allowed =
            fromHead
                ? r.equals("obj") || r.equals("obl") || r.equals("iobj")
                : r.equals("nmod") || r.equals("conj");
        if (!allowed || d.relation().equals("obl:tmod") || d.relation().equals("obl:npmod")) {
          continue;
        }
        List<Arg> found = new ArrayList<>();
        for (Arg a : ActorsAt.withConjuncts(cx, s, d.dependent())) {
          if (!sourceActors.contains(a.actor())
              && (a.code() == null || !sourceCountries.contains(a.code().country()))) {
            found.add(a);
          }
        }
        if (!found.isEmpty()) {
          return found;
        }
        queue.add(new int[] {d.dependent(), cur[1] + 1});
      }
    }
    return List.of();
  }

  /**
   * PETRARCH's target: the passive subject, else the first actor after the verb inside its own
   * phrase that is not a source ("allowed that Mordor isn't …"); not an actor in a later clause ("…
   * burned down its embassy, a Bree official said").
   */
  static List<Arg> nearestAfter(
      CodingContext cx, Sentence s, int trigger, boolean passive, List<Arg> sources) {
    if (passive) {
      for (int subject : s.childrenOf(trigger, "nsubj:pass")) {
        List<Arg> a = ActorsAt.withConjuncts(cx, s, subject);
        if (!a.isEmpty()) {
          return a;
        }
      }
    }
    Set<String> sourceActors = new HashSet<>();
    sources.forEach(a -> sourceActors.add(a.actor()));
    int end = s.subtreeRange(trigger)[1];
    for (int k = trigger + 1; k <= end; k++) {
      List<Arg> a = ActorsAt.withConjuncts(cx, s, k);
      if (!a.isEmpty() && a.stream().noneMatch(x -> sourceActors.contains(x.actor()))) {
        return a;
      }
    }
    return List.of();
  }

  /**
   * When the parser attached "with North Korea" elsewhere, the words still follow the verb: the
   * preposition within two words after the head (or its object), followed by an actor within four
   * words.
   */
  static List<Arg> surfacePrepositional(CodingContext cx, Sentence s, int head, String prep) {
    String[] words = prep.split("_");
    for (int k = head + 1; k <= Math.min(head + 3, s.tokens().size() - words.length); k++) {
      boolean ok = true;
      for (int w = 0; w < words.length; w++) {
        ok &= s.token(k + w).lemma().equals(words[w]);
      }
      if (!ok) {
        continue;
      }
      for (int j = k + words.length; j < Math.min(k + words.length + 4, s.tokens().size()); j++) {
        if (cx.on(EventRule.ARG_SURFACE_SLOT_STOPS_AT_CLAUSE) && beginsAnotherClause(s, j)) {
          break; // "voted for the resolution because Clinton refused": Clinton is no one voted for
        }
        List<Arg> args = ActorsAt.withConjuncts(cx, s, j);
        if (!args.isEmpty()) {
          return args;
        }
        if (s.token(j).isVerb()) {
          break;
        }
      }
    }
    return List.of();
  }

  /**
   * R.arg.surface-slot-stops-at-clause: whether the word opens another clause or conjunct (a
   * subordinator such as "because", a conjunction, a semicolon, colon, dash or bracket, a relative
   * pronoun), past which the words after a preposition are no longer its object. A comma may open
   * an apposition ("talks with CoFACE, the French export credit agency") and does not stop it.
   */
  private static final java.util.Set<String> CLAUSE_PUNCTUATION =
      java.util.Set.of(";", ":", "--", "(", "-LRB-");

  private static boolean beginsAnotherClause(Sentence s, int j) {
    String pos = s.token(j).pos();
    return pos.equals("WDT")
        || pos.equals("WP")
        || s.parents(j).stream()
            .anyMatch(
                d ->
                    d.baseRelation().equals("mark")
                        || d.relation().equals("cc") // "both Japan and …" is a preconj
                        || d.baseRelation().equals("punct")
                            && CLAUSE_PUNCTUATION.contains(s.token(j).word()));
  }

  /**
   * The possessor of the verb's object, or of its passive subject: "denied Iran's charges", "His
   * claims were denied"; never the source's own side. Empty when there is none.
   */
  static List<Arg> ownerOfThing(CodingContext cx, Sentence s, int verb, List<Arg> sources) {
    for (Dependency d : s.children(verb)) {
      if (!d.relation().equals("obj") && !d.relation().equals("nsubj:pass")) {
        continue;
      }
      for (int poss : s.childrenOf(d.dependent(), "nmod:poss")) {
        List<Arg> owner =
            ActorsAt.argsAt(cx, s, poss).stream()
                .filter(
                    a ->
                        a.code() != null
                            && sources.stream().noneMatch(o -> Sides.ownSide(cx, o, a)))
                .toList();
        if (!owner.isEmpty()) {
          return owner;
        }
      }
    }
    return List.of();
  }

  /** Who a noun names as its maker: "an IMF demand", "Japan's offer", "a demand by the IMF". */
  static List<Arg> nameOnNoun(CodingContext cx, Sentence s, int noun) {
    List<Integer> names = new ArrayList<>();
    names.addAll(s.childrenOf(noun, "compound"));
    names.addAll(s.childrenOf(noun, "nmod:poss"));
    names.addAll(s.childrenOf(noun, "nmod:by"));
    for (int n : names) {
      List<Arg> found = ActorsAt.argsAt(cx, s, n);
      if (found.isEmpty() && s.token(n).isNoun()) {
        found = Nationalities.nationalityOf(cx.actors(), s, n);
      }
      if (!found.isEmpty()) {
        return found;
      }
    }
    return Nationalities.nationalityOf(cx.actors(), s, noun); // "a North Korean call for talks"
  }

  /** The subject of the verb whose object the noun is, unless it is the maker's own side. */
  static List<Arg> answererOf(CodingContext cx, Sentence s, int noun, List<Arg> maker) {
    for (Dependency d : s.parents(noun)) {
      if (d.baseRelation().equals("obj") && d.governor() >= 0 && s.token(d.governor()).isVerb()) {
        List<Arg> answerer = new ArrayList<>(SourceFinder.subjects(cx, s, d.governor(), false));
        answerer.removeIf(a -> a.code() == null || Sides.sameParty(List.of(a), maker));
        return answerer;
      }
    }
    return List.of();
  }

  /**
   * Whom a response still to come is aimed at, as its means say: "would retaliate by imposing taxes
   * on U.S. exports". Actors or nationalities in the "by" phrase and the phrases it governs, never
   * the responder's own side.
   */
  static List<Arg> meansActors(CodingContext cx, Sentence s, int head, List<Arg> sources) {
    Deque<int[]> queue = new ArrayDeque<>();
    for (Dependency d : s.children(head)) {
      if ((d.baseRelation().equals("obl") || d.baseRelation().equals("advcl"))
          && d.subtype().equals("by")) {
        queue.add(new int[] {d.dependent(), 0});
      }
    }
    while (!queue.isEmpty()) {
      int[] cur = queue.poll();
      List<Arg> found = new ArrayList<>(ActorsAt.argsAt(cx, s, cur[0]));
      if (found.isEmpty()) {
        found.addAll(Nationalities.nationalityOf(cx.actors(), s, cur[0]));
      }
      found.removeIf(
          a -> a.code() == null || sources.stream().anyMatch(o -> Sides.ownSide(cx, o, a)));
      if (!found.isEmpty()) {
        return found;
      }
      if (cur[1] < 2) {
        for (Dependency d : s.children(cur[0])) {
          String r = d.baseRelation();
          if (r.equals("nmod") || r.equals("obj") || r.equals("obl")) {
            queue.add(new int[] {d.dependent(), cur[1] + 1});
          }
        }
      }
    }
    return List.of();
  }

  /**
   * The actors a condition is about, other than the sources: its subject's ("if Congress passes …",
   * "if the Turkish vessel begins …"), or else those in its object ("if Tokyo's markets stay
   * closed").
   */
  static List<Arg> conditionActors(CodingContext cx, Sentence s, int condition, List<Arg> sources) {
    if (condition < 0) {
      return List.of();
    }
    Set<String> own = new HashSet<>();
    for (Arg a : sources) {
      own.add(a.actor());
      own.add(a.code() == null ? "" : ArticleParties.keyOf(a.code()));
    }
    List<Integer> places = new ArrayList<>();
    places.addAll(s.childrenOf(condition, "nsubj"));
    places.addAll(s.childrenOf(condition, "nsubj:pass"));
    places.addAll(s.childrenOf(condition, "obj"));
    for (int t : places) {
      List<Arg> found = new ArrayList<>(ActorsAt.argsInside(cx, s, t, 3));
      for (int named : Stream.concat(Stream.of(t), s.childrenOf(t, "compound").stream()).toList()) {
        if (found.isEmpty()) {
          // "if the Turkish vessel Sismik 1 …"
          found.addAll(Nationalities.nationalityOf(cx.actors(), s, named));
        }
      }
      found.removeIf(
          a ->
              own.contains(a.actor())
                  || a.code() == null
                  || own.contains(ArticleParties.keyOf(a.code())));
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }
}
