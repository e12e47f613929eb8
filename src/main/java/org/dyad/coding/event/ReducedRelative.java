package org.dyad.coding.event;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;

/**
 * Rules {@code R.source.reduced-relative} (through {@link SourceRules}) and {@code
 * R.target.reduced-relative}: a past participle that modifies a noun and names its agent is a
 * passive, "a move condemned by the Conservatives", "a plan backed by the UK". Its doer is the
 * agent, and what it is done to is the noun: the actor the noun names, else the noun's maker
 * ("Labour's plans criticised by business"), else, for an act the main clause does ("limited
 * casinos in a move branded a retreat by the Tories"), that clause's subject.
 */
final class ReducedRelative {
  private ReducedRelative() {}

  /** Whether {@code verb} is a past participle modifying a noun, with a "by" agent. */
  static boolean isReducedRelative(Sentence s, int verb) {
    return s.token(verb).pos().equals("VBN") && modified(s, verb) >= 0 && Syntax.hasAgent(s, verb);
  }

  /**
   * Whether every "by" agent of the participle {@code verb} is military hardware (hardware-noun):
   * "an Iranian infantry brigade, backed by tanks" describes the brigade's own arms.
   */
  static boolean byHardware(CodingContext cx, Sentence s, int verb) {
    List<Integer> agents = new ArrayList<>(s.childrenOf(verb, "obl:agent"));
    agents.addAll(s.childrenOf(verb, "obl:by"));
    return !agents.isEmpty()
        && agents.stream().allMatch(a -> cx.words().hardwareNouns().contains(s.token(a).lemma()));
  }

  /** The noun the participle {@code verb} modifies, or -1. */
  private static int modified(Sentence s, int verb) {
    for (Dependency d : s.parents(verb)) {
      if (d.relation().equals("acl") && d.governor() >= 0 && s.token(d.governor()).isNoun()) {
        return d.governor();
      }
    }
    return -1;
  }

  /** Target rule {@code R.target.reduced-relative}. */
  static final class Target implements TargetRules.Rule {
    @Override
    public String id() {
      return "R.target.reduced-relative";
    }

    @Override
    public TargetRules.Found find(CodingContext cx, TargetRules.Ask ask) {
      Sentence s = ask.s();
      if (!isReducedRelative(s, ask.trigger())) {
        return TargetRules.Found.NONE;
      }
      int noun = modified(s, ask.trigger());
      List<Arg> named = ActorsAt.withConjuncts(cx, s, noun);
      if (named.isEmpty()) {
        named = TargetFinder.nameOnNoun(cx, s, noun);
      }
      if (named.isEmpty()) {
        named = doerOfClauseAbove(cx, s, noun);
      }
      return named.isEmpty() ? TargetRules.Found.NONE : new TargetRules.Found(named, id());
    }

    /**
     * "announced plans to limit casinos, in a move branded a retreat": the subject of the clause
     * whose "in" phrase the noun heads, climbing through the verbs it complements.
     */
    private static List<Arg> doerOfClauseAbove(CodingContext cx, Sentence s, int noun) {
      int verb = -1;
      for (Dependency d : s.parents(noun)) {
        if (d.relation().equals("obl:in") && d.governor() >= 0) {
          verb = d.governor();
        }
      }
      for (int hops = 0; verb >= 0 && hops < 4; hops++) {
        List<Arg> doers = new ArrayList<>(SourceFinder.subjects(cx, s, verb, false));
        doers.removeIf(a -> a.code() == null);
        if (!doers.isEmpty()) {
          return doers;
        }
        int up = -1;
        for (Dependency d : s.parents(verb)) {
          if ((d.relation().equals("xcomp") || d.relation().equals("conj:and"))
              && d.governor() >= 0) {
            up = d.governor();
          }
        }
        verb = up;
      }
      return List.of();
    }
  }
}
