package org.dyad.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One coded interaction: source does action to target.
 *
 * @param id article-local id, {@code e1}, ...
 * @param sentence index of the sentence the trigger is in
 * @param source who acts
 * @param target who is acted on, or null
 * @param cameo CAMEO event code, 2–4 digits; or, coding with a foreign dictionary (PETRARCH's
 *     validation set uses WEIS-era codes such as {@code 223}, {@code 075A}), that dictionary's code
 *     as given, with {@code quad} 0
 * @param plover PLOVER event type
 * @param quad quad class 1–4, or 0 for a foreign dictionary's code that has none
 * @param goldstein Goldstein score (NaN when the code has none)
 * @param date when it happened (the article's date unless the text says otherwise)
 * @param place where, or null
 * @param mode asserted, negated, hypothetical, future
 * @param trigger the words that express the action
 * @param triggerSpan where they are
 * @param rule id of the lexicon pattern that fired
 * @param quote id of the quotation it was said in, or null
 * @param contexts PLOVER contexts supported by the words of the event
 * @param rules the ids of every rule that decided the event, in the order the coder's layers ran:
 *     the trigger's pattern or default entry ({@code V.19.0001}, {@code T.V.shell}), the argument
 *     rules that found its sides ({@code R.source.subject}, {@code R.target.named-places:obj}), the
 *     refinement and assembly rules that changed it ({@code R.refine.future-threat})
 */
public record Event(
    String id,
    int sentence,
    Participant source,
    Participant target,
    String cameo,
    String plover,
    int quad,
    double goldstein,
    LocalDate date,
    Place place,
    Mode mode,
    String trigger,
    Span triggerSpan,
    String rule,
    String quote,
    List<String> contexts,
    List<String> rules) {
  /** An event whose only rule is {@code rule}. */
  public Event(
      String id,
      int sentence,
      Participant source,
      Participant target,
      String cameo,
      String plover,
      int quad,
      double goldstein,
      LocalDate date,
      Place place,
      Mode mode,
      String trigger,
      Span triggerSpan,
      String rule,
      String quote,
      List<String> contexts) {
    this(
        id,
        sentence,
        source,
        target,
        cameo,
        plover,
        quad,
        goldstein,
        date,
        place,
        mode,
        trigger,
        triggerSpan,
        rule,
        quote,
        contexts,
        List.of(rule));
  }

  public Event {
    if (quad == 0) {
      if (cameo.isBlank() || cameo.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException("a dictionary's event code must be one word: " + cameo);
      }
    } else if (!cameo.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("CAMEO code must be 2-4 digits: " + cameo);
    } else if (quad < 1 || quad > 4) {
      throw new IllegalArgumentException("quad class must be 1-4 (0 for no class): " + quad);
    }
    contexts = List.copyOf(contexts);
    rules = List.copyOf(rules);
  }

  public String root() {
    return cameo.substring(0, 2);
  }

  public Event withId(String newId) {
    return new Event(
        newId,
        sentence,
        source,
        target,
        cameo,
        plover,
        quad,
        goldstein,
        date,
        place,
        mode,
        trigger,
        triggerSpan,
        rule,
        quote,
        contexts,
        rules);
  }

  public Event withPlace(Place newPlace) {
    return new Event(
        id,
        sentence,
        source,
        target,
        cameo,
        plover,
        quad,
        goldstein,
        date,
        newPlace,
        mode,
        trigger,
        triggerSpan,
        rule,
        quote,
        contexts,
        rules);
  }

  public Event withQuote(String quoteId) {
    return new Event(
        id,
        sentence,
        source,
        target,
        cameo,
        plover,
        quad,
        goldstein,
        date,
        place,
        mode,
        trigger,
        triggerSpan,
        rule,
        quoteId,
        contexts,
        rules);
  }

  /**
   * This event with each side's text the article's words at its span: a rule may have named a side
   * by its actor's name ("European Union" where the text says "EU"), but {@code text} is what the
   * article says there.
   */
  public Event withSideTextsFrom(String articleText) {
    return new Event(
        id,
        sentence,
        source == null ? null : source.atSpanOf(articleText),
        target == null ? null : target.atSpanOf(articleText),
        cameo,
        plover,
        quad,
        goldstein,
        date,
        place,
        mode,
        trigger,
        triggerSpan,
        rule,
        quote,
        contexts,
        rules);
  }
}
