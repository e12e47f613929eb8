package org.dyad.coding.event;

import java.util.Locale;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;

/**
 * {@code R.mode.future-period}: an event told in the present tense with a time phrase naming a
 * period still to come ("next week", "later this month", "in the coming days": list {@code
 * future-period-word}) is still to come. News writes planned meetings and visits this way: "The
 * foreign ministers meet in Islamabad next week", "Merkel travels to Washington later this month".
 * A past tense keeps the event asserted ("agreed last week to meet next month" is an agreement that
 * happened). Such a phrase names no day, so the event keeps the article's date. Stateless.
 */
final class FuturePeriod {
  private FuturePeriod() {}

  /**
   * How far up from a noun trigger its clause's verb may be: "hold talks", "travels … for talks".
   */
  private static final int MAX_HOPS = 2;

  static boolean named(EventWords w, Sentence s, int trigger) {
    int clause = trigger;
    for (int hops = 0; !s.token(clause).isVerb() && hops < MAX_HOPS; hops++) {
      int up = governor(s, clause);
      if (up < 0) {
        return false;
      }
      clause = up;
    }
    if (!isPresent(s, clause)) {
      return false;
    }
    return namesPeriod(w, s, clause) || clause != trigger && namesPeriod(w, s, trigger);
  }

  /** A present-tense finite verb, or a present participle with a present auxiliary. */
  private static boolean isPresent(Sentence s, int verb) {
    String pos = s.token(verb).pos();
    if (pos.equals("VBZ") || pos.equals("VBP")) {
      return true;
    }
    if (!pos.equals("VBG")) {
      return false;
    }
    for (int aux : s.childrenOf(verb, "aux")) {
      String auxPos = s.token(aux).pos();
      if (auxPos.equals("VBZ") || auxPos.equals("VBP")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a time or place phrase on {@code head} has a future-period word in it. */
  private static boolean namesPeriod(EventWords w, Sentence s, int head) {
    for (Dependency d : s.children(head)) {
      String base = d.baseRelation();
      if (!base.equals("obl") && !base.equals("nmod") && !base.equals("advmod")) {
        continue;
      }
      int phrase = d.dependent();
      if (w.futurePeriodWords().contains(s.token(phrase).lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
      for (Dependency m : s.children(phrase)) {
        if ((m.baseRelation().equals("amod") || m.baseRelation().equals("advmod"))
            && w.futurePeriodWords()
                .contains(s.token(m.dependent()).lemma().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  private static int governor(Sentence s, int token) {
    for (Dependency d : s.parents(token)) {
      if (d.governor() >= 0) {
        return d.governor();
      }
    }
    return -1;
  }
}
