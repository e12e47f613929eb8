package org.dyad.coding.event;

import java.util.ArrayList;
import java.util.List;
import org.dyad.lexicon.VerbPattern;
import org.dyad.model.Dependency;
import org.dyad.model.Quote;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;

/**
 * Matches an evaluative word ({@link VerbPattern.Pos#E}) inside a statement: the speaker judges the
 * actor it is said of ("He said Mr Straw was naive"), or the actor whose thing or deed it is said
 * of ("the Greek proposal was unacceptable", "the cavalier way in which this government operates",
 * "the United States had regrettably not listened"). The speaker is the source. Not coded:
 * questions and conditions, negated judgements, and a speaker judging themselves or their own side.
 * Takes the article's context, a sentence, the word and the pattern; returns the match or null (the
 * reason told to the trace). Stateless, thread-safe.
 */
final class EvaluationMatcher {
  private EvaluationMatcher() {}

  static PatternMatch match(CodingContext cx, Sentence s, int trigger, VerbPattern p) {
    EventWords w = cx.words();
    Token t = s.token(trigger);
    int head = -1; // the clause or phrase the judgement belongs to
    List<Integer> things = new ArrayList<>();
    boolean adverb = false;
    int amodOf = Syntax.governorBy(s, trigger, "amod");
    int advmodOf = Syntax.governorBy(s, trigger, "advmod");
    int xcompOf = Syntax.governorBy(s, trigger, "xcomp");
    if (s.hasChild(trigger, "cop")) {
      // "Mr Straw was naive", "the decision was a mistake"
      head = trigger;
      things.addAll(s.childrenOf(trigger, "nsubj"));
    } else if (!t.isNoun() && xcompOf >= 0 && w.linkingVerbs().contains(s.token(xcompOf).lemma())) {
      // "the plan seems unfair"
      head = xcompOf;
      things.addAll(s.childrenOf(xcompOf, "nsubj"));
    } else if (!t.isNoun() && amodOf >= 0) {
      head = amodOf;
      if (s.hasChild(amodOf, "cop") && SourceFinder.ownersOf(cx, s, amodOf).isEmpty()) {
        // "his plan was a worrying issue" (but "this is the cavalier way in which Iran operates"
        // judges the way's owner)
        things.addAll(s.childrenOf(amodOf, "nsubj"));
      } else {
        // "the cavalier way in which this government operates"
        things.add(amodOf);
      }
    } else if (t.pos().startsWith("RB") && advmodOf >= 0 && s.token(advmodOf).isVerb()) {
      // "the United States had regrettably not listened": only an active subject acted.
      head = advmodOf;
      adverb = true;
      for (Dependency d : s.children(advmodOf)) {
        if (d.relation().equals("nsubj")) {
          things.add(d.dependent());
        }
      }
    }
    if (head < 0 || things.isEmpty()) {
      return cx.reject(s, trigger, p, "said of nothing: no subject or noun it qualifies");
    }
    if (!adverb && (Syntax.isNegated(w, s, head) || Syntax.isNegated(w, s, trigger))) {
      return cx.reject(s, trigger, p, "negated: \"not acceptable\" is no judgement of its own");
    }
    if (ModeRules.isConditionOrQuestion(w, s, head)
        || ModeRules.isConditionOrQuestion(w, s, trigger)
        || s.tokens().get(s.tokens().size() - 1).word().equals("?")) {
      return cx.reject(s, trigger, p, "a question or a condition, not a judgement");
    }
    Quote statement = cx.innermost(t.span(), false);
    for (int i = 0; statement == null && i < things.size(); i++) {
      statement = cx.innermost(s.token(things.get(i)).span(), false);
    }
    if (statement == null
        || statement.speaker() == null
        || statement.speaker().actor() == null
        || statement.speaker().code() == null) {
      return cx.reject(s, trigger, p, "not in a statement with a known speaker");
    }
    List<String> thingWords = new ArrayList<>();
    List<Arg> targets = new ArrayList<>();
    for (int thing : things) {
      Token th = s.token(thing);
      if (w.demonstratives().contains(th.lemma()) && s.children(thing).isEmpty()) {
        // "Greece urged Turkey to accept … The spokesman said this was unacceptable": what the
        // sentence before said, by the actor it was said by.
        thingWords.addAll(SourceFinder.previousClauseWords(cx, s));
        targets.addAll(SourceFinder.previousSubjects(cx, s));
      } else if (w.jointNouns().contains(th.lemma())) {
        return cx.reject(s, trigger, p, "said of what two sides do together");
      } else {
        thingWords.add(th.lemma());
        targets.addAll(SourceFinder.ownersOf(cx, s, thing));
      }
    }
    for (VerbPattern.Step step : p.steps()) {
      if (step instanceof VerbPattern.ObjectWord ow
          && thingWords.stream().noneMatch(ow.lemmas()::contains)) {
        return cx.reject(s, trigger, p, "said of none of " + ow.lemmas());
      }
    }
    Quote.Speaker speaker = statement.speaker();
    targets.removeIf(a -> a.code() == null);
    if (targets.isEmpty()) {
      return cx.reject(s, trigger, p, "said of no actor, nor of an actor's thing or deed");
    }
    if (targets.stream().anyMatch(a -> a.actor().equals(speaker.actor()))) {
      // "he, Baker and Poehl had a very constructive discussion": the speaker judges a thing of
      // their own.
      return cx.reject(s, trigger, p, "the speaker is among those judged");
    }
    // A speaker judging themselves, their office or (for a government) their own state is no
    // event between actors.
    targets.removeIf(a -> a.actor().equals(speaker.actor()) || a.code().equals(speaker.code()));
    String speakerSector = speaker.code().sector();
    if (speakerSector == null || w.executiveSectors().contains(speakerSector)) {
      targets.removeIf(
          a -> a.code().sector() == null && a.code().country().equals(speaker.code().country()));
    }
    if (targets.isEmpty()) {
      return cx.reject(s, trigger, p, "the speaker judges their own side");
    }
    Span where = speaker.span() != null ? speaker.span() : t.span();
    Arg source = new Arg(speaker.actor(), speaker.code(), speaker.name(), where);
    return new PatternMatch(
        p, List.of(source), ActorsAt.dedupe(targets), trigger, head, false, List.of());
  }
}
