package org.dyad.coding.quote;

import java.util.List;
import org.dyad.coding.ActorAnalysis;
import org.dyad.coding.ResolvedMention;
import org.dyad.model.Actor;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Quote;
import org.dyad.model.QuoteSieve;
import org.dyad.model.Sentence;

/**
 * {@code Q.topic-before}: a quotation with no attribution of its own, after another person became
 * the subject of a main clause outside quotation marks since the last quotation: the words are
 * theirs. Immutable.
 */
final class TopicBeforeSieve implements PassageSieve {
  @Override
  public QuoteSieve id() {
    return QuoteSieve.TOPIC_BEFORE;
  }

  @Override
  public Quote attribute(PassageScope scope) {
    Quote previous = scope.previous();
    if (previous == null) {
      return null;
    }
    ResolvedMention topic =
        newTopic(
            scope.article(),
            scope.actors(),
            previous.span().end(),
            scope.passage().open(),
            previous);
    if (topic == null) {
      return null;
    }
    Actor a = scope.actors().actor(topic.actors().get(0));
    return QuoteText.direct(
        scope.text(),
        scope.content(),
        new Quote.Speaker(a.id(), a.name(), topic.codes().get(0), topic.span()),
        null,
        null,
        List.of(),
        id());
  }

  /**
   * A person, other than the previous quotation's speaker, who is the subject of a clause between
   * {@code from} and {@code to} outside quotation marks, or null.
   */
  private static ResolvedMention newTopic(
      AnnotatedArticle article, ActorAnalysis actors, int from, int to, Quote previous) {
    ResolvedMention found = null;
    for (Sentence s : article.sentences()) {
      if (s.span().begin() < from || s.span().begin() >= to) {
        // A sentence that the previous quotation is part of only goes on about its speaker's
        // words: "“…,” Mr. Obama said at the gala, where Mrs. Clinton also spoke. “…”"
        continue;
      }
      for (ResolvedMention m : actors.mentions(s.index())) {
        if (m.span().begin() < from || m.span().end() > to || m.actors().size() != 1) {
          continue;
        }
        Actor a = actors.actor(m.actors().get(0));
        // The subject of a main clause: "Rubio" in "said Murphy, using a term Rubio has used" is
        // not what the article goes on about.
        boolean subject =
            s.parents(m.head()).stream()
                .anyMatch(
                    d ->
                        d.relation().startsWith("nsubj")
                            && QuoteText.isMainClause(s, d.governor()));
        boolean same = previous.speaker() != null && a.id().equals(previous.speaker().actor());
        if (a.kind() == Actor.Kind.PERSON && subject && !same) {
          found = m;
        }
      }
    }
    return found;
  }
}
