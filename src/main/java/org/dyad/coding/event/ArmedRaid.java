package org.dyad.coding.event;

import java.util.Locale;
import java.util.Optional;
import org.dyad.model.Mode;
import org.dyad.model.Sentence;

/**
 * A raid by a state, or by soldiers, rebels, insurgents or unnamed gunmen ({@code
 * fighting-sector}), is military force (190), not the seizure of property (1711) a police raid on
 * an office is: "Israeli troops raided a village near Jenin", "the U.S. raids on the rigs" by
 * warships. Applies at the words of {@code raid-word}. Stateless, thread-safe.
 */
final class ArmedRaid implements CodeRefinement {
  @Override
  public String id() {
    return "R.refine.armed-raid";
  }

  @Override
  public Optional<Refined> apply(CodingContext cx, Sentence s, PatternMatch m, Mode mode) {
    boolean raid =
        m.pattern().code().startsWith("171")
            && cx.words()
                .raidWords()
                .contains(s.token(m.trigger()).lemma().toLowerCase(Locale.ROOT));
    boolean fighters =
        !m.sources().isEmpty()
            && m.sources().stream()
                .allMatch(
                    a ->
                        a.code() != null
                            && (a.code().sector() == null && a.code().isState()
                                || cx.words().fightingSectors().contains(a.code().sector())));
    return raid && fighters ? Optional.of(new Refined("190", mode)) : Optional.empty();
  }
}
