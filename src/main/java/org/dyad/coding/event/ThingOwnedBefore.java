package org.dyad.coding.event;

import java.util.List;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * R.arg.thing-owned-before: "The government unveiled its asylum plans on Monday. The Liberal
 * Democrats said the plans were unworkable." A judged thing written as a bare definite noun (the
 * plans, this bill, these proposals) whose sentence names no owner is the thing named before: its
 * owner is whoever owned a noun of the same lemma in the nearest of the sentences before (its
 * possessor, "by" phrase, compound or nationality, as {@link SourceFinder#ownersOf} reads them).
 * Stateless, thread-safe.
 */
final class ThingOwnedBefore {
  /** How many sentences back the same noun is looked for. */
  private static final int REACH = 3;

  private ThingOwnedBefore() {}

  /** The owners of the thing at {@code thing} named before, or empty. */
  static List<Arg> owners(CodingContext cx, Sentence s, int thing) {
    Token th = s.token(thing);
    if (!th.isNoun() || th.pos().startsWith("NNP") || !isBareDefinite(cx.words(), s, thing)) {
      return List.of();
    }
    AnnotatedArticle article = cx.article();
    for (int back = 0; back <= REACH; back++) {
      Sentence before = Syntax.sentenceAt(article, s.index() - back);
      if (before == null) {
        break;
      }
      // in its own sentence only what comes before it ("the plans … the plans")
      int end = back == 0 ? thing : before.tokens().size();
      for (int i = end - 1; i >= 0; i--) {
        if (before.token(i).isNoun() && before.token(i).lemma().equals(th.lemma())) {
          // who put it forward before its modifiers: "published the Iraq legal advice"
          List<Arg> owners = putForwardBy(cx, before, i);
          if (owners.isEmpty()) {
            owners = ActorsAt.coded(SourceFinder.ownersOf(cx, before, i));
          }
          if (!owners.isEmpty()) {
            return owners;
          }
        }
      }
    }
    return List.of();
  }

  /**
   * "The Home Secretary unveiled his asylum plans", "the government published the advice": the
   * subject of a verb that puts the thing forward (putting-forward-verb), or of any verb of which
   * it is the object with a possessive pronoun ("his", "their") as its owner.
   */
  private static List<Arg> putForwardBy(CodingContext cx, Sentence s, int noun) {
    int verb = Syntax.governorBy(s, noun, "obj");
    if (verb < 0 || !s.token(verb).isVerb()) {
      return List.of();
    }
    boolean ownPronoun =
        s.childrenOf(noun, "nmod:poss").stream().anyMatch(p -> s.token(p).isPronoun());
    if (!ownPronoun && !cx.words().puttingForwardVerbs().contains(s.token(verb).lemma())) {
      return List.of();
    }
    return ActorsAt.coded(SourceFinder.activeSubjects(cx, s, verb));
  }

  /** "the plans", "these proposals": a definite determiner and nothing else that names it. */
  private static boolean isBareDefinite(EventWords w, Sentence s, int thing) {
    boolean definite = false;
    for (Dependency d : s.children(thing)) {
      String r = d.relation();
      if (r.equals("det") && w.definiteDeterminers().contains(s.token(d.dependent()).lemma())) {
        definite = true;
      } else if (!r.equals("amod") && !r.equals("punct") && !r.equals("cop")) {
        return false; // "the plans for Iraq", "the Tory plans": the sentence says whose
      }
    }
    return definite;
  }
}
