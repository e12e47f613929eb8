package org.dyad.coding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.lexicon.ContextEntry;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Assigns PLOVER contexts to an event from the words of its sentence ("nuclear" → cbrn, "human
 * rights" → human_rights) and from its CAMEO code's default context.
 *
 * <p>PLOVER allows contexts at sentence, paragraph or document level; Dyad uses the event's
 * sentence, so a context says what the words around the event are about, not what the whole article
 * is about. A single-word cue counts only as a noun, verb or adjective ("general" the adjective is
 * no military cue). Immutable and thread-safe.
 */
public final class ContextClassifier {
  private static final int LONGEST_CUE = 4;
  private final Map<String, Set<String>> contextsByCue = new HashMap<>();

  public ContextClassifier(List<ContextEntry> entries) {
    for (ContextEntry e : entries) {
      for (String cue : e.cues()) {
        contextsByCue.computeIfAbsent(cue.strip(), k -> new TreeSet<>()).add(e.context());
      }
    }
  }

  /**
   * The contexts of an event: its code's default (may be "a|b" or empty) plus the sentence's cues.
   */
  public List<String> contexts(Sentence s, String codeContext) {
    Set<String> out = new TreeSet<>();
    if (codeContext != null && !codeContext.isBlank()) {
      for (String c : codeContext.split("\\|")) {
        out.add(c.strip());
      }
    }
    List<Token> tokens = s.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      StringBuilder phrase = new StringBuilder();
      for (int n = 1; n <= LONGEST_CUE && i + n <= tokens.size(); n++) {
        if (n > 1) {
          phrase.append(' ');
        }
        phrase.append(tokens.get(i + n - 1).lemma());
        Set<String> found = contextsByCue.get(phrase.toString());
        if (found != null && (n > 1 || isContentWord(tokens.get(i)))) {
          out.addAll(found);
        }
      }
    }
    return List.copyOf(out);
  }

  private static boolean isContentWord(Token t) {
    return t.isNoun() || t.isVerb() || t.isAdjective();
  }
}
