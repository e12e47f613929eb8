package org.dyad.coding.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.coding.ContextClassifier;
import org.dyad.lexicon.CameoCode;
import org.dyad.lexicon.VerbPattern;
import org.dyad.model.Dependency;
import org.dyad.model.Event;
import org.dyad.model.Mode;
import org.dyad.model.Place;
import org.dyad.model.Quote;
import org.dyad.model.Sentence;
import org.dyad.model.Span;

/**
 * Turns a fired match into events: its mode, refined code, date, place, quotation and PLOVER
 * contexts, one event for each pair of a coded source and a coded target that the pair filters let
 * through, the reciprocal event a pattern names, and finally the events' ids. Takes the article's
 * context and the match; returns new {@link Event}s. Immutable, thread-safe (the set of events
 * already made is the caller's, one per article).
 */
final class EventAssembler {
  private final ContextClassifier contexts;
  private final CodeRefinements refinements;

  EventAssembler(ContextClassifier contexts, CodeRefinements refinements) {
    this.contexts = contexts;
    this.refinements = refinements;
  }

  /**
   * The events of match {@code m}, leaving out any whose key (source, target, code, trigger) is in
   * {@code seen}, to which it adds the keys of those it makes.
   */
  List<Event> events(CodingContext cx, Sentence s, PatternMatch m, Set<String> seen) {
    List<Event> events = new ArrayList<>();
    int trigger = m.trigger();
    // A modal pattern's event is the speaker's appeal, made whatever the modal says of the clause;
    // a pattern for what is still to come ("would retaliate") codes the threat, made now.
    Mode mode =
        m.pattern().pos() == VerbPattern.Pos.M
                || m.pattern().pos() == VerbPattern.Pos.E
                || m.pattern().isStillToCome()
            ? Mode.ASSERTED
            : ModeRules.mode(cx, s, trigger, m.head(), m.negated());
    if (m.pattern().isStillToCome()
        && cx.on(EventRule.MODE_THREAT_DISAVOWED)
        && (m.negated() || Syntax.isNegated(cx.words(), s, m.head()))) {
      mode = Mode.NEGATED; // "Tokyo would not retaliate": no threat
    }
    if (mode != Mode.NEGATED
        && cx.on(EventRule.MODE_NEGATED_SUPPORT_VERB)
        && negatedSupportVerb(cx, s, trigger)) {
      mode = Mode.NEGATED; // "Iran cannot take military action", "did not launch an attack"
    }
    String cameo = m.pattern().code();
    String rule =
        m.pattern().id()
            + (m.implicitTarget() ? "+implicit-target" : "")
            + (m.implicitSource() ? "+implicit-source" : "");
    List<String> rules = new ArrayList<>();
    rules.add(m.pattern().id());
    for (String r : m.evidence()) {
      if (!rules.contains(r)) {
        rules.add(r);
      }
    }
    if (m.implicitTarget() && !rules.contains("R.target.implied")) {
      rules.add(EventRule.ARG_IMPLIED_TARGET.id());
    }
    if (m.implicitSource()) {
      rules.add(EventRule.ARG_IMPLIED_PARTNER.id());
    }
    java.time.LocalDate published = cx.article().article().date();
    if (mode == Mode.ASSERTED && published != null && cx.on(EventRule.MODE_FUTURE_DAY)) {
      // "Senior Japanese officials tomorrow open talks": a day after the article's is still to
      // come, whatever the tense.
      java.time.LocalDate day = EventDates.eventDate(cx.article(), s, trigger, mode);
      if (day != null && day.isAfter(published)) {
        mode = Mode.FUTURE;
        rules.add(EventRule.MODE_FUTURE_DAY.id());
      }
    }
    if (mode == Mode.ASSERTED
        && cx.on(EventRule.MODE_FUTURE_PERIOD)
        && FuturePeriod.named(cx.words(), s, trigger)) {
      mode = Mode.FUTURE;
      rules.add(EventRule.MODE_FUTURE_PERIOD.id());
    }
    if (published != null && cx.on(EventRule.MODE_NO_OLD_BACKGROUND)) {
      // "the 750m the prime minister pledged in 2000": history told as background, which the
      // gold conventions (and a count of this period's events) leave out.
      java.time.LocalDate day = EventDates.eventDate(cx.article(), s, trigger, mode);
      if (day != null && day.isBefore(published.minusYears(1))) {
        cx.trace()
            .layer(
                s.index(),
                trigger,
                "assembly",
                "dated " + day + ": not made: " + EventRule.MODE_NO_OLD_BACKGROUND.id());
        return events;
      }
    }
    Optional<CodeRefinements.Applied> refined = refinements.apply(cx, s, m, mode);
    if (refined.isPresent()) {
      cameo = refined.get().cameo();
      rule = rule + refined.get().tag();
      mode = refined.get().mode();
      rules.add(refined.get().id());
    }
    cx.trace()
        .layer(
            s.index(),
            trigger,
            "refinement",
            m.pattern().id()
                + " "
                + m.pattern().code()
                + (cameo.equals(m.pattern().code()) ? "" : " refined to " + cameo)
                + ", mode "
                + mode.name().toLowerCase(java.util.Locale.ROOT));
    if (cameo.equals("010") && cx.on(EventRule.ASSEMBLE_NO_BARE_STATEMENTS)) {
      cx.trace()
          .layer(
              s.index(),
              trigger,
              "assembly",
              "not made: " + EventRule.ASSEMBLE_NO_BARE_STATEMENTS.id());
      return events; // a statement with nothing specific about it: how news is told, no event
    }
    CameoCode code = cx.lexicon().code(cameo);
    Facts facts =
        new Facts(
            s.index(),
            cameo,
            code,
            EventDates.eventDate(cx.article(), s, trigger, mode),
            place(cx, s, trigger),
            mode,
            s.token(trigger).word(),
            s.token(trigger).span(),
            rule,
            cx.innermost(s.token(trigger).span(), false),
            this.contexts.contexts(s, code.ploverContext()),
            rules);
    if (m.targets().isEmpty() && m.oneSided()) {
      // "Thousands marched through central London": a one-sided event, as GDELT and PLOVER record
      // them, for each coded doer.
      for (Arg src : m.sources()) {
        if (src.code() != null
            && cx.on(EventRule.ASSEMBLE_CONTEST_IN_WORDS)
            && ContestInWords.applies(cx.words(), s, trigger, cameo, src.code(), null)) {
          cx.trace()
              .layer(
                  s.index(),
                  trigger,
                  "assembly",
                  src.code()
                      + " "
                      + cameo
                      + " not made: "
                      + EventRule.ASSEMBLE_CONTEST_IN_WORDS.id());
          continue;
        }
        if (src.code() != null && firstOfItsKind(cx, seen, src, null, code.code(), facts)) {
          events.add(facts.event(src, null, cameo, code, rule, rules));
        }
      }
      return events;
    }
    // "The two countries signed a pact": a group acting among itself is its members, each way.
    boolean amongThemselves = m.sources().equals(m.targets());
    for (Arg first : m.sources()) {
      for (Arg second : m.targets()) {
        Arg src = first;
        Arg tgt = second;
        if (src.span().equals(tgt.span()) && !amongThemselves && !sameActor(src, tgt)) {
          if (!distributed(cx, src, tgt)) {
            continue;
          }
          if (namedFirst(cx, s, tgt, src)) {
            src = second; // the side the text names first acts first
            tgt = first;
          }
        }
        if (sameActor(src, tgt)) {
          continue;
        }
        if (src.code() == null || tgt.code() == null) {
          continue; // an actor nothing codes cannot be analysed as a dyad
        }
        String dropped = droppedBy(cx, s, trigger, cameo, code, src, tgt);
        if (dropped != null) {
          cx.trace()
              .layer(
                  s.index(),
                  trigger,
                  "assembly",
                  src.code() + " " + cameo + " " + tgt.code() + " not made: " + dropped);
          continue;
        }
        if (!firstOfItsKind(cx, seen, src, tgt, code.code(), facts)) {
          continue;
        }
        events.add(facts.event(src, tgt, cameo, code, rule, rules));
        String back = m.pattern().reciprocalCode();
        if (back != null
            && cx.on(EventRule.ASSEMBLE_RECIPROCAL_CODE)
            && firstOfItsKind(cx, seen, tgt, src, back, facts)) {
          CameoCode b = cx.lexicon().code(back);
          List<String> backRules = new ArrayList<>(rules);
          backRules.add(EventRule.ASSEMBLE_RECIPROCAL_CODE.id());
          events.add(
              facts
                  .withContexts(
                      b.ploverContext().isEmpty() ? List.of() : List.of(b.ploverContext()))
                  .event(tgt, src, b.code(), b, rule + "+reciprocal", backRules));
        } else if (back == null
            && cx.on(EventRule.ASSEMBLE_RECIPROCAL_MEETINGS)
            && (reciprocal(cameo)
                || cx.on(EventRule.ASSEMBLE_RECIPROCAL_PLANNED_MEETINGS)
                    && cameo.equals("036")
                    && reciprocal(m.pattern().code())
                    && betweenSides(m, rules))
            && firstOfItsKind(cx, seen, tgt, src, code.code(), facts)) {
          // R.assemble.reciprocal-planned-meetings: talks still to come "between" two sides
          // (036) are both sides' intent, as the talks would be both sides'.
          // "Kim met Xi" is Xi meeting Kim too: the codebook calls consultations, negotiations
          // and signed agreements reciprocal.
          List<String> backRules = new ArrayList<>(rules);
          backRules.add(
              reciprocal(cameo)
                  ? EventRule.ASSEMBLE_RECIPROCAL_MEETINGS.id()
                  : EventRule.ASSEMBLE_RECIPROCAL_PLANNED_MEETINGS.id());
          events.add(facts.event(tgt, src, cameo, code, rule + "+reciprocal", backRules));
        }
      }
    }
    return events;
  }

