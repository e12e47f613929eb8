package org.dyad.coding.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.lexicon.VerbPattern;
import org.dyad.model.Dependency;
import org.dyad.model.Place;
import org.dyad.model.Sentence;

/**
 * Matches a copula pattern ({@code be in +}): "Funaro was in Britain on the first leg of a tour" —
 * the parser makes the place the clause's head and "was" its copula. The subject is the source, the
 * state of the place the target; being at home is no visit. Takes the article's context, a
 * sentence, the trigger and the pattern; returns the match or null (the reason told to the trace).
 * Stateless, thread-safe.
 */
final class PresenceMatcher {
  private PresenceMatcher() {}

  static PatternMatch match(CodingContext cx, Sentence s, int trigger, VerbPattern p) {
    int place = -1;
    for (Dependency d : s.parents(trigger)) {
      if (d.relation().equals("cop") && d.governor() >= 0) {
        place = d.governor();
      }
    }
    String preposition =
        p.steps().stream()
            .filter(st -> st instanceof VerbPattern.Slot sl && sl.preposition() != null)
            .map(st -> ((VerbPattern.Slot) st).preposition())
            .findFirst()
            .orElse(null);
    if (place < 0 || preposition == null) {
      return cx.reject(s, trigger, p, "not the copula of a place");
    }
    final int head = place;
    if (s.childrenOf(head, "case").stream()
        .noneMatch(c -> s.token(c).lemma().equals(preposition))) {
      return cx.reject(s, trigger, p, "no '" + preposition + "' before the place");
    }
    List<Arg> targets = new ArrayList<>();
    for (Arg a : ActorsAt.argsAt(cx, s, head)) {
      if (a.code() != null && a.code().isState()) {
        targets.addAll(
            Nationalities.stateActor(cx.actors(), a.code().country(), a.text(), a.span()));
      }
    }
    Place named = cx.actors().placeAt(s.index(), head);
    if (targets.isEmpty() && named != null && named.country() != null) {
      targets.addAll(
          Nationalities.stateActor(cx.actors(), named.country(), named.name(), named.span()));
    }
    List<Arg> sources = SourceFinder.subjects(cx, s, head, false);
    Set<String> home = new HashSet<>();
    for (Arg a : sources) {
      home.add(a.code() == null ? "" : a.code().country());
    }
    targets.removeIf(a -> a.code() == null || home.contains(a.code().country()));
    if (sources.isEmpty() || targets.isEmpty()) {
      return cx.reject(s, trigger, p, "no visitor from another state, or no place of a state");
    }
    return new PatternMatch(
        p, sources, targets, trigger, head, Syntax.isNegated(cx.words(), s, head), List.of());
  }
}
