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
 * Small questions the sieves ask of tokens, spans and the direct quotations already found: is this
 * a quotation mark, is this span inside quoted words, where does a reported clause stop. Stateless.
 */
final class QuoteText {
  private QuoteText() {}

  static boolean isQuoteMark(String w) {
    return w.equals("``")
        || w.equals("''")
        || w.equals("\"")
        || w.equals("\u201c")
        || w.equals("\u201d")
        || w.equals("'")
        || w.equals("\u2018")
        || w.equals("\u2019");
  }

  static boolean isMark(Token t) {
    return isQuoteMark(t.word()) || t.word().equals("\u201d") || t.word().equals("''");
  }

  static boolean isPunctuation(Token t) {
    return !t.word().isEmpty() && !Character.isLetterOrDigit(t.word().codePointAt(0));
  }

  static boolean within(List<Span> marked, Span span) {
    for (Span m : marked) {
      if (m.contains(span)) {
        return true;
      }
    }
    return false;
  }

  /** The spans of the direct quotations among {@code quotes}. */
  static List<Span> marked(List<Quote> quotes) {
    List<Span> out = new ArrayList<>();
    for (Quote q : quotes) {
      if (q.kind() == Quote.Kind.DIRECT) {
        out.add(q.span());
      }
    }
    return out;
  }

