package org.dyad.coding.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.lexicon.VerbPattern;
import org.dyad.model.Dependency;
import org.dyad.model.Place;
import org.dyad.model.Sentence;

/**
 * The act an appeal, offer, demand or threat (an {@code answered-root} code: 02, 03, 10, 13) names
 * as what it asks for, offers or threatens: its object, or its "of", "for", "against" or "about"
 * phrase, read through an {@code act-phase-noun} ("a resumption of air raids", "an end to the
 * shelling"). Four rules read it:
 *
 * <ul>
 *   <li>{@code R.target.asked-act}: such a word whose own phrases name no actor is aimed through
 *       the act. A threat is aimed at whom the act would reach: "Iraq threatened a resumption of
 *       air raids on Iranian towns" (IRN), "Iran warned of retaliation against the United States".
 *       An appeal or demand to end an act ({@code act-stop-noun}) is aimed at its doer: "The UN
 *       demanded an end to Turkish shelling of Kurdish positions" (TUR).
 *   <li>{@code R.select.asked-for-noun}: the act itself codes nothing of its own, as what a
 *       to-infinitive asks for does not ({@code R.select.asked-for}): "called for talks between
 *       Israel and Syria" holds no talks; "warned of new attacks on Israel" is a threat, no attack.
 *   <li>{@code R.target.threat-alone}: a threat of force that names no target stands one-sided
 *       ({@link #threatensForce}).
 *   <li>{@code R.arg.meeting-with-actors-only}: meeting an act is answering it ({@link
 *       #meetsAnAct}).
 * </ul>
 *
 * Stateless.
 */
final class AskedActs implements TargetRules.Rule {
  private static final List<String> ASKING_PHRASES =
      List.of("obj", "of", "for", "against", "about", "over");

  @Override
  public String id() {
    return "R.target.asked-act";
  }

  @Override
  public TargetRules.Found find(CodingContext cx, TargetRules.Ask ask) {
    List<Arg> reached = reached(cx, ask.s(), ask.trigger(), ask.cameo(), ask.sources());
    return reached.isEmpty() ? TargetRules.Found.NONE : new TargetRules.Found(reached, id());
  }

