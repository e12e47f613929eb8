package org.dyad.coding.event;

import java.util.List;
import java.util.Locale;
import org.dyad.lexicon.TriggerEntry;
import org.dyad.lexicon.VerbPattern;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;

/**
 * {@code R.source.instrument-user}: "Police used water cannon to disperse the demonstrators", "the
 * army sent tanks to crush the revolt". The parser gives a purpose infinitive after a verb of using
 * or sending ({@code instrument-verb}) the verb's object as its subject, as if the water cannon
 * dispersed anyone; when that object names no actor, the infinitive is done by whoever used or sent
 * it. Stateless.
 */
final class InstrumentUser implements SourceRules.Rule {
  @Override
  public String id() {
    return "R.source.instrument-user";
  }

  @Override
  public List<Arg> find(CodingContext cx, Sentence s, int trigger, TriggerEntry entry) {
    if (entry.pos() != VerbPattern.Pos.V || !s.token(trigger).pos().equals("VB")) {
      return List.of();
    }
    for (Dependency d : s.parents(trigger)) {
      int verb = d.governor();
      if (verb < 0
          || !(d.baseRelation().equals("xcomp") || d.baseRelation().equals("advcl"))
          || !cx.words()
              .instrumentVerbs()
              .contains(s.token(verb).lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      boolean actorObject =
          s.childrenOf(verb, "obj").stream()
              .anyMatch(o -> !ActorsAt.coded(ActorsAt.withConjuncts(cx, s, o)).isEmpty());
      if (!actorObject) {
        return SourceFinder.subjects(cx, s, verb, Syntax.isPassive(s, verb));
      }
    }
    return List.of();
  }
}
