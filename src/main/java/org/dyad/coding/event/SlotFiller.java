package org.dyad.coding.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.lexicon.VerbPattern;
import org.dyad.model.Dependency;
import org.dyad.model.Place;
import org.dyad.model.Sentence;

/**
 * Fills a pattern's slot ({@code +}, {@code PREP +}, {@code that +}, {@code $}): the words that
 * fill it in the parse, then the actors in them — an actor itself, one inside the phrase, a
 * nationality on a thing that stands for its country, a visit's destination written as a place — or
 * the decision to leave the slot to the article (a thing no one in the sentence owns). Takes the
 * article's context, a sentence, the trigger, the pattern, the slot and where the earlier steps
 * left the head, object word and predicate; returns a {@link Fill}, or null with the reason told to
 * the trace. Stateless, thread-safe.
 */
final class SlotFiller {
  private SlotFiller() {}

  /**
   * What filled a slot. Immutable.
   *
   * @param targets the actors in the slot (empty when {@code unfilled})
   * @param consumed the word that filled the slot, which codes nothing of its own, or -1
   * @param placeTarget whether the actors are a visit's destination, written as a place
   * @param unfilled whether the slot is left to the article
   * @param answersHearsay whether the unfilled slot holds something said ("the speculation")
   */
  record Fill(
      List<Arg> targets,
      int consumed,
      boolean placeTarget,
      boolean unfilled,
      boolean answersHearsay) {
    Fill {
      targets = List.copyOf(targets);
    }

    static Fill leftToTheArticle(boolean answersHearsay) {
      return new Fill(List.of(), -1, false, true, answersHearsay);
    }
  }

