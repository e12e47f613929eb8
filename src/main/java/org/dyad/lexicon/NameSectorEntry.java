package org.dyad.lexicon;

import java.util.List;

/**
 * Words of an organisation's own name that give it a sector when no dictionary lists it: "Pfizer
 * Inc" is a business, "the Clinton Foundation" an NGO, "the National Union of Teachers" a union.
 * Unlike an agent noun, such a word means nothing outside a capitalised name ("a trust fund").
 *
 * @param id {@code N.<slug>}
 * @param sector a CAMEO sector code
 * @param words the words as written in names, capitalised, multiword allowed; a trailing
 *     preposition ("Council for") requires the name to go on with what it is for
 */
public record NameSectorEntry(String id, String sector, List<String> words, String note) {
  public NameSectorEntry {
    words = List.copyOf(words);
    if (!id.startsWith("N.")) {
      throw new IllegalArgumentException("name-sector id must be N.<slug>: " + id);
    }
    if (!sector.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("sector must be 3 upper-case letters: " + sector);
    }
  }
}