  /**
   * Whether no event of this source, target and code was made at the trigger yet, recording it if
   * so. With R.assemble.one-per-coded-dyad, two actors with one code are one side: "The senators,
   * several congressmen and industry representatives met with Baldrige" is one USALEG meeting with
   * USAGOV, not three, as a dyad count (GDELT's) reads it. Two rivals of one code ({@link
   * Sides#rivals}: "Trump and Clinton meet", USAPTY each way) are two sides, one event each way.
   */
  private static boolean firstOfItsKind(
      CodingContext cx, Set<String> seen, Arg src, Arg tgt, String cameo, Facts facts) {
    String at = ":" + cameo + "@" + facts.span().begin();
    String byActor = src.actor() + ">" + (tgt == null ? "-" : tgt.actor()) + at;
    String byCode = src.code() + ">" + (tgt == null ? "-" : tgt.code()) + at;
    boolean byCodes = cx.on(EventRule.ASSEMBLE_ONE_PER_CODED_DYAD);
    boolean rivals = tgt != null && Sides.rivals(cx, src, tgt);
    if (seen.contains(byActor) || byCodes && !rivals && seen.contains(byCode)) {
      return false;
    }
    seen.add(byActor);
    if (byCodes) {
      seen.add(byCode);
    }
    return true;
  }