  static Fill fill(
      CodingContext cx,
      Sentence s,
      int trigger,
      VerbPattern p,
      VerbPattern.Slot slot,
      int head,
      int object,
      int predicate,
      boolean passive) {
    EventWords w = cx.words();
    List<Integer> fillers =
        slot.preposition() == null
            ? new ArrayList<>(
                Syntax.objects(
                    s,
                    head,
                    p.pos() == VerbPattern.Pos.N && head == trigger,
                    passive,
                    head == trigger ? Triggers.prepositionOf(s, trigger, p) : null))
            : Syntax.prepositional(w, s, head, object, slot.preposition());
    if ("that".equals(slot.preposition())
        && p.code().startsWith("10")
        && cx.on(EventRule.PATTERN_DEMAND_ASKS)) {
      // "insisted that Japan boost imports" demands; "insisted that Japan was to blame" only
      // asserts: a demand's clause is in the subjunctive (a bare verb) or says "should".
      fillers = new ArrayList<>(fillers);
      fillers.removeIf(f -> !ModeRules.subjunctive(s, f));
      if (fillers.isEmpty()) {
        return cx.reject(s, trigger, p, "the clause asserts, it does not ask");
      }
    }
    if (fillers.isEmpty()
        && cx.on(EventRule.ARG_PARTNER_ON_HAPPENING_VERB)
        && p.pos() == VerbPattern.Pos.N
        && slot.preposition() != null
        && !slot.holdsSource()) {
      // "Intense discussions were taking place with US officials", "talks began with …":
      // the parser hangs the partner on the verb the event noun is the subject of.
      for (Dependency d : s.parents(trigger)) {
        if (d.relation().equals("nsubj")
            && d.governor() >= 0
            && w.happeningVerbs().contains(s.token(d.governor()).lemma())) {
          fillers =
              new ArrayList<>(Syntax.prepositional(w, s, d.governor(), -1, slot.preposition()));
        }
      }
    }
    if (fillers.isEmpty()
        && cx.on(EventRule.ARG_PARTNER_ON_DELIVERING_PARTICIPLE)
        && p.pos() == VerbPattern.Pos.N
        && slot.preposition() != null
        && !slot.holdsSource()) {
      // "The agreement signed on Tuesday with Britain", "talks were held with Iran": the partner
      // hangs on the participle that delivers the noun.
      int verb = deliveringParticiple(w, s, trigger);
      if (verb >= 0) {
        fillers = new ArrayList<>(Syntax.prepositional(w, s, verb, -1, slot.preposition()));
      }
    }
    if (predicate >= 0 && slot.preposition() == null) {
      // "called the UK's rebate unjustified": the parser makes the thing called the
      // predicate's subject.
      fillers.addAll(s.childrenOf(predicate, "nsubj"));
    }
    if (slot.preposition() == null
        && p.steps().stream().noneMatch(st -> !(st instanceof VerbPattern.Slot))
        && cx.on(EventRule.PATTERN_NAMING_VERB_OBJECT_ALONE)
        && cx.words().namingVerbs().contains(s.token(trigger).lemma())
        && namesItsObject(cx, s, head, fillers)) {
      // "what he called Japan's failure", "called the Texas senator 'the next George
      // Washington'": a naming verb's bare object is its own event ("Merkel called Putin") only
      // when the object is an actor itself and nothing names it.
      return cx.reject(s, trigger, p, "the verb names its object: no call");
    }
    List<Arg> found = new ArrayList<>();
    int consumed = -1;
    boolean placeTarget = false;
    // Violence is done to actors, not to their words or plans: "attack Mr Blair's words" is
    // criticism, so material-conflict codes take only an actor that fills the slot itself.
    // Meetings and visits, too, are with actors: "visited the tomb of Yasser Arafat" is no
    // visit to Arafat, "welcomed the EU's move" no hosting of the EU.
    boolean meeting = p.code().startsWith("04");
    int depth = cx.on(EventRule.ARG_FORCE_AT_ACTORS_ONLY) && p.code().compareTo("15") >= 0 ? 0 : 3;
    if (cx.on(EventRule.PATTERN_REFUSAL_OF_ANY_ACT)
        && p.steps().stream()
            .anyMatch(st -> st instanceof VerbPattern.Complement c && c.lemma().equals("*"))) {
      depth = 0; // "refused to publish Lord Goldsmith's advice" rejects no one
    }
    for (int f : fillers) {
      if (f == object) {
        continue; // the pattern's object word is the thing, not the slot ("offer + :aid")
      }
      if (cx.on(EventRule.ARG_OWN_ACT_IS_NO_TARGET) && ownAct(s, f)) {
        continue; // "tired of going into companies": whom the doer's own act reaches
      }
      List<Arg> inside = ActorsAt.argsInside(cx, s, f, depth);
      inside = ActorsAt.notAimedAgainst(cx, s, f, p.code(), inside);
      if (cx.on(EventRule.ARG_NATIONALITY_BEFORE_OF_PHRASE)
          && Nationalities.thingStandsForItsCountry(cx, p.code())
          && ActorsAt.withConjuncts(cx, s, f).isEmpty()) {
        // "opposes Soviet membership of the World Bank", "condemned the Israeli occupation of
        // Lebanon": the nationality on an act is whose act it is, before anyone in its "of"
        // phrase.
        List<Arg> nationality = Nationalities.nationalityOf(cx.actors(), s, f);
        if (!nationality.isEmpty()) {
          inside = nationality;
        }
      }
      if (meeting
          && cx.on(EventRule.ARG_MEETING_PLACE_IS_ITS_STATE)
          && !ActorsAt.withConjuncts(cx, s, f).equals(inside)) {
        // A visit to "Kenya's biggest shantytown" is a visit to Kenya; one to "the tomb of
        // Yasser Arafat" is no meeting with Arafat: inside a place only a country counts.
        inside =
            inside.stream().filter(a -> a.code() != null && a.code().sector() == null).toList();
      }
      found.addAll(inside);
      if (!found.isEmpty()) {
        consumed = f;
        break;
      }
    }
    if (found.isEmpty() && slot.preposition() != null) {
      found.addAll(TargetFinder.surfacePrepositional(cx, s, head, slot.preposition()));
    }
    boolean aidSent =
        p.code().startsWith("07")
            && "to".equals(slot.preposition())
            && cx.on(EventRule.ARG_AID_DESTINATION);
    if (found.isEmpty() && (meeting && cx.on(EventRule.ARG_VISIT_DESTINATION) || aidSent)) {
      // (R.arg.aid-destination: aid and peacekeepers sent "to" a place go to its state, "The
      // African Union sent 3,000 peacekeepers to Darfur".)
      // "arrived in Indonesia", "was in Beijing", "will visit Aceh in Indonesia, as well as Sri
      // Lanka": a visit's destination is written as a place, each place its state.
      for (int f : fillers) {
        destinations(cx, s, slot, head, f, found);
        if (!found.isEmpty()) {
          consumed = f;
          placeTarget = true;
          break;
        }
      }
    }
    if (found.isEmpty()
        && cx.on(EventRule.ARG_THING_STANDS_FOR_COUNTRY)
        && Nationalities.thingStandsForItsCountry(cx, p.code())) {
      // A country's things stand for it: "shelled an Iranian oil platform", "seized seven
      // Kuwaiti boats", "protests against the closing of Canadian ports" target the country,
      // as CAMEO coders code them (which codes: thingStandsForItsCountry).
      for (int f : fillers) {
        found.addAll(Nationalities.nationalityOrOwnerOf(cx, s, f));
        if (!found.isEmpty()) {
          consumed = f;
          break;
        }
      }
    }
    if (found.isEmpty() && !fillers.isEmpty() && !slot.holdsSource() && p.isStillToCome()) {
      // "we will hinder it if the Turkish vessel begins research": the condition says at whom.
      return Fill.leftToTheArticle(false);
    }
    if (found.isEmpty()
        && !fillers.isEmpty()
        && !slot.holdsSource()
        && !"that".equals(slot.preposition()) // a claim about no one accuses no one
        && cx.on(EventRule.ARG_IMPLIED_TARGET)
        && ImpliedSides.impliesItsTarget(w, p.code())
        && p.code().compareTo("15") < 0 // force at a thing is aimed at what the thing is
        && fillers.stream()
            .allMatch(
                f ->
                    // "it" that names no actor here stands for a thing ("vote against
                    // it unless …"); "him" and "them" stand for someone.
                    (!s.token(f).pos().startsWith("PRP")
                            || s.token(f).word().equalsIgnoreCase("it"))
                        && !s.token(f).lemma().equalsIgnoreCase("other")
                        && !ImpliedSides.isSomeoneUncoded(w, s, f)
                        && ActorsAt.argsInside(cx, s, f, 3).isEmpty())) {
      // "condemned the detentions", "will vote against the bill": the frame is met by a
      // thing no one in the sentence owns ("attack Mr Blair's words" has an owner, "fight
      // them" and "blamed the other" an antecedent); whose it is, the article may say.
      return Fill.leftToTheArticle(
          fillers.stream()
              .anyMatch(
                  f -> w.hearsayNouns().contains(s.token(f).lemma().toLowerCase(Locale.ROOT))));
    }
    if (found.isEmpty()) {
      return cx.reject(
          s,
          trigger,
          p,
          "no actor in the "
              + (slot.preposition() == null ? "object" : "'" + slot.preposition() + "' phrase"));
    }
    return new Fill(found, consumed, placeTarget, false, false);
  }

