package org.dyad.coding.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.coding.ActorAnalysis;
import org.dyad.model.Actor;
import org.dyad.model.Place;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;

/**
 * States written on things rather than named as actors: a nationality adjective or country name on
 * a noun ("an Iranian platform", "the U.S. moves"), a place phrase ("the stronghold in northern
 * Chad"), and which codes let such a thing stand for its state. Takes the article's actors, a
 * sentence and a token; returns the article's actor for the state as an {@link Arg} written at that
 * token, empty when the article never names the state as an actor. Stateless, thread-safe.
 */
final class Nationalities {
  private Nationalities() {}

  /**
   * The state a nationality adjective on an act names as its doer ("Iraqi counter-attacks", "the
   * Chinese crackdown"), as the article's actor for that state; empty when there is none.
   */
  static List<Arg> nationalityOnAct(ActorAnalysis actors, Sentence s, int act) {
    for (int a : s.childrenOf(act, "amod")) {
      List<Arg> doer = stateWrittenAt(actors, s, a, actors.countryOfWord(s.index(), a));
      if (!doer.isEmpty()) {
        return doer;
      }
    }
    return List.of();
  }

  /**
   * The state whose nationality adjective modifies the noun at {@code t} ("an Iranian platform"),
   * as the article's actor for that state; empty when there is none or the article never names the
   * state as an actor.
   */
  /**
   * The nationality on the thing at {@code t} ({@link #nationalityOf}), else, under {@code
   * R.arg.thing-of-possessive}, the owner its possessive pronoun refers to: "the U.S. attacks on
   * two of its Gulf oil platforms", said by Iran's spokesman, are on Iran's (the pronoun resolved
   * as {@link Antecedents#ofPossessive} does).
   */
  static List<Arg> nationalityOrOwnerOf(CodingContext cx, Sentence s, int t) {
    List<Arg> national = nationalityOf(cx.actors(), s, t);
    if (!national.isEmpty() || !cx.on(EventRule.ARG_THING_OF_POSSESSIVE)) {
      return national;
    }
    List<Integer> nouns = new ArrayList<>(List.of(t));
    nouns.addAll(s.childrenOf(t, "nmod:of")); // "two of its platforms"
    List<Arg> doers = doersOf(cx, s, t);
    for (int n : nouns) {
      for (int poss : s.childrenOf(n, "nmod:poss")) {
        if (s.token(poss).isPronoun()) {
          List<Arg> owner = new ArrayList<>(ActorsAt.coded(Antecedents.ofPossessive(cx, s, poss)));
          // "Iranian jets bombed its oil terminal": whoever does it is not whose it is.
          owner.removeIf(o -> doers.stream().anyMatch(d -> Sides.ownSide(cx, d, o)));
          if (!owner.isEmpty()) {
            return owner;
          }
        }
      }
    }
    return List.of();
  }

  /**
   * The subjects of the clause whose object or oblique phrase holds the noun at {@code t} ("jets
   * bombed its terminal"); none when the noun is in a subject ("the attacks on its platforms were
   * …").
   */
  private static List<Arg> doersOf(CodingContext cx, Sentence s, int t) {
    int cur = t;
    for (int hops = 0; hops < 4; hops++) {
      org.dyad.model.Dependency up = null;
      for (org.dyad.model.Dependency d : s.parents(cur)) {
        if (d.governor() >= 0) {
          up = d;
        }
      }
      if (up == null) {
        return List.of();
      }
      String r = up.baseRelation();
      if (!(r.equals("obj") || r.equals("obl") || up.relation().equals("nmod:of"))) {
        return List.of(); // "the attacks on its platforms": the noun's own act, not a clause's
      }
      if (s.token(up.governor()).isVerb()) {
        return SourceFinder.subjects(cx, s, up.governor(), Syntax.isPassive(s, up.governor()));
      }
      cur = up.governor();
    }
    return List.of();
  }

  static List<Arg> nationalityOf(ActorAnalysis actors, Sentence s, int t) {
    List<List<Arg>> all = nationalitiesOf(actors, s, t);
    return all.isEmpty() ? List.of() : all.get(0);
  }