  /**
   * Whether the sides of a match were found in a "between" phrase (the pattern's slot or {@code
   * R.target.between}) or in the paired names before its noun ({@code R.target.paired-names}),
   * which name both sides alike: "talks between France and Italy", "the U.S.-Soviet summit".
   */
  private static boolean betweenSides(PatternMatch m, List<String> rules) {
    return m.pattern().steps().stream()
            .anyMatch(st -> st instanceof VerbPattern.Slot sl && "between".equals(sl.preposition()))
        || rules.contains("R.target.between")
        || rules.contains("R.target.paired-names");
  }

  /** Codes the codebook calls reciprocal: consultations, negotiations, signed agreements. */
  static boolean reciprocal(String cameo) {
    return cameo.equals("040")
        || cameo.equals("041")
        || cameo.equals("044")
        || cameo.equals("046")
        || cameo.equals("057");
  }

  /** What every event of one match shares: all but its source and target. */
  private record Facts(
      int sentence,
      String cameo,
      CameoCode code,
      LocalDate date,
      Place place,
      Mode mode,
      String trigger,
      Span span,
      String rule,
      Quote quote,
      List<String> contexts,
      List<String> rules) {
    Facts withContexts(List<String> other) {
      return new Facts(
          sentence, cameo, code, date, place, mode, trigger, span, rule, quote, other, rules);
    }

    Event event(Arg src, Arg tgt, String cameo, CameoCode c, String rule, List<String> eventRules) {
      return new Event(
          "",
          sentence,
          src.participant(),
          tgt == null ? null : tgt.participant(),
          cameo,
          c.plover(),
          c.quad(),
          c.goldstein(),
          date,
          place,
          mode,
          trigger,
          span,
          rule,
          quote == null ? null : quote.id(),
          contexts,
          eventRules);
    }
  }

