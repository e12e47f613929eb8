package org.dyad.model;

/**
 * The attribution sieve that made a quotation what it is: which rule found its speaker, or that
 * none did. Each has a stable id ({@code lexicon/quote-sieves.tsv} orders and switches them by it)
 * and the label the output's {@code rule} field has always carried; two sieves may share a label
 * ("before", "label") but never an id.
 */
public enum QuoteSieve {
  /** No sieve found a speaker: a direct quotation known by its marks alone. */
  MARKS("Q.marks", "marks"),
  /** A quoted phrase nobody is named for: a scare quote. */
  PARTIAL_MARKS("Q.partial-marks", "marks:partial"),
  PARTIAL_SUBJECT("Q.partial-subject", "partial:subject-of"),
  PARTIAL_CLAIM_OWNER("Q.partial-claim-owner", "partial:subject-of"),
  INSIDE_CLOSING_MARK("Q.inside-closing-mark", "inside-close"),
  AFTER("Q.after", "after"),
  LEAD_IN("Q.lead-in", "before"),
  AFTER_SENTENCE("Q.after-sentence", "after-sentence"),
  BEFORE("Q.before", "before"),
  COLON_LABEL("Q.colon-label", "label"),
  ACCORDING_TO("Q.according-to", "according-to"),
  DASH_SIGNATURE("Q.dash-signature", "dash"),
  TRANSCRIPT_LABEL("Q.transcript-label", "label"),
  COLON_BEFORE("Q.colon-before", "colon-before"),
  REPORTED_BEFORE("Q.reported-before", "reported-before"),
  TOPIC_BEFORE("Q.topic-before", "topic-before"),
  CONTINUES("Q.continues", "continues"),
  INDIRECT_CLAUSE("Q.indirect-clause", "indirect:ccomp"),
  INDIRECT_COMPLEMENT("Q.indirect-complement", "indirect:complement"),
  INDIRECT_OBJECT_CLAUSE("Q.indirect-object-clause", "indirect:object-clause"),
  INDIRECT_SUBJECT_CLAUSE("Q.indirect-subject-clause", "indirect:subject-clause"),
  INDIRECT_PARTICIPLE("Q.indirect-participle", "indirect:participle"),
  INDIRECT_PASSIVE_AGENT("Q.indirect-passive-agent", "indirect:passive-agent"),
  INDIRECT_NOUN("Q.indirect-noun", "indirect:noun"),
  INDIRECT_PARENTHETICAL("Q.indirect-parenthetical", "indirect:parenthetical"),
  INDIRECT_AFTER("Q.indirect-after", "indirect:after"),
  INDIRECT_ASIDE("Q.indirect-aside", "indirect:aside"),
  INDIRECT_ACCORDING_TO("Q.indirect-according-to", "indirect:according-to"),
  INDIRECT_IN_SURVEY("Q.indirect-in-survey", "indirect:in-survey"),
  INDIRECT_LABEL("Q.indirect-label", "indirect:label"),
  INDIRECT_PARATACTIC("Q.indirect-paratactic", "indirect:paratactic"),
  INDIRECT_RAISED_SUBJECT("Q.indirect-raised-subject", "indirect:raised-subject"),
  INDIRECT_ASKED("Q.indirect-asked", "indirect:asked"),
  INDIRECT_NOUN_UNOWNED("Q.indirect-noun-unowned", "indirect:noun-unowned"),
  INDIRECT_NOUN_OBJECT("Q.indirect-noun-object", "indirect:noun-object");

  private final String id;
  private final String label;

  QuoteSieve(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /** The stable id: {@code Q.after-sentence}. */
  public String id() {
    return id;
  }

  /** The output's {@code rule} label, before any cue or continued rule is added to it. */
  public String label() {
    return label;
  }

  /**
   * The sieve with {@code id}.
   *
   * @throws IllegalArgumentException when no sieve has it
   */
  public static QuoteSieve ofId(String id) {
    for (QuoteSieve s : values()) {
      if (s.id.equals(id)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown quotation sieve id " + id);
  }
}
