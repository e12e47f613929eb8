package org.dyad.coding.event;

import java.util.Locale;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;

/**
 * {@code R.mode.reported-would}: a "would" in a clause reported by a verb in the past tense, with
 * no condition, is the reported "will" seen from then, not a condition: "The statement said the
 * government would buy 480 mln dlrs worth of U.S. cars" tells the government's plan, an intent as
 * the codebook codes cooperation still to come. "Would have", a condition ("would buy … if") and a
 * clause someone expects or fears (predicting-verb) keep the act hypothetical. Stateless.
 */
final class ReportedWould {
  private ReportedWould() {}

  static boolean applies(CodingContext cx, Sentence s, int trigger) {
    EventWords w = cx.words();
    for (int node : Syntax.clauseChain(s, trigger, trigger)) {
      boolean would = false;
      boolean perfect = false;
      for (int aux : s.childrenOf(node, "aux")) {
        String word = s.token(aux).word().toLowerCase(Locale.ROOT);
        // "would": the auxiliary both hypothetical and committing (hypothetical-aux,
        // committing-aux)
        would |= w.hypotheticalAux().contains(word) && w.committingAux().contains(word);
        perfect |= s.token(aux).lemma().equals("have");
      }
      if (would && perfect) {
        return false; // "would have bought": what did not happen
      }
      if (!would) {
        continue;
      }
      if (ModeRules.conditionOf(w, s, node) >= 0) {
        return false;
      }
      for (Dependency d : s.parents(node)) {
        if (d.baseRelation().equals("ccomp")
            && d.governor() >= 0
            && s.token(d.governor()).pos().equals("VBD")
            && !w.predictingVerbs().contains(s.token(d.governor()).lemma())) {
          return true;
        }
      }
      return false;
    }
    return false;
  }
}
