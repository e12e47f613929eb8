package org.dyad.coding.event;

import java.util.List;
import org.dyad.lexicon.TriggerEntry;
import org.dyad.lexicon.VerbPattern;
import org.dyad.model.ActorCode;
import org.dyad.model.Place;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * "days of anti-French demonstrations in Abidjan", "Anti-government protests spread across Iran": a
 * protest noun (14) that names no one holding it, no possessor, "by" phrase, nationality or
 * delivering verb's subject, is held by the civilians of the country where it happens, as {@link
 * SourceRules.Crowd} reads a crowd that protests. Nothing when the sentence gives no place.
 * Stateless.
 */
final class ProtestWhereHeld implements SourceRules.Rule {
  @Override
  public String id() {
    return "R.source.protest-where-held";
  }

  @Override
  public List<Arg> find(CodingContext cx, Sentence s, int trigger, TriggerEntry entry) {
    if (entry.pos() != VerbPattern.Pos.N
        || entry.code() == null
        || !entry.code().startsWith("14")) {
      return List.of();
    }
    Place place = EventPlaces.place(cx.actors(), s, trigger);
    int clause = Syntax.governorBy(s, trigger, "nsubj");
    if (place == null && clause >= 0) {
      // "Anti-government protests spread across Iran": where the clause it leads happens.
      place = EventPlaces.place(cx.actors(), s, clause);
    }
    if (place == null || place.country() == null) {
      return List.of();
    }
    Token t = s.token(trigger);
    return List.of(new Arg(null, ActorCode.of(place.country(), "CVL"), t.word(), t.span()));
  }
}
