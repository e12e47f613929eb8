package org.dyad.coding.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.coding.ContextClassifier;
import org.dyad.lexicon.CameoCode;
import org.dyad.lexicon.VerbPattern;
import org.dyad.model.Event;
import org.dyad.model.Mode;
import org.dyad.model.Place;
import org.dyad.model.Quote;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;

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
            : ModeRules.mode(cx.words(), s, trigger, m.head(), m.negated());
    String cameo = m.pattern().code();
    String rule =
        m.pattern().id()
            + (m.implicitTarget() ? "+implicit-target" : "")
            + (m.implicitSource() ? "+implicit-source" : "");
    Optional<CodeRefinements.Applied> refined = refinements.apply(cx, s, m, mode);
    if (refined.isPresent()) {
      cameo = refined.get().cameo();
      rule = rule + refined.get().tag();
      mode = refined.get().mode();
    }
    CameoCode code = cx.lexicon().code(cameo);
    LocalDate date = EventDates.eventDate(cx.article(), s, trigger, mode);
    Place place = EventPlaces.place(cx.actors(), s, trigger);
    Token t = s.token(trigger);
    Span triggerSpan = t.span();
    String triggerText = t.word();
    Quote quote = cx.innermost(triggerSpan, false);
    List<String> contexts = this.contexts.contexts(s, code.ploverContext());
    // "The two countries signed a pact": a group acting among itself is its members, each way.
    boolean amongThemselves = m.sources().equals(m.targets());
    for (Arg src : m.sources()) {
      for (Arg tgt : m.targets()) {
        if (src.actor().equals(tgt.actor()) || src.span().equals(tgt.span()) && !amongThemselves) {
          continue;
        }
        if (src.code() == null || tgt.code() == null) {
          continue; // an actor nothing codes cannot be analysed as a dyad
        }
        if (!keep(cx, s, trigger, cameo, code, src, tgt)) {
          continue;
        }
        String key =
            src.actor() + ">" + tgt.actor() + ":" + code.code() + "@" + triggerSpan.begin();
        if (!seen.add(key)) {
          continue;
        }
        events.add(
            new Event(
                "",
                s.index(),
                src.participant(),
                tgt.participant(),
                cameo,
                code.plover(),
                code.quad(),
                code.goldstein(),
                date,
                place,
                mode,
                triggerText,
                triggerSpan,
                rule,
                quote == null ? null : quote.id(),
                contexts));
        String back = m.pattern().reciprocalCode();
        if (back != null
            && cx.on(EventRule.ASSEMBLE_RECIPROCAL_CODE)
            && seen.add(tgt.actor() + ">" + src.actor() + ":" + back + "@" + triggerSpan.begin())) {
          CameoCode b = cx.lexicon().code(back);
          events.add(
              new Event(
                  "",
                  s.index(),
                  tgt.participant(),
                  src.participant(),
                  b.code(),
                  b.plover(),
                  b.quad(),
                  b.goldstein(),
                  date,
                  place,
                  mode,
                  triggerText,
                  triggerSpan,
                  rule + "+reciprocal",
                  quote == null ? null : quote.id(),
                  b.ploverContext().isEmpty() ? List.of() : List.of(b.ploverContext())));
        }
      }
    }
    return events;
  }

  /**
   * Whether the pair of coded actors makes an event of code {@code cameo} (whose table row is
   * {@code code}) at the trigger.
   */
  private static boolean keep(
      CodingContext cx, Sentence s, int trigger, String cameo, CameoCode code, Arg src, Arg tgt) {
    if (cx.on(EventRule.ASSEMBLE_NO_INTERVIEW_MEETINGS)
        && cameo.startsWith("04")
        && "MED".equals(tgt.code().sector())
        && cx.words().interviewVerbs().contains(s.token(trigger).lemma())) {
      return false; // "speaking to the BBC's Newsnight programme" is an interview, no meeting
    }
    if (cx.on(EventRule.ASSEMBLE_NO_STATE_ON_ITSELF)
        && Sides.actsOnItself(cx.words(), src.code(), tgt.code())) {
      // "Poehl rebuffed U.S. criticism of West Germany" (DEUGOV to DEU), "the United States
      // and its Treasury": a state and its own executive are one side, and an event between
      // them is nearly always a misread owner. Its opposition, press or people urging the
      // state ("Mr Howard said Britain should …") are another side and stay.
      return false;
    }
    if (cx.on(EventRule.ASSEMBLE_NO_SELF_EVENTS) && src.code().equals(tgt.code())) {
      // USAGOV to USAGOV says nothing a dyad can show ("Goria met Baker" with Goria's
      // country lost), and it is most often such a resolution error.
      return false;
    }
    if (cx.on(EventRule.ASSEMBLE_NO_STATEMENTS_TO_MEDIA)
        && code.root().equals("01")
        && "MED".equals(tgt.code().sector())) {
      // telling a news medium is how the story was made, not an interaction between actors
      return false;
    }
    return true;
  }

  /** The events numbered in order: e1, e2, … */
  static List<Event> numbered(List<Event> events) {
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      out.add(e.withId("e" + (out.size() + 1)));
    }
    return out;
  }
}
