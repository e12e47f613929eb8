package org.dyad.pipeline;

import java.util.List;
import org.dyad.coding.ActorAnalysis;
import org.dyad.lexicon.VerbPattern;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.CodedArticle;

/**
 * Why an article was coded as it was: the parse, the actors with the dictionary entries and rules
 * that found them, and every verb pattern tried at every trigger with its outcome.
 */
public record Explanation(
    AnnotatedArticle annotated, ActorAnalysis actors, CodedArticle coded, List<Attempt> attempts) {

  /**
   * One pattern tried at one trigger token, and what became of it ("FIRED", "no target actor", …).
   */
  public record Attempt(int sentence, int trigger, VerbPattern pattern, String outcome) {}

  public Explanation {
    attempts = List.copyOf(attempts);
  }
}
