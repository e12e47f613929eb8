package org.dyad.lexicon;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A coder's sieves in the order they are tried, each in a stage and on for the coding profiles it
 * names: the shape of {@code lexicon/quote-sieves.tsv} and {@code lexicon/actor-sieves.tsv}, so a
 * run can drop or reorder sieves by editing a file. Immutable.
 *
 * @param sieves the rows in file order
 */
public record SieveOrder(List<Row> sieves) {

  /**
   * One sieve.
   *
   * @param id the sieve's id, {@code Q.after-sentence}, {@code A.find.role-noun}
   * @param stage the stage it belongs to, one of the file's own
   * @param profiles the coding profiles that have it on; none, off in all
   */
  public record Row(String id, String stage, Set<String> profiles) {
    public Row {
      profiles = Set.copyOf(profiles);
    }
  }

  public SieveOrder {
    sieves = List.copyOf(sieves);
  }

  /** The ids of the sieves of {@code stage} that {@code profile} has on, in file order. */
  public List<String> enabled(String stage, String profile) {
    return sieves.stream()
        .filter(r -> r.stage().equals(stage) && r.profiles().contains(profile))
        .map(Row::id)
        .toList();
  }

  /**
   * Reads the rows of a sieve-order file: id, stage, profiles, note. An id must start with {@code
   * idPrefix} and be unique, a stage be one of {@code stages}, a profile one of {@link
   * EventRules#PROFILES}.
   */
  public static SieveOrder read(LexiconFile file, String idPrefix, Set<String> stages) {
    List<Row> rows = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (LexiconFile.Row r : file.rows()) {
      String id = r.get(0);
      if (!id.startsWith(idPrefix) || !seen.add(id)) {
        throw new LexiconFormatException(
            file.origin(),
            r.line(),
            "sieve id must start with " + idPrefix + " and be unique, found " + id);
      }
      if (!stages.contains(r.get(1))) {
        throw new LexiconFormatException(
            file.origin(),
            r.line(),
            "unknown stage '" + r.get(1) + "'; expected one of " + new TreeSet<>(stages));
      }
      for (String p : r.list(2)) {
        if (!EventRules.PROFILES.contains(p)) {
          throw new LexiconFormatException(
              file.origin(),
              r.line(),
              "unknown profile '" + p + "'; expected one of " + EventRules.PROFILES);
        }
      }
      rows.add(new Row(id, r.get(1), Set.copyOf(r.list(2))));
    }
    return new SieveOrder(rows);
  }
}
