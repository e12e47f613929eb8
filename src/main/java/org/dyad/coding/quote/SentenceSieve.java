package org.dyad.coding.quote;

import java.util.List;
import org.dyad.model.Quote;
import org.dyad.model.QuoteSieve;

/**
 * One way of finding reported speech outside quotation marks in a sentence. Every sieve of {@code
 * lexicon/quote-sieves.tsv}'s indirect stage runs, in its order, on each sentence; one may leave a
 * cue it took in {@link SentenceScope#attributed()} for the later ones to skip. Implementations are
 * immutable.
 */
interface SentenceSieve {
  /** The sieve's id, recorded on the quotations it makes. */
  QuoteSieve id();

  /** The indirect quotations this sieve finds in the scope's sentence. */
  List<Quote> find(SentenceScope scope);
}
