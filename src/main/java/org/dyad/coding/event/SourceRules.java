package org.dyad.coding.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.lexicon.CodingProfile;
import org.dyad.lexicon.TriggerEntry;
import org.dyad.lexicon.VerbPattern;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;

/**
 * The argument layer's source rules for a trigger coded by its default: each finds who acts in one
 * way, and they are tried in the order of the {@code R.source.*} rows of {@code
 * lexicon/event-rules.tsv}, less those the profile has off; the first that finds a coded actor
 * wins, and its id is recorded on the event. Independent of any pattern. Immutable, thread-safe.
 */
final class SourceRules {
  /** One way of finding who acts at a trigger. Implementations are stateless. */
  interface Rule {
    /** The rule id, {@code R.source.<name>}. */
    String id();

    /** The actors found, or empty. */
    List<Arg> find(CodingContext cx, Sentence s, int trigger, TriggerEntry entry);
  }

  /** The sources, and the rule that found them. */
  record Found(List<Arg> args, String rule) {}

  private final List<Rule> order;

  private SourceRules(List<Rule> order) {
    this.order = List.copyOf(order);
  }

  /**
   * The source rules {@code profile} has on, in its rules file's order.
   *
   * @throws IllegalArgumentException when the profile has a source rule no class implements
   */
  static SourceRules of(CodingProfile profile) {
    Map<String, Rule> known = new LinkedHashMap<>();
    for (Rule r : all()) {
      known.put(r.id(), r);
    }
    List<Rule> order = new ArrayList<>();
    for (String id : profile.enabledIn("source")) {
      Rule r = known.get(id);
      if (r == null) {
        throw new IllegalArgumentException("no source rule implements " + id);
      }
      order.add(r);
    }
    return new SourceRules(order);
  }

  /** Every rule this layer implements, in no particular order. */
  static List<Rule> all() {
    return List.of(
        new Subject(),
        new ClauseController(),
        new InstrumentUser(),
        new Possessor(),
        new ByPhrase(),
        new FromPhrase(),
        new Nationality(),
        new NameBefore(),
        new Between(),
        new SupportVerbSubject(),
        new TravelPurpose.Traveller(),
        new DeliveredAmount(),
        new Crowd(),
        new EventNounSubject(),
        new BodyOf(),
        new SpeakerOfPassiveFuture(),
        new SpeakerOfPassiveForce(),
        new ProtestWhereHeld());
  }

  /** The first rule's coded actors, or none. */
  Found find(CodingContext cx, Sentence s, int trigger, TriggerEntry entry) {
    for (Rule r : order) {
      List<Arg> found = ActorsAt.coded(r.find(cx, s, trigger, entry));
      if (!found.isEmpty()) {
        return new Found(found, r.id());
      }
    }
    return new Found(List.of(), null);
  }

  private static boolean noun(TriggerEntry e) {
    return e.pos() == VerbPattern.Pos.N;
  }

  /**
   * "Turkish forces shelled …", "The talks were held by …": a verb's or adjective's subject, a
   * passive's "by" agent, a participle's noun, a statement's issuer (the argument layer's {@link
   * SourceFinder#subjects}).
   */
  static final class Subject implements Rule {
    @Override
    public String id() {
      return "R.source.subject";
    }

    @Override
    public List<Arg> find(CodingContext cx, Sentence s, int trigger, TriggerEntry entry) {
      if (noun(entry)) {
        return List.of();
      }
      boolean reduced =
          entry.pos() == VerbPattern.Pos.V
              && !Syntax.isPassive(s, trigger)
              && cx.on(EventRule.ARG_REDUCED_RELATIVE)
              && ReducedRelative.isReducedRelative(s, trigger);
      if (reduced && ReducedRelative.byHardware(cx, s, trigger)) {
        return List.of(); // "an Iranian brigade, backed by tanks": its own arms, no side
      }
      boolean passive =
          entry.pos() == VerbPattern.Pos.V && (Syntax.isPassive(s, trigger) || reduced);
      return SourceFinder.subjects(cx, s, trigger, passive);
    }
  }

  /** "Turkey's offensive into Afrin": an event noun's possessor does it. */
  static final class Possessor implements Rule {
    @Override
    public String id() {
      return "R.source.possessor";
    }

