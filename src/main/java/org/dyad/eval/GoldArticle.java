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
 * @param events every event a careful coder records where source and target are coded actors
 * @param line the line of the gold file it came from, for messages
 * @param homeCountry the publisher's own country to code it with (ISO alpha-3; "GBR" for BBC
 *     stories), or null
 */
public record GoldArticle(
    String corpus,
    String id,
    LocalDate date,
    List<GoldEvent> events,
    int line,
    String homeCountry) {
  public GoldArticle {
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    events = List.copyOf(events);
  }

  /** A gold article whose publisher's country is not given. */
  public GoldArticle(String corpus, String id, LocalDate date, List<GoldEvent> events, int line) {
    this(corpus, id, date, events, line, null);
  }
}
