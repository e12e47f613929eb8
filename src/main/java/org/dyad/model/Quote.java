package org.dyad.model;

import java.util.List;

/**
 * One quotation or reported statement.
 *
 * @param id article-local id, {@code q1}, ...
 * @param text the quoted words (for indirect speech, the reported clause)
 * @param span where they are, without the quotation marks
 * @param kind direct, partial (a scare-quoted phrase) or indirect
 * @param speaker who said it, or null when nobody is named
 * @param cue the verb or phrase that attributes it ("said", "told", "according to"), or null
 * @param audience whom it was said to ("reporters", "CNN"), or null
 * @param via the channels it reached the article through (news agencies, broadcasters)
 * @param rule the output label of the attribution ({@code after}, {@code continues:after}); the
 *     contract's {@code rule} field, never read back to decide anything
 * @param sieve which attribution sieve found the speaker, or {@link QuoteSieve#MARKS} and {@link
 *     QuoteSieve#PARTIAL_MARKS} when none did
 * @param utterance the id of the first part of the utterance this quotation belongs to: direct
 *     quotations one attribution joins ("“A,” she said. “B.”") are parts of one utterance, which
 *     takes the first part's id, and so are the two sides of reported speech its cue cuts ("The
 *     museum, he said, would …"); any other quotation is an utterance of its own and carries its
 *     own id. Set when the quotations are numbered; equal to {@code id} until then.
 */
public record Quote(
    String id,
    String text,
    Span span,
    Kind kind,
    Speaker speaker,
    String cue,
    String audience,
    List<Channel> via,
    String rule,
    QuoteSieve sieve,
    String utterance) {
  public enum Kind {
    DIRECT,
    PARTIAL,
    INDIRECT;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The speaker: an actor of the article, or an anonymous description ("a source"). */
  public record Speaker(String actor, String name, ActorCode code, Span span) {}

  /** A channel a quotation came through: {@code {name: "Xinhua", code: "CHNMED"}}. */
  public record Channel(String name, ActorCode code) {}

  public Quote {
    via = List.copyOf(via);
    java.util.Objects.requireNonNull(sieve, "sieve");
    java.util.Objects.requireNonNull(utterance, "utterance");
  }

  /** A quotation that is an utterance of its own. */
  public Quote(
      String id,
      String text,
      Span span,
      Kind kind,
      Speaker speaker,
      String cue,
      String audience,
      List<Channel> via,
      String rule,
      QuoteSieve sieve) {
    this(id, text, span, kind, speaker, cue, audience, via, rule, sieve, id);
  }

  /** This quotation numbered {@code newId}, an utterance of its own. */
  public Quote withId(String newId) {
    return new Quote(newId, text, span, kind, speaker, cue, audience, via, rule, sieve, newId);
  }

  /** This quotation as a later part of the utterance whose first part is {@code first}. */
  public Quote partOf(String first) {
    return new Quote(id, text, span, kind, speaker, cue, audience, via, rule, sieve, first);
  }

  /** Whether this quotation is its utterance's first (or only) part. */
  public boolean opensUtterance() {
    return utterance.equals(id);
  }
}
