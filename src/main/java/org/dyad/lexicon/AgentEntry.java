package org.dyad.lexicon;

import java.util.List;

/**
 * A role or institution noun that gives a sector ("spokesman", "riot police", "foreign ministry").
 *
 * @param sector a CAMEO sector code, or null for nouns that take the sector of what they belong to
 */
public record AgentEntry(String id, String sector, List<String> nouns, String note) {
  public AgentEntry {
    nouns = List.copyOf(nouns);
  }

  public boolean inheritsSector() {
    return sector == null;
  }
}
