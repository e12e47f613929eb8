package org.dyad.coding;

import java.util.List;
import org.dyad.coding.quote.QuotationFinder;
import org.dyad.coding.quote.QuoteWords;
import org.dyad.lexicon.AttributionCues;
import org.dyad.lexicon.WordLists;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Quote;

/**
 * Finds quotations and reported speech and says who said them, to whom, and through which channel:
 * the pipeline's quotation stage. The work is done by the sieves of {@code org.dyad.coding.quote},
 * in the order and on/off set of {@code lexicon/quote-sieves.tsv} for the coding profile; each
 * quotation records the sieve that made it ({@link Quote#sieve()}). Uses only the tagger's and
 * parser's output; adds no annotator. Thread-safe: immutable.
 */
public final class QuoteAttributor {
  private final QuotationFinder finder;

  /**
   * Reads attributions by the cue words and sieve order of {@code cues}, the person pronouns of
   * {@code lists}, as the coding profile {@code profile} ({@code dyad}, {@code petrarch}) has them.
   */
  public QuoteAttributor(AttributionCues cues, WordLists lists, String profile) {
    this.finder =
        new QuotationFinder(
            QuoteWords.of(cues, lists, ActorResolver.HONORIFICS), cues.sieves(), profile);
  }

  public List<Quote> attribute(AnnotatedArticle article, ActorAnalysis actors) {
    return finder.attribute(article, actors);
  }
}
