package org.dyad.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the event coder reads by ({@code lexicon/event-words.tsv}, kind {@code
 * word-lists}): negators, auxiliaries, verbs and nouns of a role ("judging-verb", "hearsay-noun"),
 * CAMEO sectors and code prefixes, each a named list of words in file order. The names are fixed
 * ({@link #LISTS}, described in docs/lexicon-formats.md); a file naming another list is rejected.
 * Immutable.
 *
 * @param lists the words of each list, in file order
 */
public record WordLists(Map<String, List<String>> lists) {

  /** The names of the lists a word-lists file may give words for. */
  public static final List<String> LISTS =
      List.of(
          "negator",
          "state-anaphor",
          "organization-anaphor",
          "intent-head",
          "intent-noun",
          "hypothetical-aux",
          "future-aux",
          "conditional-mark",
          "condition-or-question-mark",
          "connective-noun",
          "linking-verb",
          "relative-pronoun",
          "joint-noun",
          "demonstrative",
          "naming-verb",
          "deed-verb",
          "claiming-cue",
          "judging-verb",
          "issuing-verb",
          "hearsay-noun",
          "group-noun",
          "repelling-verb",
          "happening-verb",
          "starting-verb",
          "planning-modifier",
          "delivering-verb",
          "interview-verb",
          "verbal-attack-verb",
          "contest-word",
          "putting-forward-verb",
          "definite-determiner",
          "denial-verb",
          "adverb-particle",
          "first-person-pronoun",
          "person-pronoun",
          "question-word",
          "report-verb",
          "pending-mark",
          "executive-sector",
          "wordy-sector",
          "opposing-sector",
          "petitioning-sector",
          "armed-sector",
          "implied-target-root",
          "domestic-implied-root",
          "demand-root",
          "warning-verb",
          "hardware-noun",
          "shared-root",
          "answered-root",
          "said-root",
          "person-noun",
          "crowd-noun",
          "policy-noun",
          "claim-rejecting-verb",
          "wanting-verb",
          "one-sided-code",
          "weighed-code",
          "exchange-verb",
          "mutual-verb",
          "future-period-word",
          "travel-verb",
          "grievance-particle",
          "intended-alone-root",
          "member-noun",
          "kind-noun",
          "body-noun",
          "document-noun",
          "expletive-verb",
          "asking-root",
          "discourse-imperative",
          "amount-noun",
          "place-anaphor",
          "calm-noun",
          "unrealised-adjective",
          "imperative-lead",
          "committing-aux",
          "own-group-noun",
          "thing-pronoun",
          "denying-adjective",
          "male-pronoun",
          "female-pronoun",
          "male-title",
          "female-title",
          "coercing-sector",
          "rivals-root",
          "preventing-verb",
          "protecting-verb",
          "side-noun",
          "governing-noun",
          "crowd-sector",
          "vowing-verb",
          "vowed-force-verb",
          "continuing-verb",
          "work-stopping-verb",
          "predicting-verb",
          "raid-word",
          "fighting-sector",
          "subject-control-preposition",
          "instrument-verb",
          "met-with-preposition",
          "after-preposition",
          "act-phase-noun",
          "act-stop-noun",
          "any-determiner",
          "act-meeting-verb",
          "making-verb",
          "team-sector");

  /** No words at all: a lexicon without a word-lists file. */
  public static final WordLists NONE = new WordLists(Map.of());

  public WordLists {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    lists.forEach(
        (name, words) -> {
          known(name);
          copy.put(name, List.copyOf(words));
        });
    lists = java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * The words of {@code list}, empty when the file gives none.
   *
   * @throws IllegalArgumentException when no list has that name
   */
  public Set<String> of(String list) {
    return Set.copyOf(ordered(list));
  }

  /**
   * The words of {@code list} in file order, empty when the file gives none.
   *
   * @throws IllegalArgumentException when no list has that name
   */
  public List<String> ordered(String list) {
    known(list);
    return lists.getOrDefault(list, List.of());
  }

  private static void known(String list) {
    if (!LISTS.contains(list)) {
      throw new IllegalArgumentException("unknown word list '" + list + "'; known: " + LISTS);
    }
  }

  /** Reads the rows of a {@code word-lists} file: id, list, word, note. */
  static WordLists read(LexiconFile file) {
    Map<String, List<String>> lists = new LinkedHashMap<>();
    for (LexiconFile.Row r : file.rows()) {
      String list = r.get(1);
      if (!LISTS.contains(list)) {
        throw new LexiconFormatException(
            file.origin(), r.line(), "unknown list '" + list + "'; expected one of " + LISTS);
      }
      String word = r.get(2);
      if (word.isEmpty()) {
        throw new LexiconFormatException(file.origin(), r.line(), "missing word");
      }
      String expectedId = "L." + list + "." + word.replace(' ', '_');
      if (!r.get(0).equals(expectedId)) {
        throw new LexiconFormatException(
            file.origin(), r.line(), "id must be " + expectedId + ", found " + r.get(0));
      }
      lists.computeIfAbsent(list, k -> new ArrayList<>()).add(word);
    }
    return new WordLists(lists);
  }
}
