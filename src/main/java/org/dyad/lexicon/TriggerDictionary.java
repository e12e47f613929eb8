package org.dyad.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The trigger words and their default codes ({@code lexicon/triggers.tsv}), looked up by part of
 * speech and lemma. Immutable.
 */
public final class TriggerDictionary {
  /** No trigger words: a lexicon without the file codes through its patterns alone (PETRARCH). */
  public static final TriggerDictionary NONE = new TriggerDictionary(List.of());

  /** The places a target may be named, besides prepositions. */
  private static final Set<String> TARGET_RELATIONS = Set.of("obj", "iobj", "that");

  private final List<TriggerEntry> entries;
  private final Map<String, TriggerEntry> byKey;

  public TriggerDictionary(List<TriggerEntry> entries) {
    this.entries = List.copyOf(entries);
    Map<String, TriggerEntry> m = new HashMap<>();
    for (TriggerEntry e : entries) {
      if (m.put(key(e.pos(), e.lemma()), e) != null) {
        throw new IllegalArgumentException("trigger " + e.id() + " is listed twice");
      }
    }
    this.byKey = Map.copyOf(m);
  }

  public List<TriggerEntry> entries() {
    return entries;
  }

  public Optional<TriggerEntry> find(VerbPattern.Pos pos, String lemma) {
    return Optional.ofNullable(byKey.get(key(pos, lemma)));
  }

  private static String key(VerbPattern.Pos pos, String lemma) {
    return pos + " " + lemma;
  }

  /**
   * Reads the rows of a {@code triggers} file: id, pos, lemma, code, sides, target, veto, note.
   * Every code must be one of {@code codes} (the CAMEO table), so a typo cannot code silently.
   */
  static TriggerDictionary read(LexiconFile file, Set<String> codes) {
    List<TriggerEntry> out = new ArrayList<>();
    for (LexiconFile.Row r : file.rows()) {
      try {
        VerbPattern.Pos pos = VerbPattern.Pos.valueOf(r.get(1));
        String code = r.get(3).isEmpty() ? null : r.get(3); // "-": patterns only
        if (code != null && !codes.contains(code)) {
          throw new IllegalArgumentException("unknown CAMEO code " + code);
        }
        String sides = r.get(4);
        if (!sides.equals("1") && !sides.equals("2")) {
          throw new IllegalArgumentException(
              "sides must be 1 (may stand alone) or 2 (needs a target), found '" + sides + "'");
        }
        List<String> targets = r.list(5);
        for (String t : targets) {
          if (!TARGET_RELATIONS.contains(t) && !t.matches("[a-z]+(_[a-z]+)*")) {
            throw new IllegalArgumentException("unknown target place '" + t + "'");
          }
        }
        List<TriggerEntry.Veto> vetoes = new ArrayList<>();
        for (String v : r.list(6)) {
          vetoes.add(TriggerEntry.Veto.parse(v));
        }
        out.add(
            new TriggerEntry(
                r.get(0), pos, r.get(2), code, sides.equals("1"), targets, vetoes, r.get(7)));
      } catch (IllegalArgumentException e) {
        throw new LexiconFormatException(file.origin(), r.line(), e.getMessage());
      }
    }
    return new TriggerDictionary(out);
  }
}
