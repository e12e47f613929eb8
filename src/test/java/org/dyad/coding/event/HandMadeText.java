package org.dyad.coding.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dyad.TestEngine;
import org.dyad.lexicon.CodingProfile;
import org.dyad.lexicon.Lexicon;
import org.dyad.lexicon.LexiconLoader;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.pipeline.ArticleCoder;

/**
 * Codes a hand-made text as one article with the shipped lexicon and the Dyad profile, some event
 * rules switched off: the event tests' common fixture. The lexicon is loaded once for all of them.
 */
final class HandMadeText {
  static final Lexicon LEXICON = LexiconLoader.fromClasspath().load();

  private HandMadeText() {}

  /**
   * The events of {@code text} as an article of {@code date} by a publisher in {@code homeCountry}
   * (null: none), with the event rules {@code rulesOff} switched off.
   */
  static List<Event> events(LocalDate date, String homeCountry, String text, String... rulesOff) {
    CodingProfile profile = LEXICON.profile().without(Set.of(rulesOff));
    return new ArticleCoder(TestEngine.annotator(), LEXICON, profile)
        .code(new Article("t", date, "", text, null, null, "test", homeCountry))
        .events();
  }

  /** "GBRPTY 111 GBRGOV": the source's code, the event's code and the target's ("-": none). */
  static String codes(Event e) {
    return e.source().code()
        + " "
        + e.cameo()
        + " "
        + (e.target() == null ? "-" : String.valueOf(e.target().code()));
  }

  /** The events of {@code text} at the trigger word {@code trigger}, as {@link #codes}. */
  static List<String> at(
      LocalDate date, String homeCountry, String trigger, String text, String... rulesOff) {
    return events(date, homeCountry, text, rulesOff).stream()
        .filter(e -> e.trigger().equals(trigger))
        .map(HandMadeText::codes)
        .toList();
  }

  /**
   * The events of one sentence, negated ones left out, sorted, as "LBNREB 13 ISR": the source's
   * code, the event's root ({@code rootOnly}) or code, and the target's country ("-": none).
   */
  static List<String> sidesByCountry(LocalDate date, String sentence, boolean rootOnly) {
    return events(date, null, sentence).stream()
        .filter(e -> e.mode() != org.dyad.model.Mode.NEGATED)
        .map(
            e ->
                e.source().code().code()
                    + " "
                    + (rootOnly ? e.root() : e.cameo())
                    + " "
                    + (e.target() == null || e.target().code() == null
                        ? "-"
                        : e.target().code().country()))
        .sorted()
        .toList();
  }
}