  /**
   * Every state a nationality or country-name modifier on the noun at {@code t} names, in order:
   * "two U.S. flag Kuwaiti tankers" names both.
   */
  static List<List<Arg>> nationalitiesOf(ActorAnalysis actors, Sentence s, int t) {
    List<List<Arg>> out = new ArrayList<>();
    List<Integer> nouns = new ArrayList<>(List.of(t));
    nouns.addAll(s.childrenOf(t, "nmod:of")); // "a range of Japanese goods"
    // "Iranian platform", and a country's name written as a modifier: "the U.S. moves".
    List<Integer> modifiers = new ArrayList<>();
    for (int n : nouns) {
      modifiers.addAll(s.childrenOf(n, "amod"));
      modifiers.addAll(s.childrenOf(n, "compound"));
    }
    for (int a : modifiers) {
      List<Arg> state = stateWrittenAt(actors, s, a, actors.countryOfWord(s.index(), a));
      if (!state.isEmpty()) {
        out.add(state);
      }
    }
    return out;
  }

  /**
   * Codes whose object may be a thing of a country's, which then stands for the country: support
   * and criticism of its acts (05, 11), rejections, threats and protests (12–14: "protests against
   * the closing of Canadian ports"), shows of force near its ground (15: "massed troops along the
   * Chinese border"), sanctions, embargoes and tariffs on its goods (16), seizing or destroying
   * property (171), assaults, fighting and mass violence (18–20). Meetings need actors, and
   * arrests, expulsions and the rest of 17 are done to people: "captured several Iraqi defence
   * posts" is no arrest of Iraq.
   */
  static boolean thingStandsForItsCountry(String cameo) {
    return cameo.startsWith("16")
        || cameo.startsWith("171")
        || cameo.compareTo("18") >= 0
        || Set.of("05", "11", "12", "13", "14", "15").contains(cameo.substring(0, 2));
  }

  /**
   * {@link #thingStandsForItsCountry(String)}, and under {@code R.arg.traded-goods} economic
   * cooperation (061) and the easing of sanctions (085), which a country's goods and markets
   * receive: "cut tariffs on Ukrainian goods", "opened its market to American rice", "lifted the
   * tariffs on Japanese television sets".
   */
  static boolean thingStandsForItsCountry(CodingContext cx, String cameo) {
    return thingStandsForItsCountry(cameo)
        || cx.on(EventRule.ARG_TRADED_GOODS) && (cameo.startsWith("061") || cameo.equals("085"));
  }

  /**
   * Codes about ground: retreating from it (0874), blockading, occupying and fighting over it (19).
   * Their object words are places, which stand for the country they lie in.
   */
  static boolean holdsGround(String cameo) {
    return cameo.equals("0874") || cameo.startsWith("19");
  }

  /**
   * The state a place phrase on the object or the verb names ("the stronghold in northern Chad",
   * "evacuated the base in Chad"), as the article's actor for it; empty when there is none.
   */
  static List<Arg> countryWhere(ActorAnalysis actors, Sentence s, int verb, int object) {
    List<Integer> places = new ArrayList<>(s.childrenOf(object, "nmod:in"));
    places.addAll(s.childrenOf(verb, "obl:in"));
    for (int t : places) {
      Place place = actors.placeAt(s.index(), t);
      String country = place != null ? place.country() : actors.countryOfWord(s.index(), t);
      List<Arg> state = stateWrittenAt(actors, s, t, country);
      if (!state.isEmpty()) {
        return state;
      }
    }
    return List.of();
  }

  /** The article's actor for the state {@code country} (may be null), as written at token t. */
  static List<Arg> stateWrittenAt(ActorAnalysis actors, Sentence s, int t, String country) {
    if (country == null) {
      return List.of();
    }
    Token word = s.token(t);
    return stateActor(actors, country, word.word(), word.span());
  }

  /**
   * The article's actor for the state {@code country} as written at {@code span}, or, when the
   * article names the state nowhere else, the state's code alone ("anti-French", "U.S.-Japanese").
   */
  static List<Arg> stateOrCountry(ActorAnalysis actors, String country, String text, Span span) {
    List<Arg> state = stateActor(actors, country, text, span);
    return state.isEmpty()
        ? List.of(new Arg(null, org.dyad.model.ActorCode.of(country, null), text, span))
        : state;
  }

  /** The article's actor for the state {@code country}, as written at {@code span}; or none. */
  static List<Arg> stateActor(ActorAnalysis actors, String country, String text, Span span) {
    for (Actor actor : actors.actors()) {
      if (actor.kind() == Actor.Kind.STATE
          && actor.code() != null
          && actor.code().sector() == null
          && actor.code().country().equals(country)) {
        return List.of(new Arg(actor.id(), actor.code(), text, span));
      }
    }
    return List.of();
  }
}
