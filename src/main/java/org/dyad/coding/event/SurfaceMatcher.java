package org.dyad.coding.event;

import java.util.List;
import java.util.Locale;
import org.dyad.coding.ActorAnalysis;
import org.dyad.coding.ResolvedMention;
import org.dyad.lexicon.VerbPattern;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Matches a surface step (PETRARCH's word-order patterns) against the sentence's word order: the
 * elements before the trigger are found reading leftwards from it, those after reading rightwards,
 * each as near the trigger as possible (an attached element right next to its neighbour). Takes the
 * article's context, a sentence, the trigger and the step; returns what it found, or null when an
 * element is missing. Stateless, thread-safe.
 */
final class SurfaceMatcher {
  private SurfaceMatcher() {}

  /**
   * What a surface pattern found around its trigger.
   *
   * @param sources the actors its {@code $} names, or null when it names none
   * @param targets the actors its {@code +} names, or null when it names none
   * @param compound whether it requires a compound subject acting on itself ({@code %})
   */
  record Found(List<Arg> sources, List<Arg> targets, boolean compound) {}

  static Found match(CodingContext cx, Sentence s, int trigger, VerbPattern.Surface sf) {
    ActorAnalysis actors = cx.actors();
    List<Arg> sources = null;
    List<Arg> targets = null;
    boolean compound = false;
    int pos = trigger - 1;
    for (int i = sf.before().size() - 1; i >= 0; i--) {
      VerbPattern.Element e = sf.before().get(i);
      switch (e.kind()) {
        case WORDS -> {
          int start = -1;
          for (int k = pos; k >= 0 && start < 0; k--) {
            for (List<String> phrase : e.phrases()) {
              int first = k - phrase.size() + 1;
              if (first >= 0 && wordsAt(s, first, phrase)) {
                start = first;
                break;
              }
            }
            if (e.attached()) {
              break;
            }
          }
          if (start < 0) {
            return null;
          }
          pos = start - 1;
        }
        case TARGET, SOURCE -> {
          int[] found = ActorsAt.actorLeftOf(cx, s, pos, e.attached());
          if (found == null) {
            return null;
          }
          List<Arg> args = ActorsAt.argsAt(cx, s, found[1]);
          if (e.kind() == VerbPattern.ElementKind.TARGET) {
            targets = args;
          } else {
            sources = args;
          }
          pos = found[0] - 1;
        }
        case COMPOUND -> compound = true;
        case SKIP -> pos = skipPhrase(actors, s, pos, -1);
      }
    }
    pos = trigger + 1;
    for (VerbPattern.Element e : sf.after()) {
      switch (e.kind()) {
        case WORDS -> {
          int end = -1;
          for (int k = pos; k < s.tokens().size() && end < 0; k++) {
            for (List<String> phrase : e.phrases()) {
              if (wordsAt(s, k, phrase)) {
                end = k + phrase.size() - 1;
                break;
              }
            }
            if (e.attached()) {
              break;
            }
          }
          if (end < 0) {
            return null;
          }
          pos = end + 1;
        }
        case COMPOUND -> {
          // "AGREE * WITH %": the members of a compound after the verb are the targets.
          int found = -1;
          for (int k = pos; k < s.tokens().size() && found < 0; k++) {
            if (!ActorsAt.argsAt(cx, s, k).isEmpty()) {
              found = k;
            }
          }
          if (found < 0) {
            return null;
          }
          targets = ActorsAt.withConjuncts(cx, s, found);
          if (targets.size() < 2) {
            return null;
          }
          pos = found + 1;
        }
        case TARGET, SOURCE -> {
          int found = -1;
          for (int k = pos; k < s.tokens().size() && found < 0; k++) {
            if (!ActorsAt.argsAt(cx, s, k).isEmpty()) {
              found = k;
            }
            if (e.attached()) {
              break;
            }
          }
          if (found < 0) {
            return null;
          }
          List<Arg> args = ActorsAt.argsAt(cx, s, found);
          if (e.kind() == VerbPattern.ElementKind.TARGET) {
            targets = args;
          } else {
            sources = args;
          }
          ResolvedMention m = actors.mentionAt(s.index(), found);
          pos = (m == null ? found : s.tokenAt(m.span().end() - 1)) + 1;
        }
        case SKIP -> pos = skipPhrase(actors, s, pos, 1);
      }
    }
    return new Found(sources, targets, compound);
  }

  /**
   * PETRARCH's {@code ^}: the position past the phrase at {@code pos} in reading direction {@code
   * dir} (an actor's name with its determiner, or a run of nouns and adjectives), or past one word.
   */
  private static int skipPhrase(ActorAnalysis actors, Sentence s, int pos, int dir) {
    int k = pos;
    while (k >= 0 && k < s.tokens().size() && s.token(k).pos().equals("DT")) {
      k += dir;
    }
    if (k < 0 || k >= s.tokens().size()) {
      return pos + dir;
    }
    ResolvedMention m = actors.mentionAt(s.index(), k);
    if (m != null) {
      return (dir > 0 ? s.tokenAt(m.span().end() - 1) : s.tokenAt(m.span().begin())) + dir;
    }
    int start = k;
    while (k >= 0 && k < s.tokens().size() && (s.token(k).isNoun() || s.token(k).isAdjective())) {
      k += dir;
    }
    return k == start ? k + dir : k;
  }

  /**
   * Whether the tokens from {@code first} on are the phrase, word for word as written (a surface
   * dictionary lists the forms it means: PETRARCH's {@code * EFFORT} is not "efforts").
   */
  private static boolean wordsAt(Sentence s, int first, List<String> phrase) {
    if (first < 0 || first + phrase.size() > s.tokens().size()) {
      return false;
    }
    for (int w = 0; w < phrase.size(); w++) {
      Token t = s.token(first + w);
      String want = phrase.get(w);
      if (!t.word().toLowerCase(Locale.ROOT).equals(want)) {
        return false;
      }
    }
    return true;
  }
}
