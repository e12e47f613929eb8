package org.dyad.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.model.Sentence;
import org.dyad.model.Token;
import org.dyad.pipeline.Explanation;

/**
 * Why a hand-coded event was missed, for a dictionary editor reading {@code dyad eval --why}: every
 * pattern tried at the words of its trigger, with what became of it ("no target actor", "needs a
 * negation", …), leaving out patterns of other codes that failed on their own words, and what the
 * trigger and argument layers decided there when no pattern matched, and the refinement, mode and
 * assembly of a match that fired. No line at all means nothing got that far at those words.
 * Stateless.
 */
public final class MissReasons {
  private static final List<String> WORD_LEVEL =
      List.of("no object", "no to-infinitive", "no predicate", "needs a negation");

  private MissReasons() {}

  /** One line per pattern tried at the miss's trigger words, in text order. */
  public static List<String> of(GoldEvent miss, Explanation explained) {
    Sentence sentence = sentenceOf(miss, explained);
    if (sentence == null) {
      return List.of("sentence not found: the gold file's prefix matches no sentence");
    }
    Set<String> words = new HashSet<>();
    for (String w : miss.trigger().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    // Patterns with the same outcome at the same word are one line: "demanded: 98 patterns (…)".
    Map<String, List<String>> byOutcome = new LinkedHashMap<>();
    int wordLevel = 0;
    for (Explanation.Attempt a : explained.attempts()) {
      if (a.sentence() != sentence.index()) {
        continue;
      }
      Token t = sentence.token(a.trigger());
      if (!words.contains(t.word().toLowerCase(Locale.ROOT))) {
        continue;
      }
      // A pattern that failed on its own words ("no object [aid]") says little; one that got as
      // far as the actors, fired or was dropped says why this event is missing.
      if (WORD_LEVEL.stream().anyMatch(a.outcome()::startsWith)) {
        wordLevel++;
      } else {
        byOutcome
            .computeIfAbsent(t.word() + ": " + a.outcome(), k -> new ArrayList<>())
            .add(a.pattern().id() + " " + a.pattern().code());
      }
    }
    List<String> lines = new ArrayList<>();
    for (Explanation.Decision d : explained.decisions()) {
      if (d.sentence() == sentence.index()
          && words.contains(sentence.token(d.trigger()).word().toLowerCase(Locale.ROOT))) {
        lines.add(sentence.token(d.trigger()).word() + ": [" + d.layer() + "] " + d.decision());
      }
    }
    byOutcome.forEach(
        (outcome, patterns) ->
            lines.add(
                outcome
                    + "  ("
                    + (patterns.size() == 1
                        ? patterns.get(0)
                        : patterns.size() + " patterns: " + patterns.get(0) + ", …")
                    + ")"));
    if (wordLevel > 0) {
      lines.add(wordLevel + " more patterns at these words did not find their own words");
    }
    return lines;
  }

  private static Sentence sentenceOf(GoldEvent miss, Explanation explained) {
    String prefix = TextFold.norm(miss.sentence());
    for (Sentence s : explained.annotated().sentences()) {
      if (TextFold.norm(EventMatcher.sentenceText(explained.coded(), s.index()))
          .startsWith(prefix)) {
        return s;
      }
    }
    return null;
  }
}
