package org.dyad.coding.event;

import java.util.ArrayList;
import java.util.List;
import org.dyad.lexicon.VerbPattern;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;

/**
 * Matches a pattern's steps left to right at a trigger ({@link VerbPattern.Step}): a to-infinitive
 * complement moves the head, an object word, a predicate, a preposition or "still to come" must be
 * there, a slot names the target ({@link SlotFiller}), a surface step reads the word order ({@link
 * SurfaceMatcher}). Takes the article's context, a sentence, the trigger and the pattern; returns
 * the {@link Frame} the steps found, or null (the reason told to the trace, except for a surface
 * step, which fails silently as PETRARCH's do). Stateless, thread-safe.
 */
final class PatternSteps {
  private PatternSteps() {}

  /**
   * What a pattern's steps found at a trigger, before its sources and the targets no step named are
   * sought. Immutable.
   *
   * @param head the trigger, or the complement the last complement step moved to
   * @param object the token of the last object word, or -1
   * @param consumed tokens the pattern used as its complement, object word, predicate or slot
   * @param targets the actors a slot or surface step named, or null when none did
   * @param surfaceSources the actors a surface step named as sources, or null
   * @param compound whether a surface step asks for a compound acting on itself
   * @param reversed whether the slot held the source ({@code $}): the subject is then the target
   * @param placeTarget whether the target is a visit's destination, written as a place
   * @param slotUnfilled whether a slot was left to the article (a thing no one in the sentence
   *     owns, or what a condition will say)
   * @param answersHearsay whether that thing is something said ("rejected the speculation")
   * @param stillToCome whether a {@code ?future} or {@code ?if} step matched
   * @param negated whether the trigger or a complement is negated
   * @param passive whether the trigger is a passive verb whose subject is acted on
   */
  record Frame(
      int head,
      int object,
      List<Integer> consumed,
      List<Arg> targets,
      List<Arg> surfaceSources,
      boolean compound,
      boolean reversed,
      boolean placeTarget,
      boolean slotUnfilled,
      boolean answersHearsay,
      boolean stillToCome,
      boolean negated,
      boolean passive) {
    Frame {
      consumed = List.copyOf(consumed);
      targets = targets == null ? null : List.copyOf(targets);
      surfaceSources = surfaceSources == null ? null : List.copyOf(surfaceSources);
    }
  }

