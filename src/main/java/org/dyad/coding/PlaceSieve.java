package org.dyad.coding;

import java.util.List;
import org.dyad.model.Place;
import org.dyad.model.Sentence;

/**
 * Sieve {@code A.find.place}: a name after "in", "at", "near" … is where something happened, not
 * who did it; so is a dictionary place that is reached or struck (a verb's object, after "on",
 * "into", "towards" …, or named by "the city of"). A dictionary place (and, with rule {@code
 * A.rule.place} on, one in the dateline) is taken as a place with the country it lies in; a
 * location only the tagger knows is recorded without one. Immutable.
 */
final class PlaceSieve implements FindingSieve {
  private final boolean places;

  PlaceSieve(boolean places) {
    this.places = places;
  }

  @Override
  public void find(SentenceDraft d) {
    String text = d.text();
    Sentence s = d.s();
    List<DictionaryHit> hits = d.hits();
    List<DictionaryHit> agents = d.agents();
    List<Mention> out = d.out();
    boolean[] taken = d.taken();
    int dateline = s.index() == 0 && places ? StorySetting.datelineEnd(s) : -1;
    for (DictionaryHit h : hits) {
      // "voters in Ohio", "DALLAS (AP) —": a place after "in" or in the dateline is where things
      // happen, with the country it lies in. Elsewhere a place is no actor; it may still own a role
      // noun ("Ohio voters") or title a name ("Ohio Gov. John Kasich").
      if (DictionaryHit.isPlace(h)
          && !Phrases.isTaken(taken, h.first(), h.last())
          && places
          && (Phrases.isLocative(s, h.first(), h.last())
              || isReached(s, h.first(), h.last())
              || h.first() == 0 && h.last() == dateline)) {
        d.places().add(new Place(h.span().of(text), h.name().place().country(), h.span()));
        Phrases.mark(taken, h.first(), h.last());
      }
    }
    for (int[] ner : d.nerSpans()) {
      if (s.token(ner[0]).ner().equals("LOCATION")
          && !Phrases.isTaken(taken, ner[0], ner[1])
          && Phrases.isLocative(s, ner[0], ner[1])) {
        d.places()
            .add(new Place(s.spanOf(ner[0], ner[1]).of(text), null, s.spanOf(ner[0], ner[1])));
      }
    }
  }

  /**
   * A dictionary place reached or struck rather than acting: a verb's object ("attacked Fallujah"),
   * after a {@code reached-place-preposition} ("an assault on Falluja"), or named by a {@code
   * place-noun} ("the city of Falluja").
   */
  private static boolean isReached(Sentence s, int first, int last) {
    int head = Phrases.headOf(s, first, last);
    for (int c : s.childrenOf(head, "case")) {
      if (ActorWords.SHIPPED.of("reached-place-preposition").contains(s.token(c).lemma())) {
        return true;
      }
    }
    return s.parents(head).stream()
        .anyMatch(
            d ->
                d.governor() >= 0
                    && (d.relation().equals("obj") && s.token(d.governor()).isVerb()
                        || d.relation().equals("nmod:of")
                            && ActorWords.SHIPPED
                                .of("place-noun")
                                .contains(s.token(d.governor()).lemma())));
  }
}
