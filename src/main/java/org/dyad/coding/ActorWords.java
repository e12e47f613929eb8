package org.dyad.coding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.lexicon.LexiconFile;
import org.dyad.lexicon.LexiconFormatException;

/**
 * The word lists the actor sieves read by ({@code lexicon/actor-words.tsv}, kind {@code
 * actor-words}): honorifics, locative prepositions, group nouns and the like, each a named list.
 * The names are fixed ({@link #LISTS}); a file naming another list, or missing one, is rejected.
 * Immutable.
 *
 * @param lists the words of each list
 */
record ActorWords(Map<String, Set<String>> lists) {

  /** The names of the lists the sieves read, each of which must have words. */
  static final List<String> LISTS =
      List.of(
          "honorific",
          "former-word",
          "locative-preposition",
          "state-group-noun",
          "person-group-noun",
          "legislation-word",
          "rank",
          "company-word",
          "stationed-noun",
          "topic-noun",
          "sufferer-noun",
          "people-qualifier",
          "issued-noun",
          "member-state-noun",
          "person-role-noun",
          "visitor-noun",
          "media-group-noun",
          "abroad-word",
          "phrase-preposition",
          "head-end",
          "armed-noun",
          "armed-agent",
          "owner-after-preposition",
          "country-after-preposition",
          "moved-from-word",
          "place-noun",
          "reached-place-preposition",
          "based-preposition",
          "female-pronoun",
          "male-pronoun",
          "state-possessive",
          "employer-preposition",
          "member-noun",
          "ranked-member-noun",
          "member-rank",
          "speaker-member-noun",
          "member-owner",
          "speaker-noun",
          "speaker-preposition",
          "sitting-adjective",
          "dissent-noun",
          "chamber-word",
          "staff-noun",
          "owned-only-first-word");

  static final String RESOURCE = "lexicon/actor-words.tsv";

  /** The lists shipped with Dyad, which the sieves read whichever dictionaries code the actors. */
  static final ActorWords SHIPPED = shipped();

  ActorWords {
    Map<String, Set<String>> copy = new LinkedHashMap<>();
    lists.forEach((name, words) -> copy.put(name, Set.copyOf(words)));
    lists = java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * The words of {@code list}.
   *
   * @throws IllegalArgumentException when no list has that name
   */
  Set<String> of(String list) {
    Set<String> words = lists.get(list);
    if (words == null) {
      throw new IllegalArgumentException("unknown actor word list '" + list + "'; known: " + LISTS);
    }
    return words;
  }

  /** Reads the rows of an {@code actor-words} file: id, list, word, note. */
  static ActorWords read(LexiconFile file) {
    Map<String, Set<String>> lists = new LinkedHashMap<>();
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
      String expectedId = "W." + list + "." + word.replace(' ', '_');
      if (!r.get(0).equals(expectedId)) {
        throw new LexiconFormatException(
            file.origin(), r.line(), "id must be " + expectedId + ", found " + r.get(0));
      }
      lists.computeIfAbsent(list, k -> new LinkedHashSet<>()).add(word);
    }
    for (String list : LISTS) {
      if (!lists.containsKey(list)) {
        throw new LexiconFormatException(file.origin(), 0, "list '" + list + "' has no words");
      }
    }
    return new ActorWords(lists);
  }

  private static ActorWords shipped() {
    try (InputStream in = ActorWords.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      return read(LexiconFile.read(RESOURCE, in, "actor-words", 4));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
