package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.lexicon.NameSectorEntry;
import org.dyad.model.Sentence;

/**
 * Gives an organisation no dictionary lists a sector from the words of its own name, as {@code
 * lexicon/name-sectors.tsv} lists them: "Pfizer Inc" BUS, "the Clinton Foundation" NGO, "the
 * National Union of Teachers" LAB, "the American Civil Liberties Union" NGO (the longer words
 * outrank "Union").
 *
 * <p>The words are matched as written, only inside the name. The longest match wins; of equally
 * long ones, the one nearest the name's head, its last word before "of", "for" … ("the Bank of
 * America" is a bank, "the Department of Energy" a department). Words ending in a preposition
 * ("Council on") need the name to go on after them. Immutable; thread-safe.
 */
final class NameSectorSieve {
  /** A match: the entry and the words of the name it matched, tokens first to last. */
  record Match(NameSectorEntry entry, String words, int first, int last) {
    String sector() {
      return entry.sector();
    }

    /** The rule that records it: "name-sector Foundation". */
    String rule() {
      return "name-sector " + words;
    }
  }

  private static final Set<String> HEAD_ENDS = ActorWords.SHIPPED.of("head-end");

  private record Phrase(NameSectorEntry entry, String words, boolean open) {}

  private final List<Phrase> phrases = new ArrayList<>();

  NameSectorSieve(List<NameSectorEntry> entries) {
    for (NameSectorEntry e : entries) {
      for (String w : e.words()) {
        String last = w.substring(w.lastIndexOf(' ') + 1);
        phrases.add(new Phrase(e, w, HEAD_ENDS.contains(last)));
      }
    }
  }

  /**
   * The sector the words of the name at tokens [first, last] give, or null.
   *
   * @param name the name's text, tokens first to last
   */
  Match match(Sentence s, int first, int last, String name) {
    int base = s.token(first).span().begin();
    int head = last;
    for (int k = first + 1; k <= last; k++) {
      if (HEAD_ENDS.contains(s.token(k).word())) {
        head = k - 1;
        break;
      }
    }
    Match best = null;
    for (int k = first; k <= last; k++) {
      int begin = s.token(k).span().begin();
      for (Phrase p : phrases) {
        if (!name.startsWith(p.words, begin - base)) {
          continue;
        }
        int end = endToken(s, k, last, begin + p.words.length());
        if (end < 0 || p.open && end == last) {
          continue;
        }
        Match m = new Match(p.entry, p.words, k, end);
        if (best == null || better(m, best, head)) {
          best = m;
        }
      }
    }
    return best;
  }

  private static boolean better(Match a, Match b, int head) {
    int la = a.last - a.first;
    int lb = b.last - b.first;
    if (la != lb) {
      return la > lb;
    }
    return Math.abs(a.last - head) < Math.abs(b.last - head);
  }

  /** The token of [from, last] that ends at {@code offset}, or -1. */
  private static int endToken(Sentence s, int from, int last, int offset) {
    for (int k = from; k <= last; k++) {
      if (s.token(k).span().end() == offset) {
        return k;
      }
    }
    return -1;
  }
}
