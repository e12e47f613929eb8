package org.dyad.coding.quote;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Dependency;
import org.dyad.model.Quote;
import org.dyad.model.QuoteSieve;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;

/**
 * {@code Q.indirect-paratactic}: an indirect cue verb and the clause that follows it, which a
 * quoted phrase inside the clause led the parser to join to the cue as a separate sentence
 * (parataxis) instead of as its complement: "Lynch said there remains a "significant difference in
 * …," when it comes to …" (the cue hung under "remains"), "Trump told the forum he was "totally
 * against the war in Iraq" because …" (the clause hung under the cue). The clause follows the cue
 * and its object with no comma between them, has a subject of its own, and runs to the end of its
 * phrase; quotations of the same speaker woven into it are part of it ({@link WovenQuotations}). A
 * cue set off by commas is {@code Q.indirect-parenthetical}'s. Takes the cue. Immutable.
 */
final class ParatacticClauseSieve implements SentenceSieve {
  private final Speakers speakers;

  ParatacticClauseSieve(Speakers speakers) {
    this.speakers = speakers;
  }

  @Override
  public QuoteSieve id() {
    return QuoteSieve.INDIRECT_PARATACTIC;
  }

  @Override
  public List<Quote> find(SentenceScope scope) {
    List<Quote> out = new ArrayList<>();
    Sentence s = scope.sentence();
    for (Token t : scope.openTokens()) {
      int cue = t.index();
      if (!t.isVerb()
          || !speakers.words().indirect().contains(t.lemma())
          || s.hasChild(cue, "ccomp")) {
        continue;
      }
      List<Integer> subjects = Speakers.subjects(s, cue);
      if (subjects.isEmpty() || subjects.get(0) > cue) {
        continue;
      }
      int[] range = clause(s, cue);
      if (range == null) {
        continue;
      }
      Quote.Speaker speaker =
          speakers.subjectAt(scope.article(), scope.actors(), s, subjects.get(0));
      if (speaker == null) {
        continue;
      }
      int[] ends = QuoteText.trimmed(s, range[0], range[1]);
      int first = ends[0];
      if (first <= ends[1] && s.token(first).word().equalsIgnoreCase("that")) {
        first++;
      }
      boolean woven =
          WovenQuotations.allWoven(scope.direct(), s, first, ends[1], speaker, t.word());
      int last = WovenQuotations.lastToken(scope.direct(), s, first, ends[1], speaker, t.word());
      if (last - first < 2) {
        continue;
      }
      Span content = s.spanOf(first, last);
      if (!woven && QuoteText.overlapsDirectFromOutside(scope.direct(), content, null)
          || QuoteText.within(scope.marked(), content)) {
        continue;
      }
      out.add(QuoteText.indirect(scope.text(), content, speaker, t.word(), List.of(), id()));
      scope.attributed().set(cue);
    }
    return out;
  }

  /**
   * The tokens of the clause the cue at {@code cue} reports through a parataxis edge, or null: the
   * first token after the cue and its objects, to the end of the clause's phrase.
   */
  private static int[] clause(Sentence s, int cue) {
    int next = cue + 1;
    for (int o : s.childrenOf(cue, "obj")) {
      if (o > cue) {
        next = Math.max(next, s.subtreeRange(o)[1] + 1);
      }
    }
    if (next >= s.tokens().size()
        || QuoteText.isPunctuation(s.token(next)) && !QuoteText.isMark(s.token(next))) {
      return null; // "…, Mr. Obama said, would …": set off by commas
    }
    for (int c : s.childrenOf(cue, "parataxis")) {
      int[] r = s.subtreeRange(c);
      if (c > cue && r[0] == next && hasSubject(s, c)) {
        return r; // "told the forum he was "totally against …""
      }
    }
    for (Dependency d : s.parents(cue)) {
      int g = d.governor();
      if (!d.relation().equals("parataxis") || g <= cue || !hasSubject(s, g)) {
        continue;
      }
      int[] aside = s.subtreeRange(cue);
      int[] whole = s.subtreeRange(g);
      if (aside[1] + 1 == next && whole[0] == aside[0] && whole[1] > next) {
        return new int[] {next, whole[1]}; // "Lynch said there remains a "…," when …"
      }
    }
    return null;
  }

  private static boolean hasSubject(Sentence s, int head) {
    return s.hasChild(head, "nsubj")
        || s.hasChild(head, "nsubj:pass")
        || s.hasChild(head, "expl")
        || s.hasChild(head, "csubj");
  }
}
