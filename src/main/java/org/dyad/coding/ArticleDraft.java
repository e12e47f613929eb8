package org.dyad.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Place;
import org.dyad.model.Sentence;

/**
 * One article while its actors are found and coded: what each stage of {@link ActorResolver} hands
 * the next (the dictionary hits and mentions of each sentence, its places, the story's setting, the
 * mentions as coded so far). Mutable, and confined to one call of {@link ActorResolver#resolve}:
 * the sieves fill it in their order, and only the immutable {@link ActorAnalysis} leaves.
 */
final class ArticleDraft {
  final AnnotatedArticle article;
  final String text;
  final List<Sentence> sentences;

  /** Every dictionary hit of each sentence: names, role nouns, places, peoples. */
  final List<List<DictionaryHit>> allHits = new ArrayList<>();

  /** The role-noun hits of each sentence. */
  final List<List<DictionaryHit>> agentHits = new ArrayList<>();

  /** The countries the article names (not by a metonym), by ISO code. */
  final Set<String> countriesNamed = new HashSet<>();

  /** The places of each sentence, by sentence index. */
  final Map<Integer, List<Place>> places = new HashMap<>();

  /** The mentions of each sentence as found, before coding. */
  final List<List<Mention>> perSentence = new ArrayList<>();

  /** The story's setting; null unless sieve {@code A.article.story-setting} ran. */
  StorySetting setting;

  /** The country the article is about; null unless sieve {@code A.article.story-setting} ran. */
  String salient;

  /** Organisations described after their name, by the description's mention. */
  Map<Mention, DictionaryHit> described = Map.of();

  /** The mentions of each sentence as coded, filled sentence by sentence. */
  final List<List<Mention>> coded = new ArrayList<>();

  ArticleDraft(AnnotatedArticle article) {
    this.article = article;
    this.text = article.text();
    this.sentences = article.sentences();
  }
}