  /**
   * The id of the assembly rule that keeps the pair of coded actors from making an event of code
   * {@code cameo} (whose table row is {@code code}) at the trigger, or null when none does.
   */
  private static String droppedBy(
      CodingContext cx, Sentence s, int trigger, String cameo, CameoCode code, Arg src, Arg tgt) {
    if (cx.on(EventRule.ASSEMBLE_NO_INTERVIEW_MEETINGS)
        && cameo.startsWith("04")
        && "MED".equals(tgt.code().sector())
        && cx.words().interviewVerbs().contains(s.token(trigger).lemma())) {
      return EventRule.ASSEMBLE_NO_INTERVIEW_MEETINGS
          .id(); // "speaking to the BBC's Newsnight programme" is an interview, no meeting
    }
    if (cx.on(EventRule.ASSEMBLE_NO_STATE_ON_ITSELF)
        && Sides.actsOnItself(cx.words(), src.code(), tgt.code())) {
      // "Poehl rebuffed U.S. criticism of West Germany" (DEUGOV to DEU), "the United States
      // and its Treasury": a state and its own executive are one side, and an event between
      // them is nearly always a misread owner. Its opposition, press or people urging the
      // state ("Mr Howard said Britain should …") are another side and stay.
      return EventRule.ASSEMBLE_NO_STATE_ON_ITSELF.id();
    }
    if (cx.on(EventRule.ASSEMBLE_NO_SELF_EVENTS)
        && src.code().equals(tgt.code())
        && (src.code().sector() == null
            || cx.words().executiveSectors().contains(src.code().sector())
            // one international body's organs ("ministers called on the European Commission")
            || !src.code().isState() && src.code().country().equals("IGO")
            // two private persons ("Ferguson met his fiancee"): no dyad a political coder keeps;
            // a person and a group of citizens ("criticized Christian voters") are two sides
            || src.code().sector().equals("CVL") && bothPersons(cx, src, tgt))) {
      // USAGOV to USAGOV says nothing a dyad can show ("Goria met Baker" with Goria's
      // country lost), and it is most often such a resolution error. Two parties or candidates
      // (USAPTY to USAPTY: Trump and Clinton) are two sides.
      return EventRule.ASSEMBLE_NO_SELF_EVENTS.id();
    }
    if (cx.on(EventRule.ASSEMBLE_NO_EVENT_ON_OWN_GROUP) && ownGroup(cx, s, tgt)) {
      return EventRule.ASSEMBLE_NO_EVENT_ON_OWN_GROUP.id(); // "defended his party's attitude"
    }
    if (cx.on(EventRule.ASSEMBLE_CONTEST_IN_WORDS)
        && ContestInWords.applies(cx.words(), s, trigger, cameo, src.code(), tgt.code())) {
      return EventRule.ASSEMBLE_CONTEST_IN_WORDS.id(); // "her nomination battle with Sanders"
    }
    if (cx.on(EventRule.ASSEMBLE_NO_STATEMENTS_TO_MEDIA)
        && code.root().equals("01")
        && "MED".equals(tgt.code().sector())) {
      // telling a news medium is how the story was made, not an interaction between actors
      return EventRule.ASSEMBLE_NO_STATEMENTS_TO_MEDIA.id();
    }
    return null;
  }

