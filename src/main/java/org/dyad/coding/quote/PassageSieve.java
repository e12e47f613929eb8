package org.dyad.coding.quote;

import org.dyad.model.Quote;
import org.dyad.model.QuoteSieve;

/**
 * One way of finding the speaker of a quoted passage. Sieves are tried in the order of {@code
 * lexicon/quote-sieves.tsv}; the first that returns a quotation wins. Implementations are
 * immutable.
 */
interface PassageSieve {
  /** The sieve's id, recorded on the quotation it makes. */
  QuoteSieve id();

  /** The passage as a quotation whose speaker this sieve found, or null. */
  Quote attribute(PassageScope scope);
}
