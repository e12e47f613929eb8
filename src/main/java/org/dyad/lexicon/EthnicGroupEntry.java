package org.dyad.lexicon;

import java.util.List;

/**
 * A people without a state of its own ("the Kurds", "Uighur activists"), coded, as CAMEO codes
 * non-state groups, by the country it acts in: one of {@code countries}, chosen from the text.
 *
 * @param id {@code E.<slug>}
 * @param names the plural and singular nouns that name its members ("Kurds", "Kurd")
 * @param adjectives the adjectives that qualify them ("Kurdish")
 * @param countries the countries it lives in, where the text may place it
 */
public record EthnicGroupEntry(
    String id, List<String> names, List<String> adjectives, List<String> countries, String note) {
  public EthnicGroupEntry {
    names = List.copyOf(names);
    adjectives = List.copyOf(adjectives);
    countries = List.copyOf(countries);
    if (!id.startsWith("E.")) {
      throw new IllegalArgumentException("ethnic group id must be E.<slug>: " + id);
    }
    for (String c : countries) {
      if (!c.matches("[A-Z]{3}")) {
        throw new IllegalArgumentException("countries must be ISO alpha-3 codes: " + c);
      }
    }
  }

  public String name() {
    return names.get(0);
  }
}