    @Override
    public List<Arg> find(CodingContext cx, Sentence s, int trigger, TriggerEntry entry) {
      if (!noun(entry) || entry.targets().contains("poss")) {
        return List.of(); // "his arrest": the possessor is the one acted on
      }
      List<Arg> out = new ArrayList<>();
      for (int poss : s.childrenOf(trigger, "nmod:poss")) {
        List<Arg> named = ActorsAt.withConjuncts(cx, s, poss);
        out.addAll(named.isEmpty() ? Antecedents.ofPossessive(cx, s, poss) : named);
      }
      return out;
    }
  }

  /** "attacks by Isis militants": an event noun's "by" phrase. */
  static final class ByPhrase implements Rule {
    @Override
    public String id() {
      return "R.source.by-phrase";
    }

    @Override
    public List<Arg> find(CodingContext cx, Sentence s, int trigger, TriggerEntry entry) {
      if (!noun(entry)) {
        return List.of();
      }
      List<Arg> out = new ArrayList<>();
      for (int by : s.childrenOf(trigger, "nmod:by")) {
        out.addAll(ActorsAt.withConjuncts(cx, s, by));
      }
      return out;
    }
  }

  /** "Iraqi counter-attacks", "the Chinese crackdown": a nationality on an act is its doer's. */
  static final class Nationality implements Rule {
    @Override
    public String id() {
      return "R.source.nationality";
    }

    @Override
    public List<Arg> find(CodingContext cx, Sentence s, int trigger, TriggerEntry entry) {
      return noun(entry) ? Nationalities.nationalityOnAct(cx.actors(), s, trigger) : List.of();
    }
  }

  /**
   * "the US airstrikes", "a Nato offensive": a name written before an event noun does it, unless
   * the entry says the noun's modifier is what it is done to.
   */
  static final class NameBefore implements Rule {
    @Override
    public String id() {
      return "R.source.name-before";
    }

    @Override
    public List<Arg> find(CodingContext cx, Sentence s, int trigger, TriggerEntry entry) {
      if (!noun(entry) || entry.targets().contains("of")) {
        return List.of(); // "the Iraq invasion": a noun whose "of" is its target names the victim
      }
      for (int c : s.childrenOf(trigger, "compound")) {
        if (isCapitalWhereForceHappened(cx, s, c, entry)) {
          continue; // "the Paris terror attacks" happened in Paris; France did not do them
        }
        List<Arg> named = ActorsAt.argsAt(cx, s, c);
        if (named.isEmpty()) {
          // "the US airstrikes": a country named only as a modifier is a state all the same.
          named =
              Nationalities.stateWrittenAt(
                  cx.actors(), s, c, cx.actors().countryOfWord(s.index(), c));
        }
        if (!named.isEmpty()) {
          return named;
        }
      }
      return List.of();
    }
  }

  /**
   * Whether the name at {@code c}, a compound of a noun of force (18-20), is a capital city: a
   * capital stands for its government when it speaks ("Paris said"), but the attacks, bombings and
   * shootings it names happened there ("the Paris attacks", "the Brussels bombings").
   */
  private static boolean isCapitalWhereForceHappened(
      CodingContext cx, Sentence s, int c, TriggerEntry entry) {
    if (entry.code() == null
        || !(entry.code().startsWith("18")
            || entry.code().startsWith("19")
            || entry.code().startsWith("20"))
        || !cx.on(EventRule.ARG_CAPITAL_IS_WHERE)) {
      return false;
    }
    String word = s.token(c).word();
    return cx.lexicon().countries().stream().anyMatch(k -> k.capitals().contains(word));
  }

  /** "talks between Israel and Hamas", "a phone call between Trump and Erdogan": the first side. */
  static final class Between implements Rule {
    @Override
    public String id() {
      return "R.source.between";
    }

    @Override
    public List<Arg> find(CodingContext cx, Sentence s, int trigger, TriggerEntry entry) {
      List<Arg> sides = betweenSides(cx, s, trigger);
      return sides.size() >= 2 ? List.of(sides.get(0)) : List.of();
    }
  }

