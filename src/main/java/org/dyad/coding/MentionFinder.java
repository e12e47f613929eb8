package org.dyad.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dyad.lexicon.DictionaryName;
import org.dyad.model.Place;
import org.dyad.model.Sentence;

/**
 * The first stage of actor coding: finds the dictionary names of every sentence, then runs the
 * finding sieves on each sentence in their order. The dictionary names of the whole article are
 * read first because a metonym needs its country named somewhere in the article ("the North" is
 * North Korea only where Korea is named). Thread-safe: holds only immutable dictionaries and
 * sieves.
 */
final class MentionFinder {
  private final DictionaryHits dictionary;
  private final List<FindingSieve> sieves;

  /**
   * Rule {@code A.rule.sector-modifier}: "union figures", "government sources" are one role noun.
   */
  private final boolean sectorModifier;

  MentionFinder(DictionaryHits dictionary, List<FindingSieve> sieves, boolean sectorModifier) {
    this.dictionary = dictionary;
    this.sieves = List.copyOf(sieves);
    this.sectorModifier = sectorModifier;
  }

  /** Fills the draft's hits, countries named, places and mentions of every sentence. */
  void find(ArticleDraft d) {
    for (Sentence s : d.sentences) {
      List<DictionaryHit> hits = dictionary.dictionaryHits(d.text, s);
      d.allHits.add(hits);
      for (DictionaryHit h : hits) {
        if (h.name().country() != null && h.name().kind() != DictionaryName.Kind.METONYM) {
          d.countriesNamed.add(h.name().country().iso3());
        }
      }
    }
    // "the North" is North Korea only where the article names Korea; elsewhere ("the North Wales
    // Business Club") it is no hit at all, so no rule takes a country from it.
    for (int i = 0; i < d.allHits.size(); i++) {
      d.allHits.set(
          i,
          d.allHits.get(i).stream()
              .filter(h -> DictionaryHit.metonymAllowed(h.name(), d.countriesNamed))
              .toList());
    }
    for (Sentence s : d.sentences) {
      List<DictionaryHit> hits = d.allHits.get(s.index());
      List<DictionaryHit> agents =
          hits.stream().filter(h -> h.name().kind() == DictionaryName.Kind.AGENT).toList();
      if (sectorModifier) {
        List<DictionaryHit> joined = DescribedBodyHits.join(s, agents);
        if (joined.size() != agents.size() || !joined.equals(agents)) {
          agents = List.copyOf(joined);
          List<DictionaryHit> all =
              new ArrayList<>(
                  hits.stream().filter(h -> h.name().kind() != DictionaryName.Kind.AGENT).toList());
          all.addAll(agents);
          all.sort(Comparator.comparingInt(DictionaryHit::first));
          hits = List.copyOf(all);
          d.allHits.set(s.index(), hits);
        }
      }
      d.agentHits.add(agents);
      List<Place> places = new ArrayList<>();
      List<Mention> out = new ArrayList<>();
      SentenceDraft draft =
          new SentenceDraft(
              d.text,
              s,
              d.article.article().date(),
              hits,
              agents,
              d.countriesNamed,
              d.article.article().homeCountry(),
              NamedEntitySieve.nerSpans(s),
              out,
              new boolean[s.tokens().size()],
              places);
      for (FindingSieve sieve : sieves) {
        sieve.find(draft);
      }
      out.sort(Comparator.comparingInt(Mention::first));
      d.perSentence.add(out);
      d.places.put(s.index(), places);
    }
  }
}
