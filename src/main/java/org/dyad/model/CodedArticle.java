package org.dyad.model;

import java.util.List;

/**
 * Everything Dyad found in one article: the output of the pipeline and the input of every writer.
 */
public record CodedArticle(
    Article article,
    List<Span> sentences,
    List<Actor> actors,
    List<Event> events,
    List<Quote> quotes) {
  public CodedArticle {
    sentences = List.copyOf(sentences);
    actors = List.copyOf(actors);
    events = List.copyOf(events);
    quotes = List.copyOf(quotes);
  }
}
