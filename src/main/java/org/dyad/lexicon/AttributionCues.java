package org.dyad.lexicon;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words that make a quotation or a reported statement someone's, by the role they play for the
 * quotation attributor ({@code lexicon/attribution-cues.tsv}): speech verbs ("said"), verbs that
 * introduce a reported clause, reporting nouns ("Iran's threat to …"), stance verbs and words
 * ("called for", "is critical of"), and the nouns and verbs that shape an attribution around them;
 * with them, the order of the attributor's sieves ({@code lexicon/quote-sieves.tsv}). Immutable.
 *
 * @param words the words of each kind
 * @param sieves the sieves in the order they are tried, {@link QuoteSieveOrder#NONE} without the
 *     file
 */
public record AttributionCues(Map<Kind, Set<String>> words, QuoteSieveOrder sieves) {

  /** The role a word plays; its name in the file is {@link #label()}. */
  public enum Kind {
    SPEECH("speech"),
    INDIRECT("indirect"),
    NOMINAL("nominal"),
    STANCE_NOUN("stance-noun"),
    STANCE_VERB("stance-verb"),
    STANCE_WORD("stance-word"),
    PHRASE_VERB("phrase-verb"),
    MEDIA_NOUN("media-noun"),
    SURVEY("survey"),
    OBJECT_NOT_REPORTED("object-not-reported"),
    AUDIENCE_VERB("audience-verb"),
    TIME_WORD("time-word"),
    SUBJECT_PRONOUN("subject-pronoun"),
    INITIAL_CUE("initial-cue"),
    ANSWER_WORD("answer-word"),
    MONEY_UNIT("money-unit"),
    FORCE_VERB("force-verb"),
    RAISING_VERB("raising-verb"),
    RECEIVING_VERB("receiving-verb"),
    REGARD_VERB("regard-verb"),
    FINDING_VERB("finding-verb"),
    FINDING_SOURCE("finding-source"),
    NOUN_OBJECT("noun-object");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    static Kind of(String label) {
      for (Kind k : values()) {
        if (k.label.equals(label)) {
          return k;
        }
      }
      return null;
    }
  }

  /** No cue words: an attributor with these finds only quotation marks. */
  public static final AttributionCues NONE = new AttributionCues(Map.of(), QuoteSieveOrder.NONE);

  public AttributionCues {
    java.util.Objects.requireNonNull(sieves, "sieves");
    Map<Kind, Set<String>> copy = new HashMap<>();
    words.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
    words = Map.copyOf(copy);
  }

  public Set<String> of(Kind kind) {
    return words.getOrDefault(kind, Set.of());
  }

  /** These words with the sieve order {@code order}. */
  public AttributionCues withSieves(QuoteSieveOrder order) {
    return new AttributionCues(words, order);
  }

  /** Reads the rows of an {@code attribution-cues} file: id, kind, word, note. */
  static AttributionCues read(LexiconFile file) {
    Map<Kind, Set<String>> words = new HashMap<>();
    for (LexiconFile.Row r : file.rows()) {
      Kind kind = Kind.of(r.get(1));
      if (kind == null) {
        throw new LexiconFormatException(
            file.origin(),
            r.line(),
            "unknown kind '" + r.get(1) + "'; expected one of " + labels());
      }
      String word = r.get(2);
      if (word.isEmpty() || !word.equals(word.toLowerCase(java.util.Locale.ROOT))) {
        throw new LexiconFormatException(
            file.origin(), r.line(), "the word must be a lower-case lemma, found '" + word + "'");
      }
      String expectedId = "Q." + kind.label() + "." + word.replace(' ', '_');
      if (!r.get(0).equals(expectedId)) {
        throw new LexiconFormatException(
            file.origin(), r.line(), "id must be " + expectedId + ", found " + r.get(0));
      }
      words.computeIfAbsent(kind, k -> new HashSet<>()).add(word);
    }
    return new AttributionCues(words, QuoteSieveOrder.NONE);
  }

  private static List<String> labels() {
    return java.util.Arrays.stream(Kind.values()).map(Kind::label).toList();
  }
}
