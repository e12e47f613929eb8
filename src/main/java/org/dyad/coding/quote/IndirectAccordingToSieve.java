package org.dyad.coding.quote;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Dependency;
import org.dyad.model.Quote;
import org.dyad.model.QuoteSieve;
import org.dyad.model.Sentence;
import org.dyad.model.Span;

/**
 * {@code Q.indirect-according-to}: "The ceasefire collapsed, according to local officials": the
 * rest of the sentence is the source's. The phrase is read from the parse ({@code
 * obl:according_to}) or, where a long sentence's parse hung it elsewhere ("…, according to The
 * Washington Post" as a conjunct, "…, according to exit polls" as the root), from its words:
 * "according to" as the case of a noun after it, the phrase running to the next comma or the
 * sentence's end. With {@code Q.span.according-to-both-sides}, a phrase set in the middle of the
 * sentence reports both sides of it, as two parts of one utterance. Immutable.
 */
final class IndirectAccordingToSieve implements SentenceSieve {
  private final Speakers speakers;
  private final boolean bothSides;

  /**
   * The sieve over {@code speakers}; {@code bothSides} takes the words after a phrase set in the
   * middle of the sentence as well ({@code Q.span.according-to-both-sides}).
   */
  IndirectAccordingToSieve(Speakers speakers, boolean bothSides) {
    this.speakers = speakers;
    this.bothSides = bothSides;
  }

  @Override
  public QuoteSieve id() {
    return QuoteSieve.INDIRECT_ACCORDING_TO;
  }

  @Override
  public List<Quote> find(SentenceScope scope) {
    List<Quote> out = new ArrayList<>();
    Sentence s = scope.sentence();
    for (Dependency d : s.dependencies()) {
      if (AccordingToSieve.isAccordingTo(d)) {
        Quote q = sentenceAround(scope, speakers, d, "according to", id());
        if (q != null) {
          out.add(q);
          int[] phrase = s.subtreeRange(d.dependent());
          addAfter(scope, out, q, Math.min(phrase[0], caseStart(s, d.dependent())), phrase[1]);
        }
      }
    }
    for (int k = 0; k < s.tokens().size(); k++) {
      int head = unparsedHead(s, k);
      if (head >= 0) {
        Quote q = around(scope, speakers, k, phraseEnd(s, head), head, "according to", id());
        if (q != null) {
          out.add(q);
          addAfter(scope, out, q, k, phraseEnd(s, head));
        }
      }
    }
    return out;
  }

  /**
   * The head of the noun phrase that "according to" at token {@code k} introduces when the parse
   * gave that phrase no {@code according_to} relation, or -1.
   */
  static int unparsedHead(Sentence s, int k) {
    if (k + 1 >= s.tokens().size()
        || !s.token(k).word().equalsIgnoreCase("according")
        || !s.token(k + 1).word().equalsIgnoreCase("to")) {
      return -1;
    }
    for (Dependency d : s.parents(k)) {
      if (d.relation().equals("case") && d.governor() > k + 1) {
        int head = d.governor();
        boolean parsed = s.parents(head).stream().anyMatch(AccordingToSieve::isAccordingTo);
        return parsed ? -1 : head;
      }
    }
    return -1;
  }

  /**
   * {@code Q.span.according-to-both-sides}: "Since last November, according to Human Rights Watch,
   * security forces have killed more than 400 people": a phrase set off in the middle of the
   * sentence ({@code first..last}, after the words {@code before} reports) attributes the words
   * after it too, as the second part of one utterance with the same speaker. Not when they overlap
   * a direct quotation.
   */
  private void addAfter(SentenceScope scope, List<Quote> out, Quote before, int first, int last) {
    Sentence s = scope.sentence();
    if (!bothSides
        || first <= 0
        || last + 1 >= s.tokens().size()
        || !s.token(last + 1).word().equals(",")) {
      return; // at the sentence's start the words after it are all it reports already
    }
    int[] after = QuoteText.trimmed(s, last + 1, s.tokens().size() - 1);
    if (after[1] - after[0] < 1) {
      return;
    }
    Span content = s.spanOf(after[0], after[1]);
    List<Span> marked = scope.marked();
    if (QuoteText.overlapsDirectFromOutside(scope.direct(), content, null)
        || QuoteText.within(marked, content)) {
      return;
    }
    out.add(
        QuoteText.indirect(
            scope.text(), content, before.speaker(), "according to", List.of(), id()));
    scope.joined().put(content, before.span());
  }

  private static int caseStart(Sentence s, int head) {
    int start = head;
    for (int c : s.childrenOf(head, "case")) {
      start = Math.min(start, c);
    }
    return start;
  }

  /** The phrase's last token: before the next comma, semicolon, colon or end punctuation. */
  private static int phraseEnd(Sentence s, int head) {
    int last = head;
    for (int j = head + 1; j < s.tokens().size(); j++) {
      if (",;:.!?".contains(s.token(j).word())) {
        break;
      }
      last = j;
    }
    return last;
  }

  /**
   * The sentence around the phrase headed by {@code d}'s dependent, attributed to that phrase's
   * head, or null when nothing is left or it overlaps a direct quotation.
   */
  static Quote sentenceAround(
      SentenceScope scope, Speakers speakers, Dependency d, String cue, QuoteSieve sieve) {
    Sentence s = scope.sentence();
    int[] phrase = s.subtreeRange(d.dependent());
    int caseStart = phrase[0];
    for (int c : s.childrenOf(d.dependent(), "case")) {
      caseStart = Math.min(caseStart, c);
    }
    return around(scope, speakers, caseStart, phrase[1], d.dependent(), cue, sieve);
  }

  /**
   * The sentence around tokens {@code first..last}, a phrase headed at {@code head}, attributed to
   * that head, or null when nothing is left or it overlaps a direct quotation.
   */
  private static Quote around(
      SentenceScope scope,
      Speakers speakers,
      int first,
      int last,
      int head,
      String cue,
      QuoteSieve sieve) {
    Sentence s = scope.sentence();
    Span content = QuoteText.contentAround(s, first, last);
    if (content == null || QuoteText.overlapsDirectFromOutside(scope.direct(), content, null)) {
      return null;
    }
    Quote.Speaker speaker = speakers.subjectAt(scope.article(), scope.actors(), s, head);
    return speaker == null
        ? null
        : QuoteText.indirect(scope.text(), content, speaker, cue, List.of(), sieve);
  }
}