  /**
   * Whom the act the trigger asks for, offers or threatens would reach (a threat) or whose act it
   * asks to end (an appeal or demand), not on the source's side; empty when the trigger names no
   * such act or it names no one.
   */
  static List<Arg> reached(
      CodingContext cx, Sentence s, int trigger, String cameo, List<Arg> sources) {
    boolean threat = cameo.startsWith("13");
    boolean asks = cameo.startsWith("02") || cameo.startsWith("10");
    if (!threat && !asks) {
      return List.of();
    }
    for (int phrase : askingPhrases(s, trigger)) {
      int act = throughPhase(cx, s, phrase);
      if (act < 0 || !isAct(cx, s, act)) {
        continue;
      }
      boolean stop =
          cx.words().actStopNouns().contains(s.token(phrase).lemma().toLowerCase(Locale.ROOT));
      List<Arg> found =
          threat ? reachedBy(cx, s, act, phrase) : stop ? doerOf(cx, s, act) : List.<Arg>of();
      found = TargetRules.notOwnSide(cx, found, sources);
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  /**
   * The act noun that the word at {@code trigger} asks for, offers or threatens, or -1: its object
   * or asking phrase, read through a phase noun ("a resumption of air raids").
   */
  static int askedAct(CodingContext cx, Sentence s, int trigger) {
    for (int phrase : askingPhrases(s, trigger)) {
      int act = throughPhase(cx, s, phrase);
      if (act >= 0 && act != trigger && isAct(cx, s, act)) {
        return act;
      }
    }
    return -1;
  }

  /** The trigger's object and its "of", "for", "against", "about" and "over" phrases, in order. */
  private static List<Integer> askingPhrases(Sentence s, int trigger) {
    List<Integer> out = new ArrayList<>();
    for (String place : ASKING_PHRASES) {
      for (Dependency d : s.children(trigger)) {
        boolean here =
            place.equals("obj")
                ? d.relation().equals("obj")
                : (d.baseRelation().equals("obl") || d.baseRelation().equals("nmod"))
                    && place.equals(d.subtype());
        if (here && s.token(d.dependent()).isNoun()) {
          out.add(d.dependent());
        }
      }
    }
    return out;
  }

  /**
   * The act a phrase names: the phrase itself, or, for a phase noun ({@code act-phase-noun}), the
   * act it is of (-1 when it names none).
   */
  private static int throughPhase(CodingContext cx, Sentence s, int phrase) {
    String lemma = s.token(phrase).lemma().toLowerCase(Locale.ROOT);
    return cx.words().actPhaseNouns().contains(lemma) ? phaseOf(s, phrase) : phrase;
  }

  /**
   * The act a phase noun is of: "a resumption of air raids", "an end to the shelling", or the
   * gerund the parser hangs on it as a clause ("an end to Turkish shelling of Kurdish positions").
   */
  private static int phaseOf(Sentence s, int phase) {
    for (Dependency d : s.children(phase)) {
      boolean ofOrTo = "of".equals(d.subtype()) || "to".equals(d.subtype());
      if (d.baseRelation().equals("nmod") && ofOrTo
          || d.baseRelation().equals("acl") && s.token(d.dependent()).pos().equals("VBG")) {
        return d.dependent();
      }
    }
    return -1;
  }

  /** Whether the word at {@code t} is a noun or gerund the lexicon codes as an act. */
  private static boolean isAct(CodingContext cx, Sentence s, int t) {
    boolean gerund = s.token(t).pos().equals("VBG");
    if (!gerund && !s.token(t).isNoun()) {
      return false;
    }
    if (DefaultTriggers.at(cx, s, s.token(t)).entry().isPresent()) {
      return true;
    }
    for (String key : Triggers.nounKeys(s, t)) {
      if (!cx.lexicon().patternsFor(VerbPattern.Pos.N, key).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whom an act would reach: an actor in its "on", "against", "of", "at", "into" or "to" phrase, or
   * a gerund's object (one inside it, or a thing's nationality: "air raids on Iranian towns"), else
   * the country where it would happen ("attacks in Israel"). The parser may hang the act's phrases
   * on the phase noun: "a resumption of air raids on Iranian towns".
   */
  private static List<Arg> reachedBy(CodingContext cx, Sentence s, int act, int phase) {
    for (int at : act == phase ? List.of(act) : List.of(act, phase)) {
      List<Integer> phrases = new ArrayList<>();
      for (String p : List.of("on", "against", "of", "at", "into", "to")) {
        phrases.addAll(s.childrenOf(at, "nmod:" + p));
        phrases.addAll(s.childrenOf(at, "obl:" + p)); // a gerund's phrases
      }
      if (at == act && !s.token(act).isNoun()) {
        phrases.addAll(0, s.childrenOf(act, "obj"));
      }
      for (int phrase : phrases) {
        if (phrase == act) {
          continue; // "a resumption of raids": the act itself
        }
        List<Arg> found = TargetRules.inPhrase(cx, s, phrase, "190");
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    Place place = EventPlaces.place(cx.actors(), s, act);
    if (place != null && place.country() != null) {
      return TargetRules.placeCountry(cx, place);
    }
    return List.of();
  }

  /**
   * Who does an act: its possessor, "by" phrase, a name before it or a gerund's subject, else a
   * nationality on it ("Turkish shelling", "Israel's blockade", "the blockade by Israel"); the
   * parser may take the nationality for a gerund's subject ("an end to Turkish shelling").
   */
  private static List<Arg> doerOf(CodingContext cx, Sentence s, int act) {
    for (String r : List.of("nmod:poss", "nmod:by", "nmod:agent", "compound", "nsubj")) {
      for (int d : s.childrenOf(act, r)) {
        List<Arg> found = ActorsAt.withConjuncts(cx, s, d);
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    List<Arg> national = Nationalities.nationalityOnAct(cx.actors(), s, act);
    for (int subject : s.childrenOf(act, "nsubj")) {
      if (national.isEmpty()) {
        national =
            Nationalities.stateWrittenAt(
                cx.actors(), s, subject, cx.actors().countryOfWord(s.index(), subject));
      }
    }
    return national;
  }

  /**
   * {@code R.arg.meeting-with-actors-only}: "prepared to meet any escalation of military actions by
   * Iran with stronger countermeasures" is no meeting: whether a verb that answers an act it meets
   * ({@code act-meeting-verb}: meet), at the trigger or the complement its pattern moved to, has
   * for its object a demand, criticism, threat or force (10 to 20) or a phase of one. "Held talks",
   * "discussed the deployment with Kuwait" are meetings still.
   */
  static boolean meetsAnAct(CodingContext cx, Sentence s, int trigger, int head) {
    for (int verb : head == trigger ? List.of(trigger) : List.of(trigger, head)) {
      if (!cx.words().actMeetingVerbs().contains(s.token(verb).lemma())) {
        continue;
      }
      for (int o : s.childrenOf(verb, "obj")) {
        int act = throughPhase(cx, s, o);
        String code = act >= 0 ? actCode(cx, s, act) : null;
        if (code != null && code.compareTo("10") >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** The code the lexicon gives the act at {@code t}, or null. */
  private static String actCode(CodingContext cx, Sentence s, int t) {
    var entry = DefaultTriggers.at(cx, s, s.token(t)).entry();
    if (entry.isPresent() && entry.get().code() != null) {
      return entry.get().code();
    }
    for (String key : Triggers.nounKeys(s, t)) {
      for (VerbPattern p : cx.lexicon().patternsFor(VerbPattern.Pos.N, key)) {
        if (p.code() != null) {
          return p.code();
        }
      }
    }
    return null;
  }

  /**
   * {@code R.target.threat-alone}: whether a threat (13) threatens force or coercion (an act whose
   * code is 15 or above) in its to-infinitive or as the act it names: "Iran threatened to close the
   * Strait of Hormuz" is Iran's threat, aimed at no one the sentence names.
   */
  static boolean threatensForce(CodingContext cx, Sentence s, int trigger, String cameo) {
    if (!cameo.startsWith("13")) {
      return false;
    }
    if (cameo.startsWith("137") || cameo.startsWith("138")) {
      return true; // the threat's own sense names the force: "threatened to close the strait"
    }
    List<Integer> acts = new ArrayList<>(Syntax.complements(s, trigger));
    int named = askedAct(cx, s, trigger);
    if (named >= 0) {
      acts.add(named);
    }
    for (int act : new ArrayList<>(acts)) {
      if (cx.words().continuingVerbs().contains(s.token(act).lemma())) {
        acts.addAll(s.childrenOf(act, "obj")); // "threatened to resume attacks"
      }
    }
    for (int act : acts) {
      String code = actCode(cx, s, act);
      if (code != null && code.compareTo("15") >= 0) {
        return true;
      }
    }
    return false;
  }
}