  /**
   * "launched an offensive", "held talks with", "staged a protest": the subject of the verb an
   * event noun is the object of, when that verb only delivers it (a delivering-verb in
   * lexicon/event-words.tsv: "launch", "hold", "stage"). "Iran condemned the attack" is no attack
   * by Iran, nor is "moves to lift the ban" a ban by those who lift it.
   */
  static final class SupportVerbSubject implements Rule {
    @Override
    public String id() {
      return "R.source.support-verb-subject";
    }

    @Override
    public List<Arg> find(CodingContext cx, Sentence s, int trigger, TriggerEntry entry) {
      if (!noun(entry)) {
        return List.of();
      }
      for (Dependency d : s.parents(trigger)) {
        if (d.governor() < 0
            || !(d.baseRelation().equals("obj") || d.relation().equals("nsubj:pass"))
            || !s.token(d.governor()).isVerb()) {
          continue;
        }
        int verb = d.governor();
        if (cx.words().deliveringVerbs().contains(s.token(verb).lemma())
            && !(cx.on(EventRule.ARG_NAMED_ACT_IS_NOT_THE_NAMERS)
                && SourceFinder.namesItsObject(cx, s, verb, trigger))) {
          boolean passive = d.relation().equals("nsubj:pass");
          return SourceFinder.subjects(cx, s, verb, passive);
        }
      }
      return List.of();
    }
  }

  /**
   * "Japan will provide 500 mln dlrs in loans to Egypt", "gave a package of aid", "provided Egypt
   * with military aid": an event noun that measures out what a delivering verb hands over (the "in"
   * or "of" phrase of its numbered or amount-noun object, or its "with" phrase) is done by the
   * verb's subject.
   */
  static final class DeliveredAmount implements Rule {
    @Override
    public String id() {
      return "R.source.delivered-amount";
    }

    @Override
    public List<Arg> find(CodingContext cx, Sentence s, int trigger, TriggerEntry entry) {
      if (!noun(entry)) {
        return List.of();
      }
      Delivery d = delivery(cx, s, trigger);
      return d == null ? List.of() : SourceFinder.subjects(cx, s, d.verb(), d.passive());
    }
  }

  /** The delivering verb that hands over an event noun through an amount or "with" phrase. */
  record Delivery(int verb, boolean passive, boolean withPhrase) {}

  /**
   * The delivering verb of an event noun written in its object's "in"/"of" phrase when that object
   * is a number of something or an amount noun ("500 mln dlrs in loans", "a package of aid"), or in
   * its "with" phrase ("provided Egypt with aid"); null otherwise.
   */
  static Delivery delivery(CodingContext cx, Sentence s, int noun) {
    for (Dependency d : s.parents(noun)) {
      int up = d.governor();
      if (up < 0) {
        continue;
      }
      if ((d.relation().equals("obl:with") || d.relation().equals("nmod:with"))
          && s.token(up).isVerb()
          && cx.words().deliveringVerbs().contains(s.token(up).lemma())) {
        return new Delivery(up, Syntax.isPassive(s, up), true);
      }
      // "gave 50 million pounds in aid to Sudan": the parser may hang the "in" phrase on the verb
      // rather than on the amount.
      if (d.relation().equals("obl:in")
          && s.token(up).isVerb()
          && cx.words().deliveringVerbs().contains(s.token(up).lemma())
          && s.children(up).stream()
              .anyMatch(
                  o ->
                      (o.baseRelation().equals("obj") || o.relation().equals("nsubj:pass"))
                          && isAmount(cx, s, o.dependent()))) {
        return new Delivery(up, Syntax.isPassive(s, up), false);
      }
      if (!(d.relation().equals("nmod:in") || d.relation().equals("nmod:of"))) {
        continue;
      }
      if (!isAmount(cx, s, up)) {
        continue;
      }
      for (Dependency v : s.parents(up)) {
        boolean with = v.relation().equals("obl:with");
        if (v.governor() >= 0
            && (v.baseRelation().equals("obj") || v.relation().equals("nsubj:pass") || with)
            && s.token(v.governor()).isVerb()
            && cx.words().deliveringVerbs().contains(s.token(v.governor()).lemma())) {
          boolean passive =
              with ? Syntax.isPassive(s, v.governor()) : v.relation().equals("nsubj:pass");
          return new Delivery(v.governor(), passive, with);
        }
      }
    }
    return null;
  }

