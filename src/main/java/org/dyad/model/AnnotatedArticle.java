package org.dyad.model;

import java.util.List;

/** An article with its sentences annotated by the NLP stage; the input of every coder. */
public record AnnotatedArticle(Article article, List<Sentence> sentences, List<Span> paragraphs) {
  public AnnotatedArticle {
    sentences = List.copyOf(sentences);
    paragraphs = List.copyOf(paragraphs);
  }

  public String text() {
    return article.text();
  }

  /** The paragraph index containing {@code offset} (paragraphs cover the text in order). */
  public int paragraphOf(int offset) {
    for (int i = 0; i < paragraphs.size(); i++) {
      if (offset < paragraphs.get(i).end()) {
        return i;
      }
    }
    return paragraphs.size() - 1;
  }

  /** The sentence index containing {@code offset}, or the last sentence starting before it. */
  public int sentenceOf(int offset) {
    int found = 0;
    for (Sentence s : sentences) {
      if (s.span().begin() <= offset) {
        found = s.index();
      }
    }
    return found;
  }
}
