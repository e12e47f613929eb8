package org.dyad.coding.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.lexicon.TriggerEntry;
import org.dyad.lexicon.VerbPattern;
import org.dyad.model.Mode;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Codes a trigger none of whose patterns matched: by the sense a pattern's distinctive part
 * recognised ({@link PatternSense}), else by the word's default code ({@link DefaultTriggers}),
 * with its sides found by the argument layer's own rules ({@link SourceRules}, {@link
 * TargetRules}), independent of any pattern. A source must be a coded actor; with no target the
 * event stands alone only where the word's entry says it may ("Police arrested dozens of
 * protesters", "Thousands marched"). Returns a {@link PatternMatch} whose evidence lists the rules
 * that decided, or empty with the reason told to the trace. Immutable, thread-safe.
 */
final class DefaultMatcher {
  private final SourceRules sources;
  private final TargetRules targets;

  /** Each default entry as the pattern an event names as its rule ({@code T.V.shell}). */
  private final Map<String, VerbPattern> asPatterns;

  DefaultMatcher(SourceRules sources, TargetRules targets, Map<String, VerbPattern> asPatterns) {
    this.sources = sources;
    this.targets = targets;
    this.asPatterns = Map.copyOf(asPatterns);
  }

  /** Tells the trace which rules found the sides at {@code trigger}. */
  private static void traceSides(
      CodingContext cx, Sentence s, int trigger, String sourceRule, String targetRule) {
    cx.trace()
        .layer(
            s.index(),
            trigger,
            "arguments",
            "source by " + sourceRule + ", target by " + targetRule);
  }

  /**
   * R.arg.demand-addressee: whether a verb of asking, demanding or threatening with no one named to
   * answer it is one a single speaker makes of its government, asserted ("did not call for" asks
   * nothing). Nouns are left alone: "a recommendation that the federation endorse Clinton" asks the
   * federation.
   */
  private static boolean demandOfNoOne(
      CodingContext cx, Sentence s, int trigger, String cameo, SourceRules.Found source) {
    return cx.on(EventRule.ARG_DEMAND_ADDRESSEE)
        && source.args().size() == 1
        && s.token(trigger).isVerb()
        && EventWords.startsWithAny(cx.words().demandRoots(), cameo)
        && !Syntax.isNegated(cx.words(), s, trigger);
  }

  /**
   * R.trigger.thing-pronoun-object: whether the verb's only objects are pronouns for things
   * ("executed it"), which a word of coercion or assault is not done to.
   */
  private static boolean actsOnAThingPronoun(CodingContext cx, Sentence s, int verb) {
    List<Integer> objects = s.childrenOf(verb, "obj");
    return !objects.isEmpty()
        && objects.stream()
            .allMatch(
                o ->
                    cx.words()
                        .thingPronouns()
                        .contains(s.token(o).word().toLowerCase(java.util.Locale.ROOT)));
  }

  /**
   * Whether the verb's object is people: a name, a pronoun, a noun for people ("dozens of
   * protesters") or a role noun ("the former minister"); true when it has none ("were arrested").
   */
  private static boolean actsOnPeople(CodingContext cx, Sentence s, int verb) {
    List<Integer> objects = new ArrayList<>(s.childrenOf(verb, "obj"));
    objects.addAll(s.childrenOf(verb, "nsubj:pass"));
    if (objects.isEmpty()) {
      return true;
    }
    for (int o : objects) {
      List<Integer> heads = new ArrayList<>(List.of(o));
      heads.addAll(s.childrenOf(o, "nmod:of")); // "dozens of protesters"
      for (int h : heads) {
        Token t = s.token(h);
        if (t.isPronoun()
            || "PERSON".equals(t.ner())
            || cx.words().personNouns().contains(t.lemma().toLowerCase(java.util.Locale.ROOT))
            || cx.actors().mentionAt(s.index(), h) != null
            || ActorsAt.roleNoun(cx, t) != null) {
          return true;
        }
      }
    }
    return false;
  }

