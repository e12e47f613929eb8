package org.dyad.coding;

import java.util.List;
import org.dyad.lexicon.DictionaryName;
import org.dyad.model.Actor;
import org.dyad.model.ActorCode;
import org.dyad.model.Sentence;
import org.dyad.model.Span;

/**
 * A place in one sentence that names an actor, before mentions are merged into actors.
 *
 * @param first first token index in the sentence
 * @param last last token index (inclusive)
 * @param kind what the words are, which decides how they are coded and merged
 * @param dictionary the dictionary name that matched, or null for names found by NER or role nouns
 *     alone
 * @param code the code these words give on the article's date, or null
 * @param rule why the mention has that code
 * @param alsoCodes the codes of the other actors a role noun is distributed over, each a separate
 *     actor: OSGGOV and GONGOV for "the ambassadors of Arnor, Osgiliath and Gondor" (code ARNGOV)
 * @param awaiting what a later sieve is to code it from; {@link #explained()} says so after the
 *     rule
 */
record Mention(
    int sentence,
    int first,
    int last,
    Span span,
    String text,
    Actor.Kind kind,
    DictionaryName dictionary,
    ActorCode code,
    String rule,
    List<ActorCode> alsoCodes,
    Awaiting awaiting) {

  Mention {
    alsoCodes = List.copyOf(alsoCodes);
    if (awaiting != Awaiting.NOTHING && rule == null) {
      throw new IllegalArgumentException(
          "a mention awaiting " + awaiting + " needs a rule: " + text);
    }
  }

  Mention(
      int sentence,
      int first,
      int last,
      Span span,
      String text,
      Actor.Kind kind,
      DictionaryName dictionary,
      ActorCode code,
      String rule,
      List<ActorCode> alsoCodes) {
    this(
        sentence,
        first,
        last,
        span,
        text,
        kind,
        dictionary,
        code,
        rule,
        alsoCodes,
        Awaiting.NOTHING);
  }

  Mention(
      int sentence,
      int first,
      int last,
      Span span,
      String text,
      Actor.Kind kind,
      DictionaryName dictionary,
      ActorCode code,
      String rule) {
    this(sentence, first, last, span, text, kind, dictionary, code, rule, List.of());
  }

  /** A mention found by {@code rule} that waits for a later sieve to code it. */
  Mention awaiting(Awaiting what) {
    return new Mention(
        sentence, first, last, span, text, kind, dictionary, code, rule, alsoCodes, what);
  }

  /** The rule with what the mention still waits for: how the actor explains its code. */
  String explained() {
    return rule == null ? null : rule + awaiting.suffix;
  }

  /** The same rule, no longer awaiting: {@code detail} says what gave the country. */
  Mention settledBy(String detail) {
    if (awaiting != Awaiting.ARTICLE_COUNTRY) {
      return this;
    }
    return new Mention(
        sentence,
        first,
        last,
        span,
        text,
        kind,
        dictionary,
        code,
        rule + detail,
        alsoCodes,
        Awaiting.NOTHING);
  }

  /** This mention and code, explained as {@code other} is. */
  Mention withRuleOf(Mention other) {
    return new Mention(
        sentence,
        first,
        last,
        span,
        text,
        kind,
        dictionary,
        code,
        other.rule,
        alsoCodes,
        other.awaiting);
  }

  /** Another code from the same rule, still awaiting what it awaited. */
  Mention withCode(ActorCode newCode) {
    return new Mention(
        sentence, first, last, span, text, kind, dictionary, newCode, rule, alsoCodes, awaiting);
  }

  /** A role noun's phrase ("EU leaders", "the president of France") from token first to last. */
  static Mention roleNoun(
      String text,
      Sentence s,
      int first,
      int last,
      ActorCode code,
      String rule,
      List<ActorCode> alsoCodes) {
    Span span = s.spanOf(first, last);
    return new Mention(
        s.index(),
        first,
        last,
        span,
        span.of(text),
        Actor.Kind.ORGANIZATION,
        null,
        code,
        rule,
        alsoCodes);
  }

  /**
   * These words as the organisation {@code d} names, with {@code code}: "the Ex-Im Bank" after "the
   * Export-Import Bank of Japan".
   */
  Mention asOrganization(DictionaryName d, ActorCode newCode, String newRule) {
    return new Mention(
        sentence, first, last, span, text, Actor.Kind.ORGANIZATION, d, newCode, newRule);
  }

  boolean covers(int token) {
    return first <= token && token <= last;
  }

  Mention withCode(ActorCode newCode, String newRule) {
    return new Mention(
        sentence, first, last, span, text, kind, dictionary, newCode, newRule, alsoCodes);
  }

  /** The same mention and code, explained by another rule. */
  Mention withRule(String newRule) {
    return withCode(code, newRule);
  }

  List<String> words() {
    return List.of(text.split("[\\s\\-]+"));
  }
}
