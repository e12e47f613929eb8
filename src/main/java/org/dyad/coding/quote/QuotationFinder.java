package org.dyad.coding.quote;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.coding.ActorAnalysis;
import org.dyad.lexicon.QuoteSieveOrder;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Quote;
import org.dyad.model.QuoteSieve;
import org.dyad.model.Sentence;
import org.dyad.model.Span;

/**
 * Finds an article's quotations and says who said them, running the sieves of {@link QuoteSieves}
 * in order: each quoted passage is a partial or a direct quotation ({@link #isDirect}), and the
 * first passage sieve that names a speaker makes it; then every sentence sieve adds the reported
 * speech it finds outside quotation marks. A quoted phrase no sieve names a speaker for is dropped
 * when it cannot be anyone's words ({@link UnspokenPhrases}). Thread-safe: immutable.
 */
public final class QuotationFinder {
  private static final int MIN_DIRECT_WORDS = 8;

  /** The id of the one utterance rule the sieve order switches: {@link Utterances#sameSentence}. */
  static final String SAME_SENTENCE = "Q.utterance.same-sentence";

  private final QuoteSieves sieves;
  private final boolean sameSentence;
  private final UnspokenPhrases unspoken;

  /** The sieves {@code profile} has on in {@code order}, reading {@code words}. */
  public QuotationFinder(QuoteWords words, QuoteSieveOrder order, String profile) {
    this.sieves = QuoteSieves.of(words, order, profile);
    List<String> utterance = order.enabled("utterance", profile);
    for (String id : utterance) {
      if (!id.equals(SAME_SENTENCE)) {
        throw new IllegalArgumentException("lexicon/quote-sieves.tsv: no utterance rule " + id);
      }
    }
    this.sameSentence = utterance.contains(SAME_SENTENCE);
    this.unspoken =
        new UnspokenPhrases(
            words,
            order.enabled("unspoken", profile).stream().map(UnspokenPhrases.Rule::ofId).toList());
  }

  public List<Quote> attribute(AnnotatedArticle article, ActorAnalysis actors) {
    String text = article.text();
    List<Quote> quotes = new ArrayList<>();
    Quote previousDirect = null;
    int previousParagraph = -1;
    List<QuoteMarks.Passage> passages = QuoteMarks.find(text, article.paragraphs());
    List<Span> marked = passages.stream().map(QuoteMarks.Passage::content).toList();
    Map<Span, Span> joined = new HashMap<>(); // a part's span -> the span of the part before it
    for (QuoteMarks.Passage passage : passages) {
      PassageScope scope =
          new PassageScope(article, actors, passage, marked, previousDirect, previousParagraph);
      if (!isDirect(text, passage.content(), passage.closed())) {
        Quote q = first(sieves.partial(), scope, Quote.Kind.PARTIAL);
        if (q.sieve() != QuoteSieve.PARTIAL_MARKS || unspoken.match(article, passage) == null) {
          quotes.add(q);
        }
        continue;
      }
      Quote q = first(sieves.direct(), scope, Quote.Kind.DIRECT);
      if (Utterances.join(article, previousDirect, q, passage) != null) {
        joined.put(q.span(), previousDirect.span());
      }
      quotes.add(q);
      previousDirect = q;
      previousParagraph = article.paragraphOf(passage.content().begin());
    }
    ReportedChannels.add(article, quotes);
    quotes.addAll(reported(article, actors, quotes, joined));
    quotes.sort((a, b) -> a.span().compareTo(b.span()));
    return numbered(quotes, joined);
  }

  /**
   * The quotations numbered in order, each part that joins the one before it (a direct part by
   * {@link Utterances}, an indirect one by the sieve that split it) carrying the id of its
   * utterance's first part.
   */
  private static List<Quote> numbered(List<Quote> quotes, Map<Span, Span> joined) {
    List<Quote> out = new ArrayList<>();
    Map<Span, String> utteranceOf = new HashMap<>(); // a part's span -> its utterance
    for (Quote q : quotes) {
      Quote n = q.withId("q" + (out.size() + 1));
      if (q.kind() != Quote.Kind.PARTIAL) {
        String first = utteranceOf.get(joined.get(q.span()));
        if (first != null) {
          n = n.partOf(first);
        }
        utteranceOf.put(q.span(), n.utterance());
      }
      out.add(n);
    }
    return out;
  }

  /** The quotation the first sieve that names a speaker makes, else one known by its marks. */
  private static Quote first(List<PassageSieve> list, PassageScope scope, Quote.Kind kind) {
    for (PassageSieve sieve : list) {
      Quote q = sieve.attribute(scope);
      if (q != null) {
        return q;
      }
    }
    QuoteSieve none = kind == Quote.Kind.PARTIAL ? QuoteSieve.PARTIAL_MARKS : QuoteSieve.MARKS;
    Span content = scope.content();
    return new Quote(
        "",
        content.of(scope.text()),
        content,
        kind,
        null,
        null,
        null,
        List.of(),
        none.label(),
        none);
  }

  /** Reported speech outside quotation marks, sentence by sentence. */
  private List<Quote> reported(
      AnnotatedArticle article, ActorAnalysis actors, List<Quote> direct, Map<Span, Span> joined) {
    List<Quote> out = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      SentenceScope scope = new SentenceScope(article, actors, s, direct, new BitSet(), joined);
      List<Quote> found = new ArrayList<>();
      for (SentenceSieve sieve : sieves.sentence()) {
        found.addAll(sieve.find(scope));
      }
      if (sameSentence) {
        List<Quote> parts = new ArrayList<>(found);
        direct.stream().filter(q -> s.span().contains(q.span())).forEach(parts::add);
        Utterances.sameSentence(parts, joined);
      }
      out.addAll(found);
    }
    return out;
  }

  /**
   * A quotation is speech when it ends with punctuation inside its marks or is long; otherwise a
   * phrase.
   */
  static boolean isDirect(String text, Span content, boolean closed) {
    String s = content.of(text).strip();
    if (s.isEmpty()) {
      return false;
    }
    char last = s.charAt(s.length() - 1);
    boolean punctuated = ",.?!;:\u2026\u2014-".indexOf(last) >= 0 || !closed;
    int words = s.split("\\s+").length;
    // A long quoted fragment that starts in lower case without closing punctuation is woven into
    // the reporter's sentence ("would be "a Tory government not a Labour government""): partial.
    boolean startsSentence =
        Character.isUpperCase(s.codePointAt(0)) || !Character.isLetter(s.codePointAt(0));
    return punctuated && words >= 2 || words >= MIN_DIRECT_WORDS && startsSentence;
  }
}
