package org.dyad.coding.event;

import java.util.List;
import org.dyad.coding.ActorAnalysis;
import org.dyad.model.Actor;
import org.dyad.model.ActorCode;
import org.dyad.model.Quote;
import org.dyad.model.Sentence;

/**
 * Which actors are one side: a state and its organs, one party of the article, a state and its own
 * executive, and who speaks for a party. Takes {@link Arg}s and codes; answers yes or no.
 * Stateless, thread-safe.
 */
final class Sides {
  private Sides() {}

  /**
   * One state's own organs, or one organ: IRN and IRNMIL, GBRGOV and GBRGOV; not GBRCVL and GBRSPY,
   * nor NPL and NPLREB.
   */
  static boolean sameSide(Arg a, Arg b) {
    if (a.code() == null || b.code() == null) {
      return a.actor().equals(b.actor());
    }
    String x = a.code().sector();
    String y = b.code().sector();
    if (x == null && y != null && UNDER_ARMS_AGAINST_THE_STATE.contains(y)
        || y == null && x != null && UNDER_ARMS_AGAINST_THE_STATE.contains(x)) {
      // "Maoist rebels attacked a police station in Nepal": rebels fight their state, NPLREB
      // against NPL; they are never its side.
      return false;
    }
    return a.code().country().equals(b.code().country()) && (x == null || y == null || x.equals(y));
  }

  /**
   * R.arg.rivals-are-two-sides: two different actors of one code that is no office, each a person
   * or a body the dictionary names, are two sides when one acts on the other: "Clinton has returned
   * to critiquing Sanders" (USAPTY and USAPTY), "the Tories attacked the Liberal Democrats" (GBRPTY
   * and GBRPTY). One actor named twice, a state's offices and organs (GOV, ELI, MIL …: Blair and
   * Brown), one team (list team-sector: the opposition front bench, Howard and his spokesman Yeo)
   * and unnamed groups of one code ("MPs" and "Labour MPs") stay one side.
   */
  static boolean rivals(CodingContext cx, Arg a, Arg b) {
    if (!cx.on(EventRule.ARG_RIVALS_ARE_TWO_SIDES)
        || a.code() == null
        || !a.code().equals(b.code())
        || a.actor() == null
        || b.actor() == null
        || a.actor().equals(b.actor())) {
      return false;
    }
    String sector = a.code().sector();
    if (sector == null
        || !a.code().isState()
        || cx.words().executiveSectors().contains(sector)
        || cx.words().teamSectors().contains(sector)) {
      return false;
    }
    Actor x = cx.actors().actor(a.actor());
    Actor y = cx.actors().actor(b.actor());
    return x != null
        && y != null
        && namedOnItsOwn(x)
        && namedOnItsOwn(y)
        && (x.entry() == null || !x.entry().equals(y.entry()));
  }

  /** A person, or a body that a dictionary entry names ("the Liberal Democrats"). */
  private static boolean namedOnItsOwn(Actor a) {
    return a.kind() == Actor.Kind.PERSON || a.entry() != null && a.kind() != Actor.Kind.GROUP;
  }

  /**
   * Whether {@code a} is on {@code source}'s side where the sentence sets one against the other
   * (object, prepositional target, owner of the thing acted on): {@link #sameSide}, unless they are
   * {@link #rivals}.
   */
  static boolean ownSide(CodingContext cx, Arg source, Arg a) {
    return sameSide(source, a) && !rivals(cx, source, a);
  }

  /** CAMEO sectors of those under arms against their own state: rebels, insurgents, separatists. */
  private static final java.util.Set<String> UNDER_ARMS_AGAINST_THE_STATE =
      java.util.Set.of("REB", "INS", "SEP");

  /** Whether some actor of {@code as} and some of {@code bs} are one of the article's parties. */
  static boolean sameParty(List<Arg> as, List<Arg> bs) {
    for (Arg x : as) {
      for (Arg y : bs) {
        if (x.code() != null
            && y.code() != null
            && ArticleParties.keyOf(x.code()).equals(ArticleParties.keyOf(y.code()))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether two matches code the same root class by the same party. */
  static boolean sameKindBySameSide(PatternMatch a, PatternMatch b) {
    return a.pattern().code().regionMatches(0, b.pattern().code(), 0, 2)
        && sameParty(a.sources(), b.sources());
  }

  /** Whether two matches are aimed at the same party. */
  static boolean sameTargetSide(PatternMatch a, PatternMatch b) {
    return sameParty(a.targets(), b.targets());
  }

  /** A state, its executive or forces, or an international organisation. */
  static boolean speaksForAParty(EventWords w, ActorCode c) {
    return !c.isState()
        ? c.country().equals("IGO")
        : c.sector() == null || w.executiveSectors().contains(c.sector());
  }

  /** Whether one code is a bare state and the other that state or its executive. */
  static boolean actsOnItself(EventWords w, ActorCode a, ActorCode b) {
    if (!a.isState() || !b.isState() || !a.country().equals(b.country())) {
      return false;
    }
    boolean aExecutive = a.sector() == null || w.executiveSectors().contains(a.sector());
    boolean bExecutive = b.sector() == null || w.executiveSectors().contains(b.sector());
    return (a.sector() == null || b.sector() == null) && aExecutive && bExecutive;
  }

  /** A single person who holds no armed, police or militant role. */
  static boolean isCivilianPerson(EventWords w, ActorAnalysis actors, Arg a) {
    Actor actor = actors.actor(a.actor());
    if (actor == null || actor.kind() != Actor.Kind.PERSON || a.code() == null) {
      return false;
    }
    String sector = a.code().sector();
    return sector == null || !w.armedSectors().contains(sector);
  }

  /** A state itself, its government or its elites. */
  static boolean isStateOrGovernment(Arg a) {
    if (a.code() == null || !a.code().isState()) {
      return false;
    }
    String sector = a.code().sector();
    return sector == null || sector.equals("GOV") || sector.equals("ELI");
  }

  /** Whether there are sources and each has a code whose sector is one of {@code sectors}. */
  static boolean allOfSectors(List<Arg> sources, java.util.Set<String> sectors) {
    return !sources.isEmpty()
        && sources.stream()
            .allMatch(
                a ->
                    a.code() != null
                        && a.code().sector() != null
                        && sectors.contains(a.code().sector()));
  }

  /** Whether the statement around the trigger is made by the sources' own state. */
  static boolean saidBySourceSide(CodingContext cx, Sentence s, int trigger, List<Arg> sources) {
    Quote q = cx.innermost(s.token(trigger).span(), false);
    if (q == null || q.speaker() == null || q.speaker().code() == null) {
      return false;
    }
    String country = q.speaker().code().country();
    return !sources.isEmpty()
        && sources.stream().allMatch(a -> a.code() != null && a.code().country().equals(country));
  }
}
