package org.dyad.coding.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.lexicon.VerbPattern;
import org.dyad.model.Sentence;

/**
 * The sense a trigger word is used in, as its patterns' distinctive parts tell it when no pattern
 * matched in full: "struck a deal" is {@code strike :deal with +} (057) even where the partner is
 * no actor, so the word's default (190, an attack) must not apply; the pattern's code does. A
 * pattern recognises its sense when it has a distinctive step (an object word, a named complement
 * verb, a predicate, a negation) and every such step is there; the most specific such pattern wins.
 * Stateless, thread-safe.
 */
final class PatternSense {
  private PatternSense() {}

  /** A pattern whose distinctive steps are there, and the words they used up. */
  record Sense(VerbPattern pattern, List<Integer> consumed, int head) {}

  static Optional<Sense> of(CodingContext cx, Sentence s, int trigger, List<VerbPattern> patterns) {
    Sense best = null;
    for (VerbPattern p : patterns) {
      if (p.pos() != VerbPattern.Pos.V && p.pos() != VerbPattern.Pos.N
          || p.pos() == VerbPattern.Pos.V && !s.token(trigger).isVerb()
          || p.pos() == VerbPattern.Pos.N && !s.token(trigger).isNoun()
          || p.isSurface()) {
        continue;
      }
      Sense sense = recognised(cx, s, trigger, p);
      if (sense != null && (best == null || p.specificity() > best.pattern().specificity())) {
        best = sense;
      }
    }
    return Optional.ofNullable(best);
  }

  private static Sense recognised(CodingContext cx, Sentence s, int trigger, VerbPattern p) {
    boolean distinctive = false;
    if (p.negated()) {
      if (!Syntax.isNegated(cx.words(), s, trigger)) {
        return null;
      }
      distinctive = true;
    }
    int head = trigger;
    List<Integer> consumed = new ArrayList<>();
    boolean passive = Syntax.isPassive(s, trigger) && p.pos() == VerbPattern.Pos.V;
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
          return null;
        }
        distinctive |= !c.lemma().equals("*");
        head = next;
        consumed.add(next);
      } else if (step instanceof VerbPattern.ObjectWord ow) {
        int object = -1;
        for (int o :
            Syntax.objects(
                s,
                head,
                p.pos() == VerbPattern.Pos.N && head == trigger,
                passive,
                head == trigger ? Triggers.prepositionOf(s, trigger, p) : null)) {
          if (Triggers.nounKeys(s, o).stream().anyMatch(ow.lemmas()::contains)) {
            object = o;
            break;
          }
        }
        if (object < 0) {
          return null;
        }
        distinctive = true;
        consumed.add(object);
      } else if (step instanceof VerbPattern.Predicate pd) {
        int predicate = PatternSteps.predicate(s, head, pd);
        if (predicate < 0) {
          return null;
        }
        distinctive = true;
        consumed.add(predicate);
      }
    }
    return distinctive ? new Sense(p, consumed, head) : null;
  }
}
