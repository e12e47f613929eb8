package org.dyad.input;

import org.dyad.model.Article;

/** What reading one input record gave: an article, or a problem naming the file (and line). */
public sealed interface ReadResult {
  /** A readable article. */
  record Ok(Article article) implements ReadResult {}

  /**
   * The same article again in one run, identical to the one first read at {@code first}: nothing to
   * code or store twice, and nothing wrong.
   */
  record Repeat(String origin, String id, String first) implements ReadResult {
    @Override
    public String toString() {
      return origin
          + ": article \""
          + id
          + "\" again, identical to the one at "
          + first
          + "; skipped";
    }
  }

  /** An input that could not be read; {@code origin} is "file" or "file:line". */
  record Problem(String origin, String message) implements ReadResult {
    @Override
    public String toString() {
      return origin + ": " + message;
    }
  }
}
