package org.dyad.coding.event;

import java.util.Locale;
import java.util.Optional;
import org.dyad.lexicon.TriggerEntry;
import org.dyad.lexicon.VerbPattern;
import org.dyad.model.Mode;
import org.dyad.model.Sentence;

/**
 * A vow of force is a threat, not an intent to cooperate: "Iran promised to retaliate against the
 * United States" (138), "Hezbollah pledged to continue attacks on Israel", "the rebels vowed to
 * keep up their raids". Applies to an intent (03) said by a vowing verb ({@code vowing-verb}) whose
 * to-infinitive is an act of coercion or force (a trigger whose default code is 16 or above, as
 * {@link FutureThreat#threatFor} maps it), a word of force that codes only through its patterns
 * ({@code vowed-force-verb}: retaliate, crush, destroy …; 138), or a verb of going on with such an
 * act ({@code continuing-verb}: continue, keep up, resume) whose object is one. The threat is
 * asserted when vowed. Stateless, thread-safe.
 */
final class VowedForce implements CodeRefinement {
  @Override
  public String id() {
    return "R.refine.vowed-force";
  }

  @Override
  public Optional<Refined> apply(CodingContext cx, Sentence s, PatternMatch m, Mode mode) {
    if (!m.pattern().code().startsWith("03")
        || mode == Mode.NEGATED
        || !cx.words().vowingVerbs().contains(lemma(s, m.trigger()))) {
      return Optional.empty();
    }
    for (int act : Syntax.complements(s, m.trigger())) {
      String threat = threatOf(cx, s, act);
      if (threat == null && cx.words().continuingVerbs().contains(lemma(s, act))) {
        for (int object : s.childrenOf(act, "obj")) {
          threat = threatOf(cx, s, object);
        }
      }
      if (threat != null) {
        return Optional.of(new Refined(threat, Mode.ASSERTED));
      }
    }
    return Optional.empty();
  }

  /** The threat a vow to do the act at {@code t} makes, or null when the act is no force. */
  private static String threatOf(CodingContext cx, Sentence s, int t) {
    String lemma = lemma(s, t);
    if (s.token(t).isVerb() && cx.words().vowedForceVerbs().contains(lemma)) {
      return "138";
    }
    VerbPattern.Pos pos = s.token(t).isVerb() ? VerbPattern.Pos.V : VerbPattern.Pos.N;
    Optional<TriggerEntry> entry = cx.lexicon().triggers().find(pos, lemma);
    if (entry.isEmpty() || entry.get().code() == null || entry.get().code().compareTo("16") < 0) {
      return null;
    }
    return FutureThreat.threatFor(entry.get().code());
  }

  private static String lemma(Sentence s, int t) {
    return s.token(t).lemma().toLowerCase(Locale.ROOT);
  }
}
