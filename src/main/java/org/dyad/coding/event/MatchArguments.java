package org.dyad.coding.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.lexicon.VerbPattern;
import org.dyad.model.Dependency;
import org.dyad.model.Mode;
import org.dyad.model.Quote;
import org.dyad.model.Sentence;

/**
 * Completes a pattern whose steps matched with its sides: the sources (the trigger's subject, or
 * what a surface step named), the targets no step named (the owner of the object word, the
 * complement's subject, the nearest actor in the trigger's phrases, the maker of a demand and who
 * answers it), the sides the article implies, and the filters that keep one's own side from being
 * one's target. Takes the article's context, a sentence, the trigger, the pattern and the {@link
 * PatternSteps.Frame}; returns the match, or null with the reason told to the trace. Stateless,
 * thread-safe.
 */
final class MatchArguments {
  private MatchArguments() {}

  /** Sources and targets found together. */
  private record Found(List<Arg> sources, List<Arg> targets) {}

  static PatternMatch complete(
      CodingContext cx, Sentence s, int trigger, VerbPattern p, PatternSteps.Frame f) {
    EventWords w = cx.words();
    int head = f.head();
    int object = f.object();
    boolean passive = f.passive();
    List<Arg> targets = f.targets();
    List<Arg> sources =
        f.surfaceSources() != null
            ? f.surfaceSources()
            : SourceFinder.sources(cx, s, trigger, p.pos(), passive);
    if (f.compound()) {
      // "% HAVE POSTPONED *": the members of a compound subject act on each other.
      if (sources.size() < 2) {
        return null;
      }
      targets = sources;
    }
    if (targets == null && !cx.on(EventRule.ARG_TARGET_IN_PARSE) && !f.compound()) {
      // PETRARCH's target is the first actor after the verb in its own phrase, in text order.
      targets = TargetFinder.nearestAfter(cx, s, trigger, passive, sources);
    }
    if (targets == null && object >= 0 && cx.on(EventRule.ARG_OBJECT_WORD_OWNER)) {
      targets = objectWordOwners(cx, s, trigger, p, object, sources);
    }
    if ((targets == null || targets.isEmpty())
        && head != trigger
        && cx.on(EventRule.ARG_COMPLEMENT_SUBJECT_IS_ADDRESSEE)) {
      // "an EU demand for Turkey to recognise Cyprus", "called for Iran to free them": the
      // complement's own subject is whom the demand or appeal is addressed to.
      for (Dependency d : s.children(head)) {
        if (d.relation().equals("nsubj")) { // its own subject, not the controller (nsubj:xsubj)
          targets = ActorsAt.withConjuncts(cx, s, d.dependent());
          if (!targets.isEmpty()) {
            break;
          }
        }
      }
    }
    if ((targets == null || targets.isEmpty())
        && !f.slotUnfilled()
        && cx.on(EventRule.ARG_OBJECT_WORD_IS_ACTOR)
        && object >= 0
        && !p.hasSlot()) {
      // "released the hostages", "the British detainees were released": the pattern's object
      // word is itself an actor, and the one acted on.
      List<Arg> own = sources;
      targets =
          ActorsAt.withConjuncts(cx, s, object).stream()
              .filter(a -> a.code() != null && own.stream().noneMatch(o -> Sides.ownSide(cx, o, a)))
              .toList();
    }
    if ((targets == null || targets.isEmpty()) && !f.slotUnfilled()) {
      targets = TargetFinder.nearestTargets(cx, s, head, sources);
      if (targets.isEmpty() && f.surfaceSources() != null) {
        // "DESPITE * FROM $": the pattern names the source, so the subject is acted on.
        targets = SourceFinder.sources(cx, s, trigger, p.pos(), passive);
      }
    }
    if (targets == null) {
      targets = List.of();
    }
    if (cx.on(EventRule.ARG_MOVED_FORCES_NOT_TARGET) && p.code().startsWith("15") && object >= 0) {
      // "Moscow has massed troops along the Chinese border": the forces a show of force moves are
      // the doer's own, not whom it is aimed at.
      List<Arg> moved = ActorsAt.withConjuncts(cx, s, object);
      targets = targets.stream().filter(a -> !moved.contains(a)).toList();
    }
    if (cx.on(EventRule.ARG_ANSWERED_NOUN)
        && p.pos() == VerbPattern.Pos.N
        && targets.isEmpty()
        && w.answeredRoots().contains(p.code().substring(0, 2))) {
      // "Sudan has rejected a demand by the IMF", "rejected an IMF demand", "welcomed the US
      // offer": a demand, appeal, offer or threat made by someone named on the noun was made to
      // whoever answers it.
      List<Arg> maker = TargetFinder.nameOnNoun(cx, s, trigger);
      if (!maker.isEmpty()) {
        List<Arg> answerer = TargetFinder.answererOf(cx, s, trigger, maker);
        if (!answerer.isEmpty()) {
          sources = maker;
          targets = answerer;
        }
      }
    }
    if (cx.on(EventRule.ARG_REPELLED_ATTACK)
        && p.pos() == VerbPattern.Pos.N
        && targets.isEmpty()
        && p.code().compareTo("17") >= 0
        && p.code().compareTo("21") < 0) {
      Found repelled = repelledAttack(cx, s, trigger);
      if (repelled != null) {
        sources = repelled.sources();
        targets = repelled.targets();
      }
    }
    if (cx.on(EventRule.ARG_NAME_ON_NOUN_IS_MAKER)
        && p.pos() == VerbPattern.Pos.N
        && !targets.isEmpty()) {
      // "an EU demand for Turkey to …", "rejected the US offer": with its target elsewhere, the
      // name written before an event noun is who makes the demand or the offer, not the subject
      // of the verb it hangs from.
      for (int c : s.childrenOf(trigger, "compound")) {
        List<Arg> named = new ArrayList<>(ActorsAt.argsAt(cx, s, c));
        named.removeAll(targets);
        if (!named.isEmpty()) {
          sources = named;
          break;
        }
      }
    }
    if (f.placeTarget()
        || cx.on(EventRule.ARG_NO_VISIT_AT_HOME)
            && targets != null
            && Set.of("042", "043", "044")
                .contains(p.code().substring(0, Math.min(3, p.code().length())))) {
      // Travel at home is no visit: "Blair arrived in Edinburgh"; nor is welcoming one's own
      // ("mockingly welcoming Mr Brown's Budget").
      Set<String> home = new HashSet<>();
      for (Arg a : sources) {
        home.add(a.code() == null ? "" : a.code().country());
      }
      targets =
          targets.stream()
              .filter(a -> a.code() != null && !home.contains(a.code().country()))
              .toList();
    }
    if (!cx.on(EventRule.ARG_SOURCE_IN_PARSE) && sources.isEmpty() && f.surfaceSources() == null) {
      sources = SourceFinder.subjectPhrase(cx, s, trigger, passive);
    }
    if (f.reversed()) {
      List<Arg> swap = sources;
      sources = targets;
      targets = swap;
      if (targets.isEmpty() && cx.on(EventRule.ARG_OWNER_OF_THING)) {
        // "Reagan's sanctions decision won praise from Democrats": a thing the subject names is
        // its maker's, who is praised or blamed.
        for (int subject : s.childrenOf(trigger, "nsubj")) {
          List<Arg> owner = TargetFinder.nameOnNoun(cx, s, subject);
          List<Arg> doers = sources;
          targets =
              owner.stream()
                  .filter(
                      a ->
                          a.code() != null
                              && doers.stream().noneMatch(o -> Sides.ownSide(cx, o, a)))
                  .toList();
          if (!targets.isEmpty()) {
            break;
          }
        }
      }
    }
    if (sources.isEmpty()
        && cx.on(EventRule.ARG_SPEAKER_THREATENS)
        && (f.stillToCome()
            || passive
                && p.code().compareTo("17") >= 0
                && ModeRules.mode(cx, s, trigger, head, f.negated()) != Mode.ASSERTED)) {
      // "… caught in the area would be arrested," Canada said: coercion still to come with no
      // agent named, in a statement, is the speaker's own (a threat). Past coercion is not: "no
      // evidence detainees had been abused," the Pentagon said. So is a response still to come
      // whose subject codes nothing: "if Congress passes the bill, the community would have to
      // retaliate," Channon said.
      Quote statement = cx.innermost(s.token(trigger).span(), false);
      if (statement != null
          && statement.speaker() != null
          && statement.speaker().actor() != null
          && statement.speaker().code() != null
          && statement.speaker().span() != null) {
        Quote.Speaker sp = statement.speaker();
        sources = List.of(new Arg(sp.actor(), sp.code(), sp.name(), sp.span()));
      }
    }
    boolean implicitSource = false;
    if (sources.isEmpty()
        && cx.on(EventRule.ARG_IMPLIED_PARTNER)
        && p.pos() == VerbPattern.Pos.N
        && targets != null
        && !targets.isEmpty()
        && EventWords.startsWithAny(w.sharedRoots(), p.code())
        && p.steps().stream()
            .noneMatch(
                st -> st instanceof VerbPattern.Slot sl && "between".equals(sl.preposition()))
        && ImpliedSides.doerUnsaid(w, s, trigger)) {
      // "Discussions have begun with Indonesia", "a similar agreement with Britain": talks and
      // agreements take two, and the other is the one the article is about.
      sources = ImpliedSides.partnerOf(cx, s, trigger, targets);
      implicitSource = !sources.isEmpty();
    }
    if (sources.isEmpty()) {
      return cx.reject(s, trigger, p, "no source actor");
    }
    if (cx.on(EventRule.ARG_MEETING_WITH_ACTORS_ONLY)
        && (p.code().startsWith("04") || p.code().equals("036"))
        && AskedActs.meetsAnAct(cx, s, trigger, head)) {
      return cx.reject(s, trigger, p, "its object is an act, answered, not met");
    }
    if (cx.on(EventRule.ARG_NO_GIFT_TO_OWN_SIDE)
        && (p.code().startsWith("03") || p.code().startsWith("07"))) {
      // What one's own side sends is what is offered or given, not whom to: "the U.S. has offered
      // warships to escort Kuwaiti tankers".
      List<Arg> own = sources;
      targets =
          targets.stream()
              .filter(a -> own.stream().noneMatch(o -> Sides.ownSide(cx, o, a)))
              .toList();
    }
    if (cx.on(EventRule.ARG_NO_CLAIM_ABOUT_OWN_SIDE) && hasThatSlot(p)) {
      // What one's own side did is a claim, not an accusation: "Iran claimed its troops advanced".
      List<Arg> own = sources;
      targets =
          targets.stream()
              .filter(a -> own.stream().noneMatch(o -> Sides.ownSide(cx, o, a)))
              .toList();
    }
    if (cx.on(EventRule.ARG_RECIPROCAL_COMPOUND)
        && (targets.isEmpty()
            || targets.stream().allMatch(a -> a.code() == null)
                && w.exchangeVerbs().contains(s.token(trigger).lemma()))
        && !p.hasSlot()
        && sources.size() >= 2) {
      // ("exchanged prisoners": what an exchange's object names is what is given, no side.)
      // "Trump and Kim met": a reciprocal action among a compound subject.
      targets = sources;
    }
    if (cx.on(EventRule.ARG_CONDITION_TARGET)
        && targets.isEmpty()
        && f.stillToCome()
        && !sources.isEmpty()) {
      // "would take measures if the United States imposes tariffs": a response is aimed at whoever
      // the condition is about.
      targets = TargetFinder.conditionActors(cx, s, ModeRules.conditionOf(w, s, head), sources);
      if (targets.isEmpty()) {
        targets = TargetFinder.meansActors(cx, s, head, sources);
      }
    }
    if ((targets == null || targets.isEmpty())
        && cx.on(EventRule.ARG_OWNER_OF_THING)
        && ImpliedSides.impliesItsTarget(w, p.code())) {
      // "His claims were denied by Straw", "denied Iran's charges": whose the thing acted on is,
      // when the pattern names the thing but has no slot for it.
      targets = TargetFinder.ownerOfThing(cx, s, trigger, sources);
    }
    boolean askedAct = false;
    if ((targets == null || targets.isEmpty()) && cx.on(EventRule.TARGET_ASKED_ACT)) {
      // "threatened a resumption of air raids on Iranian towns": aimed through what it threatens.
      targets = AskedActs.reached(cx, s, trigger, p.code(), sources);
      askedAct = !targets.isEmpty();
    }
    boolean implicit = false;
    Mode mode = ModeRules.mode(cx, s, trigger, head, f.negated());
    // What the event will be coded as: a rejection still to come in the doer's own words is a
    // threat ("was prepared to veto any bid to reduce the rebate"), aimed at the other side.
    String coded =
        FutureThreat.becomesThreat(p.code())
                && (mode == Mode.FUTURE
                    || mode == Mode.HYPOTHETICAL && Sides.saidBySourceSide(cx, s, trigger, sources))
            ? FutureThreat.threatFor(p.code())
            : p.code();
    if ((targets == null || targets.isEmpty())
        && cx.on(EventRule.ARG_IMPLIED_TARGET)
        && ImpliedSides.impliesItsTarget(w, p.code())
        && (p.pos() != VerbPattern.Pos.N || ImpliedSides.nounSaysItsDoer(w, s, trigger))
        && !hasThatSlot(p) // a claim about no one accuses no one
        && !ImpliedSides.answersNamedHearsay(w, s, trigger)
        // "seeking the help of a head of an allied government": its owner is someone unnamed
        && !(object >= 0 && ImpliedSides.ownedBySomeoneUncoded(w, s, object))
        && (mode != Mode.HYPOTHETICAL
            || p.isStillToCome()
            || FutureThreat.becomesThreat(p.code())
                && Sides.saidBySourceSide(cx, s, trigger, sources))) {
      // Only a clause says who acted: "the latest fighting" does not. And "if Greece attacked":
      // what might happen says too little to guess whom it is aimed at, unless it is the
      // speaker's own side's threat: "if we don't get the amendments, we will vote against it".
      targets = ImpliedSides.counterpart(cx, sources, s, trigger, coded, f.answersHearsay());
      implicit = !targets.isEmpty();
    }
    if (targets.isEmpty()) {
      return cx.reject(s, trigger, p, "no target actor");
    }
    if (cx.on(EventRule.ARG_UNCODED_TARGET_YIELDS)
        && targets.stream().allMatch(a -> a.code() == null)) {
      // No dyad can be made of an actor nothing codes; the default layer may still find the place
      // it happens or let the event stand alone.
      return cx.reject(s, trigger, p, "its target actors have no code");
    }
    return new PatternMatch(
        p,
        sources,
        targets,
        trigger,
        head,
        f.negated() && !p.negated(),
        f.consumed(),
        implicit,
        implicitSource,
        false,
        askedAct ? List.of(EventRule.TARGET_ASKED_ACT.id()) : List.of());
  }

