package org.dyad.coding.event;

import java.util.List;
import org.dyad.lexicon.VerbPattern;
import org.dyad.model.Mode;
import org.dyad.model.Sentence;

/**
 * "The government had been negotiating the return of the detainees since 2003": a verb of
 * negotiation (046) whose object is what is negotiated, a thing that names no other side than the
 * doer's, with no partner in the sentence, said to have happened, negotiates with the other side of
 * the talks the article is about: the speaker of the statement it is in when that is another party,
 * else the party the article is about that the doer is not ({@link ImpliedSides#partnerOf}).
 * Stateless.
 */
final class NegotiatedThingTarget implements TargetRules.Rule {
  @Override
  public String id() {
    return "R.target.negotiated-thing";
  }

  @Override
  public TargetRules.Found find(CodingContext cx, TargetRules.Ask ask) {
    Sentence s = ask.s();
    int t = ask.trigger();
    if (ask.entry().pos() != VerbPattern.Pos.V
        || ask.cameo() == null
        || !ask.cameo().startsWith("046")
        || ask.sources().isEmpty()) {
      return TargetRules.Found.NONE;
    }
    if (ModeRules.mode(cx, s, t, t, false) != Mode.ASSERTED) {
      // "could discuss any proposal", "not possible for Greece to discuss the future of the
      // bases": talks only spoken of need not be with the article's other side.
      return TargetRules.Found.NONE;
    }
    List<Integer> objects = s.childrenOf(t, "obj");
    if (objects.isEmpty()) {
      return TargetRules.Found.NONE;
    }
    for (int o : objects) {
      // "the return of the sailors", Britain's own, is what is negotiated; another side named in
      // the object is no thing of the doer's.
      for (Arg a : ActorsAt.argsInside(cx, s, o, 3)) {
        if (!Sides.sameParty(List.of(a), ask.sources())) {
          return TargetRules.Found.NONE;
        }
      }
    }
    List<Arg> partner = ImpliedSides.partnerOf(cx, s, t, ask.sources());
    return partner.isEmpty() ? TargetRules.Found.NONE : new TargetRules.Found(partner, id());
  }
}
