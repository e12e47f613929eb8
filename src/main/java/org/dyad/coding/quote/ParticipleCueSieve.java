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
 * {@code Q.indirect-participle}: "The Supreme Court blocked the plan, citing a threat to public
 * health"; "Citing an unfounded theory, Trump accused …": a speech or stance participle set off by
 * a comma from the main clause, with no subject of its own, is the main clause's subject's, and
 * reports the words after it to the end of the sentence (trailing) or of its phrase (leading). The
 * parse often hangs such a participle anywhere (on a gerund, a noun, a conjunct), so this sieve
 * reads the comma and the main clause rather than the participle's arc. Takes the cue. Immutable.
 */
final class ParticipleCueSieve implements SentenceSieve {
  private final Speakers speakers;

  ParticipleCueSieve(Speakers speakers) {
    this.speakers = speakers;
  }

  @Override
  public QuoteSieve id() {
    return QuoteSieve.INDIRECT_PARTICIPLE;
  }

  @Override
  public List<Quote> find(SentenceScope scope) {
    List<Quote> out = new ArrayList<>();
    Sentence s = scope.sentence();
    int root = root(s);
    if (root < 0) {
      return out;
    }
    List<Span> marked = scope.marked();
    QuoteWords words = speakers.words();
    int n = s.tokens().size();
    for (Token t : scope.openTokens()) {
      int cue = t.index();
      if (cue == root
          || !t.pos().equals("VBG")
          || !(words.indirect().contains(t.lemma())
              || words.stanceVerbs().contains(t.lemma())
              || words.phraseVerbs().contains(t.lemma()))
          || s.hasChild(cue, "nsubj")) {
        continue;
      }
      int first = cue + 1;
      int last;
      int subject;
      int comma = cue - 1;
      while (comma > 0 && QuoteText.isQuoteMark(s.token(comma).word())) {
        comma--; // "a “strong leader,” comparing him …"
      }
      if (comma > 0 && s.token(comma).word().equals(",")) {
        // trailing: "…, citing a threat …": to the end of the sentence
        last = n - 1;
        subject = subjectOf(s, root, marked, 0, comma);
      } else if (cue == 0 || cue == 1 && s.token(0).pos().startsWith("RB")) {
        // leading: "Citing a theory, Trump accused …": to the comma that closes the phrase
        last = -1;
        for (int k = cue + 1; k < root; k++) {
          if (s.token(k).word().equals(",") && !within(marked, s.token(k).span())) {
            last = k - 1;
            break;
          }
        }
        subject = last < 0 ? -1 : subjectOf(s, root, marked, last + 1, n - 1);
      } else {
        continue;
      }
      if (subject < 0) {
        continue;
      }
      while (first <= last
          && (s.token(first).lemma().equals("that") && s.token(first).pos().equals("IN")
              || QuoteText.isPunctuation(s.token(first)))) {
        first++; // "adding that …": the complementizer belongs to the cue
      }
      int[] range = QuoteText.trimmed(s, first, last);
      if (range[1] - range[0] < 1) {
        continue;
      }
      Span content = s.spanOf(range[0], range[1]);
      if (QuoteText.overlapsDirectFromOutside(scope.direct(), content, null)
          || within(marked, content)) {
        continue;
      }
      Quote.Speaker speaker = speakers.subjectAt(scope.article(), scope.actors(), s, subject);
      if (speaker == null) {
        continue;
      }
      out.add(QuoteText.indirect(scope.text(), content, speaker, t.word(), List.of(), id()));
      scope.attributed().set(cue);
    }
    return out;
  }

  /** The sentence's root, or -1. */
  private static int root(Sentence s) {
    for (Token t : s.tokens()) {
      for (Dependency d : s.parents(t.index())) {
        if (d.governor() < 0) {
          return t.index();
        }
      }
    }
    return -1;
  }

  /**
   * The active subject of the main clause at {@code root} between tokens {@code from} and {@code
   * to}, outside quotation marks, or -1.
   */
  private static int subjectOf(Sentence s, int root, List<Span> marked, int from, int to) {
    for (Dependency d : s.children(root)) {
      int subj = d.dependent();
      if (d.relation().equals("nsubj")
          && subj >= from
          && subj <= to
          && !within(marked, s.token(subj).span())) {
        return subj;
      }
    }
    return -1;
  }
}
