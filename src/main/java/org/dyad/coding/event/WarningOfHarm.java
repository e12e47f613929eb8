package org.dyad.coding.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dyad.model.Mode;
import org.dyad.model.Sentence;

/**
 * "MPs have warned that government plans will cause irreversible damage", "warned Mr Blair about
 * the dangers of disunity": a party's, paper's, union's or group's warning of harm that others'
 * doings will bring is criticism of them (111), not a threat. It stays a threat (13) when the
 * warner sets a condition ("further walkouts unless there is a rethink") or warns of what its own
 * side will do ("we will strike"). Stateless, thread-safe.
 */
final class WarningOfHarm implements CodeRefinement {
  @Override
  public String id() {
    return "R.refine.warning-of-harm";
  }

  @Override
  public Optional<Refined> apply(CodingContext cx, Sentence s, PatternMatch m, Mode mode) {
    EventWords w = cx.words();
    boolean applies =
        m.pattern().code().startsWith("13")
            && w.warningVerbs().contains(s.token(m.trigger()).lemma())
            && !m.sources().isEmpty()
            && m.sources().stream()
                .allMatch(
                    a ->
                        a.code() != null
                            && a.code().sector() != null
                            && w.wordySectors().contains(a.code().sector()))
            && !conditionAfter(cx, s, m.trigger())
            && warned(s, m.trigger()).stream().noneMatch(c -> threatens(cx, s, c, m.sources()));
    return applies ? Optional.of(new Refined("111", mode)) : Optional.empty();
  }

  /** The clauses and phrases a warning at {@code verb} says: "warned that …", "about …". */
  private static List<Integer> warned(Sentence s, int verb) {
    List<Integer> out = new ArrayList<>(s.childrenOf(verb, "ccomp"));
    out.addAll(s.childrenOf(verb, "xcomp"));
    out.addAll(s.childrenOf(verb, "obl:about"));
    out.addAll(s.childrenOf(verb, "obl:of"));
    return out;
  }

  /**
   * Whether a condition mark ("unless", "if") follows the warning verb in its sentence: the parser
   * may hang the condition on the warning itself ("warned that unless ministers backed down …").
   */
  private static boolean conditionAfter(CodingContext cx, Sentence s, int verb) {
    for (int i = verb + 1; i < s.tokens().size(); i++) {
      if (cx.words().conditionalMarks().contains(s.token(i).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the warned clause at {@code clause} is a threat: its subject is the warner's own side
   * ("we", the warner itself).
   */
  private static boolean threatens(CodingContext cx, Sentence s, int clause, List<Arg> warners) {
    for (int subject : s.childrenOf(clause, "nsubj")) {
      String word = s.token(subject).word().toLowerCase(Locale.ROOT);
      if (cx.words().firstPersonPronouns().contains(word)) {
        return true;
      }
      for (Arg a : ActorsAt.argsAt(cx, s, subject)) {
        if (warners.stream().anyMatch(x -> x.actor().equals(a.actor()))) {
          return true;
        }
      }
    }
    return false;
  }
}
