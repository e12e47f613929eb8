package org.dyad.coding.quote;

import java.util.List;
import org.dyad.model.Quote;
import org.dyad.model.Sentence;
import org.dyad.model.Span;

/**
 * {@code Q.woven-quotation}: a reported clause runs on through a direct quotation woven into it,
 * "Sanders said that the comment by Dr. Paul Song “was inappropriate and insensitive.”": the
 * quotation is the same speaker's, by the clause's own cue or none, it opens after at least two of
 * the clause's own words (or "that" alone: "said that, “Of course …” against …") and not after a
 * colon, and it ends in the clause's sentence. The clause then reports all of it, as PolNeAR's
 * contents do, instead of stopping before the quotation ({@link QuoteText#clipBeforeDirect}), which
 * is kept for a quotation with an attribution of its own ("noted that Trump paid nothing ― Trump
 * boasted, “That makes me smart.”"). A quoted passage no sieve attributed that opens after the
 * clause's first word is the clause's own words too ({@link QuoteText#unattributedInside}: "As a TV
 * boss on “The Apprentice,” Trump …"). Stateless.
 */
final class WovenQuotations {
  private WovenQuotations() {}

  /**
   * The last token of the clause {@code first..last} of {@code s} that {@code speaker} reports by
   * the word {@code cue}: through the direct quotations woven into it when all that overlap it are,
   * else stopping before the first of them ({@link QuoteText#clipBeforeDirect}, -1 when the clause
   * opens with it).
   */
  static int lastToken(
      List<Quote> direct, Sentence s, int first, int last, Quote.Speaker speaker, String cue) {
    if (!allWoven(direct, s, first, last, speaker, cue)) {
      return QuoteText.clipBeforeDirect(direct, s, first, last);
    }
    int end = last;
    for (Quote q : overlapping(direct, s, first, last)) {
      for (int k = last + 1; k < s.tokens().size(); k++) {
        var t = s.token(k);
        if (t.span().end() <= q.span().end()
            || QuoteText.isMark(t) && t.span().begin() <= q.span().end() + 1) {
          end = Math.max(end, k); // the quoted words and their closing mark
        }
      }
    }
    return end;
  }

  /**
   * Whether at least one direct quotation overlaps tokens {@code first..last} of {@code s} and each
   * that does is woven into the clause {@code speaker} reports by the word {@code cue}.
   */
  static boolean allWoven(
      List<Quote> direct, Sentence s, int first, int last, Quote.Speaker speaker, String cue) {
    List<Quote> inside = overlapping(direct, s, first, last);
    if (inside.isEmpty() || speaker == null) {
      return false;
    }
    for (Quote q : inside) {
      if (!woven(q, s, first, speaker, cue)) {
        return false;
      }
    }
    return true;
  }

  private static boolean woven(Quote q, Sentence s, int first, Quote.Speaker speaker, String cue) {
    if (!Utterances.sameSpeaker(q.speaker(), speaker)
        || q.cue() != null && !q.cue().equals(cue) // "… ― Trump boasted, “…”": its own cue
        || q.span().end() > s.span().end()) {
      return false;
    }
    int own = 0;
    int before = -1; // the last token before the opening mark
    for (int k = first; k < s.tokens().size(); k++) {
      var t = s.token(k);
      if (t.span().end() > q.span().begin()) {
        break;
      }
      if (!QuoteText.isMark(t)) {
        before = k;
        own += QuoteText.isPunctuation(t) ? 0 : 1;
      }
    }
    if (before < 0 || s.token(before).word().equals(":")) {
      return false;
    }
    // "said via email that, “Of course …” against …": the complementizer alone makes the
    // quotation the clause's own words.
    return own >= 2 || own == 1 && s.token(firstWord(s, first)).lemma().equalsIgnoreCase("that");
  }

  /** The first token from {@code first} on that is no mark or punctuation. */
  private static int firstWord(Sentence s, int first) {
    int k = first;
    while (k < s.tokens().size() - 1
        && (QuoteText.isMark(s.token(k)) || QuoteText.isPunctuation(s.token(k)))) {
      k++;
    }
    return k;
  }

  private static List<Quote> overlapping(List<Quote> direct, Sentence s, int first, int last) {
    Span clause = s.spanOf(first, last);
    return direct.stream()
        .filter(q -> q.kind() == Quote.Kind.DIRECT && q.span().overlaps(clause))
        .toList();
  }
}
