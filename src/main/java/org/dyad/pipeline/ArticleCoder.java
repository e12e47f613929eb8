package org.dyad.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.dyad.coding.ActorAnalysis;
import org.dyad.coding.ActorHomes;
import org.dyad.coding.ActorResolver;
import org.dyad.coding.QuoteAttributor;
import org.dyad.coding.event.EventCoder;
import org.dyad.geo.EventGeocoder;
import org.dyad.lexicon.CodingProfile;
import org.dyad.lexicon.Lexicon;
import org.dyad.lexicon.NameIndex;
import org.dyad.model.Actor;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.dyad.model.Quote;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.nlp.FirstNameGender;

/**
 * The whole coding pipeline for one article: annotate, resolve actors, attribute quotations, code
 * events, geocode their places.
 *
 * <p>Each stage takes the records the earlier ones produced and returns new ones, so the compiler
 * checks that a stage gets what it needs (CoreNLP checks the same at run time with annotator
 * requirements). Quotations come before events because an event said inside a quotation belongs to
 * its speaker. Thread-safe: every stage is; one instance serves all worker threads.
 */
public final class ArticleCoder {
  private final Annotator annotator;
  private final ActorResolver actorResolver;
  private final QuoteAttributor quoteAttributor;
  private final EventCoder eventCoder;
  private final EventGeocoder geocoder;

  public ArticleCoder(Annotator annotator, Lexicon lexicon) {
    this(annotator, lexicon, lexicon.profile());
  }

  /** A pipeline whose event coder applies the rules {@code profile} has on. */
  public ArticleCoder(Annotator annotator, Lexicon lexicon, CodingProfile profile) {
    this.annotator = annotator;
    NameIndex names = new NameIndex(lexicon);
    this.actorResolver = new ActorResolver(lexicon, names, FirstNameGender.load());
    this.quoteAttributor =
        new QuoteAttributor(lexicon.attributionCues(), lexicon.wordLists(), profile.name());
    this.eventCoder = new EventCoder(lexicon, profile);
    this.geocoder = new EventGeocoder(lexicon);
  }

  public CodedArticle code(Article article) {
    return code(annotator.annotate(article));
  }

  /** Codes the article and records how: for {@code dyad explain}. */
  public Explanation explain(Article article) {
    AnnotatedArticle annotated = annotator.annotate(article);
    ActorAnalysis actors = actorResolver.resolve(annotated);
    List<Quote> quotes = quoteAttributor.attribute(annotated, actors);
    List<Explanation.Attempt> attempts = new ArrayList<>();
    List<Explanation.Decision> decisions = new ArrayList<>();
    List<Event> events =
        eventCoder.code(
            annotated,
            actors,
            quotes,
            new org.dyad.coding.Trace() {
              @Override
              public void pattern(
                  int sentence, int trigger, org.dyad.lexicon.VerbPattern p, String outcome) {
                attempts.add(new Explanation.Attempt(sentence, trigger, p, outcome));
              }

              @Override
              public void layer(int sentence, int trigger, String layer, String decision) {
                decisions.add(new Explanation.Decision(sentence, trigger, layer, decision));
              }
            });
    return new Explanation(
        annotated,
        actors,
        assemble(
            annotated,
            actors,
            quotes,
            geocoder.geocode(annotated.article().text(), events, actors.places())),
        attempts,
        decisions);
  }

  public CodedArticle code(AnnotatedArticle annotated) {
    ActorAnalysis actors = actorResolver.resolve(annotated);
    List<Quote> quotes = quoteAttributor.attribute(annotated, actors);
    List<Event> events =
        geocoder.geocode(
            annotated.article().text(),
            eventCoder.code(annotated, actors, quotes),
            actors.places());
    return assemble(annotated, actors, quotes, events);
  }

  private CodedArticle assemble(
      AnnotatedArticle annotated, ActorAnalysis actors, List<Quote> quotes, List<Event> events) {
    List<Span> sentences = new ArrayList<>();
    for (Sentence s : annotated.sentences()) {
      sentences.add(s.span());
    }
    String text = annotated.text();
    List<Event> sided = events.stream().map(e -> e.withSideTextsFrom(text)).toList();
    List<Actor> placed =
        geocoder.homes(text, actors.actors(), ActorHomes.of(annotated.sentences(), actors));
    return new CodedArticle(annotated.article(), sentences, placed, sided, quotes);
  }
}
