package org.dyad.coding.quote;

import org.dyad.model.Dependency;
import org.dyad.model.Quote;
import org.dyad.model.QuoteSieve;
import org.dyad.model.Sentence;

/** {@code Q.according-to}: "According to Limbaugh, “…”". Immutable. */
final class AccordingToSieve implements PassageSieve {
  private final Speakers speakers;

  AccordingToSieve(Speakers speakers) {
    this.speakers = speakers;
  }

  @Override
  public QuoteSieve id() {
    return QuoteSieve.ACCORDING_TO;
  }

  @Override
  public Quote attribute(PassageScope scope) {
    Sentence opening = scope.opening();
    for (Dependency d : opening.dependencies()) {
      if (isAccordingTo(d) && opening.token(d.dependent()).span().end() <= scope.passage().open()) {
        Quote.Speaker according =
            speakers.subjectAt(scope.article(), scope.actors(), opening, d.dependent());
        if (according != null) {
          return scope.quote(according, "according to", id());
        }
      }
    }
    return null;
  }

  static boolean isAccordingTo(Dependency d) {
    return d.relation().equals("obl:according_to") || d.relation().equals("nmod:according_to");
  }
}
