package org.dyad.pipeline;

import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;

/**
 * The NLP stage: turns an article into sentences of tokens with parts of speech, lemmas, coarse
 * named-entity classes and a dependency graph. Implementations must be safe to call from several
 * threads at once.
 */
public interface Annotator {
  AnnotatedArticle annotate(Article article);
}
