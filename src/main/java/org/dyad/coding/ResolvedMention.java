package org.dyad.coding;

import java.util.List;
import org.dyad.model.ActorCode;
import org.dyad.model.Span;

/**
 * The actors a span of one sentence refers to: one for a name, several for "the two communist
 * powers".
 *
 * @param actors article-local actor ids
 * @param codes the code each actor has here, in the same order (null where uncoded)
 */
public record ResolvedMention(
    List<String> actors, List<ActorCode> codes, Span span, String text, int head) {
  public ResolvedMention {
    actors = List.copyOf(actors);
    codes = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(codes));
  }
}
