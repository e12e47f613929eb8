package org.dyad.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One line of a gold events file: an article of a shared corpus and the events hand-coded for it.
 *
 * @param corpus path of the corpus file relative to the shared folder
 * @param id the article's id in that corpus
 * @param date the publication date to code it with
 * @param events every event a careful coder records within {@code scope}
 * @param line the line of the gold file it came from, for messages
 * @param homeCountry the publisher's own country to code it with (ISO alpha-3; "GBR" for BBC
 *     stories), or null
 * @param scope which events the article's coder recorded, and so which produced events are scored
 */
public record GoldArticle(
    String corpus,
    String id,
    LocalDate date,
    List<GoldEvent> events,
    int line,
    String homeCountry,
    Scope scope) {
  /** Which events a gold article lists. */
  public enum Scope {
    /**
     * Only events whose source and target are both coded actors: the first gold files. Produced
     * one-sided events are outside them and not scored.
     */
    DYADIC,
    /**
     * Every event, one-sided ones (target null) included, as GDELT and PLOVER record them: a
     * produced event counts when its source is coded, whatever its target.
     */
    ALL
  }

  public GoldArticle {
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(scope, "scope");
    events = List.copyOf(events);
    if (scope == Scope.DYADIC && events.stream().anyMatch(GoldEvent::oneSided)) {
      throw new IllegalArgumentException(
          "a one-sided event (\"target\": null) needs the article's \"scope\": \"all\"");
    }
  }

  /** A gold article whose publisher's country is not given. */
  public GoldArticle(String corpus, String id, LocalDate date, List<GoldEvent> events, int line) {
    this(corpus, id, date, events, line, null, Scope.DYADIC);
  }
}
