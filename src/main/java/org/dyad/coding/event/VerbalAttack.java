package org.dyad.coding.event;

import java.util.Optional;
import org.dyad.lexicon.VerbPattern;
import org.dyad.model.Mode;
import org.dyad.model.Sentence;

/**
 * "President Mbeki attacked British imperialists": one politician's attack is in words (though
 * "Bush's attack on Iraq" is not); so is a party's or a paper's ("a Labour spokesman attacked the
 * Tories", "his attack on Labour's record"). Codes such an assault as criticism (111). Stateless,
 * thread-safe.
 */
final class VerbalAttack implements CodeRefinement {
  @Override
  public String id() {
    return "R.refine.verbal-attack";
  }

  @Override
  public Optional<Refined> apply(CodingContext cx, Sentence s, PatternMatch m, Mode mode) {
    EventWords w = cx.words();
    VerbPattern.Pos pos = m.pattern().pos();
    boolean applies =
        m.pattern().code().startsWith("19")
            && (pos == VerbPattern.Pos.V || pos == VerbPattern.Pos.N)
            && (w.verbalAttackVerbs().contains(s.token(m.trigger()).lemma())
                // "launched an attack on the cost of Britain's asylum system"
                || m.consumed().stream()
                    .anyMatch(c -> w.verbalAttackVerbs().contains(s.token(c).lemma())))
            && m.sources().stream()
                .allMatch(
                    a ->
                        pos == VerbPattern.Pos.V && Sides.isCivilianPerson(w, cx.actors(), a)
                            || a.code() != null
                                && a.code().sector() != null
                                && w.wordySectors().contains(a.code().sector()));
    return applies ? Optional.of(new Refined("111", mode)) : Optional.empty();
  }
}
