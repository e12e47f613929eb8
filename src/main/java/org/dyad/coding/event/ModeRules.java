package org.dyad.coding.event;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.Dependency;
import org.dyad.model.Mode;
import org.dyad.model.Sentence;

/**
 * The mode layer: whether a clause says that something happened, is negated, hypothetical or still
 * to come, and the clauses (conditions, questions, background states, what is asked for) that say
 * nothing happened. Takes a sentence, the trigger and its complement head, and the coder's word
 * lists; answers with a {@link Mode}, a token index or a boolean. Stateless, thread-safe.
 */
final class ModeRules {
  private ModeRules() {}

  /**
   * Negated beats hypothetical beats future: "would not attack" is a negation of a hypothetical.
   */
  static Mode mode(CodingContext cx, Sentence s, int trigger, int head, boolean negated) {
    EventWords w = cx.words();
    if (negated || deniedBy(w, s, trigger)) {
      return Mode.NEGATED;
    }
    if (cx.on(EventRule.MODE_PREVENTED) && prevented(w, s, trigger)) {
      return Mode.HYPOTHETICAL;
    }
    if (cx.on(EventRule.MODE_ANY_ACT) && anyAct(w, s, trigger)) {
      return Mode.HYPOTHETICAL;
    }
    if (cx.on(EventRule.MODE_AFTER_PHRASE_HAPPENED) && happenedBefore(w, s, trigger)) {
      return Mode.ASSERTED;
    }
    boolean future = false;
    for (int node : Syntax.clauseChain(s, trigger, head)) {
      if (cx.on(EventRule.MODE_UNREALISED_INFINITIVE) && unrealisedInfinitive(w, s, node)) {
        // R.mode.denied-infinitive: "unable to attack" expects no attack at all.
        return cx.on(EventRule.MODE_DENIED_INFINITIVE)
                && infinitiveOf(w.denyingAdjectives(), s, node)
            ? Mode.NEGATED
            : Mode.HYPOTHETICAL;
      }
      // "ready to continue talks", "hopes to meet": what someone intends is still to come; so
      // is an infinitive the parser hangs on the adjective as a clause ("is poised to sign").
      for (Dependency d : s.parents(node)) {
        if ((d.baseRelation().equals("xcomp")
                || d.baseRelation().equals("ccomp")
                    && s.childrenOf(node, "mark").stream()
                        .anyMatch(mk -> s.token(mk).lemma().equals("to")))
            && d.governor() >= 0
            && d.governor() != trigger
            && w.intentHeads().contains(s.token(d.governor()).lemma())) {
          if (cx.on(EventRule.MODE_NEGATED_INTENT) && Syntax.isNegated(w, s, d.governor())) {
            return Mode.NEGATED; // "is not ready to support", "did not want to meet"
          }
          future = true;
        }
        // "the deal to open formal talks", "his offer to visit": what a decision or an offer
        // is for has not happened yet.
        if (d.baseRelation().equals("acl")
            && d.governor() >= 0
            && w.intentNouns().contains(s.token(d.governor()).lemma())
            && s.childrenOf(node, "mark").stream()
                .anyMatch(mk -> s.token(mk).lemma().equals("to"))) {
          future = true;
        }
      }
      // The same, misparsed as a clause whose subject is the decision: "[the deal] to open".
      if (s.childrenOf(node, "mark").stream().anyMatch(mk -> s.token(mk).lemma().equals("to"))
          && s.childrenOf(node, "nsubj").stream()
              .anyMatch(n -> w.intentNouns().contains(s.token(n).lemma()))) {
        future = true;
      }
      for (Dependency d : s.children(node)) {
        String dep = s.token(d.dependent()).lemma();
        String word = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
        if (d.baseRelation().equals("advcl")
            && (w.conditionalMarks().contains(d.subtype())
                || s.childrenOf(d.dependent(), "mark").stream()
                    .anyMatch(mk -> w.conditionalMarks().contains(s.token(mk).lemma())))) {
          return Mode.HYPOTHETICAL;
        }
        if (d.baseRelation().equals("aux") && w.hypotheticalAux().contains(word)) {
          return Mode.HYPOTHETICAL;
        }
        // The event is itself the condition: "… if Washington imposes sanctions".
        if (d.baseRelation().equals("mark") && w.conditionalMarks().contains(dep)) {
          return Mode.HYPOTHETICAL;
        }
        if (d.baseRelation().equals("aux")
            && (w.futureAux().contains(word) || dep.equals("will"))) {
          future = true;
        }
        // "called for Iran to release the sailors": a "for … to" clause is wished, not done.
        if (cx.on(EventRule.MODE_FOR_TO_CLAUSE)
            // what an appeal asks for ("an EU demand for Turkey to recognise Cyprus") is its
            // complement, not the appeal
            && !(node == head && head != trigger)
            && d.baseRelation().equals("mark")
            && dep.equals("for")
            && s.childrenOf(node, "mark").stream()
                .anyMatch(mk -> s.token(mk).lemma().equals("to"))) {
          return Mode.HYPOTHETICAL;
        }
        // "is to visit", "are due to meet": a "be (due) to" infinitive announces what will happen.
        if (d.baseRelation().equals("mark") && dep.equals("to") && beforeIsBe(s, node)) {
          future = true;
        }
      }
    }
    if (!future && cx.on(EventRule.MODE_STARTING_VERB_SUBJECT) && s.token(trigger).isNoun()) {
      // R.mode.starting-verb-subject: "the talks are to resume next month".
      for (Dependency d : s.parents(trigger)) {
        if (d.baseRelation().startsWith("nsubj")
            && d.governor() >= 0
            && d.governor() != trigger
            && w.startingVerbs().contains(s.token(d.governor()).lemma())
            && mode(cx, s, d.governor(), d.governor(), false) == Mode.FUTURE) {
          future = true;
        }
      }
    }
    if (!future && cx.on(EventRule.MODE_PLANNED_NOUN)) {
      // R.mode.planned-noun: "the proposed talks"; the object of a verb that only puts it
      // forward too (putting-forward-verb, not a delivering-verb): "announced the planned
      // tariffs", not "imposed the planned tariffs".
      List<Integer> nouns = new ArrayList<>(List.of(trigger));
      String lemma = s.token(trigger).lemma();
      if (w.puttingForwardVerbs().contains(lemma) && !w.deliveringVerbs().contains(lemma)) {
        nouns.addAll(s.childrenOf(trigger, "obj"));
      }
      for (int n : nouns) {
        for (int a : s.token(n).isNoun() ? s.childrenOf(n, "amod") : List.<Integer>of()) {
          if (w.planningModifiers().contains(s.token(a).word().toLowerCase(Locale.ROOT))) {
            future = true;
          }
        }
      }
    }
    return future ? Mode.FUTURE : Mode.ASSERTED;
  }

