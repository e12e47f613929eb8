package org.dyad.coding.quote;

import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Dependency;
import org.dyad.model.Quote;
import org.dyad.model.QuoteSieve;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;

/**
 * {@code Q.after-sentence}: the quotation ends its sentence and the next one, in the same
 * paragraph, only attributes it: its root is a speech or stance verb with nothing reported under it
 * ("“Does anybody know …?” Graham asked."). Immutable.
 */
final class AfterSentenceSieve implements PassageSieve {
  private final Speakers speakers;
  private final CueQuote cues;

  AfterSentenceSieve(Speakers speakers, CueQuote cues) {
    this.speakers = speakers;
    this.cues = cues;
  }

  @Override
  public QuoteSieve id() {
    return QuoteSieve.AFTER_SENTENCE;
  }

  @Override
  public Quote attribute(PassageScope scope) {
    AnnotatedArticle article = scope.article();
    Span content = scope.content();
    Sentence s = scope.closing();
    for (Token t : s.tokens()) {
      if (t.span().begin() > content.end() && !QuoteText.isPunctuation(t)) {
        return null; // the quotation's sentence goes on: Q.after has looked at it
      }
    }
    if (s.index() + 1 >= article.sentences().size()) {
      return null;
    }
    Sentence n = article.sentences().get(s.index() + 1);
    if (article.paragraphOf(n.span().begin()) != article.paragraphOf(content.end())
        || QuoteText.within(scope.marked(), n.token(0).span())) {
      return null;
    }
    for (Dependency d : n.dependencies()) {
      Token root = n.token(d.dependent());
      if (d.governor() < 0
          && (speakers.isCue(root)
              || root.isVerb() && speakers.words().stanceVerbs().contains(root.lemma()))
          && n.childrenOf(d.dependent(), "ccomp").isEmpty()
          && n.childrenOf(d.dependent(), "obj").isEmpty()) {
        return cues.attribute(scope, n, d.dependent(), id());
      }
    }
    return null;
  }
}
