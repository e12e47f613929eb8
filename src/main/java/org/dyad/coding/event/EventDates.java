package org.dyad.coding.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.coding.DateResolver;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Dependency;
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
    List<Integer> nodes = new ArrayList<>(EventPlaces.nominalNeighbourhood(s, trigger));
    // "Officials tomorrow open talks": an event noun's day may be written on the verb it is the
    // object or subject of.
    if (s.token(trigger).isNoun()) {
      for (Dependency d : s.parents(trigger)) {
        String r = d.baseRelation();
        if (d.governor() >= 0
            && s.token(d.governor()).isVerb()
            && (r.equals("obj") || r.equals("nsubj") || r.equals("nsubj:pass"))) {
          nodes.addAll(s.childrenOf(d.governor(), "obl:tmod"));
          nodes.addAll(s.childrenOf(d.governor(), "obl:npmod"));
          nodes.addAll(EventPlaces.nominalNeighbourhood(s, d.governor()));
        }
      }
    }
    for (int node : nodes) {
      Optional<LocalDate> d = DateResolver.resolve(s, node, articleDate, mode == Mode.FUTURE);
      if (d.isPresent()) {
        return d.get();
      }
    }
    return articleDate;
  }
}