  /**
   * R.mode.prevented: "measures to prevent attacks", "to protect tankers from attacks by Iran": an
   * act that is the object of a preventing verb, or the "from"/"against" phrase of a protecting
   * one, is what someone wants not to happen.
   */
  static boolean prevented(EventWords w, Sentence s, int trigger) {
    for (Dependency d : s.parents(trigger)) {
      if (d.governor() < 0) {
        continue;
      }
      if ((d.relation().equals("nmod:from") || d.relation().equals("nmod:against"))
          && s.parents(d.governor()).stream()
              .anyMatch(
                  up ->
                      up.governor() >= 0
                          && s.token(up.governor()).isVerb()
                          && w.protectingVerbs().contains(s.token(up.governor()).lemma()))) {
        // "protect tankers with U.S. warships from attacks": the parser may hang the phrase on
        // the verb's object or means.
        return true;
      }
      if (!s.token(d.governor()).isVerb()) {
        continue;
      }
      String verb = s.token(d.governor()).lemma();
      if (d.baseRelation().equals("obj") && w.preventingVerbs().contains(verb)) {
        return true;
      }
      if ((d.relation().equals("obl:from") || d.relation().equals("obl:against"))
          && w.protectingVerbs().contains(verb)) {
        return true;
      }
    }
    return false;
  }

