package org.dyad.coding;

import java.util.List;
import java.util.Locale;
import org.dyad.model.Actor;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;

/**
 * Sieve {@code A.find.short-name-candidate}: a capitalised word alone after "the" ("the Community")
 * that nothing else claims is a candidate for an organisation's short name, which {@link
 * OrganizationShortNameSieve} keeps only where the article named the organisation before.
 * Stateless.
 */
final class ShortNameCandidateSieve implements FindingSieve {
  @Override
  public void find(SentenceDraft d) {
    addShortNameCandidates(d.text(), d.s(), d.hits(), d.out(), d.taken());
  }

  private static final String ORGANIZATION_ANAPHOR = "anaphor:organization";

  /**
   * Capitalised words alone after "the" that nothing else claims: candidates for an organisation's
   * short name, kept only where the article named the organisation before.
   */
  private static void addShortNameCandidates(
      String text, Sentence s, List<DictionaryHit> hits, List<Mention> out, boolean[] taken) {
    for (int i = 1; i < s.tokens().size(); i++) {
      boolean alone = i + 1 == s.tokens().size() || !s.token(i + 1).isProperNoun();
      Token t = s.token(i);
      // The tagger may read a capitalised short name as a common noun: "the Community" is NN.
      boolean nameWord =
          (t.pos().equals("NNP") || t.pos().equals("NN"))
              && t.ner().equals("O")
              && Character.isUpperCase(t.word().charAt(0))
              && !t.word().equals(t.word().toUpperCase(Locale.ROOT));
      if (s.token(i - 1).lemma().equals("the")
          && alone
          && nameWord
          && !Phrases.isTaken(taken, i, i)
          && !DictionaryHit.overlapsHit(hits, i, i)) {
        Span span = s.token(i).span();
        out.add(
            new Mention(
                s.index(),
                i,
                i,
                span,
                span.of(text),
                Actor.Kind.ORGANIZATION,
                null,
                null,
                ActorSieve.ORGANIZATION_ANAPHOR,
                ORGANIZATION_ANAPHOR));
        Phrases.mark(taken, i, i);
      }
    }
  }
}
