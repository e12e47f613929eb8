package org.dyad.coding;

import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.Sentence;
import org.dyad.model.Span;

/**
 * Sieve {@code A.find.untagged-titled-name}: a name the tagger missed after an owned title ("IMF
 * envoy Abdel-Shakour Shaalan") is a person, coded later from the title like any other. Stateless.
 */
final class UntaggedTitledNameSieve implements FindingSieve {
  @Override
  public void find(SentenceDraft d) {
    addUntaggedTitledNames(d.text(), d.s(), d.hits(), d.agents(), d.out(), d.taken());
  }

  /**
   * "IMF envoy Abdel-Shakour Shaalan": a name the tagger missed after a title is a person, coded
   * later from the title like any other. The title is a state office or one of inherited sector
   * ("official", "spokesman") with its owner named before it; the name is the capitalised proper
   * nouns right after it that the parse makes the title's head, at least two words of them, none
   * known or tagged as anything else.
   */
  private static void addUntaggedTitledNames(
      String text,
      Sentence s,
      List<DictionaryHit> hits,
      List<DictionaryHit> agents,
      List<Mention> out,
      boolean[] taken) {
    for (DictionaryHit a : agents) {
      String sector = a.name().agent().sector();
      if (sector != null && !Phrases.STATE_SECTORS.contains(sector)) {
        continue; // "market leader Best Buy", "retailer Foo Bar": a company's name, not a person's
      }
      int first = a.last() + 1;
      int last = first - 1;
      int words = 0;
      while (last + 1 < s.tokens().size() && Phrases.isUntaggedNameWord(s.token(last + 1))) {
        last++;
        words += s.token(last).pos().equals("HYPH") ? 0 : 1;
      }
      if (words < 2
          || s.token(first).pos().equals("HYPH")
          || s.token(last).pos().equals("HYPH")
          || !Phrases.modifies(s, a.last(), last, last)
          || Phrases.isTaken(taken, first, last)
          || DictionaryHit.overlapsHit(hits, first, last)
          || !ownedTitle(s, hits, a)) {
        continue;
      }
      Span span = s.spanOf(first, last);
      out.add(
          new Mention(
              s.index(),
              first,
              last,
              span,
              span.of(text),
              Actor.Kind.PERSON,
              null,
              null,
              null,
              null));
      Phrases.mark(taken, first, last);
    }
  }

  /** Whether an organisation or country is named in the title words before role noun {@code a}. */
  private static boolean ownedTitle(Sentence s, List<DictionaryHit> hits, DictionaryHit a) {
    int start = Phrases.leftChainStart(s, a.first());
    for (DictionaryHit h : hits) {
      if (h.name().isActorName() && h.first() >= start && h.last() < a.first()) {
        return true;
      }
    }
    return false;
  }
}
