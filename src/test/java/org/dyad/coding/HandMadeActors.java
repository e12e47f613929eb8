package org.dyad.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.TestEngine;
import org.dyad.lexicon.Lexicon;
import org.dyad.lexicon.LexiconLoader;
import org.dyad.lexicon.NameIndex;
import org.dyad.lexicon.SieveOrder;
import org.dyad.model.Actor;
import org.dyad.model.Article;

/**
 * The actors of a hand-built text as a British paper publishes it (home country GBR), coded with
 * the shipped sieves or with some of them switched off: what the actor sieve tests read.
 */
final class HandMadeActors {
  private static final Lexicon LEXICON = LexiconLoader.fromClasspath().load();
  private static final NameIndex NAMES = new NameIndex(LEXICON);

  private HandMadeActors() {}

  /** The shipped sieve order with {@code ids} in the PETRARCH profile only: off for Dyad. */
  static SieveOrder without(String... ids) {
    Set<String> off = Set.of(ids);
    List<SieveOrder.Row> rows = new ArrayList<>();
    for (SieveOrder.Row r : ActorSieves.SHIPPED.sieves()) {
      rows.add(
          off.contains(r.id()) ? new SieveOrder.Row(r.id(), r.stage(), Set.of("petrarch")) : r);
    }
    return new SieveOrder(rows);
  }

  /** The actors of {@code text}, published on {@code date}, coded with {@code order}. */
  static List<Actor> actors(String text, LocalDate date, SieveOrder order) {
    var article =
        TestEngine.annotator()
            .annotate(new Article("t", date, "", text, null, null, "test", "GBR"));
    return new ActorResolver(LEXICON, NAMES, f -> null, order).resolve(article).actors();
  }

  /** The code of the actor named {@code name}, "none" when it has none, null when no actor is. */
  static String codeOf(List<Actor> actors, String name) {
    return actors.stream()
        .filter(a -> a.name().equals(name))
        .map(a -> a.code() == null ? "none" : a.code().code())
        .findFirst()
        .orElse(null);
  }
}