  Optional<PatternMatch> match(CodingContext cx, Sentence s, Token t, List<VerbPattern> patterns) {
    int trigger = t.index();
    DefaultTriggers.Found found = DefaultTriggers.at(cx, s, t);
    // The sense a pattern's distinctive part recognised beats the word's default, and codes even
    // where the default is vetoed: "struck a deal".
    // A word that codes through its patterns only ("take steps", "have meetings") needs a whole
    // pattern: its patterns' object words alone say too little.
    Optional<PatternSense.Sense> sense =
        cx.on(EventRule.TRIGGER_PATTERN_SENSE) && found.word().isPresent()
            ? PatternSense.of(cx, s, trigger, patterns)
                .filter(
                    x ->
                        !found.word().get().patternsOnly()
                            || namesItsComplement(x)
                            || weighsItsObject(cx, s, trigger, x)
                            || strikesItsObject(cx, x)
                            || namesItsPosture(cx, x)
                            || namesWhatItYields(cx, x)
                            || claimsItsDeed(cx, x))
            : Optional.empty();
    if (found.entry().isEmpty() && sense.isEmpty()) {
      if (!found.why().equals("no trigger entry")) {
        cx.trace().layer(s.index(), trigger, "trigger", found.why());
      }
      return Optional.empty();
    }
    TriggerEntry entry = found.entry().orElseGet(() -> found.word().get());
    if (cx.on(EventRule.MODE_NO_CONDITION_OR_QUESTION)
        && ModeRules.isConditionOrQuestion(cx.words(), s, trigger)) {
      cx.trace().layer(s.index(), trigger, "trigger", entry.id() + ": a condition or a question");
      return Optional.empty();
    }
    if (cx.on(EventRule.MODE_CONDITION_OF_SUBJECT_NOUN)
        && ModeRules.isSubjectOfCondition(cx.words(), s, trigger)) {
      cx.trace().layer(s.index(), trigger, "trigger", entry.id() + ": the subject of a condition");
      return Optional.empty();
    }
    if (cx.on(EventRule.MODE_NO_BACKGROUND_STATE) && ModeRules.isBackgroundState(s, trigger)) {
      cx.trace().layer(s.index(), trigger, "trigger", entry.id() + ": a background state");
      return Optional.empty();
    }
    if (entry.pos() == VerbPattern.Pos.N
        && sense.isEmpty()
        && cx.on(EventRule.TRIGGER_WANTED_NOUN)
        && isWanted(cx, s, trigger)) {
      cx.trace().layer(s.index(), trigger, "trigger", entry.id() + ": wanted, not happening");
      return Optional.empty();
    }
    if (entry.pos() == VerbPattern.Pos.N
        && cx.on(EventRule.PATTERN_NO_CONNECTIVE_NOUN)
        && PatternMatcher.isConnective(cx.words(), s, trigger)) {
      cx.trace().layer(s.index(), trigger, "trigger", entry.id() + ": a connective");
      return Optional.empty();
    }
    VerbPattern coded = sense.map(PatternSense.Sense::pattern).orElse(asPatterns.get(entry.id()));
    String cameo = coded.code();
    if (cx.on(EventRule.ARG_MEETING_WITH_ACTORS_ONLY)
        && (cameo.startsWith("04") || cameo.equals("036"))
        && AskedActs.meetsAnAct(cx, s, trigger, trigger)) {
      cx.trace().layer(s.index(), trigger, "arguments", entry.id() + ": meets an act");
      return Optional.empty();
    }
    List<String> evidence = new ArrayList<>();
    evidence.add(entry.id());
    sense.ifPresent(x -> evidence.add("R.trigger.pattern-sense:" + x.pattern().id()));
    cx.trace()
        .layer(
            s.index(),
            trigger,
            "trigger",
            sense.isPresent()
                ? entry.id() + ": sense of " + coded.id() + ", code " + cameo
                : entry.id() + ": default code " + cameo);

    SourceRules.Found source = sources.find(cx, s, trigger, entry);
    TargetRules.Found target = null;
    boolean impliedPartner = false;
    if (source.args().isEmpty()
        && joint(entry, cameo)
        && cx.on(EventRule.ARG_IMPLIED_PARTNER)
        && s.childrenOf(trigger, "nmod:between").isEmpty()) {
      // "Intense discussions were taking place with US officials", Mr Straw said: talks and
      // agreements take two, and the one the noun leaves unsaid is the speaker or the article's
      // other side.
      target = targets.find(cx, new TargetRules.Ask(s, trigger, entry, cameo, List.of()));
      if (!target.args().isEmpty() && ImpliedSides.doerUnsaid(cx.words(), s, trigger)) {
        List<Arg> partner = ImpliedSides.partnerOf(cx, s, trigger, target.args());
        if (!partner.isEmpty()) {
          source = new SourceRules.Found(partner, EventRule.ARG_IMPLIED_PARTNER.id());
          impliedPartner = true;
        }
      }
    }
    if (source.args().isEmpty()
        && entry.pos() == VerbPattern.Pos.N
        && cameo.startsWith("046")
        && cx.on(EventRule.ARG_TALKS_BEFORE_OUTCOME)
        && (target == null || target.args().isEmpty())
        && s.childrenOf(trigger, "nmod:between").isEmpty()) {
      // "the US had agreed to release the four after intensive discussions", Mr Straw said: talks
      // that led to what a clause's subject did were that subject's, with the other side.
      List<Arg> doers = ImpliedSides.doersAfterTalks(cx, s, trigger);
      List<Arg> partner =
          doers.isEmpty() ? List.of() : ImpliedSides.partnerOf(cx, s, trigger, doers);
      if (!partner.isEmpty()) {
        String rule = EventRule.ARG_TALKS_BEFORE_OUTCOME.id();
        source = new SourceRules.Found(doers, rule);
        target = new TargetRules.Found(partner, rule);
        impliedPartner = true;
      }
    }
    if (source.args().isEmpty()) {
      cx.trace().layer(s.index(), trigger, "arguments", "no coded source");
      return Optional.empty();
    }
    evidence.add(source.rule());
    if (target == null || !impliedPartner) {
      target = targets.find(cx, new TargetRules.Ask(s, trigger, entry, cameo, source.args()));
    }
    boolean oneSided = false;
    if (target.args().isEmpty()) {
      boolean threatAlone =
          cx.on(EventRule.TARGET_THREAT_ALONE) && AskedActs.threatensForce(cx, s, trigger, cameo);
      boolean alone =
          entry.oneSided()
              || sense.isPresent() && EventWords.startsWithAny(cx.words().oneSidedCodes(), cameo)
              || intendedAlone(cx, s, trigger, cameo)
              || threatAlone
              || cx.on(EventRule.REFINE_WORKERS_STRIKE)
                  && WorkersStrike.isStrike(cx, s, trigger, cameo, source.args());
      if (!alone && demandOfNoOne(cx, s, trigger, cameo, source)) {
        // "Labour MPs have called for tougher rules": what a country's opposition or civil society
        // asks for, with no one named to do it, it asks of its government.
        int asked = sense.map(PatternSense.Sense::head).orElse(trigger);
        PatternMatch m =
            ImpliedAddressee.match(
                cx,
                s,
                trigger,
                asked,
                coded,
                source.args().get(0),
                sense.map(PatternSense.Sense::consumed).orElse(List.of()),
                EventRule.ARG_DEMAND_ADDRESSEE,
                evidence);
        if (m != null) {
          traceSides(cx, s, trigger, source.rule(), EventRule.ARG_DEMAND_ADDRESSEE.id());
          return Optional.of(m);
        }
      }
      if (!alone || !cx.on(EventRule.TARGET_NONE)) {
        cx.trace()
            .layer(
                s.index(),
                trigger,
                "arguments",
                "source by " + source.rule() + "; no target, and " + entry.id() + " needs one");
        return Optional.empty();
      }
      if (cx.on(EventRule.TRIGGER_THING_PRONOUN_OBJECT)
          && sense.isEmpty()
          && (cameo.startsWith("17") || cameo.startsWith("18") || cameo.startsWith("20"))
          && actsOnAThingPronoun(cx, s, trigger)) {
        cx.trace()
            .layer(s.index(), trigger, "arguments", entry.id() + ": done to a thing, no event");
        return Optional.empty();
      }
      if (cameo.startsWith("17") && !actsOnPeople(cx, s, trigger)) {
        // "locked up endorsements", "seized the initiative": coercion is done to people.
        cx.trace()
            .layer(s.index(), trigger, "arguments", entry.id() + ": coercion of no one, no event");
        return Optional.empty();
      }
      oneSided = true;
      evidence.add(
          threatAlone && !entry.oneSided()
              ? EventRule.TARGET_THREAT_ALONE.id()
              : EventRule.TARGET_NONE.id());
    } else {
      evidence.add(target.rule());
    }
    traceSides(cx, s, trigger, source.rule(), oneSided ? "none: one-sided" : target.rule());
    int head = sense.map(PatternSense.Sense::head).orElse(trigger);
    List<Integer> consumed = sense.map(PatternSense.Sense::consumed).orElse(List.of());
    boolean implied = target.rule() != null && target.rule().equals("R.target.implied");
    return Optional.of(
        new PatternMatch(
            coded,
            source.args(),
            target.args(),
            trigger,
            head,
            Syntax.isNegated(cx.words(), s, head)
                && !coded.negated(), // "will not comment": the negation is the sense
            consumed,
            implied,
            impliedPartner,
            oneSided,
            evidence));
  }

