package org.dyad.spark;

import java.io.Serializable;
import java.time.LocalDate;
import org.dyad.model.Article;

/**
 * An article as read, with its place in the input order, in a form Spark can ship between executors
 * (the core's {@link Article} record is not {@code Serializable}, and should not have to be).
 *
 * @param ordinal the input order: file index in the high 32 bits, record index in the file below
 */
record SourcedArticle(
    long ordinal,
    String id,
    LocalDate date,
    String title,
    String text,
    String url,
    String source,
    String origin)
    implements Serializable {
  static SourcedArticle of(long ordinal, Article a) {
    return new SourcedArticle(
        ordinal, a.id(), a.date(), a.title(), a.text(), a.url(), a.source(), a.origin());
  }

  Article article() {
    return new Article(id, date, title, text, url, source, origin);
  }
}