  /**
   * "welcomed the EU's move": the pattern's object word is a thing; its owner is the target, first
   * of all the nationality written on it ("released the British detainees"), never the sources'
   * own; a country's thing stands for it, and ground for the country it lies in. May be empty.
   */
  private static List<Arg> objectWordOwners(
      CodingContext cx, Sentence s, int trigger, VerbPattern p, int object, List<Arg> sources) {
    List<Arg> targets = new ArrayList<>();
    Nationalities.nationalitiesOf(cx.actors(), s, object).forEach(targets::addAll);
    if (targets.isEmpty()) {
      targets.addAll(ActorsAt.argsInside(cx, s, object, 3));
    }
    Set<String> own = new HashSet<>();
    for (Arg a : sources) {
      own.add(a.actor());
      own.add(a.code() == null ? "" : a.code().country());
    }
    if (cx.on(EventRule.ARG_OBJECT_WORD_OWNER_AT_HOME)
        && EventWords.startsWithAny(cx.words().rivalsRoots(), p.code())) {
      // "Michael Howard attacked Labour's plans": a rival at home is another side; a state and
      // its own organs ("Britain released the British detainees"), or one code, are one.
      targets.removeIf(a -> sources.stream().anyMatch(src -> oneSide(cx, src, a)));
    } else {
      targets.removeIf(
          a -> own.contains(a.actor()) || a.code() != null && own.contains(a.code().country()));
    }
    if (targets.isEmpty()
        && cx.on(EventRule.ARG_THING_STANDS_FOR_COUNTRY)
        && Nationalities.thingStandsForItsCountry(cx, p.code())) {
      targets = Nationalities.nationalityOrOwnerOf(cx, s, object); // "seized seven Kuwaiti boats"
    }
    if (targets.isEmpty()
        && cx.on(EventRule.ARG_GROUND_IS_ITS_COUNTRY)
        && Nationalities.holdsGround(p.code())) {
      // "evacuating their last stronghold in northern Chad": ground taken, held or given up
      // is the country it lies in.
      targets =
          Nationalities.countryWhere(cx.actors(), s, trigger, object).stream()
              .filter(a -> a.code() != null && !own.contains(a.code().country()))
              .toList();
    }
    return targets;
  }