  /**
   * Whether a pattern names the verb its trigger complements ("decline >comment"): that says the
   * sense of a word that codes through patterns only; an object word alone ("take :step") does not.
   */
  private static boolean namesItsComplement(PatternSense.Sense sense) {
    return sense.pattern().steps().stream()
        .anyMatch(st -> st instanceof VerbPattern.Complement c && !c.lemma().equals("*"));
  }

  /**
   * Whether a pattern's object word names a policy weighed ("is considering a third party run",
   * "will look again at the rate"): that says the sense of a verb of considering, which codes
   * through patterns only, as a complement verb does.
   */
  private static boolean weighsItsObject(
      CodingContext cx, Sentence s, int trigger, PatternSense.Sense sense) {
    return cx.on(EventRule.TRIGGER_WEIGHED_OBJECT)
        && EventWords.startsWithAny(cx.words().weighedCodes(), sense.pattern().code())
        && sense.pattern().steps().stream().anyMatch(st -> st instanceof VerbPattern.ObjectWord)
        // "considered the package a major stimulus", "… to be a stimulus", "regarded it as":
        // a judgement, not a weighing ("studying a plan to buy coal" is one).
        && s.childrenOf(trigger, "xcomp").stream()
            .allMatch(x -> s.token(x).isVerb() && s.childrenOf(x, "cop").isEmpty())
        && s.childrenOf(trigger, "obl:as").isEmpty();
  }

