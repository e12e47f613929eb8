package org.dyad.petrarch;

import java.util.LinkedHashSet;
import java.util.Set;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.dyad.petrarch.ValidationSuite.CodedEvent;
import org.dyad.petrarch.ValidationSuite.ValidationRecord;
import org.dyad.pipeline.ArticleCoder;

/**
 * Codes the records of a PETRARCH validation file with Dyad and compares the events with the
 * expected ones: a record passes when the set of (source, target, code) is exactly the expected
 * set.
 *
 * <p>Each record is coded from its text as a one-sentence story dated with the record's date.
 * Discard phrases are checked first, as PETRARCH does; a record expecting a discard passes when it
 * is discarded at that level, one expecting another error (a dateline) when it codes nothing.
 * Skipped, and reported as such: records marked {@code sentence="false"} (their authors do not
 * expect them to pass), records whose category the file's {@code <Include>} leaves out, and records
 * that test the supplied parse ({@code bad_input_parse}), which Dyad does not read. Events with
 * PETRARCH's null code {@code ---} are dropped, as PETRARCH drops them. Thread-safe when the coder
 * is.
 */
public final class PetrarchValidator {
  private final ArticleCoder coder;
  private final Discards discards;

  /** How a record came out. */
  public enum Outcome {
    PASSED,
    FAILED,
    SKIPPED
  }

  /**
   * One record's result.
   *
   * @param produced the events Dyad coded (for a discarded record: none)
   * @param note why it was skipped, or what was discarded; "" otherwise
   */
  public record Result(
      ValidationRecord record, Outcome outcome, Set<CodedEvent> produced, String note) {
    public Result {
      produced = Set.copyOf(produced);
    }
  }

  public PetrarchValidator(ArticleCoder coder, Discards discards) {
    this.coder = coder;
    this.discards = discards;
  }

  public Result validate(ValidationRecord r, Set<String> include) {
    String skip = null;
    if (!r.markedValid()) {
      skip = "marked sentence=\"false\": not expected to pass";
    } else if (!include.isEmpty() && !include.contains(r.category())) {
      skip = "category " + r.category() + " is not in the file's <Include>";
    } else if ("bad_input_parse".equals(r.error())) {
      skip = "tests the supplied parse, which Dyad does not read";
    }
    Discards.Verdict verdict = discards.check(r.text());
    Set<CodedEvent> produced = new LinkedHashSet<>();
    String note = "";
    if (verdict == Discards.Verdict.KEEP) {
      CodedArticle coded =
          coder.code(new Article(r.id(), r.date(), "", r.text(), null, null, r.id()));
      for (Event e : coded.events()) {
        if (!e.cameo().equals("---")) {
          produced.add(
              new CodedEvent(
                  e.source().code() == null ? "---" : e.source().code().code(),
                  e.target() == null || e.target().code() == null
                      ? "---"
                      : e.target().code().code(),
                  e.cameo()));
        }
      }
    } else {
      note = verdict == Discards.Verdict.STORY ? "story discarded" : "sentence discarded";
    }
    if (skip != null) {
      return new Result(r, Outcome.SKIPPED, produced, skip);
    }
    boolean pass;
    if ("storydiscard".equals(r.error())) {
      pass = verdict == Discards.Verdict.STORY;
    } else if ("sentencediscard".equals(r.error())) {
      pass = verdict == Discards.Verdict.SENTENCE;
    } else {
      pass = produced.equals(r.expected());
    }
    return new Result(r, pass ? Outcome.PASSED : Outcome.FAILED, produced, note);
  }
}
