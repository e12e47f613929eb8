package org.dyad.coding.quote;

import java.util.Set;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * A survey's share of the people it asked as a cue's subject ("58 percent of Republicans say …",
 * "Nine in 10 Democratic voters say …", "Twenty-four percent said …"): a number is never a speaker
 * (issue 16 item 2), but what the share said is still reported. Two speaker rules of {@code
 * lexicon/quote-sieves.tsv}, stage {@code speaker}:
 *
 * <ul>
 *   <li>{@code Q.speaker.share-population}: the people the share is a share of speak: the noun of
 *       its "of" phrase ("percent of Republicans"), of "N in 10 voters", or of an "among" phrase on
 *       the cue ("Among Democrats, 58 percent say …");
 *   <li>{@code Q.speaker.share-unnamed}: a share of people the sentence does not name ("Twenty-four
 *       percent said …", "Six in 10 say …") reports what it said with no speaker, as the
 *       speakerless sieves do.
 * </ul>
 *
 * Stateless.
 */
final class SurveyShares {
  /** The id of the rule that a share's population speaks for it. */
  static final String POPULATION = "Q.speaker.share-population";

  /** The id of the rule that a share of no named population reports with no speaker. */
  static final String UNNAMED = "Q.speaker.share-unnamed";

  /** Every speaker rule's id. */
  static final Set<String> RULES = Set.of(POPULATION, UNNAMED);

  private SurveyShares() {}

  /**
   * Whether token {@code t} heads a share of people asked: "58 percent", "34%" (a number and the
   * share's unit), or "six in 10 (voters)" (a number with an "in" phrase that has a number).
   */
  static boolean isShare(Sentence s, int t) {
    Token w = s.token(t);
    if (w.isNoun() && (w.word().equals("%") || w.lemma().equals("percent"))) {
      return s.children(t).stream()
          .anyMatch(d -> s.token(d.dependent()).pos().equals("CD") && d.dependent() < t);
    }
    if (!w.pos().equals("CD")) {
      return false;
    }
    for (int in : s.childrenOf(t, "nmod:in")) {
      Token base = s.token(in);
      if (base.pos().equals("CD")
          || s.childrenOf(in, "nummod").stream().anyMatch(n -> s.token(n).pos().equals("CD"))) {
        return true; // "Six in 10", "Nine in 10 voters"
      }
    }
    return false;
  }

  /**
   * The token that names the people the share at {@code t} is a share of, or -1: "percent of
   * [Republicans]", "Nine in 10 Democratic registered [voters]", "[Among Democrats], 58 percent say
   * …" (an "among" phrase on the verb the share is the subject of).
   */
  static int population(Sentence s, int t) {
    for (Dependency d : s.children(t)) {
      int p = d.dependent();
      Token w = s.token(p);
      boolean people = w.isNoun() || w.isPronoun() || w.pos().equals("DT");
      if (d.relation().equals("nmod:of") && people && !w.pos().equals("CD")) {
        return p; // "58 percent of Republicans", "42% of them", "31 percent of those surveyed"
      }
      if (d.relation().equals("nmod:in") && w.isNoun() && p > t) {
        return p; // "Nine in 10 voters"
      }
    }
    for (Dependency up : s.parents(t)) {
      if (up.relation().startsWith("nsubj") && up.governor() >= 0) {
        for (int among : s.childrenOf(up.governor(), "obl:among")) {
          if (s.token(among).isNoun()) {
            return among; // "Among Democrats, 58 percent say …"
          }
        }
      }
    }
    return -1;
  }
}
