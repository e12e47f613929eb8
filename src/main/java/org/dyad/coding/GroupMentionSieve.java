package org.dyad.coding;

import java.util.List;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;

/**
 * Sieve {@code A.find.group}: several actors named at once, "the two communist powers", "the two
 * dictators", "both leaders", "the two Koreas"; merging gives them the states or people named last.
 * Stateless.
 */
final class GroupMentionSieve implements FindingSieve {
  @Override
  public void find(SentenceDraft d) {
    addGroupMentions(d.text(), d.s(), d.hits(), d.out(), d.taken());
  }

  private static final Set<String> STATE_GROUP_NOUNS = ActorWords.SHIPPED.of("state-group-noun");

  private static final Set<String> PERSON_GROUP_NOUNS = ActorWords.SHIPPED.of("person-group-noun");

  /**
   * "the two communist powers", "the two dictators", "the two Koreas": several actors named at
   * once.
   */
  private void addGroupMentions(
      String text, Sentence s, List<DictionaryHit> hits, List<Mention> out, boolean[] taken) {
    for (int i = 0; i + 1 < s.tokens().size(); i++) {
      Token t = s.token(i);
      boolean both = t.lemma().equals("both");
      if (!(t.lemma().equals("two") || both) || i == 0 && !both) {
        continue;
      }
      if (!both && !s.token(i - 1).lemma().equals("the")) {
        continue;
      }
      int j = i + 1;
      while (j < s.tokens().size() && s.token(j).isAdjective()) {
        j++;
      }
      if (j >= s.tokens().size()
          || !s.token(j).pos().endsWith("S")
          || Phrases.isTaken(taken, j, j)) {
        continue;
      }
      Token noun = s.token(j);
      int first = both ? i : i - 1;
      Span span = s.spanOf(first, j);
      if (STATE_GROUP_NOUNS.contains(noun.lemma())
          || PERSON_GROUP_NOUNS.contains(noun.lemma())
          || noun.pos().equals("NNPS")) {
        ActorSieve sieve =
            STATE_GROUP_NOUNS.contains(noun.lemma())
                ? ActorSieve.GROUP_OF_STATES
                : PERSON_GROUP_NOUNS.contains(noun.lemma())
                    ? ActorSieve.GROUP_OF_PEOPLE
                    : ActorSieve.GROUP;
        String rule =
            sieve == ActorSieve.GROUP_OF_STATES
                ? "group:states"
                : sieve == ActorSieve.GROUP_OF_PEOPLE ? "group:people" : "group:" + noun.word();
        out.add(
            new Mention(
                s.index(),
                first,
                j,
                span,
                span.of(text),
                Actor.Kind.GROUP,
                null,
                null,
                sieve,
                rule));
        Phrases.mark(taken, first, j);
      }
    }
  }
}
