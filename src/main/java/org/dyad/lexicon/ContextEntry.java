package org.dyad.lexicon;

import java.util.List;

/**
 * A PLOVER context and the words (lemma sequences) that signal it: "cbrn" ← "nuclear", "chemical
 * weapon".
 */
public record ContextEntry(String id, String context, List<String> cues, String note) {
  public ContextEntry {
    cues = List.copyOf(cues);
  }
}