  /** Whether an opening mark stands strictly between {@code from} and {@code to}. */
  static boolean insideAnotherQuote(String text, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\u201c' || c == '"' || c == '\u00ab') {
        return true;
      }
    }
    return false;
  }

  /** The root of the sentence, or a clause conjoined to it. */
  static boolean isMainClause(Sentence s, int head) {
    return isMainClause(s, head, 4);
  }

  /** Enhanced graphs can conjoin in circles: at most {@code depth} conjunctions up. */
  private static boolean isMainClause(Sentence s, int head, int depth) {
    for (Dependency d : s.parents(head)) {
      if (d.governor() < 0
          || d.relation().equals("parataxis")
          || depth > 0
              && d.relation().startsWith("conj")
              && isMainClause(s, d.governor(), depth - 1)) {
        return true;
      }
    }
    return false;
  }

  /** The token before the cue past adverbs and modals: "Trump also said", "she would say". */
  /**
   * Whether a speech verb at {@code cue} stands where its subject may follow it: first in its
   * sentence ("Said Ellis: “…”") or after a comma or a closing mark, adverbs aside ("“…,” said the
   * minister", "…, noted NBC's Dante Chinni"). A verb inside its clause takes an object there
   * ("tweets accusing Alicia Machado of …").
   */
  static boolean invertible(Sentence s, int cue) {
    int k = beforeAdverbs(s, cue);
    if (k < 0) {
      return true;
    }
    String w = s.token(k).word();
    return w.equals(",") || w.equals("''") || w.equals("\u201d") || w.equals("\"");
  }

  static int beforeAdverbs(Sentence s, int cue) {
    int k = cue - 1;
    while (k >= 0 && (s.token(k).pos().equals("RB") || s.token(k).pos().equals("MD"))) {
      k--;
    }
    return k;
  }

  /**
   * Whether the clause is (part of) a direct quote that the cue verb attributes from outside its
   * marks.
   */
  static boolean overlapsDirectFromOutside(List<Quote> direct, Span content, Span cue) {
    for (Quote q : direct) {
      if (q.kind() == Quote.Kind.PARTIAL || unattributedInside(q, content)) {
        continue;
      }
      if (q.span().overlaps(content) && (cue == null || !q.span().contains(cue))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a partial quotation of {@code speaker} has exactly the span {@code content}: a reported
   * clause that is all quoted words ("acknowledged that "it appears likely …"") is that quotation
   * already.
   */
  static boolean isPartial(List<Quote> quotes, Span content, Quote.Speaker speaker) {
    for (Quote q : quotes) {
      if (q.kind() == Quote.Kind.PARTIAL
          && q.span().equals(content)
          && java.util.Objects.equals(q.speaker(), speaker)) {
        return true;
      }
    }
    return false;
  }

  static Quote enclosingDirect(List<Quote> direct, Span span) {
    for (Quote q : direct) {
      if (q.kind() == Quote.Kind.DIRECT && q.span().contains(span)) {
        return q;
      }
    }
    return null;
  }

  /**
   * Whether {@code q} is a quoted passage that no sieve attributed and that opens after the start
   * of the reported clause {@code content}: words the clause quotes ("admires Putin as a “strong
   * leader,” …", "As a TV boss on “The Apprentice,” Trump …"), which it runs on through, not a
   * quotation with an attribution of its own.
   */
  static boolean unattributedInside(Quote q, Span content) {
    return q.kind() == Quote.Kind.DIRECT
        && q.speaker() == null
        && q.sieve() == QuoteSieve.MARKS
        && q.span().begin() > content.begin();
  }

  /**
   * The last token of a reported clause that stops before any direct quotation in it: "noted that
   * Trump paid nothing ― Trump boasted, “That makes me smart.”" reports up to "nothing", and the
   * quotation has its own attribution. -1 when the clause opens with the quotation.
   */
  static int clipBeforeDirect(List<Quote> direct, Sentence s, int first, int last) {
    Span content = s.spanOf(first, last);
    int cut = Integer.MAX_VALUE;
    for (Quote q : direct) {
      if (q.kind() == Quote.Kind.DIRECT
          && q.span().overlaps(content)
          && !unattributedInside(q, content)) {
        cut = Math.min(cut, q.span().begin());
      }
    }
    if (cut == Integer.MAX_VALUE) {
      return last;
    }
    int end = first - 1;
    for (int k = first; k <= last && s.token(k).span().end() < cut; k++) {
      end = k;
    }
    while (end >= first && (isPunctuation(s.token(end)) || s.token(end).pos().equals("CC"))) {
      end--;
    }
    // A clause whose own words before the quotation are a word or two is the quotation's lead-in.
    return end - first < 2 ? -1 : end;
  }

  /** Tokens {@code first..last} without quotation marks, punctuation and a dateline at the ends. */
  static int[] trimmed(Sentence s, int first, int last) {
    while (first <= last && (isPunctuation(s.token(first)) || s.token(first).pos().equals("CC"))) {
      first++;
    }
    for (int k = first; k <= Math.min(last, first + 3); k++) {
      if (s.token(k).word().equals("\u2015") || s.token(k).word().equals("--")) {
        first = k + 1; // "WASHINGTON ― …"
      }
    }
    while (last >= first && isPunctuation(s.token(last))) {
      last--;
    }
    return new int[] {first, last};
  }

  /** The sentence without the "according to …" phrase and its punctuation. */
  static Span contentAround(Sentence s, int phraseFirst, int phraseLast) {
    int first = 0;
    int last = s.tokens().size() - 1;
    while (last >= 0 && ".!?".contains(s.token(last).word())) {
      last--;
    }
    if (phraseFirst <= first) {
      first = phraseLast + 1;
      while (first <= last && s.token(first).word().equals(",")) {
        first++;
      }
    } else {
      last = phraseFirst - 1;
      while (last >= first && s.token(last).word().equals(",")) {
        last--;
      }
    }
    while (first <= last && s.token(first).pos().equals("CC")) {
      first++;
    }
    return first <= last ? s.spanOf(first, last) : null;
  }

  /** Determiner, adjectives and nouns up to the head noun: "a source", "regional analysts". */
  static Span nounPhrase(Sentence s, int head) {
    int first = head;
    while (first > 0) {
      Token p = s.token(first - 1);
      if (p.pos().equals("DT")
          || p.isAdjective()
          || p.isNoun()
          || p.pos().equals("CD")
          || p.pos().equals("PRP$")
          || p.pos().equals("POS")) {
        first--;
      } else {
        break;
      }
    }
    return s.spanOf(first, head);
  }

  /** A direct quotation of {@code content} attributed by {@code sieve}. */
  static Quote direct(
      String text,
      Span content,
      Quote.Speaker speaker,
      String cue,
      String audience,
      List<Quote.Channel> via,
      org.dyad.model.QuoteSieve sieve) {
    return new Quote(
        "",
        content.of(text),
        content,
        Quote.Kind.DIRECT,
        speaker,
        cue,
        audience,
        via,
        sieve.label(),
        sieve);
  }

  /**
   * An indirect quotation with no speaker of the words {@code first} to {@code last} of the scope's
   * sentence, trimmed, reported through {@code cue} (which it marks attributed); null when the
   * trimmed words are shorter than {@code minLength} tokens apart or overlap a direct quotation or
   * a marked span.
   */
  static Quote speakerless(
      SentenceScope scope,
      int first,
      int last,
      int minLength,
      org.dyad.model.Token cue,
      org.dyad.model.QuoteSieve sieve) {
    int[] span = trimmed(scope.sentence(), first, last);
    if (span[1] - span[0] < minLength) {
      return null;
    }
    Span content = scope.sentence().spanOf(span[0], span[1]);
    if (overlapsDirectFromOutside(scope.direct(), content, null)
        || within(scope.marked(), content)) {
      return null;
    }
    scope.attributed().set(cue.index());
    return indirect(scope.text(), content, null, cue.word(), List.of(), sieve);
  }

  /** An indirect quotation of {@code content}: the words between the spans are the clause. */
  static Quote indirect(
      String text,
      Span content,
      Quote.Speaker speaker,
      String cue,
      List<Quote.Channel> via,
      org.dyad.model.QuoteSieve sieve) {
    return new Quote(
        "",
        content.of(text),
        content,
        Quote.Kind.INDIRECT,
        speaker,
        cue,
        null,
        via,
        sieve.label(),
        sieve);
  }
}
