package org.dyad.coding.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Quote;
import org.dyad.model.QuoteSieve;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;

/**
 * {@code Q.indirect-label}: "Poll: Wealthy Voters Abandon Republican Party", "TRUMP: The deaths of
 * …": a paragraph that opens with a short label without a verb and a colon attributes the rest of
 * its line to the label (headlines and transcripts). Past the headline only a name labels a line
 * ("PENCE: …"; "Success: …" is a heading). A line that opens quoted is left to the passage sieves;
 * one that quotes after two words of its own is the label's, quotation and all. Immutable.
 */
final class HeadlineLabelSieve implements SentenceSieve {
  private final Speakers speakers;

  HeadlineLabelSieve(Speakers speakers) {
    this.speakers = speakers;
  }

  @Override
  public QuoteSieve id() {
    return QuoteSieve.INDIRECT_LABEL;
  }

  @Override
  public List<Quote> find(SentenceScope scope) {
    List<Quote> out = new ArrayList<>();
    AnnotatedArticle article = scope.article();
    Sentence s = scope.sentence();
    for (Span p : article.paragraphs()) {
      if (article.sentenceOf(p.begin()) != s.index()
          || s.span().begin() < p.begin()
          || s.tokens().isEmpty()
          || !s.token(0).isCapitalized()) {
        continue;
      }
      Quote q = label(scope, p);
      if (q != null) {
        out.add(q);
      }
    }
    return out;
  }

  private Quote label(SentenceScope scope, Span p) {
    AnnotatedArticle article = scope.article();
    Sentence s = scope.sentence();
    String text = article.text();
    int colon = -1;
    for (int k = 1; k < Math.min(7, s.tokens().size()); k++) {
      Token t = s.token(k);
      if (t.word().equals(":")) {
        colon = k;
        break;
      }
      if (t.isVerb() && !t.pos().equals("VBG") && !t.pos().equals("VBN") || QuoteText.isMark(t)) {
        break;
      }
    }
    if (colon < 0 || colon + 1 >= s.tokens().size()) {
      return null;
    }
    int head = -1;
    for (int k = 0; k < colon; k++) {
      if (s.token(k).isNoun() && head < 0) {
        head = k;
        while (head + 1 < colon && s.token(head + 1).isNoun()) {
          head++;
        }
      }
    }
    int begin = s.token(colon + 1).span().begin();
    int end = text.indexOf('\n', begin);
    end = end < 0 || end > p.end() ? p.end() : end;
    while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (head < 0 || end <= begin) {
      return null;
    }
    Span content = new Span(begin, end);
    boolean quoted = false;
    for (Quote q : scope.direct()) {
      // "Pat Caddell: Democrat Voters Worried …; It’s ‘in Their Heads.’": a quotation after the
      // line's own words is woven into the label's line; a line that opens quoted is the passage's
      quoted |=
          q.kind() == Quote.Kind.DIRECT
              && q.span().overlaps(content)
              && ownWords(text, begin, q.span().begin()) < 2;
    }
    Quote.Speaker speaker = quoted ? null : speakers.subjectAt(article, scope.actors(), s, head);
    boolean headline = p.begin() == article.paragraphs().get(0).begin();
    String word = s.token(head).word();
    boolean named =
        speaker != null && (speaker.actor() != null || word.equals(word.toUpperCase(Locale.ROOT)));
    return speaker != null && (headline || named)
        ? QuoteText.indirect(text, content, speaker, ":", List.of(), id())
        : null;
  }

  /** The words of {@code text} from {@code begin} to {@code end}, quotation marks not counted. */
  private static int ownWords(String text, int begin, int end) {
    if (end <= begin) {
      return 0;
    }
    int words = 0;
    for (String w : text.substring(begin, end).split("\\s+")) {
      if (w.codePoints().anyMatch(Character::isLetterOrDigit)) {
        words++;
      }
    }
    return words;
  }
}
