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
 * {@code Q.indirect-noun-object}: "The campaign faced criticism over the emails", "criticism from
 * Democrats over the emails": a reporting noun of the {@code noun-object} cues ("criticism over")
 * that no possessor holds and no verb delivers (those are {@code Q.indirect-noun}'s) reports the
 * object of its preposition; its speaker is the one a "by" or "from" phrase on the noun names, or
 * nobody (PolNeAR leaves the source empty). Immutable.
 */
final class NounObjectSieve implements SentenceSieve {
  private final Speakers speakers;

  NounObjectSieve(Speakers speakers) {
    this.speakers = speakers;
  }

  @Override
  public QuoteSieve id() {
    return QuoteSieve.INDIRECT_NOUN_OBJECT;
  }

  @Override
  public List<Quote> find(SentenceScope scope) {
    List<Quote> out = new ArrayList<>();
    Sentence s = scope.sentence();
    for (Token t : scope.openTokens()) {
      if (!t.isNoun() || s.hasChild(t.index(), "nmod:poss") || deliveredByVerb(s, t.index())) {
        continue;
      }
      for (Dependency d : objectsOf(s, t.index())) {
        String r = d.relation();
        if (!r.startsWith("nmod:")
            || d.dependent() <= t.index()
            || r.equals("nmod:by")
            || r.equals("nmod:from")
            || !speakers
                .words()
                .nounObjects()
                .contains(t.lemma() + " " + r.substring("nmod:".length()))) {
          continue;
        }
        int[] range = s.subtreeRange(d.dependent());
        int first = range[0];
        while (first < range[1] && s.token(first).pos().equals("IN")) {
          first++;
        }
        Quote q = quote(scope, t, first, range[1]);
        if (q != null) {
          out.add(q);
          break;
        }
      }
    }
    return out;
  }

  private Quote quote(SentenceScope scope, Token cue, int first, int last) {
    Sentence s = scope.sentence();
    for (Dependency d : s.children(cue.index())) {
      if (d.relation().equals("nmod:by") || d.relation().equals("nmod:from")) {
        Quote.Speaker speaker =
            speakers.speakerAt(scope.article(), scope.actors(), s, d.dependent());
        if (speaker == null) {
          break;
        }
        int[] span = QuoteText.trimmed(s, first, last);
        if (span[1] - span[0] < 1) {
          return null;
        }
        Span content = s.spanOf(span[0], span[1]);
        if (QuoteText.overlapsDirectFromOutside(scope.direct(), content, null)
            || QuoteText.within(scope.marked(), content)) {
          return null;
        }
        scope.attributed().set(cue.index());
        return QuoteText.indirect(scope.text(), content, speaker, cue.word(), List.of(), id());
      }
    }
    return QuoteText.speakerless(scope, first, last, 1, cue, id());
  }

  /**
   * The noun's prepositional phrases, and those the parse hung on its "by" or "from" phrase:
   * "criticism from Democrats over the plan" ("over" on "Democrats").
   */
  private static List<Dependency> objectsOf(Sentence s, int noun) {
    List<Dependency> out = new ArrayList<>(s.children(noun));
    for (Dependency d : s.children(noun)) {
      if (d.relation().equals("nmod:by") || d.relation().equals("nmod:from")) {
        out.addAll(s.children(d.dependent()));
      }
    }
    return out;
  }

  /**
   * "Obama made the case for …": a noun that is the object of a verb whose subject does not receive
   * it is the subject's ({@code Q.noun-support-verb}); "faced criticism over …" is not.
   */
  private boolean deliveredByVerb(Sentence s, int noun) {
    for (Dependency d : s.parents(noun)) {
      if (d.governor() >= 0
          && (d.relation().equals("obj") || d.relation().equals("nsubj:pass"))
          && !speakers.words().receivingVerbs().contains(s.token(d.governor()).lemma())) {
        return true;
      }
    }
    return false;
  }
}