  /**
   * R.arg.object-word-owner-at-home: whether {@code a} is {@code source}'s own side: the same
   * actor, the same code (unless they are {@link Sides#rivals}), or one country where either is the
   * state itself.
   */
  private static boolean oneSide(CodingContext cx, Arg source, Arg a) {
    if (java.util.Objects.equals(source.actor(), a.actor()) && a.actor() != null) {
      return true;
    }
    if (source.code() == null || a.code() == null) {
      return false;
    }
    return source.code().equals(a.code()) && !Sides.rivals(cx, source, a)
        || source.code().country().equals(a.code().country())
            && (source.code().sector() == null || a.code().sector() == null);
  }

  /**
   * "its troops repulsed heavy Iraqi counter-attacks": whoever repels, resists or survives an
   * attack is its target; the attack's doer is its own (its nationality or possessor). Null when
   * the noun is no such attack.
   */
  private static Found repelledAttack(CodingContext cx, Sentence s, int trigger) {
    Found found = null;
    for (Dependency d : s.parents(trigger)) {
      if (d.baseRelation().equals("obj")
          && d.governor() >= 0
          && cx.words().repellingVerbs().contains(s.token(d.governor()).lemma())) {
        List<Arg> own = new ArrayList<>();
        own.addAll(Nationalities.nationalityOnAct(cx.actors(), s, trigger));
        for (int poss : s.childrenOf(trigger, "nmod:poss")) {
          own.addAll(ActorsAt.argsAt(cx, s, poss));
        }
        List<Arg> doers = own;
        List<Arg> defenders =
            SourceFinder.subjects(cx, s, d.governor(), false).stream()
                .filter(a -> doers.stream().noneMatch(o -> Sides.ownSide(cx, o, a)))
                .toList();
        if (!own.isEmpty() && !defenders.isEmpty()) {
          found = new Found(own, defenders);
        }
      }
    }
    return found;
  }

  /** Whether the pattern's target is the subject of a reported clause ({@code that +}). */
  private static boolean hasThatSlot(VerbPattern p) {
    return p.steps().stream()
        .anyMatch(st -> st instanceof VerbPattern.Slot sl && "that".equals(sl.preposition()));
  }
}
