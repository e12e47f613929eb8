package org.dyad.coding.event;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dyad.coding.ActorAnalysis;
import org.dyad.coding.Trace;
import org.dyad.lexicon.AttributionCues;
import org.dyad.lexicon.Lexicon;
import org.dyad.lexicon.VerbPattern;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Quote;
import org.dyad.model.Sentence;
import org.dyad.model.Span;

/**
 * What every stage of the event coder needs for one article: the annotated article, its actors,
 * quotations and parties, the lexicon and the coder's word lists, the rules its coding profile has
 * on, and the trace that hears what each pattern did. Built once per article by {@link #of};
 * immutable (the trace is the caller's, and must be safe for the thread that codes the article).
 *
 * @param rules the rules that are on
 * @param statementNouns nouns for what someone says ("statement", "warning"): the attribution
 *     lexicon's
 */
record CodingContext(
    AnnotatedArticle article,
    ActorAnalysis actors,
    List<Quote> quotes,
    ArticleParties parties,
    Lexicon lexicon,
    EventWords words,
    Set<EventRule> rules,
    Set<String> statementNouns,
    Trace trace) {
  CodingContext {
    quotes = List.copyOf(quotes);
    rules = rules.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(rules));
    statementNouns = Set.copyOf(statementNouns);
  }

  static CodingContext of(
      AnnotatedArticle article,
      ActorAnalysis actors,
      List<Quote> quotes,
      Lexicon lexicon,
      EventWords words,
      Set<EventRule> rules,
      Trace trace) {
    return new CodingContext(
        article,
        actors,
        quotes,
        ArticleParties.of(actors),
        lexicon,
        words,
        rules,
        lexicon.attributionCues().of(AttributionCues.Kind.NOMINAL),
        trace);
  }

  /** Whether the coding profile has {@code rule} on. */
  boolean on(EventRule rule) {
    return rules.contains(rule);
  }

  /**
   * Tells the trace why {@code p} did not match at the trigger.
   *
   * @return null, which is no match (or no frame, no slot filler: whatever the caller returns)
   */
  <T> T reject(Sentence s, int trigger, VerbPattern p, String why) {
    trace.pattern(s.index(), trigger, p, why);
    return null;
  }

  /** The smallest quote containing the span; {@code directOnly} for resolving "we" to a speaker. */
  Quote innermost(Span span, boolean directOnly) {
    Quote best = null;
    for (Quote q : quotes) {
      if (q.kind() == Quote.Kind.PARTIAL || directOnly && q.kind() != Quote.Kind.DIRECT) {
        continue;
      }
      if (q.span().contains(span) && (best == null || q.span().length() < best.span().length())) {
        best = q;
      }
    }
    return best;
  }
}
