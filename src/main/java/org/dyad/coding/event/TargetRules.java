package org.dyad.coding.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.lexicon.CodingProfile;
import org.dyad.lexicon.TriggerEntry;
import org.dyad.lexicon.VerbPattern;
import org.dyad.model.ActorCode;
import org.dyad.model.Dependency;
import org.dyad.model.Place;
import org.dyad.model.Sentence;

/**
 * The argument layer's target rules for a trigger coded by its default: each finds whom the act is
 * aimed at in one way, tried in the order of the {@code R.target.*} rows of {@code
 * lexicon/event-rules.tsv} (less those the profile has off); the first that finds a coded actor
 * other than the source's own side wins, and its id (with the place it looked, for the named
 * places) is recorded on the event. Independent of any pattern. Immutable, thread-safe.
 */
final class TargetRules {
  /** What a target rule is given: the trigger, its entry, the code and the sources found. */
  record Ask(Sentence s, int trigger, TriggerEntry entry, String cameo, List<Arg> sources) {}

  /** One way of finding whom an act is aimed at. Implementations are stateless. */
  interface Rule {
    /** The rule id, {@code R.target.<name>}. */
    String id();

    /** The actors found with what the rule says of where, or none. */
    Found find(CodingContext cx, Ask ask);
  }

  /** The targets, and the rule (and place) that found them. */
  record Found(List<Arg> args, String rule) {
    static final Found NONE = new Found(List.of(), null);
  }

  /** Where a target is looked for when the entry names no places: objects, then prepositions. */
  static final List<String> DEFAULT_PLACES =
      List.of("obj", "iobj", "against", "on", "with", "to", "at", "into", "from");

  private final List<Rule> order;

  private TargetRules(List<Rule> order) {
    this.order = List.copyOf(order);
  }

  /**
   * The target rules {@code profile} has on, in its rules file's order.
   *
   * @throws IllegalArgumentException when the profile has a target rule no class implements
   */
  static TargetRules of(CodingProfile profile) {
    Map<String, Rule> known = new LinkedHashMap<>();
    for (Rule r : all()) {
      known.put(r.id(), r);
    }
    List<Rule> order = new ArrayList<>();
    for (String id : profile.enabledIn("target")) {
      if (id.equals(EventRule.TARGET_NONE.id()) || id.equals(EventRule.TARGET_THREAT_ALONE.id())) {
        continue; // not a way of finding a target: what to do when none is found (DefaultMatcher)
      }
      Rule r = known.get(id);
      if (r == null) {
        throw new IllegalArgumentException("no target rule implements " + id);
      }
      order.add(r);
    }
    return new TargetRules(order);
  }

  /** Every rule this layer implements, in no particular order. */
  static List<Rule> all() {
    return List.of(
        new NamedPlaces(),
        new GerundObject(),
        new DeliveredTo(),
        new AllegedDoer(),
        new Between(),
        new SharedObject(),
        new Complement(),
        new PlaceOfForce(),
        new PlaceOfCalm(),
        new CoercedPerson(),
        new ReportedSubject(),
        new PolicyOwner(),
        new EachOther(),
        new GoverningAddressee(),
        new MetWithTarget(),
        new AskedActs(),
        new StrandedPhraseTarget(),
        new Implied(),
        new AntiNamedTarget(),
        new PairedNamesTarget(),
        new TravelPurpose.Destination(),
        new NegotiatedThingTarget(),
        new ReducedRelative.Target());
  }

  /** The first rule's targets, or none. */
  Found find(CodingContext cx, Ask ask) {
    for (Rule r : order) {
      Found f = r.find(cx, ask);
      if (r instanceof EachOther && !f.args().isEmpty()) {
        return f; // the doers act on one another; the assembler pairs them each way
      }
      List<Arg> others = notOwnSide(cx, f.args(), ask.sources());
      if (!others.isEmpty()) {
        return new Found(others, f.rule());
      }
    }
    return Found.NONE;
  }

