package org.dyad.coding.event;

import java.util.List;
import org.dyad.lexicon.VerbPattern;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;

/**
 * "Despite criticism from the Conservatives, Tony Blair pressed ahead", "amid protests from Labour
 * MPs, the minister withdrew the bill": an act of speech or protest (01 to 14) named by a noun in a
 * phrase of a {@code met-with-preposition} that no target of its own is aimed at whom the clause it
 * hangs from is about, its subject. Stateless.
 */
final class MetWithTarget implements TargetRules.Rule {
  @Override
  public String id() {
    return "R.target.met-with";
  }

  @Override
  public TargetRules.Found find(CodingContext cx, TargetRules.Ask ask) {
    if (ask.entry().pos() != VerbPattern.Pos.N || !verbal(ask.cameo())) {
      return TargetRules.Found.NONE;
    }
    Sentence s = ask.s();
    for (Dependency d : s.parents(ask.trigger())) {
      if (d.baseRelation().equals("obl")
          && d.governor() >= 0
          && s.token(d.governor()).isVerb()
          && !Syntax.isPassive(s, d.governor())
          // "… despite US objections, Straw has said": the parser's, not the speaker's, phrase
          && !cx.words().reportVerbs().contains(s.token(d.governor()).lemma())
          && cx.words().metWithPrepositions().contains(d.subtype())) {
        List<Arg> subjects = SourceFinder.subjects(cx, s, d.governor(), false);
        if (!subjects.isEmpty()) {
          return new TargetRules.Found(subjects, id());
        }
      }
    }
    return TargetRules.Found.NONE;
  }

  private static boolean verbal(String cameo) {
    return CameoRoots.within(cameo, 2, 2) || CameoRoots.within(cameo, 10, 14);
  }
}