  /** A number of something ("500 mln dlrs") or an amount noun ("a package"). */
  static boolean isAmount(CodingContext cx, Sentence s, int noun) {
    return !s.childrenOf(noun, "nummod").isEmpty()
        || cx.words()
            .amountNouns()
            .contains(s.token(noun).lemma().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * "Thousands marched through central London", "Hundreds demonstrated in Kosovo": a crowd named by
   * its number or kind that protests is the civilians of the country where it protests.
   */
  static final class Crowd implements Rule {
    @Override
    public String id() {
      return "R.source.crowd";
    }

    @Override
    public List<Arg> find(CodingContext cx, Sentence s, int trigger, TriggerEntry entry) {
      if (entry.code() == null || !entry.code().startsWith("14")) {
        return List.of();
      }
      for (int subject : s.childrenOf(trigger, "nsubj")) {
        List<Integer> words = new ArrayList<>(List.of(subject));
        words.addAll(s.childrenOf(subject, "nmod:of"));
        boolean crowd =
            words.stream()
                .anyMatch(
                    w ->
                        cx.words()
                            .crowdNouns()
                            .contains(s.token(w).lemma().toLowerCase(java.util.Locale.ROOT)));
        if (!crowd) {
          continue;
        }
        org.dyad.model.Place place = EventPlaces.place(cx.actors(), s, trigger);
        if (place != null && place.country() != null) {
          return List.of(
              new Arg(
                  null,
                  org.dyad.model.ActorCode.of(place.country(), "CVL"),
                  s.token(subject).word(),
                  s.token(subject).span()));
        }
      }
      return List.of();
    }
  }

  /**
   * "The US airstrikes on Raqqa killed dozens", "Israeli shelling wounded three": an act of force
   * whose subject is itself an act of force was done by that act's doer (its possessor, nationality
   * or the name before it).
   */
  static final class EventNounSubject implements Rule {
    private static final List<Rule> NOUN_DOERS =
        List.of(new Possessor(), new ByPhrase(), new Nationality(), new NameBefore());

    @Override
    public String id() {
      return "R.source.event-noun-subject";
    }

    @Override
    public List<Arg> find(CodingContext cx, Sentence s, int trigger, TriggerEntry entry) {
      if (noun(entry) || entry.code() == null || entry.code().compareTo("18") < 0) {
        return List.of();
      }
      for (int subject : s.childrenOf(trigger, "nsubj")) {
        java.util.Optional<TriggerEntry> act =
            cx.lexicon().triggers().find(VerbPattern.Pos.N, s.token(subject).lemma());
        if (act.isEmpty() || act.get().code() == null || act.get().code().compareTo("18") < 0) {
          continue;
        }
        for (Rule r : NOUN_DOERS) {
          List<Arg> doer = ActorsAt.coded(r.find(cx, s, subject, act.get()));
          if (!doer.isEmpty()) {
            return doer;
          }
        }
      }
      return List.of();
    }
  }

  /**
   * "A committee of MPs has warned", "a group of senators called for", "a report by two Commons
   * committees called for": a subject that names no actor itself acts for the actors of its "of" or
   * "by" phrase.
   */
  static final class BodyOf implements Rule {
    @Override
    public String id() {
      return "R.source.body-of";
    }

    @Override
    public List<Arg> find(CodingContext cx, Sentence s, int trigger, TriggerEntry entry) {
      if (noun(entry)) {
        return List.of();
      }
      for (int subject : s.childrenOf(trigger, "nsubj")) {
        if (!ActorsAt.argsAt(cx, s, subject).isEmpty()) {
          continue;
        }
        for (Dependency d : s.children(subject)) {
          if (d.relation().equals("nmod:of") || d.relation().equals("nmod:by")) {
            List<Arg> members = ActorsAt.withConjuncts(cx, s, d.dependent());
            if (!members.isEmpty()) {
              return members;
            }
          }
        }
      }
      return List.of();
    }
  }

  /** The actors of a noun's "between X and Y" phrase, in order. */
  static List<Arg> betweenSides(CodingContext cx, Sentence s, int noun) {
    List<Arg> out = new ArrayList<>();
    for (int b : s.childrenOf(noun, "nmod:between")) {
      for (Arg a : ActorsAt.withConjuncts(cx, s, b)) {
        if (a.code() != null && !out.contains(a)) {
          out.add(a);
        }
      }
    }
    return out;
  }

  /**
   * Whether the trigger is a verb whose default code is {@code fromCode} or later (coercion,
   * force), passive and with no agent named: who did it is left to the statement's speaker.
   */
  private static boolean agentlessPassive(
      TriggerEntry entry, Sentence s, int trigger, String fromCode) {
    return entry.pos() == VerbPattern.Pos.V
        && entry.code() != null
        && entry.code().compareTo(fromCode) >= 0
        && Syntax.isPassive(s, trigger)
        && s.childrenOf(trigger, "obl:agent").isEmpty()
        && s.childrenOf(trigger, "obl:by").isEmpty();
  }

  /**
   * "Canada said that any French fishermen caught in the area would be arrested": force or coercion
   * still to come, passive with no agent, in a statement by a state or its executive, is what the
   * speaker's side will do (then a threat, {@code R.refine.future-threat}).
   */
  static final class SpeakerOfPassiveFuture implements Rule {
    @Override
    public String id() {
      return "R.source.speaker-of-passive-future";
    }

    @Override
    public List<Arg> find(CodingContext cx, Sentence s, int trigger, TriggerEntry entry) {
      if (!agentlessPassive(entry, s, trigger, "15")) {
        return List.of();
      }
      org.dyad.model.Mode mode = ModeRules.mode(cx, s, trigger, trigger, false);
      if (mode != org.dyad.model.Mode.FUTURE && mode != org.dyad.model.Mode.HYPOTHETICAL) {
        return List.of();
      }
      Arg speaker = StatementSpeaker.of(cx, cx.innermost(s.token(trigger).span(), false));
      return speaker != null
              && speaker.code() != null
              && Sides.speaksForAParty(cx.words(), speaker.code())
          ? List.of(speaker)
          : List.of();
    }
  }

  /**
   * "An army spokesman said seven rebels were killed in a gun battle": force or coercion done,
   * passive with no agent, reported by an army or police force, is that force's own when it was
   * done to those it fights (rebels, insurgents, unnamed gunmen, another state's forces) or, for
   * arrests and detentions, to anyone. Not a victim it does not fight: "police said three people
   * were killed in a blast".
   */
  static final class SpeakerOfPassiveForce implements Rule {
    private static final java.util.Set<String> FORCES = java.util.Set.of("MIL", "COP");
    private static final java.util.Set<String> FOUGHT =
        java.util.Set.of("REB", "INS", "UAF", "SEP");

    @Override
    public String id() {
      return "R.source.speaker-of-passive-force";
    }

    @Override
    public List<Arg> find(CodingContext cx, Sentence s, int trigger, TriggerEntry entry) {
      String code = entry.code();
      if (!agentlessPassive(entry, s, trigger, "17")
          || ModeRules.mode(cx, s, trigger, trigger, false) != org.dyad.model.Mode.ASSERTED) {
        return List.of();
      }
      Arg speaker = StatementSpeaker.of(cx, cx.innermost(s.token(trigger).span(), false));
      // (Set.of rejects a null lookup: a code with no sector, "USA", is no force.)
      if (speaker == null
          || speaker.code() == null
          || speaker.code().sector() == null
          || !FORCES.contains(speaker.code().sector())) {
        return List.of();
      }
      for (int victim : s.childrenOf(trigger, "nsubj:pass")) {
        for (Arg v : ActorsAt.argsAt(cx, s, victim)) {
          if (v.code() == null || Sides.sameSide(v, speaker)) {
            continue;
          }
          boolean fought =
              v.code().sector() != null && FOUGHT.contains(v.code().sector())
                  || "MIL".equals(v.code().sector())
                      && !v.code().country().equals(speaker.code().country());
          if (code.startsWith("17") || fought) {
            return List.of(speaker);
          }
        }
      }
      return List.of();
    }
  }
}