  /** The actors, not on the source's side, of the first of {@code phrases} that names any. */
  private static List<Arg> firstFound(CodingContext cx, Ask ask, List<Integer> phrases) {
    for (int p : phrases) {
      List<Arg> found = notOwnSide(cx, inPhrase(cx, ask.s(), p, ask.cameo()), ask.sources());
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  /** Coded actors that are not on the source's side: "the US and its allies" act on others. */
  static List<Arg> notOwnSide(CodingContext cx, List<Arg> found, List<Arg> sources) {
    List<Arg> out = new ArrayList<>();
    for (Arg a : found) {
      if (a.code() != null
          && sources.stream().noneMatch(o -> Sides.ownSide(cx, o, a))
          && !out.contains(a)) {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * The actors at a phrase: the actor it names ("rejected the EU"), else one inside it ("a European
   * Union appeal", "the release of Turkish journalists"), else the state a nationality on it names
   * ("shelled Kurdish positions", "Iranian oil platforms").
   */
  static List<Arg> inPhrase(CodingContext cx, Sentence s, int phrase, String cameo) {
    List<Arg> found = ActorsAt.withConjuncts(cx, s, phrase);
    // Coercion is done to whom the phrase names, not to someone inside it: an arrest of
    // "smugglers' boats" is of no one (seizing property, 171, is done to its owner).
    boolean coercion = cameo.startsWith("17") && !cameo.startsWith("171");
    if (found.isEmpty() && !coercion) {
      found = ActorsAt.notAimedAgainst(cx, s, phrase, cameo, ActorsAt.argsInside(cx, s, phrase, 2));
    }
    if (found.isEmpty() && !coercion) {
      // "slammed an effort supported by Obama", "the plan drawn up by the Treasury": a thing
      // whose maker a participle names is that maker's.
      for (int acl : s.childrenOf(phrase, "acl")) {
        if (s.token(acl).pos().equals("VBN")) {
          for (org.dyad.model.Dependency d : s.children(acl)) {
            if (d.relation().equals("obl:agent") || d.relation().equals("obl:by")) {
              found = ActorsAt.withConjuncts(cx, s, d.dependent());
              if (!found.isEmpty()) {
                break;
              }
            }
          }
        }
        if (!found.isEmpty()) {
          break;
        }
      }
    }
    // A thing stands for its country only for some codes: "shelled Iranian platforms"; an
    // arrest of "Kuwaiti smugglers' boats" is of no one.
    if (found.isEmpty() && Nationalities.thingStandsForItsCountry(cx, cameo)) {
      found = Nationalities.nationalityOrOwnerOf(cx, s, phrase);
    }
    return found;
  }

  /**
   * The places the entry names ({@code lexicon/triggers.tsv}'s {@code target} column), in its
   * order, or {@link #DEFAULT_PLACES}: the object, the indirect object, a preposition's object, the
   * subject of a reported clause, a noun's "of" phrase or possessor.
   */
  static final class NamedPlaces implements Rule {
    @Override
    public String id() {
      return "R.target.named-places";
    }

    @Override
    public Found find(CodingContext cx, Ask ask) {
      Sentence s = ask.s();
      int t = ask.trigger();
      TriggerEntry e = ask.entry();
      boolean noun = e.pos() == VerbPattern.Pos.N;
      boolean passive = e.pos() == VerbPattern.Pos.V && Syntax.isPassive(s, t);
      String preposition = prepositionOf(e);
      List<String> places = e.targets().isEmpty() ? DEFAULT_PLACES : e.targets();
      for (String place : places) {
        List<Integer> phrases = new ArrayList<>();
        switch (place) {
          case "obj" -> {
            if (noun) {
              phrases.addAll(s.childrenOf(t, "nmod:of"));
            } else {
              if (preposition != null) {
                phrases.addAll(s.childrenOf(t, "obl:" + preposition)); // "called for"
                // "called for Iran to release the sailors": whom the clause the preposition
                // marks is about.
                for (Dependency c : s.children(t)) {
                  if (c.baseRelation().equals("advcl") || c.baseRelation().equals("ccomp")) {
                    boolean marked =
                        s.childrenOf(c.dependent(), "mark").stream()
                            .anyMatch(mk -> s.token(mk).lemma().equals(preposition));
                    if (marked) {
                      phrases.addAll(s.childrenOf(c.dependent(), "nsubj"));
                      phrases.addAll(s.childrenOf(c.dependent(), "nsubj:pass"));
                    }
                  }
                }
              }
              if (passive) {
                phrases.addAll(s.childrenOf(t, "nsubj:pass"));
              }
              // R.arg.moved-forces-not-target: "massed troops": the forces a show of force moves
              // are the doer's own.
              if (!(ask.cameo() != null
                  && ask.cameo().startsWith("15")
                  && cx.on(EventRule.ARG_MOVED_FORCES_NOT_TARGET))) {
                phrases.addAll(s.childrenOf(t, "obj"));
              }
            }
          }
          case "iobj" -> phrases.addAll(s.childrenOf(t, "iobj"));
          case "poss" -> phrases.addAll(noun ? s.childrenOf(t, "nmod:poss") : List.of());
          default -> phrases.addAll(Syntax.prepositional(cx.words(), s, t, -1, place));
        }
        List<Arg> found = firstFound(cx, ask, phrases);
        if (!found.isEmpty()) {
          return new Found(found, id() + ":" + place);
        }
      }
      return Found.NONE;
    }

    /** The preposition of a prepositional verb's entry ("call_for"), or null. */
    private static String prepositionOf(TriggerEntry e) {
      int us = e.lemma().lastIndexOf('_');
      if (e.pos() != VerbPattern.Pos.V || us < 0) {
        return null;
      }
      String tail = e.lemma().substring(us + 1);
      return PREPOSITIONS.contains(tail) ? tail : null;
    }

    private static final java.util.Set<String> PREPOSITIONS =
        java.util.Set.of(
            "for", "on", "with", "to", "against", "at", "of", "in", "from", "into", "over", "about",
            "upon");
  }

  /**
   * "will give Pakistan 400 mln dlrs in military aid", "provided Egypt with aid", "sent 5 mln dlrs
   * in aid to Sudan": cooperation and aid (06, 07) handed over by a delivering verb go to the
   * verb's indirect object or its "to"/"for" phrase, or, when the act is its "with" phrase, its
   * object.
   */
  static final class DeliveredTo implements Rule {
    @Override
    public String id() {
      return "R.target.delivered-to";
    }

    @Override
    public Found find(CodingContext cx, Ask ask) {
      if (!(ask.cameo().startsWith("06") || ask.cameo().startsWith("07"))
          || ask.entry().pos() != VerbPattern.Pos.N) {
        return Found.NONE;
      }
      Sentence s = ask.s();
      int verb = -1;
      boolean with = false;
      SourceRules.Delivery d = SourceRules.delivery(cx, s, ask.trigger());
      if (d != null) {
        verb = d.verb();
        with = d.withPhrase();
      } else {
        for (org.dyad.model.Dependency p : s.parents(ask.trigger())) {
          if (p.governor() >= 0
              && p.baseRelation().equals("obj")
              && !s.token(p.governor()).lemma().equals("have") // "have loans outstanding to": held
              && cx.words().deliveringVerbs().contains(s.token(p.governor()).lemma())) {
            verb = p.governor();
          }
        }
      }
      if (verb < 0) {
        return Found.NONE;
      }
      List<Integer> phrases = new ArrayList<>(s.childrenOf(verb, "iobj"));
      if (with) {
        phrases.addAll(s.childrenOf(verb, "obj"));
      }
      phrases.addAll(Syntax.prepositional(cx.words(), s, verb, -1, "to"));
      phrases.addAll(Syntax.prepositional(cx.words(), s, verb, -1, "for"));
      List<Arg> found = firstFound(cx, ask, phrases);
      return found.isEmpty() ? Found.NONE : new Found(found, id());
    }
  }

  /**
   * "Police are investigating claims that the minister took bribes", "an inquiry into allegations
   * that troops abused prisoners": an investigation (09) of what is said of someone is aimed at
   * whom it is said of, the subject of the clause that tells the claim.
   */
  static final class AllegedDoer implements Rule {
    @Override
    public String id() {
      return "R.target.alleged-doer";
    }

    @Override
    public Found find(CodingContext cx, Ask ask) {
      if (!ask.cameo().startsWith("09")) {
        return Found.NONE;
      }
      Sentence s = ask.s();
      List<Integer> claims = new ArrayList<>(s.childrenOf(ask.trigger(), "obj"));
      claims.addAll(s.childrenOf(ask.trigger(), "nmod:into"));
      claims.addAll(s.childrenOf(ask.trigger(), "nmod:of"));
      claims.addAll(s.childrenOf(ask.trigger(), "obl:into"));
      for (int claim : claims) {
        List<Integer> clauses = new ArrayList<>(s.childrenOf(claim, "ccomp"));
        clauses.addAll(s.childrenOf(claim, "acl"));
        for (int clause : clauses) {
          boolean told =
              s.childrenOf(clause, "mark").stream()
                  .anyMatch(m -> s.token(m).lemma().equals("that"));
          if (!told) {
            continue; // "claims made by", "reports to be published": no claim about a doer
          }
          List<Arg> found = firstFound(cx, ask, s.childrenOf(clause, "nsubj"));
          if (!found.isEmpty()) {
            return new Found(found, id());
          }
        }
      }
      return Found.NONE;
    }
  }

  /** "talks between Israel and Hamas": the other sides of a "between" phrase. */
  static final class Between implements Rule {
    @Override
    public String id() {
      return "R.target.between";
    }

    @Override
    public Found find(CodingContext cx, Ask ask) {
      List<Arg> sides = SourceRules.betweenSides(cx, ask.s(), ask.trigger());
      return sides.size() >= 2 ? new Found(sides.subList(1, sides.size()), id()) : Found.NONE;
    }
  }

  /**
   * "Hezbollah threatened to resume attacks in Israel", "vowed to fight the Taliban", "pledged to
   * help Haiti": whom the to-infinitive of an intent, threat or use of force is aimed at, by the
   * same places.
   */
  /**
   * A verb coordinated with an earlier one and with no object of its own acts on that verb's object
   * when the object comes after both: "had killed or wounded more than 4,000 Iraqis", "shelled and
   * bombed Kurdish positions" (right-node raising, which the parse hangs on the first verb).
   */
  static final class SharedObject implements Rule {
    @Override
    public String id() {
      return "R.target.shared-object";
    }

    @Override
    public Found find(CodingContext cx, Ask ask) {
      Sentence s = ask.s();
      int t = ask.trigger();
      if (ask.entry().pos() != VerbPattern.Pos.V
          || !s.childrenOf(t, "obj").isEmpty()
          || Syntax.isPassive(s, t)) {
        return Found.NONE;
      }
      for (org.dyad.model.Dependency d : s.parents(t)) {
        if (!d.baseRelation().equals("conj") || d.governor() < 0 || d.governor() > t) {
          continue;
        }
        List<Integer> after =
            s.childrenOf(d.governor(), "obj").stream().filter(o -> o > t).toList();
        List<Arg> found = firstFound(cx, ask, after);
        if (!found.isEmpty()) {
          return new Found(found, id());
        }
      }
      return Found.NONE;
    }
  }

  static final class Complement implements Rule {
    @Override
    public String id() {
      return "R.target.complement";
    }

    @Override
    public Found find(CodingContext cx, Ask ask) {
      Sentence s = ask.s();
      if (!(ask.cameo().startsWith("03") || forceOrThreat(ask.cameo()))) {
        // Only intents, threats and force are aimed at whom their to-infinitive acts on ("vowed
        // to fight the Taliban"); what an appeal asks for, a refusal refuses or a defence defends
        // says nothing of whom it is made to: "refused to publish Lord Goldsmith's advice".
        return Found.NONE;
      }
      for (int x : Syntax.complements(s, ask.trigger())) {
        List<Integer> phrases = new ArrayList<>(s.childrenOf(x, "obj"));
        for (String p : DEFAULT_PLACES.subList(2, DEFAULT_PLACES.size())) {
          phrases.addAll(Syntax.prepositional(cx.words(), s, x, -1, p));
        }
        for (int o : new ArrayList<>(phrases)) {
          phrases.addAll(s.childrenOf(o, "nmod:on")); // "resume attacks on Israel"
          phrases.addAll(s.childrenOf(o, "nmod:against"));
        }
        List<Arg> found = firstFound(cx, ask, phrases);
        if (!found.isEmpty()) {
          return new Found(found, id());
        }
        if (!forceOrThreat(ask.cameo())) {
          continue;
        }
        Place place = EventPlaces.place(cx.actors(), s, x);
        if (place != null && place.country() != null) {
          return new Found(placeCountry(cx, place), id() + ":place");
        }
        for (int o : s.childrenOf(x, "obj")) {
          // "threatened to resume attacks in Israel": where what it would do would be done.
          List<Arg> where = countryWhere(cx, s, x, o);
          if (!notOwnSide(cx, where, ask.sources()).isEmpty()) {
            return new Found(where, id() + ":place");
          }
        }
      }
      return Found.NONE;
    }
  }

  /**
   * "Turkish forces shelled positions near Afrin", "killed 30 civilians in Idlib": force and
   * threats aimed at no actor are aimed at the country where they happen, as CAMEO coders code them
   * (codes 13 and 15 to 20; a protest is aimed at no one).
   */
  static final class PlaceOfForce implements Rule {
    @Override
    public String id() {
      return "R.target.place-of-force";
    }

    @Override
    public Found find(CodingContext cx, Ask ask) {
      if (!forceOrThreat(ask.cameo())) {
        return Found.NONE;
      }
      Sentence s = ask.s();
      Place place = EventPlaces.place(cx.actors(), s, ask.trigger());
      if (place == null || place.country() == null) {
        place = EventPlaces.placeInCountry(cx.actors(), s, ask.trigger());
      }
      if (place != null && place.country() != null) {
        return new Found(placeCountry(cx, place), id());
      }
      // "bombing the airstrip in northern Chad": the place of what is struck.
      List<Integer> struck = new ArrayList<>(s.childrenOf(ask.trigger(), "obj"));
      if (struck.isEmpty()) {
        // "bombing the airstrip in northern Chad captured by Chadian troops": the parser reads a
        // participle after the object as a clause of which the object is the subject.
        for (int clause : s.childrenOf(ask.trigger(), "ccomp")) {
          if (s.token(clause).pos().equals("VBN")) {
            struck.addAll(s.childrenOf(clause, "nsubj"));
          }
        }
      }
      for (int o : struck) {
        List<Arg> where = countryWhere(cx, s, ask.trigger(), o);
        if (!where.isEmpty()) {
          return new Found(where, id());
        }
      }
      // "attacked Fallujah", "attacked the city of Falluja", "launched an assault on Falluja":
      // what is struck is the place itself, or lies in its phrases.
      for (int o : struck) {
        Place struckPlace = cx.actors().placeAt(s.index(), o);
        if (struckPlace == null || struckPlace.country() == null) {
          struckPlace = EventPlaces.placeInCountry(cx.actors(), s, o);
        }
        if (struckPlace != null && struckPlace.country() != null) {
          return new Found(placeCountry(cx, struckPlace), id());
        }
      }
      return Found.NONE;
    }
  }

  /**
   * "Amnesty called for an inquiry", "the Tories will vote against the bill": the party the article
   * implies, for the codes and sides it may ({@link ImpliedSides#counterpart}).
   */
  static final class Implied implements Rule {
    @Override
    public String id() {
      return "R.target.implied";
    }

    @Override
    public Found find(CodingContext cx, Ask ask) {
      if (!ImpliedSides.impliesItsTarget(cx.words(), ask.cameo())
          || ask.entry().oneSided()
          // Only an act aimed at a thing no one in the sentence owns ("condemned the detentions",
          // "called for an inquiry") leaves its target to the article; "Chirac denied there was
          // any snub" is aimed at no one.
          || !aimedAtAThing(cx.words(), ask)
          // "denied the claims, made in a new book", "opposition charges": hearsay whose words
          // say who made it is answered to them, not to the article's other side.
          || ImpliedSides.answersNamedHearsay(cx.words(), ask.s(), ask.trigger())
          || ask.cameo().compareTo("15") >= 0
          // Only a clause says who acted: "the latest fighting", "Iranian anger" name no one it
          // is aimed at unless a possessor or a delivering verb says whose it is.
          || ask.entry().pos() == VerbPattern.Pos.N
              && !ImpliedSides.nounSaysItsDoer(cx.words(), ask.s(), ask.trigger())) {
        return Found.NONE;
      }
      // A politician who rejects "newspaper speculation" answers whoever speculated.
      boolean hearsay =
          ask.s().childrenOf(ask.trigger(), "obj").stream()
              .anyMatch(
                  o ->
                      cx.words()
                          .hearsayNouns()
                          .contains(ask.s().token(o).lemma().toLowerCase(java.util.Locale.ROOT)));
      List<Arg> found =
          ImpliedSides.counterpart(cx, ask.sources(), ask.s(), ask.trigger(), ask.cameo(), hearsay);
      return found.isEmpty() ? Found.NONE : new Found(found, id());
    }
  }

  /**
   * "The Liberal Democrats welcomed the plans", "unions attacked the budget": a policy, bill or
   * decision whose owner the sentence does not name is the government's, when a country's own
   * opposition, parties, legislators, courts or civil society judge it (its government judging its
   * own plans, or a foreign state, names no one so).
   */
  static final class PolicyOwner implements Rule {
    @Override
    public String id() {
      return "R.target.policy-owner";
    }

    @Override
    public Found find(CodingContext cx, Ask ask) {
      Sentence s = ask.s();
      int t = ask.trigger();
      List<Integer> things = new ArrayList<>();
      if (ask.entry().pos() == VerbPattern.Pos.N) {
        things.addAll(s.childrenOf(t, "nmod:of"));
      } else {
        things.addAll(s.childrenOf(t, "obj"));
        things.addAll(s.childrenOf(t, "nsubj:pass"));
        for (org.dyad.model.Dependency d : s.children(t)) {
          if (d.baseRelation().equals("obl") && !d.subtype().isEmpty()) {
            things.add(d.dependent()); // "called for a review", "critical of the plans"
          }
        }
      }
      boolean policy =
          things.stream()
              .anyMatch(
                  x ->
                      cx.words()
                              .policyNouns()
                              .contains(s.token(x).lemma().toLowerCase(java.util.Locale.ROOT))
                          && s.childrenOf(x, "nmod:poss").isEmpty());
      if (!policy) {
        return Found.NONE;
      }
      java.util.Set<String> countries = new java.util.HashSet<>();
      for (Arg a : ask.sources()) {
        if (a.code() == null
            || !a.code().isState()
            || a.code().sector() == null
            || cx.words().executiveSectors().contains(a.code().sector())) {
          return Found.NONE;
        }
        countries.add(a.code().country());
      }
      if (countries.size() != 1) {
        return Found.NONE;
      }
      org.dyad.model.Actor government = cx.parties().governmentOf(countries.iterator().next());
      if (government == null) {
        return Found.NONE;
      }
      List<Arg> found = ImpliedSides.inView(cx.article(), government, s, t, Integer.MAX_VALUE);
      return found.isEmpty() ? Found.NONE : new Found(found, id());
    }
  }

  /**
   * Whether the trigger acts on a thing: a direct object, or a prepositional one for nouns; for a
   * word of asking, also the act it asks for, written as a gerund with no doer of its own
   * ("recommended tightening the law", "proposed scrapping the tax").
   */
  private static boolean aimedAtAThing(EventWords w, Ask ask) {
    Sentence s = ask.s();
    int t = ask.trigger();
    if (!s.childrenOf(t, "obj").isEmpty() || !s.childrenOf(t, "nsubj:pass").isEmpty()) {
      return true;
    }
    if (EventWords.startsWithAny(w.askingRoots(), ask.cameo())) {
      for (int x : s.childrenOf(t, "xcomp")) {
        if (s.token(x).pos().equals("VBG") && s.childrenOf(x, "nsubj").isEmpty()) {
          return true;
        }
      }
    }
    for (org.dyad.model.Dependency d : s.children(t)) {
      String r = d.baseRelation();
      if ((r.equals("obl") || r.equals("nmod"))
          && !d.subtype().isEmpty()
          && !d.relation().endsWith(":tmod")
          && !d.subtype().equals("poss")) {
        return true; // "called for an inquiry", "protested against the closure"
      }
    }
    return false;
  }

  /**
   * "The MPs were concerned the government had not consulted", "warned that Iran would pay": a word
   * of speech or feeling (01 to 14) is aimed at whom the clause it reports is about.
   */
  static final class ReportedSubject implements Rule {
    @Override
    public String id() {
      return "R.target.reported-subject";
    }

    @Override
    public Found find(CodingContext cx, Ask ask) {
      if (ask.cameo().compareTo("15") >= 0 || ask.cameo().startsWith("04")) {
        return Found.NONE;
      }
      for (int subject : Syntax.prepositional(cx.words(), ask.s(), ask.trigger(), -1, "that")) {
        List<Arg> found =
            notOwnSide(cx, ActorsAt.withConjuncts(cx, ask.s(), subject), ask.sources());
        if (!found.isEmpty()) {
          return new Found(found, id());
        }
      }
      return Found.NONE;
    }
  }

  /**
   * "Canada and Mexico have agreed upon a new trade pact", "Trump and Clinton meet", "Indian and
   * Chinese troops clashed": two or more doers of a joint act (cooperation, talks, agreement, a
   * mutual-verb) with no one else named act on each other.
   */
  static final class EachOther implements Rule {
    @Override
    public String id() {
      return "R.target.each-other";
    }

    @Override
    public Found find(CodingContext cx, Ask ask) {
      String c = ask.cameo();
      // Fighting is not among them: "US and Iraqi forces attacked …" fight side by side. An
      // exchange is joint whatever it codes: "Russia and Ukraine exchanged prisoners"; so is what
      // is done to one another: "Indian and Chinese troops clashed on the border".
      String lemma = ask.s().token(ask.trigger()).lemma().toLowerCase(java.util.Locale.ROOT);
      boolean mutual =
          cx.words().exchangeVerbs().contains(lemma) || cx.words().mutualVerbs().contains(lemma);
      boolean joint = mutual || c.matches("0[3-6].*"); // cooperation, talks, agreement, aid
      if (!joint || ask.sources().size() < 2) {
        return Found.NONE;
      }
      // "Trump and Clinton meet": two sides, even of one country; one office twice is one side.
      // Two rivals of one code (Sides.rivals) are two only by a verb done to one another: "the
      // Tories and the Lib Dems welcomed the report" welcomed it together.
      List<Arg> doers = ask.sources();
      java.util.Set<String> sides = new java.util.HashSet<>();
      for (Arg a : doers) {
        boolean rival = mutual && doers.stream().anyMatch(b -> Sides.rivals(cx, a, b));
        sides.add(rival ? a.code().code() + " " + a.actor() : a.code().code());
      }
      return sides.size() < 2 ? Found.NONE : new Found(doers, id());
    }
  }

  /**
   * "Ms Sturgeon has written to Mr McConnell asking for clarification", "sent a letter to the
   * minister urging him to act": an appeal or demand said in a participle clause is aimed at whom
   * the verb it hangs from addresses.
   */
  static final class GoverningAddressee implements Rule {
    @Override
    public String id() {
      return "R.target.governing-addressee";
    }

    @Override
    public Found find(CodingContext cx, Ask ask) {
      Sentence s = ask.s();
      if (!(ask.cameo().startsWith("02") || ask.cameo().startsWith("10"))
          || !s.token(ask.trigger()).pos().equals("VBG")) {
        return Found.NONE;
      }
      for (org.dyad.model.Dependency d : s.parents(ask.trigger())) {
        String r = d.baseRelation();
        List<Integer> addressees = new ArrayList<>();
        if (d.governor() >= 0 && (r.equals("advcl") || r.equals("xcomp") || r.equals("conj"))) {
          addressees.addAll(s.childrenOf(d.governor(), "obl:to"));
          addressees.addAll(s.childrenOf(d.governor(), "iobj"));
        } else if (d.governor() >= 0 && r.equals("acl")) {
          // The parser may hang the clause from the addressee itself: "written to Mr McConnell
          // asking for …".
          for (org.dyad.model.Dependency up : s.parents(d.governor())) {
            if (up.relation().equals("obl:to") || up.relation().equals("iobj")) {
              addressees.add(d.governor());
            }
          }
        }
        List<Arg> found = firstFound(cx, ask, addressees);
        if (!found.isEmpty()) {
          return new Found(found, id());
        }
      }
      return Found.NONE;
    }
  }

  /** Threats (13) and material conflict (15 to 20), not protest (14). */
  static boolean forceOrThreat(String cameo) {
    return cameo.startsWith("13") || cameo.compareTo("15") >= 0;
  }

  /**
   * The country of a place named in the object's phrase or on the verb ("the airstrip in northern
   * Chad", "attacks in Israel", "the jetty at Iran's Kharg island"), as a target; empty when none
   * is named.
   */
  static List<Arg> countryWhere(CodingContext cx, Sentence s, int verb, int object) {
    List<Integer> places = new ArrayList<>();
    for (String where : List.of("in", "at", "near")) {
      places.addAll(s.childrenOf(object, "nmod:" + where));
      places.addAll(s.childrenOf(verb, "obl:" + where));
    }
    // "the jetty at Iran's Kharg island terminal": a place a country owns is in that country.
    for (int t : new ArrayList<>(places)) {
      places.addAll(s.childrenOf(t, "nmod:poss"));
      places.addAll(s.childrenOf(t, "compound"));
    }
    for (int t : places) {
      Place place = cx.actors().placeAt(s.index(), t);
      String country = place != null ? place.country() : cx.actors().countryOfWord(s.index(), t);
      if (country != null) {
        org.dyad.model.Token word = s.token(t);
        return placeCountry(cx, new Place(word.word(), country, word.span()));
      }
      List<Arg> national = Nationalities.nationalityOf(cx.actors(), s, t);
      if (!national.isEmpty()) {
        return national; // "near the Iraqi town of Zakho"
      }
    }
    return List.of();
  }

  /**
   * The country of a place as a target: the article's actor for that state when it has one, else
   * the state itself, written where the place is named.
   */
  static List<Arg> placeCountry(CodingContext cx, Place place) {
    List<Arg> state =
        Nationalities.stateActor(cx.actors(), place.country(), place.name(), place.span());
    return state.isEmpty()
        ? List.of(new Arg(null, new ActorCode(place.country()), place.name(), place.span()))
        : state;
  }
}
