package org.dyad.coding.event;

import org.dyad.model.ActorCode;
import org.dyad.model.Sentence;

/**
 * R.assemble.contest-in-words: news fights its contests in the words of war ("her nomination battle
 * with Sanders", "a two-front war against both Trump and Sanders", "Trump shot back in a
 * statement"). Material conflict (roots 18-20) at a contest word between two sides that fight only
 * with words, or by such a side against no one, is no force and no event. A state itself or an
 * armed side keeps it ("war with Iraq", "the army's battle with the rebels"). Stateless,
 * thread-safe.
 */
final class ContestInWords {
  private ContestInWords() {}

  /**
   * Whether the event of code {@code cameo} at the trigger, from {@code source} to {@code target}
   * (null for a one-sided event), is a contest in words.
   */
  static boolean applies(
      EventWords w, Sentence s, int trigger, String cameo, ActorCode source, ActorCode target) {
    if (!(cameo.startsWith("18") || cameo.startsWith("19") || cameo.startsWith("20"))
        || !isContestWord(w, s, trigger)) {
      return false;
    }
    return target == null
        ? fightsWithWords(w, source, false)
        : fightsWithWords(w, source, true) && fightsWithWords(w, target, true);
  }

  private static boolean isContestWord(EventWords w, Sentence s, int trigger) {
    String lemma = s.token(trigger).lemma();
    if (w.contestWords().contains(lemma)) {
      return true;
    }
    // "shot back": the parser hangs the particle as compound:prt or as advmod
    for (String relation : new String[] {"compound:prt", "advmod"}) {
      for (int prt : s.childrenOf(trigger, relation)) {
        if (w.contestWords().contains(lemma + "_" + s.token(prt).lemma())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A country's side with no arms: its parties, legislators, press, elites, business, NGOs or
   * civilians, and, facing another such side, its government ("the White House's battle with
   * Congress"). A government alone against no one may be at war with someone unnamed.
   */
  private static boolean fightsWithWords(EventWords w, ActorCode code, boolean governmentToo) {
    if (code == null || !code.isState() || code.sector() == null) {
      return false;
    }
    String sector = code.sector();
    return w.wordySectors().contains(sector) || governmentToo && sector.equals("GOV");
  }
}