  /**
   * R.mode.unrealised-infinitive: "impossible for Iran to attack Israel", "unable to attack",
   * "difficult for Trump to attack them": an infinitive an adjective of possibility, ease or need
   * governs says what could or should happen, not what did.
   */
  static boolean unrealisedInfinitive(EventWords w, Sentence s, int node) {
    return infinitiveOf(w.unrealisedAdjectives(), s, node);
  }

  /** Whether {@code node} is a to-infinitive that one of {@code adjectives} governs. */
  private static boolean infinitiveOf(Set<String> adjectives, Sentence s, int node) {
    if (s.childrenOf(node, "mark").stream().noneMatch(mk -> s.token(mk).lemma().equals("to"))) {
      return false;
    }
    for (Dependency d : s.parents(node)) {
      String r = d.baseRelation();
      if (d.governor() >= 0
          && (r.equals("xcomp") || r.equals("advcl") || r.equals("ccomp") || r.equals("csubj"))
          && s.token(d.governor()).isAdjective()
          && adjectives.contains(s.token(d.governor()).lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the event is what someone denies doing: "he denied accusing Germany of …". */
  static boolean deniedBy(EventWords w, Sentence s, int trigger) {
    for (Dependency d : s.parents(trigger)) {
      String r = d.baseRelation();
      if (d.governor() >= 0
          && (r.equals("xcomp")
              || r.equals("ccomp")
              || r.equals("obj")
              || r.equals("advcl")
              || r.equals("dep")) // the parser's usual reading of "denied accusing"
          && s.token(trigger).isVerb()
          && w.denialVerbs().contains(s.token(d.governor()).lemma())) {
        return true;
      }
      // "rejected Iraqi charges that Iran had attacked Basra": what a rejected charge says
      // happened is denied, not reported.
      if (d.governor() >= 0
          && (r.equals("acl") || r.equals("ccomp"))
          && s.token(trigger).isVerb()
          && w.hearsayNouns().contains(s.token(d.governor()).lemma().toLowerCase(Locale.ROOT))
          && rejected(w, s, d.governor())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a claim is the object of a verb that rejects it: "rejected Iraqi charges". */
  private static boolean rejected(EventWords w, Sentence s, int claim) {
    for (Dependency d : s.parents(claim)) {
      if (d.governor() >= 0
          && d.baseRelation().equals("obj")
          && w.claimRejectingVerbs().contains(s.token(d.governor()).lemma())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The clauses a response is said in, from its verb up through the verbs it complements: "would
   * have to retaliate", "said … the community would have to retaliate" (up to the reporting verb,
   * where the parser often hangs the condition).
   */
  static List<Integer> responseChain(Sentence s, int verb) {
    List<Integer> chain = new ArrayList<>(List.of(verb));
    int cur = verb;
    for (int hops = 0; hops < 3; hops++) {
      int up = -1;
      for (Dependency d : s.parents(cur)) {
        String r = d.baseRelation();
        if (d.governor() >= 0 && (r.equals("xcomp") || r.equals("ccomp") || r.equals("conj"))) {
          up = d.governor();
        }
      }
      if (up < 0 || chain.contains(up)) {
        break;
      }
      chain.add(up);
      cur = up;
    }
    return chain;
  }

  /** Whether a response is still to come: "will retaliate", "would have to retaliate". */
  static boolean stillToCome(EventWords w, Sentence s, int verb) {
    for (int node : responseChain(s, verb)) {
      for (int aux : s.childrenOf(node, "aux")) {
        String word = s.token(aux).word().toLowerCase(Locale.ROOT);
        if (w.futureAux().contains(word) || w.hypotheticalAux().contains(word)) {
          return true;
        }
      }
      if (w.reportVerbs().contains(s.token(node).lemma())) {
        break; // what the report itself says happened is not what it says will happen
      }
    }
    return false;
  }

  /**
   * The "if" or "unless" clause a response depends on ("we will hinder it if the vessel begins
   * research"), or -1.
   */
  static int conditionOf(EventWords w, Sentence s, int verb) {
    List<Integer> chain = responseChain(s, verb);
    // The parser may also hang the condition inside the response's own phrase: "would consider
    // measures … and other actions if the United States imposes tariffs".
    Deque<int[]> queue = new ArrayDeque<>();
    for (int node : chain) {
      queue.add(new int[] {node, 0});
    }
    Set<Integer> seen = new HashSet<>(chain);
    while (!queue.isEmpty()) {
      int[] cur = queue.poll();
      for (Dependency d : s.children(cur[0])) {
        int child = d.dependent();
        if (chain.contains(child) || !seen.add(child)) {
          continue;
        }
        if (w.conditionalMarks().contains(d.subtype())
            || s.childrenOf(child, "mark").stream()
                .anyMatch(mk -> w.conditionalMarks().contains(s.token(mk).lemma()))) {
          return child;
        }
        if (cur[1] < 2) {
          queue.add(new int[] {child, cur[1] + 1});
        }
      }
    }
    return -1;
  }

  /**
   * Whether the trigger's clause is the condition of an "if" or "unless", or an embedded yes/no
   * question ("asked if the United States was prepared for war"): neither says that anything
   * happened, so CAMEO codes neither. The clause that depends on the condition is coded, as a
   * hypothetical: "we will retaliate if …".
   */
  static boolean isConditionOrQuestion(EventWords w, Sentence s, int trigger) {
    for (int node : Syntax.clauseChain(s, trigger, trigger)) {
      String tense = s.token(node).pos();
      for (int mark : s.childrenOf(node, "mark")) {
        String word = s.token(mark).lemma().toLowerCase(Locale.ROOT);
        if (w.conditionOrQuestionMarks().contains(word)) {
          return true;
        }
        // "will not negotiate until Turkey recognises …": a present tense after "until" or
        // "before" is a condition still to be met.
        if (w.pendingMarks().contains(word) && (tense.equals("VBZ") || tense.equals("VBP"))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * "the US had agreed to release the four after intensive discussions": an event noun in an
   * "after" or "following" phrase of a clause told in the past happened before what that clause
   * tells, whatever the clause agreed or planned.
   */
  static boolean happenedBefore(EventWords w, Sentence s, int noun) {
    if (!s.token(noun).isNoun()) {
      return false;
    }
    for (Dependency d : s.parents(noun)) {
      if (d.governor() < 0
          || !d.baseRelation().equals("obl")
          || !w.afterPrepositions().contains(d.subtype())) {
        continue;
      }
      int verb = d.governor();
      for (int hop = 0; hop < 3; hop++) {
        int up = -1;
        for (Dependency p : s.parents(verb)) {
          if (p.baseRelation().equals("xcomp") && p.governor() >= 0) {
            up = p.governor();
          }
        }
        if (up < 0) {
          break;
        }
        verb = up;
      }
      int finite = verb;
      if (s.token(finite).pos().equals("VBD")
          || s.childrenOf(finite, "aux").stream()
              .anyMatch(a -> s.token(a).pos().equals("VBD") && !s.token(a).lemma().equals("do"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "until these discussions have been held", "if the talks take place": an event noun that is the
   * subject of a clause under a condition mark, or under a pending mark ("until", "before") in the
   * present or the present perfect, has not happened.
   */
  static boolean isSubjectOfCondition(EventWords w, Sentence s, int noun) {
    if (!s.token(noun).isNoun()) {
      return false;
    }
    for (Dependency d : s.parents(noun)) {
      if (!d.baseRelation().equals("nsubj") || d.governor() < 0) {
        continue;
      }
      int verb = d.governor();
      for (int mark : s.childrenOf(verb, "mark")) {
        String word = s.token(mark).lemma().toLowerCase(Locale.ROOT);
        if (w.conditionOrQuestionMarks().contains(word)
            || w.pendingMarks().contains(word) && presentOrPerfect(s, verb)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the clause at {@code verb} is in the present, its own tense or its auxiliary's. */
  private static boolean presentOrPerfect(Sentence s, int verb) {
    Set<String> present = Set.of("VBZ", "VBP");
    if (present.contains(s.token(verb).pos())) {
      return true;
    }
    List<Integer> aux = new ArrayList<>(s.childrenOf(verb, "aux"));
    aux.addAll(s.childrenOf(verb, "aux:pass"));
    return aux.stream().anyMatch(a -> present.contains(s.token(a).pos()));
  }

  /**
   * "Turkey, which occupies the northern part of the island": a verb in the simple present inside a
   * relative clause describes how things stand, not something that happened in the news.
   */
  static boolean isBackgroundState(Sentence s, int trigger) {
    String pos = s.token(trigger).pos();
    if (!pos.equals("VBZ") && !pos.equals("VBP")) {
      return false;
    }
    for (Dependency d : s.parents(trigger)) {
      if (d.relation().equals("acl:relcl")) {
        return s.children(trigger).stream().noneMatch(c -> c.baseRelation().startsWith("aux"));
      }
    }
    return false;
  }

  /**
   * Whether the infinitive at {@code verb} follows "be" or "be due": "is to visit" (not the passive
   * auxiliary of "not to be tempted", which comes after its "to").
   */
  static boolean beforeIsBe(Sentence s, int verb) {
    int k = verb - 1;
    boolean to = false;
    while (k >= 0 && (s.token(k).lemma().equals("to") || s.token(k).pos().startsWith("RB"))) {
      to |= s.token(k).lemma().equals("to");
      k--;
    }
    if (!to) {
      return false;
    }
    if (k >= 0 && s.token(k).lemma().equals("due")) {
      k--;
      // "is also due to visit"
      while (k >= 0 && s.token(k).pos().startsWith("RB")) {
        k--;
      }
    }
    return k >= 0 && s.token(k).lemma().equals("be") && s.token(k).pos().startsWith("VB");
  }

  /**
   * Whether the clause whose subject is at {@code subject} is in the subjunctive: a bare verb with
   * no auxiliary ("that Japan boost imports", "that he be released") or one with "should".
   */
  static boolean subjunctive(Sentence s, int subject) {
    for (Dependency d : s.parents(subject)) {
      if (!d.relation().startsWith("nsubj") || d.governor() < 0) {
        continue;
      }
      int verb = d.governor();
      List<Integer> aux = new ArrayList<>(s.childrenOf(verb, "aux"));
      aux.addAll(s.childrenOf(verb, "aux:pass"));
      aux.addAll(s.childrenOf(verb, "cop"));
      if (aux.stream().anyMatch(a -> s.token(a).lemma().equals("should"))) {
        return true;
      }
      boolean bare = s.token(verb).pos().equals("VB");
      boolean beBare = aux.stream().anyMatch(a -> s.token(a).word().equalsIgnoreCase("be"));
      boolean finiteAux = aux.stream().anyMatch(a -> !s.token(a).word().equalsIgnoreCase("be"));
      return (bare || beBare) && !finiteAux;
    }
    return false;
  }

  /**
   * "Any U.S. military aggression against Iran will be the beginning of a clash", "would respond to
   * any aggressive measure by the United States": an act noun determined by "any" or "whatever"
   * ({@code any-determiner}), itself or through the phase noun it is of ({@code act-phase-noun}),
   * is one that might happen, not one that did.
   */
  static boolean anyAct(EventWords w, Sentence s, int trigger) {
    if (!s.token(trigger).isNoun()) {
      return false;
    }
    List<Integer> nouns = new ArrayList<>(List.of(trigger));
    for (Dependency d : s.parents(trigger)) {
      // "any escalation of military actions": the phase noun's determiner is the act's.
      if (d.governor() >= 0
          && (d.relation().equals("nmod:of") || d.relation().equals("nmod:to"))
          && w.actPhaseNouns().contains(s.token(d.governor()).lemma().toLowerCase(Locale.ROOT))) {
        nouns.add(d.governor());
      }
    }
    for (int n : nouns) {
      for (int d : s.childrenOf(n, "det")) {
        if (w.anyDeterminers().contains(s.token(d).word().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }
}
