package org.dyad.coding.event;

import java.util.List;
import org.dyad.lexicon.TriggerEntry;
import org.dyad.lexicon.VerbPattern;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * "Putin responded by expelling British diplomats", "After blasting the Drudge Report, Beck urged
 * voters …", "Clinton has returned to critiquing Sanders": a gerund with no subject of its own, in
 * a phrase of a {@code subject-control-preposition} or an adverbial clause, is done by the subject
 * of the verb it hangs from, as English grammar has it. The parser often reads "by attacking Obama"
 * as a participle modifying "Obama"; a gerund right after the preposition that heads its noun's
 * phrase is that gerund ({@link #gerundReadAsModifier}). Stateless.
 */
final class ClauseController implements SourceRules.Rule {
  @Override
  public String id() {
    return "R.source.clause-controller";
  }

  @Override
  public List<Arg> find(CodingContext cx, Sentence s, int trigger, TriggerEntry entry) {
    if (entry.pos() != VerbPattern.Pos.V || !s.token(trigger).pos().equals("VBG")) {
      return List.of();
    }
    if (s.hasChild(trigger, "nsubj") || s.hasChild(trigger, "nsubj:pass")) {
      return List.of(); // "after the army shelled …" has its own doer
    }
    int controller = controllingVerb(cx, s, trigger);
    if (controller < 0) {
      return List.of();
    }
    // The controller's own subject, or its passive subject: "was arrested after attacking police".
    return SourceFinder.subjects(cx, s, controller, false);
  }

  /** The verb that lends the gerund at {@code gerund} its subject, or -1. */
  static int controllingVerb(CodingContext cx, Sentence s, int gerund) {
    for (Dependency d : s.parents(gerund)) {
      if (d.governor() < 0 || !s.token(d.governor()).isVerb()) {
        continue;
      }
      if (d.baseRelation().equals("advcl") && controlled(cx, s, gerund, d.subtype())) {
        return d.governor();
      }
      if (d.baseRelation().equals("obl")
          && cx.words().subjectControlPrepositions().contains(d.subtype())) {
        return d.governor();
      }
    }
    int noun = gerundReadAsModifier(cx, s, gerund);
    if (noun >= 0) {
      for (Dependency d : s.parents(noun)) {
        if (d.baseRelation().equals("obl") && d.governor() >= 0 && s.token(d.governor()).isVerb()) {
          return d.governor();
        }
      }
    }
    return -1;
  }

  /**
   * The noun a gerund the parser read as its modifier really takes as object ("by attacking Obama":
   * "attacking" amod of "Obama"), or -1: the gerund comes right after the preposition that heads
   * the noun's phrase, and that preposition lends a subject.
   */
  static int gerundReadAsModifier(CodingContext cx, Sentence s, int gerund) {
    if (gerund == 0 || !s.token(gerund).pos().equals("VBG")) {
      return -1;
    }
    for (Dependency d : s.parents(gerund)) {
      if (!d.relation().equals("amod") || d.governor() <= gerund) {
        continue;
      }
      int noun = d.governor();
      for (int c : s.childrenOf(noun, "case")) {
        Token prep = s.token(c);
        if (c == gerund - 1
            && cx.words().subjectControlPrepositions().contains(prep.lemma())
            && s.parents(noun).stream().anyMatch(p -> p.baseRelation().equals("obl"))) {
          return noun;
        }
      }
    }
    return -1;
  }

  /** An adverbial clause with no marker, or one marked by a preposition that lends a subject. */
  private static boolean controlled(CodingContext cx, Sentence s, int gerund, String subtype) {
    List<Integer> marks = s.childrenOf(gerund, "mark");
    if (marks.isEmpty()) {
      return subtype.isEmpty(); // "…, accusing Moscow of …"
    }
    return marks.stream()
        .allMatch(m -> cx.words().subjectControlPrepositions().contains(s.token(m).lemma()));
  }
}