  /**
   * R.assemble.no-event-on-own-group: whether the target is named as the doer's own body, a noun of
   * its own people after a possessive pronoun ("his party", "their government"). "Your party" in a
   * quotation is the addressee's, another side.
   */
  private static boolean ownGroup(CodingContext cx, Sentence s, Arg tgt) {
    int head = StatementSpeaker.headOf(s, tgt.span());
    if (head < 0
        || !cx.words().ownGroupNouns().contains(s.token(head).lemma().toLowerCase(Locale.ROOT))
        // "his government rejected an IMF demand": a subject's "his" is someone else's, the
        // target of whoever's act the clause answers.
        || s.parents(head).stream().anyMatch(d -> d.baseRelation().startsWith("nsubj"))) {
      return false;
    }
    for (Dependency d : s.children(head)) {
      String word = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
      if (d.baseRelation().equals("nmod")
          && "poss".equals(d.subtype())
          && s.token(d.dependent()).pos().equals("PRP$")
          && !word.equals("your")) {
        return true;
      }
    }
    return false;
  }

  /** Whether an event noun is the object of a negated verb: "did not launch an attack". */
  private static boolean negatedSupportVerb(CodingContext cx, Sentence s, int trigger) {
    if (!s.token(trigger).isNoun()) {
      return false;
    }
    for (org.dyad.model.Dependency d : s.parents(trigger)) {
      if (d.governor() >= 0
          && d.baseRelation().equals("obj")
          && Syntax.isNegated(cx.words(), s, d.governor())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "fighting between Iranian and Iraqi troops": one role noun distributed over two countries names
   * two sides at one phrase, which may act on each other.
   */
  private static boolean distributed(CodingContext cx, Arg src, Arg tgt) {
    return cx.on(EventRule.ASSEMBLE_DISTRIBUTED_SIDES)
        && src.code() != null
        && tgt.code() != null
        && !src.code().country().equals(tgt.code().country());
  }

  /** Whether the phrase both share names {@code a}'s country before {@code b}'s. */
  private static boolean namedFirst(CodingContext cx, Sentence s, Arg a, Arg b) {
    int from = s.tokenAt(a.span().begin());
    int to = s.tokenAt(Math.max(a.span().begin(), a.span().end() - 1));
    for (int i = from; from >= 0 && i <= to; i++) {
      String country = cx.actors().countryOfWord(s.index(), i);
      if (a.code().country().equals(country)) {
        return true;
      }
      if (b.code().country().equals(country)) {
        return false;
      }
    }
    return false;
  }

  private static boolean bothPersons(CodingContext cx, Arg a, Arg b) {
    org.dyad.model.Actor x = a.actor() == null ? null : cx.actors().actor(a.actor());
    org.dyad.model.Actor y = b.actor() == null ? null : cx.actors().actor(b.actor());
    return x != null
        && y != null
        && x.kind() == org.dyad.model.Actor.Kind.PERSON
        && y.kind() == org.dyad.model.Actor.Kind.PERSON;
  }

  /** The events numbered in order: e1, e2, … */
  static List<Event> numbered(List<Event> events) {
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      out.add(e.withId("e" + (out.size() + 1)));
    }
    return out;
  }

  /** The place named at the event, else a place noun standing for one named before. */
  private static Place place(CodingContext cx, Sentence s, int trigger) {
    Place named = EventPlaces.place(cx.actors(), s, trigger);
    return named != null ? named : EventPlaces.anaphor(cx.words(), s, trigger);
  }

  /**
   * Whether two sides are one of the article's actors; a side a rule makes up from a place ("the
   * civilians of the country where they protest") has no actor and is no one else.
   */
  private static boolean sameActor(Arg a, Arg b) {
    return a.actor() != null && a.actor().equals(b.actor());
  }
}
