package org.dyad.model;

/**
 * One side of an event: the actor and the words that named it in this event's sentence.
 *
 * @param actor article-local actor id, or null for an uncoded participant
 * @param code CAMEO actor code as it applies here (a capital city in subject position codes GOV)
 * @param text the words in the sentence
 * @param span where they are
 */
public record Participant(String actor, ActorCode code, String text, Span span) {
  /** The same side with {@code text} the article's words at its span (unchanged without a span). */
  public Participant atSpanOf(String articleText) {
    if (span == null || span.end() > articleText.length()) {
      return this;
    }
    String words = span.of(articleText);
    return words.equals(text) ? this : new Participant(actor, code, words, span);
  }
}
