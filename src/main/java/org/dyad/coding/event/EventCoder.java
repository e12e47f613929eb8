package org.dyad.coding.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.coding.ActorAnalysis;
import org.dyad.coding.ContextClassifier;
import org.dyad.coding.Trace;
import org.dyad.lexicon.CodingProfile;
import org.dyad.lexicon.Lexicon;
import org.dyad.lexicon.TriggerEntry;
import org.dyad.lexicon.VerbPattern;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Event;
import org.dyad.model.Quote;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Codes source–action–target events from the dependency parse with the verb lexicon.
 *
 * <p>Per sentence, in layers: every verb, noun, adjective, modal and evaluative word proposes the
 * patterns it may trigger ({@link Triggers}); each pattern is matched against the trigger's
 * dependents and its sides found ({@link PatternMatcher}: sources are subjects, the "by" agent in
 * the passive, the possessor or the governing verb's subject for a noun trigger; targets are the
 * slot the pattern names, or an actor inside the phrase filling it: "North Korea's recent burst" →
 * North Korea); the most specific match at each trigger wins unless another match used it up
 * ({@link MatchSelection}); each fired match becomes one event per pair of actors, with its mode
 * (negated, hypothetical, future), refined code, day and place ({@link EventAssembler}). The
 * pattern's id is kept as the event's rule. The word lists are lexicon data ({@code
 * lexicon/event-words.tsv}); every rule the coder may apply has an id ({@link EventRule}, {@code
 * lexicon/event-rules.tsv}) and runs only when the coding profile has it on. Thread-safe: holds
 * only immutable lexicon data.
 */
public final class EventCoder {
  private final Lexicon lexicon;
  private final EventWords words;
  private final Set<EventRule> rules;
  private final EventAssembler assembler;
  private final DefaultMatcher defaults;

  /** A coder with the lexicon's own profile ({@link Lexicon#profile()}). */
  public EventCoder(Lexicon lexicon) {
    this(lexicon, lexicon.profile());
  }

  /**
   * A coder with the rules {@code profile} has on.
   *
   * @throws IllegalArgumentException when the lexicon lacks a word list the coder reads, or the
   *     profile does not know a rule the coder has (its rules file is missing or older than the
   *     coder)
   */
  public EventCoder(Lexicon lexicon, CodingProfile profile) {
    this.lexicon = lexicon;
    this.words = EventWords.from(lexicon.wordLists());
    Set<EventRule> on = EnumSet.noneOf(EventRule.class);
    for (EventRule r : EventRule.values()) {
      if (!profile.known().contains(r.id())) {
        throw new IllegalArgumentException(
            "the coding profile has no rule "
                + r.id()
                + " (lexicon/event-rules.tsv; docs/lexicon-formats.md)");
      }
      if (profile.on(r.id())) {
        on.add(r);
      }
    }
    this.rules = Collections.unmodifiableSet(on);
    this.assembler =
        new EventAssembler(new ContextClassifier(lexicon.contexts()), CodeRefinements.of(profile));
    Map<String, VerbPattern> asPatterns = new HashMap<>();
    for (TriggerEntry e : lexicon.triggers().entries()) {
      if (!e.patternsOnly()) {
        asPatterns.put(e.id(), VerbPattern.parse(e.id(), e.code(), e.pos(), e.lemma(), e.note()));
      }
    }
    this.defaults =
        new DefaultMatcher(SourceRules.of(profile), TargetRules.of(profile), asPatterns);
  }

  public List<Event> code(AnnotatedArticle article, ActorAnalysis actors, List<Quote> quotes) {
    return code(article, actors, quotes, Trace.NONE);
  }

  /** Codes the article, telling {@code trace} every pattern tried and what became of it. */
  public List<Event> code(
      AnnotatedArticle article, ActorAnalysis actors, List<Quote> quotes, Trace trace) {
    CodingContext cx = CodingContext.of(article, actors, quotes, lexicon, words, rules, trace);
    List<Event> events = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Sentence s : article.sentences()) {
      List<PatternMatch> matches = new ArrayList<>();
      for (Token t : s.tokens()) {
        List<VerbPattern> candidates = Triggers.candidates(cx, s, t);
        boolean matched = false;
        for (VerbPattern p : candidates) {
          PatternMatch m = PatternMatcher.match(cx, s, t.index(), p);
          if (m != null) {
            trace.pattern(s.index(), t.index(), p, "matched, specificity " + p.specificity());
            matches.add(m);
            matched = true;
          }
        }
        // No pattern matched in full: the word's sense or default code, with sides the argument
        // layer finds on its own.
        if (!matched && cx.on(EventRule.TRIGGER_DEFAULT_CODE)) {
          defaults.match(cx, s, t, candidates).ifPresent(matches::add);
        }
      }
      for (PatternMatch m : MatchSelection.select(cx, s, matches)) {
        trace.pattern(s.index(), m.trigger(), m.pattern(), "FIRED");
        events.addAll(assembler.events(cx, s, m, seen));
      }
    }
    return EventAssembler.numbered(events);
  }
}
