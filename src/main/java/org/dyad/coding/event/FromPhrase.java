package org.dyad.coding.event;

import java.util.ArrayList;
import java.util.List;
import org.dyad.lexicon.TriggerEntry;
import org.dyad.lexicon.VerbPattern;
import org.dyad.model.Sentence;

/**
 * "criticism from the Conservatives", "calls from Labour MPs", "condemnation from China": an event
 * noun's "from" phrase names who does it, unless the noun's entry looks for its target there ("a
 * withdrawal from Iraq"). Stateless.
 */
final class FromPhrase implements SourceRules.Rule {
  @Override
  public String id() {
    return "R.source.from-phrase";
  }

  @Override
  public List<Arg> find(CodingContext cx, Sentence s, int trigger, TriggerEntry entry) {
    if (entry.pos() != VerbPattern.Pos.N || entry.targets().contains("from")) {
      return List.of();
    }
    List<Arg> out = new ArrayList<>();
    for (int from : s.childrenOf(trigger, "nmod:from")) {
      out.addAll(ActorsAt.withConjuncts(cx, s, from));
    }
    return out;
  }
}
