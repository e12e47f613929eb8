package org.dyad.coding.event;

import java.util.ArrayList;
import java.util.List;
import org.dyad.lexicon.TriggerEntry;
import org.dyad.lexicon.VerbPattern;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;

/**
 * A consultation noun (04) that is what someone travels for: "Shultz will go to Moscow next month
 * for talks on arms control", "arrived in Beijing for a meeting with Chinese leaders". The
 * traveller holds the talks ({@code R.source.travel-purpose}); when the noun names no partner, it
 * is held with the place travelled to ({@code R.target.travel-destination}). The verbs of travel
 * are the list {@code travel-verb}. Stateless, thread-safe.
 */
final class TravelPurpose {
  private TravelPurpose() {}

  /** The verb of travel whose "for" phrase the consultation noun is, or -1. */
  static int travelVerb(CodingContext cx, Sentence s, int noun, TriggerEntry entry, String code) {
    if (entry.pos() != VerbPattern.Pos.N || !code.startsWith("04")) {
      return -1;
    }
    for (Dependency d : s.parents(noun)) {
      if (d.relation().equals("obl:for")
          && d.governor() >= 0
          && s.token(d.governor()).isVerb()
          && cx.words().travelVerbs().contains(s.token(d.governor()).lemma())) {
        return d.governor();
      }
    }
    return -1;
  }

  /** {@code R.source.travel-purpose}: the traveller holds the talks travelled for. */
  static final class Traveller implements SourceRules.Rule {
    @Override
    public String id() {
      return "R.source.travel-purpose";
    }

    @Override
    public List<Arg> find(CodingContext cx, Sentence s, int trigger, TriggerEntry entry) {
      int verb = travelVerb(cx, s, trigger, entry, entry.code() == null ? "" : entry.code());
      return verb < 0 ? List.of() : SourceFinder.subjects(cx, s, verb, false);
    }
  }

  /** {@code R.target.travel-destination}: talks travelled for are held with the place reached. */
  static final class Destination implements TargetRules.Rule {
    @Override
    public String id() {
      return "R.target.travel-destination";
    }

    @Override
    public TargetRules.Found find(CodingContext cx, TargetRules.Ask ask) {
      Sentence s = ask.s();
      int verb = travelVerb(cx, s, ask.trigger(), ask.entry(), ask.cameo());
      if (verb < 0 || namesItsHolders(s, ask.trigger())) {
        return TargetRules.Found.NONE;
      }
      List<Arg> places = new ArrayList<>();
      for (Dependency d : s.children(verb)) {
        if (d.relation().equals("obl:to") || d.relation().equals("obl:in")) {
          places.addAll(ActorsAt.coded(ActorsAt.argsAt(cx, s, d.dependent())));
        }
      }
      return places.isEmpty() ? TargetRules.Found.NONE : new TargetRules.Found(places, id());
    }
  }

  /**
   * Whether the noun says whose talks they are, named as an actor or not: "for debt negotiations
   * with creditors", "for the semi-annual meeting of the IMF", "for his talks". Those are not held
   * with the place.
   */
  private static boolean namesItsHolders(Sentence s, int noun) {
    return s.children(noun).stream()
        .anyMatch(
            d ->
                d.relation().equals("nmod:with")
                    || d.relation().equals("nmod:between")
                    || d.relation().equals("nmod:of")
                    || d.relation().equals("nmod:poss"));
  }
}