  static Frame match(CodingContext cx, Sentence s, int trigger, VerbPattern p) {
    EventWords w = cx.words();
    boolean negated = Syntax.isNegated(w, s, trigger);
    if (p.negated() && !negated) {
      return cx.reject(s, trigger, p, "needs a negation");
    }
    int head = trigger;
    int object = -1;
    List<Integer> consumed = new ArrayList<>();
    List<Arg> targets = null;
    List<Arg> surfaceSources = null;
    boolean compound = false;
    boolean reversed = false;
    boolean placeTarget = false;
    boolean slotUnfilled = false;
    boolean answersHearsay = false;
    boolean stillToCome = false;
    int predicate = -1;
    boolean passive = Syntax.isPassive(s, trigger) && p.pos() == VerbPattern.Pos.V;
    if (passive && !cx.on(EventRule.ARG_AGENTLESS_PASSIVE) && !Syntax.hasAgent(s, trigger)) {
      // PETRARCH reads "X was criticized over Y" with X as the actor: only a "by" agent reverses.
      passive = false;
    }
    for (VerbPattern.Step step : p.steps()) {
      if (step instanceof VerbPattern.Complement c) {
        int next = -1;
        for (int x : Syntax.complements(s, head)) {
          if (c.lemma().equals("*") || s.token(x).lemma().equals(c.lemma())) {
            next = x;
            break;
          }
        }
        if (next < 0) {
          return cx.reject(s, trigger, p, "no to-infinitive complement '" + c.lemma() + "'");
        }
        if (c.lemma().equals("*")
            && p.code().startsWith("12")
            && cx.on(EventRule.PATTERN_REFUSAL_OF_ANY_ACT)
            && hostile(cx, s, next)) {
          // "refused to condemn the attack on Israel" rejects no one: refusing a hostile act is
          // no rejection of whom it would have been aimed at.
          return cx.reject(s, trigger, p, "refuses a hostile act");
        }
        head = next;
        consumed.add(next);
        object = -1;
        // "urged Iran not to attack Iraq": what an appeal or demand asks not to be done is asked.
        if (Syntax.isNegated(w, s, head)
            && !(cx.on(EventRule.MODE_ASKED_NOT_TO)
                && EventWords.startsWithAny(w.askingRoots(), p.code()))) {
          negated = true;
        }
      } else if (step instanceof VerbPattern.ObjectWord ow) {
        object = -1;
        for (int o :
            Syntax.objects(
                s,
                head,
                p.pos() == VerbPattern.Pos.N && head == trigger,
                passive,
                head == trigger ? Triggers.prepositionOf(s, trigger, p) : null)) {
          // "400 mln dlrs in military aid", "57 mln dlrs in pretax earnings": an amount with an
          // "in" phrase is what that phrase names (the aid noun codes it), not its own unit.
          boolean amountOfKind =
              cx.on(EventRule.ARG_AMOUNT_IN_PHRASE)
                  && SourceRules.isAmount(cx, s, o)
                  && !s.childrenOf(o, "nmod:in").isEmpty();
          if (!amountOfKind && Triggers.nounKeys(s, o).stream().anyMatch(ow.lemmas()::contains)) {
            object = o;
            break;
          }
          // "bought 200,000 tonnes of U.S. wheat", "480 mln dlrs worth of U.S. cars": an amount
          // stands for what it measures, its "of" phrase.
          if (cx.on(EventRule.ARG_MEASURED_OBJECT) && SourceRules.isAmount(cx, s, o)) {
            for (int measured : s.childrenOf(o, "nmod:of")) {
              if (Triggers.nounKeys(s, measured).stream().anyMatch(ow.lemmas()::contains)) {
                object = measured;
                break;
              }
            }
            if (object >= 0) {
              break;
            }
          }
        }
        if (object < 0) {
          return cx.reject(s, trigger, p, "no object " + ow.lemmas());
        }
        consumed.add(object);
      } else if (step instanceof VerbPattern.Predicate pd) {
        predicate = predicate(s, head, pd);
        if (predicate < 0) {
          return cx.reject(s, trigger, p, "no predicate " + pd.lemmas());
        }
        consumed.add(predicate);
      } else if (step instanceof VerbPattern.StillToCome still) {
        if (still.conditional()
            ? ModeRules.conditionOf(w, s, head) < 0
            : !ModeRules.stillToCome(w, s, head)) {
          return cx.reject(
              s, trigger, p, still.conditional() ? "no condition ('if …')" : "not still to come");
        }
        stillToCome = true;
      } else if (step instanceof VerbPattern.Preposition pr) {
        if (Syntax.prepositional(w, s, head, object, pr.preposition()).isEmpty()) {
          return cx.reject(s, trigger, p, "no '" + pr.preposition() + "' phrase");
        }
      } else if (step instanceof VerbPattern.Slot slot) {
        SlotFiller.Fill fill =
            SlotFiller.fill(cx, s, trigger, p, slot, head, object, predicate, passive);
        if (fill == null) {
          return null;
        }
        if (fill.unfilled()) {
          slotUnfilled = true;
          answersHearsay |= fill.answersHearsay();
          continue;
        }
        if (fill.consumed() >= 0) {
          consumed.add(fill.consumed());
        }
        placeTarget |= fill.placeTarget();
        targets = fill.targets();
        reversed = slot.holdsSource();
      } else if (step instanceof VerbPattern.Surface sf) {
        SurfaceMatcher.Found sm = SurfaceMatcher.match(cx, s, trigger, sf);
        if (sm == null) {
          return null;
        }
        if (sm.targets() != null) {
          targets = sm.targets();
        }
        surfaceSources = sm.sources();
        compound = sm.compound();
      }
    }
    return new Frame(
        head,
        object,
        consumed,
        targets,
        surfaceSources,
        compound,
        reversed,
        placeTarget,
        slotUnfilled,
        answersHearsay,
        stillToCome,
        negated,
        passive);
  }

  /** Whether the verb at {@code verb} is a trigger whose default code is hostile (10 to 20). */
  private static boolean hostile(CodingContext cx, Sentence s, int verb) {
    return cx.lexicon()
        .triggers()
        .find(VerbPattern.Pos.V, s.token(verb).lemma())
        .map(e -> e.code() != null && e.code().compareTo("10") >= 0)
        .orElse(false);
  }

  /**
   * What the head calls its object, when it is one of the step's words: an adjective or noun
   * complement or an "as" phrase ("called the UK's rebate unjustified"); -1 when there is none.
   */
  static int predicate(Sentence s, int head, VerbPattern.Predicate pd) {
    int predicate = -1;
    for (Dependency d : s.children(head)) {
      String r = d.relation();
      if ((r.equals("xcomp") || r.equals("obl:as") || r.equals("advcl:as"))
          && pd.lemmas().contains(s.token(d.dependent()).lemma())) {
        predicate = d.dependent();
        break;
      }
      // "described the decision as \"unjustified\"": the parser may hang the "as" phrase on
      // the object.
      if (d.baseRelation().equals("obj") && predicate < 0) {
        for (int as : s.childrenOf(d.dependent(), "nmod:as")) {
          if (pd.lemmas().contains(s.token(as).lemma())) {
            predicate = as;
          }
        }
      }
    }
    return predicate;
  }
}
