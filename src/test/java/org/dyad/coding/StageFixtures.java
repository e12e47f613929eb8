package org.dyad.coding;

import java.time.LocalDate;
import org.dyad.TestEngine;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;

/**
 * Codes a short made-up article through the whole pipeline: each stage test reads the part it owns.
 */
final class StageFixtures {
  private StageFixtures() {}

  static CodedArticle code(String text, LocalDate date) {
    return TestEngine.coder().code(new Article("t", date, "", text, null, null, "test"));
  }
}