  /**
   * R.pattern.naming-verb-object-alone: whether a naming verb says what its object is: it has a
   * second object, a noun or adjective complement or an "as" phrase, or its object is no actor
   * itself (an actor's thing: "what he called Japan's failure") or carries words beside it ("the
   * senator 'the next George Washington'").
   */
  /**
   * The participle of a delivering verb (sign, hold, reach …) that carries the event noun at {@code
   * noun}: one that modifies it ("the agreement signed with Britain"), one it is the passive
   * subject of ("talks were held with Iran"), or a bare participle the parser made the noun's main
   * verb, a reduced relative it cannot be the past tense of ("The agreement signed on Tuesday with
   * Britain was the first"); -1 when there is none.
   */
  static int deliveringParticiple(EventWords w, Sentence s, int noun) {
    for (int acl : s.childrenOf(noun, "acl")) {
      if (s.token(acl).pos().equals("VBN") && w.deliveringVerbs().contains(s.token(acl).lemma())) {
        return acl;
      }
    }
    for (Dependency d : s.parents(noun)) {
      int verb = d.governor();
      if (verb < 0
          || !s.token(verb).pos().equals("VBN")
          || !w.deliveringVerbs().contains(s.token(verb).lemma())) {
        continue;
      }
      boolean auxiliary =
          !s.childrenOf(verb, "aux").isEmpty() || !s.childrenOf(verb, "aux:pass").isEmpty();
      if (d.relation().equals("nsubj:pass") || d.relation().equals("nsubj") && !auxiliary) {
        return verb;
      }
    }
    return -1;
  }

