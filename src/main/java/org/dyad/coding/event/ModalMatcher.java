package org.dyad.coding.event;

import java.util.ArrayList;
import java.util.List;
import org.dyad.lexicon.VerbPattern;
import org.dyad.model.Dependency;
import org.dyad.model.Quote;
import org.dyad.model.Sentence;
import org.dyad.model.Span;

/**
 * Matches a modal pattern: inside a statement, "the prime minister should make a statement" is the
 * speaker's appeal to the prime minister. The target is the subject of the modal's clause, the
 * source the statement's speaker; the clause is what is asked for and codes nothing of its own.
 * Takes the article's context, a sentence, the modal and the pattern; returns the match or null
 * (the reason told to the trace). Stateless, thread-safe.
 */
final class ModalMatcher {
  private ModalMatcher() {}

  static PatternMatch match(CodingContext cx, Sentence s, int trigger, VerbPattern p) {
    int verb = -1;
    for (Dependency d : s.parents(trigger)) {
      if (d.baseRelation().equals("aux") && d.governor() >= 0) {
        verb = d.governor();
      }
    }
    if (verb < 0) {
      return cx.reject(s, trigger, p, "the modal belongs to no clause");
    }
    Quote statement = cx.innermost(s.token(trigger).span(), false);
    if (statement == null
        || statement.speaker() == null
        || statement.speaker().actor() == null
        || statement.speaker().code() == null) {
      return cx.reject(s, trigger, p, "not in a statement with a known speaker");
    }
    for (Dependency d : s.children(verb)) {
      if ((d.baseRelation().equals("advmod") || d.baseRelation().equals("mark"))
          && cx.words().questionWords().contains(s.token(d.dependent()).lemma())) {
        return cx.reject(s, trigger, p, "a question or a condition, not an appeal");
      }
    }
    if ((s.token(verb).lemma().equals("be") || s.hasChild(verb, "cop"))
        // "should be careful to ensure", "should be ready to talk": the state is a way of acting
        && !(s.token(verb).isAdjective() && Syntax.infinitives(s, verb).size() > 0)) {
      return cx.reject(s, trigger, p, "a state, not an action: \"Britain should be a haven\"");
    }
    Quote.Speaker speaker = statement.speaker();
    List<Arg> targets = new ArrayList<>();
    for (Dependency d : s.children(verb)) {
      // Only an active subject is asked to act: "Mr Blair should be judged by results" asks others.
      if (d.relation().equals("nsubj")) {
        targets.addAll(ActorsAt.withConjuncts(cx, s, d.dependent()));
      }
    }
    if (targets.isEmpty()) {
      return cx.reject(s, trigger, p, "the clause's subject is no actor");
    }
    if (targets.stream().anyMatch(a -> a.actor().equals(speaker.actor()))) {
      // "we should", "the two countries must first restore trust": a resolution, not an appeal.
      return cx.reject(s, trigger, p, "the speaker is among those who should act");
    }
    // An office speaking of itself, and those nothing codes, are no one to appeal to.
    targets.removeIf(a -> a.code() == null || a.code().equals(speaker.code()));
    // A state's own government or army saying "Turkey should protect its interests" states its
    // policy; only others (the opposition, foreigners) appeal to a state.
    String speakerSector = speaker.code().sector();
    if (speakerSector == null || cx.words().executiveSectors().contains(speakerSector)) {
      targets.removeIf(
          a -> a.code().sector() == null && a.code().country().equals(speaker.code().country()));
    }
    if (targets.isEmpty()) {
      return cx.reject(s, trigger, p, "the speaker's own office is asked to act");
    }
    Span where = speaker.span() != null ? speaker.span() : s.token(trigger).span();
    Arg source = new Arg(speaker.actor(), speaker.code(), speaker.name(), where);
    // The clause is what is asked for, not an event of its own: "should meet" is no meeting.
    return new PatternMatch(p, List.of(source), targets, trigger, verb, false, List.of(verb));
  }
}
