package org.dyad.coding;

import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;

/**
 * Sieve {@code A.find.composed-agent}, PETRARCH's noun-phrase coding: a role noun adds its code to
 * the actor of its phrase ("the Calenardhon government", "Gondor's police", "soldiers from
 * Gondor"). Runs after the role nouns, on the mentions they left. Stateless.
 */
final class ComposedAgentSieve implements FindingSieve {
  @Override
  public void find(SentenceDraft d) {
    composeAgents(d.text(), d.s(), d.agents(), d.out());
  }

  /**
   * PETRARCH's noun-phrase coding: a role noun adds its code to the actor of its phrase, named
   * before it ("the Calenardhon government", "Gondor's police"), right after it as a title ("Prime
   * Minister Romendacil"), or after "of", "in" or "from" ("soldiers from Gondor"). The actor's
   * mention grows to cover the role noun, so the phrase's head finds it; codes it already has are
   * not repeated (White House, USAGOV, + officials is USAGOV).
   */
  private static void composeAgents(
      String text, Sentence s, List<DictionaryHit> agents, List<Mention> out) {
    for (DictionaryHit a : agents) {
      String sector = a.name().agent().sector();
      if (sector == null || Phrases.mentionCovering(out, a.last()) != null) {
        continue;
      }
      Mention left = null;
      int k = a.first() - 1;
      // "Ithilen's awful and evil minister": a coordinated modifier stays in the phrase.
      while (k >= 0
          && Phrases.mentionCovering(out, k) == null
          && (isPhraseWord(s.token(k)) || s.token(k).pos().equals("CC"))) {
        k--;
      }
      if (k >= 0 && Phrases.mentionCovering(out, k) != null && k < a.first()) {
        Mention m = Phrases.mentionCovering(out, k);
        boolean sameWords = k == a.first() - 1 || isPhraseWord(s.token(a.first() - 1));
        left = sameWords && m.code() != null && m.kind() != Actor.Kind.GROUP ? m : null;
      }
      Mention right = Phrases.mentionCovering(out, a.last() + 1);
      if (right != null && (right.code() == null || right.kind() == Actor.Kind.GROUP)) {
        right = null;
      }
      Mention after = null;
      if (left == null && right == null && a.last() + 2 < s.tokens().size()) {
        String next = s.token(a.last() + 1).lemma();
        int j = a.last() + 2;
        while (j < s.tokens().size() && s.token(j).pos().equals("DT")) {
          j++;
        }
        Mention m = j < s.tokens().size() ? Phrases.mentionCovering(out, j) : null;
        if (ActorWords.SHIPPED.of("owner-after-preposition").contains(next)
            && m != null
            && m.code() != null) {
          after = m;
        }
      }
      Mention owner = left != null ? left : right != null ? right : after;
      if (owner == null) {
        continue;
      }
      Mention head = right != null ? right : owner;
      int first = left != null ? left.first() : a.first();
      int last = right != null ? right.last() : after != null ? after.last() : a.last();
      out.remove(left);
      out.remove(right);
      out.remove(after);
      Span span = s.spanOf(first, last);
      // A titled person stays that person; "Russian police" and "Russian students" are actors of
      // their own, not Russia.
      boolean person = right != null;
      out.add(
          new Mention(
              s.index(),
              first,
              last,
              span,
              span.of(text),
              person ? head.kind() : Actor.Kind.ORGANIZATION,
              person ? head.dictionary() : null,
              Phrases.withSector(owner.code(), sector),
              owner.sieve(),
              owner.explained() + " + agent " + a.name().agent().id(),
              List.of(),
              Awaiting.NOTHING,
              owner.role(),
              true));
    }
  }

  private static boolean isPhraseWord(Token t) {
    return t.isAdjective() || t.isNoun() || t.pos().equals("POS") || t.pos().equals("HYPH");
  }
}