  private static boolean namesItsObject(
      CodingContext cx, Sentence s, int verb, List<Integer> objects) {
    if (objects.size() != 1
        || s.childrenOf(verb, "obj").size() > 1
        || s.childrenOf(verb, "xcomp").stream().anyMatch(x -> !s.token(x).isVerb())
        || !s.childrenOf(verb, "obl:as").isEmpty()) {
      // a verb complement is what the call was for: "called Netanyahu to discuss the talks"
      return true;
    }
    int o = objects.get(0);
    return ActorsAt.withConjuncts(cx, s, o).isEmpty()
        || !s.childrenOf(o, "dep").isEmpty()
        || !s.childrenOf(o, "appos").isEmpty()
        || !s.childrenOf(o, "acl").isEmpty();
  }

  /**
   * R.arg.own-act-is-no-target: whether the slot is filled by a gerund with no subject of its own,
   * which is the doer's own act: "I'm tired of going into companies", "opposed to sending troops to
   * Iraq" are aimed at neither the companies nor Iraq. "Criticised Japan's dumping" has a noun.
   */
  private static boolean ownAct(Sentence s, int f) {
    return s.token(f).pos().equals("VBG")
        && s.childrenOf(f, "nsubj").isEmpty()
        && s.childrenOf(f, "nmod:poss").isEmpty();
  }

  /**
   * Adds to {@code found} the states a visit's destination at filler {@code f} names: the places
   * there, in its "in" phrase and its conjuncts (and, for an object, those the parser hangs on the
   * verb itself), each as its state, and a state named as a further destination.
   */
  private static void destinations(
      CodingContext cx, Sentence s, VerbPattern.Slot slot, int head, int f, List<Arg> found) {
    List<Integer> places = new ArrayList<>(List.of(f));
    places.addAll(s.childrenOf(f, "nmod:in"));
    places.addAll(s.childrenOf(f, "conj"));
    if (slot.preposition() == null) {
      // The parser often hangs "in Indonesia" and a coordinated place on the verb itself.
      places.addAll(s.childrenOf(head, "obl:in"));
      for (int c : s.childrenOf(head, "conj")) {
        if (s.token(c).isNoun()) {
          places.add(c);
        }
      }
    }
    for (int at : places) {
      // "…, as well as Sri Lanka", "slums in the Kenyan capital Nairobi", "an orphanage in
      // Tanzania": a state or a place anywhere in a destination's phrase is where the visit goes;
      // a state the article names nowhere else is still the target, by its code (as force aimed
      // at a place is: TargetRules.placeCountry). The visited thing itself counts only as a place.
      int[] range = at == f ? new int[] {at, at} : s.subtreeRange(at);
      for (int t = range[0]; t <= range[1]; t++) {
        List<Arg> states = new ArrayList<>();
        if (at != f) {
          for (Arg a : ActorsAt.argsAt(cx, s, t)) {
            if (a.code() != null && a.code().isState() && a.code().sector() == null) {
              states.add(a);
            }
          }
        }
        Place place = cx.actors().placeAt(s.index(), t);
        if (states.isEmpty() && place != null && place.country() != null) {
          states.addAll(TargetRules.placeCountry(cx, place));
        }
        for (Arg a : states) {
          if (found.stream().noneMatch(x -> x.code().equals(a.code()))) {
            found.add(a);
          }
        }
      }
    }
  }
}