  /**
   * Whether a pattern's object word names what force is used on ("destroyed oil installations at
   * Iran's Ahvaz field", "hit the western jetty"): that says the sense of a verb that codes through
   * patterns only, and its target is then found as for any use of force, where it happens.
   */
  private static boolean strikesItsObject(CodingContext cx, PatternSense.Sense sense) {
    String code = sense.pattern().code();
    return cx.on(EventRule.TRIGGER_FORCE_OBJECT)
        && (code.startsWith("18") || code.startsWith("19") || code.startsWith("20"))
        && sense.pattern().steps().stream().anyMatch(st -> st instanceof VerbPattern.ObjectWord);
  }

  /**
   * Whether a pattern's object word names a protest or a show of force ("went on strike", "staged a
   * walkout", "deployed troops"): that says the sense of a support verb that codes through patterns
   * only, and such events stand with no target.
   */
  private static boolean namesItsPosture(CodingContext cx, PatternSense.Sense sense) {
    String code = sense.pattern().code();
    return cx.on(EventRule.TRIGGER_POSTURE_OBJECT)
        && (code.startsWith("14") || code.startsWith("15"))
        && sense.pattern().steps().stream().anyMatch(st -> st instanceof VerbPattern.ObjectWord);
  }

  /**
   * R.trigger.yield-object: whether a yielding pattern's (08) object word names what is given up
   * ("suspended his presidential campaign", "withdrew the bill"): that says the sense of a verb
   * that codes through patterns only, and the concession stands with no target.
   */
  private static boolean namesWhatItYields(CodingContext cx, PatternSense.Sense sense) {
    return cx.on(EventRule.TRIGGER_YIELD_OBJECT)
        && sense.pattern().code().startsWith("08")
        && sense.pattern().steps().stream().anyMatch(st -> st instanceof VerbPattern.ObjectWord);
  }

  /**
   * R.trigger.claimed-deed-object: whether a pattern's object word names a deed its doer claims or
   * accepts ("claimed responsibility for the bombing", "accepted responsibility"): that says the
   * sense of a verb that codes through patterns only (015), and the claim stands with no target.
   */
  private static boolean claimsItsDeed(CodingContext cx, PatternSense.Sense sense) {
    return cx.on(EventRule.TRIGGER_CLAIMED_DEED_OBJECT)
        && sense.pattern().code().startsWith("015")
        && sense.pattern().steps().stream().anyMatch(st -> st instanceof VerbPattern.ObjectWord);
  }

  /**
   * Whether cooperation with no partner named is still to come, and so its doer's statement of
   * intent ("is willing to cooperate closely to foster stability", "will cooperate fully"), which
   * CAMEO codes with no target; what was done needs a partner.
   */
  private static boolean intendedAlone(CodingContext cx, Sentence s, int trigger, String cameo) {
    if (!cx.on(EventRule.ARG_INTENT_WITH_NO_PARTNER)
        || !EventWords.startsWithAny(cx.words().intendedAloneRoots(), cameo)
        || !s.token(trigger).isVerb()) {
      return false;
    }
    Mode mode = ModeRules.mode(cx, s, trigger, trigger, Syntax.isNegated(cx.words(), s, trigger));
    return mode == Mode.FUTURE || mode == Mode.HYPOTHETICAL;
  }

  /** An event noun of talks or agreement, which takes two sides. */
  private static boolean joint(TriggerEntry entry, String cameo) {
    return entry.pos() == VerbPattern.Pos.N && (cameo.startsWith("04") || cameo.startsWith("05"));
  }

  /** Whether the noun is the object of a wanting verb: "warrants new cooperation". */
  private static boolean isWanted(CodingContext cx, Sentence s, int noun) {
    return s.parents(noun).stream()
        .anyMatch(
            d ->
                d.governor() >= 0
                    && d.baseRelation().equals("obj")
                    && cx.words().wantingVerbs().contains(s.token(d.governor()).lemma()));
  }
}
