package org.dyad.coding.quote;

import static org.dyad.coding.quote.QuoteText.within;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Dependency;
import org.dyad.model.Quote;
import org.dyad.model.QuoteSieve;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;

/**
 * {@code Q.indirect-passive-agent}: "Clinton has been endorsed by dozens of papers", "The issue was
 * first reported by The Washington Post": a cue verb in the passive with an agent; the agent is the
 * source and the passive subject what it attributes (PolNeAR spans the subject as the content). A
 * passive with a clause of its own ("Lavrov was quoted by Interfax as saying …") reports the
 * clause, and is left to the other sieves. Takes the cue. Immutable.
 */
final class PassiveAgentSieve implements SentenceSieve {
  private final Speakers speakers;

  PassiveAgentSieve(Speakers speakers) {
    this.speakers = speakers;
  }

  @Override
  public QuoteSieve id() {
    return QuoteSieve.INDIRECT_PASSIVE_AGENT;
  }

  @Override
  public List<Quote> find(SentenceScope scope) {
    List<Quote> out = new ArrayList<>();
    Sentence s = scope.sentence();
    List<Span> marked = scope.marked();
    for (Token t : scope.openTokens()) {
      if (!isCue(t)) {
        continue;
      }
      int subject = child(s, t.index(), "nsubj:pass");
      int agent = agent(s, t.index());
      if (subject < 0
          || agent < 0
          || within(marked, s.token(agent).span())
          || hasClause(s, t.index())) {
        continue; // "Lavrov was quoted by Interfax as saying …": the clause is what is reported
      }
      int[] range = s.subtreeRange(subject);
      if (range[1] >= t.index()) {
        continue; // the subject runs past its verb: a parse to distrust
      }
      int[] ends = QuoteText.trimmed(s, range[0], range[1]);
      if (ends[0] > ends[1]) {
        continue;
      }
      Span content = s.spanOf(ends[0], ends[1]);
      if (QuoteText.overlapsDirectFromOutside(scope.direct(), content, null)) {
        continue;
      }
      Quote.Speaker speaker = speakers.subjectAt(scope.article(), scope.actors(), s, agent);
      if (speaker == null) {
        continue;
      }
      out.add(QuoteText.indirect(scope.text(), content, speaker, t.word(), List.of(), id()));
      scope.attributed().set(t.index());
    }
    return out;
  }

  private boolean isCue(Token t) {
    QuoteWords w = speakers.words();
    return t.isVerb()
        && (w.stanceVerbs().contains(t.lemma())
            || w.speech().contains(t.lemma())
            || w.indirect().contains(t.lemma()));
  }

  private static boolean hasClause(Sentence s, int verb) {
    for (Dependency d : s.children(verb)) {
      String r = d.relation();
      if (r.startsWith("advcl") || r.equals("xcomp") || r.equals("ccomp")) {
        return true;
      }
    }
    return false;
  }

  private static int child(Sentence s, int head, String relation) {
    List<Integer> c = s.childrenOf(head, relation);
    return c.isEmpty() ? -1 : c.get(0);
  }

  /** The agent of a passive verb: "endorsed by dozens of papers". */
  private static int agent(Sentence s, int verb) {
    for (Dependency d : s.children(verb)) {
      if (d.relation().equals("obl:agent") || d.relation().equals("obl:by")) {
        int a = d.dependent();
        if (a > verb && s.hasChild(a, "case") && hasBy(s, a)) {
          return a;
        }
      }
    }
    return -1;
  }

  private static boolean hasBy(Sentence s, int noun) {
    for (int c : s.childrenOf(noun, "case")) {
      if (s.token(c).lemma().equals("by")) {
        return true;
      }
    }
    return false;
  }
}
