package org.dyad.coding;

import java.util.List;
import org.dyad.lexicon.DictionaryName;
import org.dyad.model.Actor;
import org.dyad.model.Sentence;

/**
 * Sieve {@code A.find.ethnic-group}: a people without a state as an actor ("the Kurds", "Kurdish
 * militias"), waiting to be coded by where it is once every sentence is read ({@link
 * EthnicGroupSieve}). Stateless.
 */
final class EthnicGroupMentionSieve implements FindingSieve {
  @Override
  public void find(SentenceDraft d) {
    addEthnicGroupMentions(d.text(), d.s(), d.hits(), d.agents(), d.out(), d.taken());
  }

  /**
   * A people without a state as an actor, coded once every sentence is read ({@link
   * EthnicGroupSieve}): named alone ("the Kurds"), or by its adjective before a role noun ("Kurdish
   * militias", "Kurdish officials") or an armed group's ground ("Kurdish positions"). A nationality
   * right before it is part of the phrase ("Syrian Kurds").
   */
  private static void addEthnicGroupMentions(
      String text,
      Sentence s,
      List<DictionaryHit> hits,
      List<DictionaryHit> agents,
      List<Mention> out,
      boolean[] taken) {
    for (DictionaryHit h : hits) {
      if (h.name().kind() != DictionaryName.Kind.ETHNIC_GROUP
          || Phrases.isTaken(taken, h.first(), h.last())) {
        continue;
      }
      int last = -1;
      for (DictionaryHit a : agents) {
        if (a.first() == h.last() + 1
            && s.token(a.last()).isNoun()
            && !Phrases.isModifier(s, a.last())
            && !Phrases.isTaken(taken, a.first(), a.last())) {
          last = a.last();
        }
      }
      int next = h.last() + 1;
      if (last < 0
          && next < s.tokens().size()
          && EthnicGroupSieve.ARMED_NOUNS.contains(s.token(next).lemma())
          && !Phrases.isModifier(s, next)) {
        last = next;
      }
      if (last < 0 && s.token(h.last()).isNoun() && !Phrases.isModifier(s, h.last())) {
        last = h.last(); // "the Kurds"
      }
      if (last < 0) {
        continue;
      }
      int first = h.first();
      DictionaryHit before = DictionaryHit.hitAt(hits, first - 1);
      if (before != null
          && before.name().kind() == DictionaryName.Kind.ADJECTIVE
          && !Phrases.isTaken(taken, before.first(), before.last())) {
        first = before.first();
      }
      out.add(
          new Mention(
                  s.index(),
                  first,
                  last,
                  s.spanOf(first, last),
                  s.spanOf(first, last).of(text),
                  Actor.Kind.ORGANIZATION,
                  null,
                  null,
                  ActorSieve.PEOPLE,
                  "people:" + h.name().ethnicGroup().id())
              .awaiting(Awaiting.WHERE_THEY_ARE));
      Phrases.mark(taken, first, last);
    }
  }
}
