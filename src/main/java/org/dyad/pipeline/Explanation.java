package org.dyad.pipeline;

import java.util.List;
import org.dyad.coding.ActorAnalysis;
import org.dyad.lexicon.VerbPattern;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.CodedArticle;

/**
 * Why an article was coded as it was: the parse, the actors with the dictionary entries and rules
 * that found them, every verb pattern tried at every trigger with its outcome, and what the trigger
 * and argument layers decided where no pattern matched.
 */
public record Explanation(
    AnnotatedArticle annotated,
    ActorAnalysis actors,
    CodedArticle coded,
    List<Attempt> attempts,
    List<Decision> decisions) {

  /**
   * One pattern tried at one trigger token, and what became of it ("FIRED", "no target actor", …).
   */
  public record Attempt(int sentence, int trigger, VerbPattern pattern, String outcome) {}

  /**
   * What a layer of the event coder decided at a trigger no pattern matched in full: the trigger
   * word's default or sense ({@code trigger}), the rules that found its sides ({@code arguments}).
   */
  public record Decision(int sentence, int trigger, String layer, String decision) {}

  public Explanation {
    attempts = List.copyOf(attempts);
    decisions = List.copyOf(decisions);
  }
}
