package org.dyad.coding.event;

import java.time.LocalDate;
import java.util.Optional;
import org.dyad.coding.DateResolver;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Mode;
import org.dyad.model.Sentence;

/**
 * The day an event happened: the first date written in the trigger's own phrases ("met … on March
 * 2"), read forward for an event still to come, else the article's date. Stateless, thread-safe.
 */
final class EventDates {
  private EventDates() {}

  static LocalDate eventDate(AnnotatedArticle article, Sentence s, int trigger, Mode mode) {
    LocalDate articleDate = article.article().date();
    for (int node : EventPlaces.nominalNeighbourhood(s, trigger)) {
      Optional<LocalDate> d = DateResolver.resolve(s, node, articleDate, mode == Mode.FUTURE);
      if (d.isPresent()) {
        return d.get();
      }
    }
    return articleDate;
  }
}
