package org.dyad.coding.quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Quote;
import org.dyad.model.QuoteSieve;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;

/**
 * Which direct quotations are parts of one utterance: a writer splits what someone said around the
 * attribution ("“A,” she said. “B.”", "“A,” she said, “B.”") and a reader takes A and B as one
 * statement. A part joins the direct quotation right before it when both have the same speaker and
 * one of the rules below holds; a part with an attribution of its own ("“B,” she added") or in
 * another paragraph with nothing carrying the quotation over never joins. Stateless.
 */
final class Utterances {
  private Utterances() {}

  /** Why a part joins the quotation before it. */
  enum Join {
    /**
     * {@code U.continues}: {@code Q.continues} gave the part its speaker, in the same paragraph,
     * and nothing but the first part's attribution stands between them ("“A,” she said. “B.”").
     */
    CONTINUES("U.continues"),
    /**
     * {@code U.open-quotation}: the part continues a quotation left open at the end of the previous
     * paragraph (the newspaper convention for a quotation over several paragraphs).
     */
    OPEN_QUOTATION("U.open-quotation"),
    /**
     * {@code U.shared-cue}: one cue between the parts attributes both, the first by {@code Q.after}
     * or {@code Q.after-sentence}, the second by {@code Q.before} or {@code Q.lead-in} ("“A,” she
     * wrote, “and B.”").
     */
    SHARED_CUE("U.shared-cue"),
    /**
     * {@code Q.utterance.same-sentence}: reported speech and quotations of one speaker in one
     * sentence that do not overlap are one statement ("Clinton says she hopes to be elected, but
     * she knows that “LeBron will always be the king.”"); a part inside another part (a cue nested
     * in what the speaker said) stays apart, so the parts never count a word twice.
     */
    SAME_SENTENCE("Q.utterance.same-sentence");

    private final String id;

    Join(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }

  /**
   * Why {@code part}, quoted in {@code passage}, joins {@code previous}, the direct quotation right
   * before it, or null when it starts an utterance of its own.
   */
  static Join join(
      AnnotatedArticle article, Quote previous, Quote part, QuoteMarks.Passage passage) {
    if (previous == null || !sameSpeaker(previous.speaker(), part.speaker())) {
      return null;
    }
    int paragraph = article.paragraphOf(passage.open());
    int before = article.paragraphOf(previous.span().begin());
    if (part.sieve() == QuoteSieve.CONTINUES && passage.continues() && paragraph == before + 1) {
      return Join.OPEN_QUOTATION;
    }
    if (paragraph != before) {
      return null;
    }
    Set<Integer> gap = gapSentences(article, previous.span().end(), passage.open());
    if (gap.size() > 1) {
      return null; // a sentence of the writer's own stands between the parts
    }
    if (part.sieve() == QuoteSieve.CONTINUES) {
      return gap.isEmpty() || holdsCue(article, gap, previous, passage) > 0 ? Join.CONTINUES : null;
    }
    boolean cueAfterFirst =
        previous.sieve() == QuoteSieve.AFTER || previous.sieve() == QuoteSieve.AFTER_SENTENCE;
    boolean cueBeforeSecond =
        part.sieve() == QuoteSieve.BEFORE || part.sieve() == QuoteSieve.LEAD_IN;
    if (cueAfterFirst
        && cueBeforeSecond
        && previous.cue() != null
        && previous.cue().equals(part.cue())
        && holdsCue(article, gap, previous, passage) == 1) {
      return Join.SHARED_CUE;
    }
    return null;
  }

  /**
   * {@code Q.utterance.same-sentence}: records in {@code joined} that each of {@code parts}, the
   * quotations of one sentence other than quoted phrases, that overlaps none of the others of its
   * speaker joins the one of that speaker before it. A part already joined to another stays as it
   * is.
   */
  static void sameSentence(List<Quote> parts, Map<Span, Span> joined) {
    List<Quote> sorted = new ArrayList<>(parts);
    sorted.removeIf(q -> q.kind() == Quote.Kind.PARTIAL || q.speaker() == null);
    sorted.sort((a, b) -> a.span().compareTo(b.span()));
    for (int i = 0; i < sorted.size(); i++) {
      Quote q = sorted.get(i);
      if (joined.containsKey(q.span()) || overlapsAnother(sorted, q)) {
        continue;
      }
      for (int j = i - 1; j >= 0; j--) {
        Quote before = sorted.get(j);
        if (sameSpeaker(before.speaker(), q.speaker()) && !overlapsAnother(sorted, before)) {
          joined.put(q.span(), before.span());
          break;
        }
      }
    }
  }

  /** Whether {@code q} overlaps another of {@code parts} of the same speaker. */
  private static boolean overlapsAnother(List<Quote> parts, Quote q) {
    for (Quote o : parts) {
      if (o != q && sameSpeaker(o.speaker(), q.speaker()) && o.span().overlaps(q.span())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether two speakers are the same: the same actor, or, for speakers no actor stands for, the
   * same words. Two unknown speakers are not the same.
   */
  static boolean sameSpeaker(Quote.Speaker a, Quote.Speaker b) {
    if (a == null || b == null) {
      return false;
    }
    if (a.actor() != null || b.actor() != null) {
      return a.actor() != null && a.actor().equals(b.actor());
    }
    return a.name() != null
        && b.name() != null
        && a.name().toLowerCase(Locale.ROOT).equals(b.name().toLowerCase(Locale.ROOT));
  }

  /**
   * The sentences of the words between offsets {@code from} and {@code to}, quotation marks and
   * punctuation left out.
   */
  private static Set<Integer> gapSentences(AnnotatedArticle article, int from, int to) {
    Set<Integer> out = new HashSet<>();
    for (Sentence s : article.sentences()) {
      if (s.span().end() <= from || s.span().begin() >= to) {
        continue;
      }
      for (Token t : s.tokens()) {
        if (t.span().begin() >= from
            && t.span().end() <= to
            && !QuoteText.isPunctuation(t)
            && !QuoteText.isMark(t)) {
          out.add(s.index());
        }
      }
    }
    return out;
  }

  /** How many words between the parts are the first part's cue ("said"). */
  private static int holdsCue(
      AnnotatedArticle article, Set<Integer> gap, Quote previous, QuoteMarks.Passage passage) {
    if (previous.cue() == null) {
      return 0;
    }
    int n = 0;
    for (int index : gap) {
      for (Token t : article.sentences().get(index).tokens()) {
        if (t.span().begin() >= previous.span().end()
            && t.span().end() <= passage.open()
            && t.word().equals(previous.cue())) {
          n++;
        }
      }
    }
    return n;
  }
}
