package org.dyad.lexicon;

import java.util.List;
import java.util.Set;

/**
 * The quotation attributor's sieves in the order they are tried, and which coding profiles have
 * each on ({@code lexicon/quote-sieves.tsv}): a run can drop or reorder sieves by editing the file.
 * Immutable.
 *
 * @param sieves the rows in file order
 */
public record QuoteSieveOrder(List<Row> sieves) {

  /** The stages a sieve may belong to. */
  public static final Set<String> STAGES =
      Set.of(
          "partial", "direct", "indirect", "pronoun", "utterance", "unspoken", "span", "speaker");

  /** No sieves: a lexicon without the file codes quotations by their marks alone. */
  public static final QuoteSieveOrder NONE = new QuoteSieveOrder(List.of());

  /**
   * One sieve.
   *
   * @param id the sieve's id, {@code Q.after-sentence}
   * @param stage {@code partial}, {@code direct}, {@code indirect}, {@code utterance} (a rule that
   *     joins quotations into one utterance), {@code pronoun} (a step of resolving a cue's "he" or
   *     "she"), or {@code unspoken} (a rule that drops a speakerless quoted phrase that cannot be
   *     anyone's words), or {@code span} (a rule that mends the span of what a sieve reports where
   *     the parse cut it short), or {@code speaker} (a rule that says whom a cue's subject names: a
   *     survey's share speaks through the people it is a share of)
   * @param profiles the coding profiles that have it on
   */
  public record Row(String id, String stage, Set<String> profiles) {
    public Row {
      profiles = Set.copyOf(profiles);
    }
  }

  public QuoteSieveOrder {
    sieves = List.copyOf(sieves);
  }

  /** The ids of the sieves of {@code stage} that {@code profile} has on, in file order. */
  public List<String> enabled(String stage, String profile) {
    return sieves.stream()
        .filter(r -> r.stage().equals(stage) && r.profiles().contains(profile))
        .map(Row::id)
        .toList();
  }

  /** Reads the rows of a {@code quote-sieves} file: id, stage, profiles, note. */
  static QuoteSieveOrder read(LexiconFile file) {
    return new QuoteSieveOrder(
        SieveOrder.read(file, "Q.", STAGES).sieves().stream()
            .map(r -> new Row(r.id(), r.stage(), r.profiles()))
            .toList());
  }
}
