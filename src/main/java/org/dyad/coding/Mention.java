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
 * @param sieve the sieve that wrote the rule, null with it; sieves decide by this, never by the
 *     rule's text
 * @param rule why the mention has that code
 * @param alsoCodes the codes of the other actors a role noun is distributed over, each a separate
 *     actor: OSGGOV and GONGOV for "the ambassadors of Arnor, Osgiliath and Gondor" (code ARNGOV)
 * @param awaiting what a later sieve is to code it from; {@link #explained()} says so after the
 *     rule
 * @param role the role noun's lexicon id that gave the sector, or null
 * @param plusAgent whether a role noun was joined to the coded owner whose rule this carries
 *     ("Russian police")
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
    ActorSieve sieve,
    String rule,
    List<ActorCode> alsoCodes,
    Awaiting awaiting,
    String role,
    boolean plusAgent) {

  Mention {
    alsoCodes = List.copyOf(alsoCodes);
    if (awaiting != Awaiting.NOTHING && rule == null) {
      throw new IllegalArgumentException(
          "a mention awaiting " + awaiting + " needs a rule: " + text);
    }
    if ((rule == null) != (sieve == null)) {
      throw new IllegalArgumentException("a rule needs the sieve that wrote it: " + text);
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
      ActorSieve sieve,
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
        sieve,
        rule,
        alsoCodes,
        Awaiting.NOTHING,
        null,
        false);
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
      ActorSieve sieve,
      String rule) {
    this(sentence, first, last, span, text, kind, dictionary, code, sieve, rule, List.of());
  }

  /** A mention found by {@code rule} that waits for a later sieve to code it. */
  Mention awaiting(Awaiting what) {
    return new Mention(
        sentence,
        first,
        last,
        span,
        text,
        kind,
        dictionary,
        code,
        sieve,
        rule,
        alsoCodes,
        what,
        role,
        plusAgent);
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
        sieve,
        rule + detail,
        alsoCodes,
        Awaiting.NOTHING,
        role,
        plusAgent);
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
        other.sieve,
        other.rule,
        alsoCodes,
        other.awaiting,
        other.role,
        other.plusAgent);
  }

  /** Another code from the same rule, still awaiting what it awaited. */
  Mention withCode(ActorCode newCode) {
    return new Mention(
        sentence,
        first,
        last,
        span,
        text,
        kind,
        dictionary,
        newCode,
        sieve,
        rule,
        alsoCodes,
        awaiting,
        role,
        plusAgent);
  }

  /**
   * The same sieve's rule carried further ({@code newRule} extends the rule: "... in place X"), no
   * longer awaiting.
   */
  Mention settledAs(ActorCode newCode, String newRule) {
    return new Mention(
        sentence,
        first,
        last,
        span,
        text,
        kind,
        dictionary,
        newCode,
        sieve,
        newRule,
        alsoCodes,
        Awaiting.NOTHING,
        role,
        plusAgent);
  }

  /** A role noun's phrase ("EU leaders", "the president of France") from token first to last. */
  static Mention roleNoun(
      String text,
      Sentence s,
      int first,
      int last,
      ActorCode code,
      String role,
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
        ActorSieve.ROLE_NOUN,
        rule,
        alsoCodes,
        Awaiting.NOTHING,
        role,
        false);
  }

  /**
   * These words as the organisation {@code d} names, with {@code code}: "the Ex-Im Bank" after "the
   * Export-Import Bank of Japan".
   */
  Mention asOrganization(DictionaryName d, ActorCode newCode, String newRule) {
    return new Mention(
        sentence,
        first,
        last,
        span,
        text,
        Actor.Kind.ORGANIZATION,
        d,
        newCode,
        ActorSieve.DICTIONARY,
        newRule);
  }

  boolean covers(int token) {
    return first <= token && token <= last;
  }

  /**
   * Coded anew by {@code by}, with its rule; {@code newRole} is the role noun that gave the sector.
   */
  Mention codedBy(ActorSieve by, ActorCode newCode, String newRule, String newRole) {
    return new Mention(
        sentence,
        first,
        last,
        span,
        text,
        kind,
        dictionary,
        newCode,
        by,
        newRule,
        alsoCodes,
        Awaiting.NOTHING,
        newRole,
        false);
  }

  /** This mention, its rule carrying on from {@code other}'s: recorded as other's sieve. */
  Mention sievedAs(Mention other) {
    return new Mention(
        sentence,
        first,
        last,
        span,
        text,
        kind,
        dictionary,
        code,
        other.sieve,
        rule,
        alsoCodes,
        awaiting,
        other.role,
        other.plusAgent);
  }

  /** Whether the rule names a role noun: written by the role-noun sieve, or composed with one. */
  boolean byRoleNoun() {
    return sieve == ActorSieve.ROLE_NOUN;
  }

  List<String> words() {
    return List.of(text.split("[\\s\\-]+"));
  }
}
