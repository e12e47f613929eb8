package org.dyad.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * PETRARCH's discard list: phrases whose presence means a text is not about political events
 * ("World Golf Championships", "baseball"). A {@code +} phrase discards the whole story, the others
 * the sentence.
 *
 * @param story phrases that discard the story, as lower-case word lists
 * @param sentence phrases that discard the sentence
 */
public record Discards(List<List<String>> story, List<List<String>> sentence) {
  /** What a text's discard check found. */
  public enum Verdict {
    KEEP,
    STORY,
    SENTENCE
  }

  public Discards {
    story = story.stream().map(List::copyOf).toList();
    sentence = sentence.stream().map(List::copyOf).toList();
  }

  static Discards load(DictionaryLines file) {
    List<List<String>> story = new ArrayList<>();
    List<List<String>> sentence = new ArrayList<>();
    for (DictionaryLines.Line line : file.lines()) {
      String t = line.text().strip();
      if (t.isEmpty()) {
        continue;
      }
      boolean whole = t.startsWith("+");
      List<String> words = words(whole ? t.substring(1) : t);
      if (!words.isEmpty()) {
        (whole ? story : sentence).add(words);
      }
    }
    return new Discards(story, sentence);
  }

  /** The story-level verdict first, as PETRARCH discards a story before coding its sentences. */
  public Verdict check(String text) {
    List<String> words = words(text);
    if (story.stream().anyMatch(p -> contains(words, p))) {
      return Verdict.STORY;
    }
    if (sentence.stream().anyMatch(p -> contains(words, p))) {
      return Verdict.SENTENCE;
    }
    return Verdict.KEEP;
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  private static boolean contains(List<String> words, List<String> phrase) {
    for (int i = 0; i + phrase.size() <= words.size(); i++) {
      if (words.subList(i, i + phrase.size()).equals(phrase)) {
        return true;
      }
    }
    return false;
  }
}
