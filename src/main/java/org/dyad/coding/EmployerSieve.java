package org.dyad.coding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.lexicon.NameIndex;
import org.dyad.model.Actor;
import org.dyad.model.ActorCode;
import org.dyad.model.Sentence;

/**
 * Sieve {@code employer}: a person nothing else codes takes the code of the organisation they speak
 * for ("John Smith, a spokesman for the Heritage Foundation").
 */
final class EmployerSieve {
  private EmployerSieve() {}

  /** Sieve {@code A.recode.employer}. */
  static final ArticleSieve SIEVE = d -> apply(d.coded, d.sentences);

  /**
   * Role nouns of a head of state: a person coded president of the article's country by one of
   * these may preside over an organisation named around them instead.
   */
  private static final Set<String> PRESIDING =
      Set.of("A.president", "A.president-elect", "A.presidential-office", "A.presidential-palace");

  /**
   * "John Smith, a spokesman for the Heritage Foundation", "Pfizer spokesman John Smith": a person
   * nothing else codes speaks for the coded organisation in their title or apposition, or named
   * right after them with "of", "at" or "from", and takes its code. Runs once every mention is
   * coded, since the organisation may be named after the person.
   */
  static void apply(List<List<Mention>> coded, List<Sentence> sentences) {
    // An organisation is coded where the rules first name it: "Pfizer … the company … a
    // spokeswoman for Pfizer".
    Map<String, ActorCode> organizations = new HashMap<>();
    for (List<Mention> ms : coded) {
      for (Mention o : ms) {
        if (o.kind() == Actor.Kind.ORGANIZATION
            && o.dictionary() == null
            && o.code() != null
            && !o.byRoleNoun()) {
          organizations.putIfAbsent(NameIndex.normalize(o.text()), o.code());
        }
      }
    }
    for (List<Mention> ms : coded) {
      for (int i = 0; i < ms.size(); i++) {
        Mention m = ms.get(i);
        // "John Roe, president of the National Union of Teachers": a president of no state.
        boolean presides =
            m.sieve() == ActorSieve.ARTICLE_COUNTRY
                && m.role() != null
                && PRESIDING.contains(m.role());
        if (m.kind() != Actor.Kind.PERSON || m.code() != null && !presides) {
          continue;
        }
        Sentence s = sentences.get(m.sentence());
        int leftStart = Phrases.leftChainStart(s, m.first());
        int[] appos = Phrases.apposition(s, m.last());
        int after = m.last() + 1;
        boolean ofAfter =
            after + 1 < s.tokens().size()
                && ActorWords.SHIPPED.of("employer-preposition").contains(s.token(after).lemma());
        for (Mention o : ms) {
          boolean inTitle = o.first() >= leftStart && o.last() < m.first();
          boolean inAppos = appos != null && o.first() >= appos[0] && o.last() <= appos[1];
          boolean named =
              ofAfter
                  && (o.first() == after + 1
                      || o.first() == after + 2 && s.token(after + 1).pos().equals("DT"));
          ActorCode code = organizations.get(NameIndex.normalize(o.text()));
          if (o.kind() == Actor.Kind.ORGANIZATION
              && o.dictionary() == null
              && code != null
              && (inTitle || inAppos || named)) {
            ms.set(i, m.codedBy(ActorSieve.EMPLOYER, code, "context:employer " + o.text(), null));
            break;
          }
        }
      }
    }
  }
}
