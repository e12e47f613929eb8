package org.dyad.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.Sentence;

/**
 * Sieve {@code description}: an organisation the tagger found and nothing else codes takes its
 * sector from the definite description that follows it ("Pfizer said … The company will …").
 */
final class DescriptionSieve {
  private DescriptionSieve() {}

  /** Sieve {@code A.article.description}. */
  static final ArticleSieve SIEVE =
      d -> d.described = descriptionsAfter(d.perSentence, d.agentHits, d.sentences);

  /** Sectors of organisations a definite description may name: "the company", "the union". */
  private static final Set<String> DESCRIBED_SECTORS =
      Set.of("BUS", "LAB", "NGO", "EDU", "REL", "HLH", "MED", "PTY");

  /**
   * "Pfizer said on Tuesday … The company will …": an organisation the tagger found and nothing
   * else codes takes the sector of the first definite singular description after it in its own or
   * the next two sentences ("the company", "the drug maker", "the union"), when no other
   * organisation is named between them. Keyed by the organisation's mention.
   */
  static Map<Mention, DictionaryHit> descriptionsAfter(
      List<List<Mention>> mentions, List<List<DictionaryHit>> agentHits, List<Sentence> sentences) {
    Map<Mention, DictionaryHit> out = new HashMap<>();
    for (List<Mention> ms : mentions) {
      for (Mention m : ms) {
        if (m.kind() != Actor.Kind.ORGANIZATION
            || m.dictionary() != null
            || m.code() != null
            || m.rule() != null) {
          continue;
        }
        DictionaryHit found = null;
        search:
        for (int i = m.sentence(); i < sentences.size() && i <= m.sentence() + 2; i++) {
          Sentence s = sentences.get(i);
          List<Object> inOrder = new ArrayList<>();
          for (Mention o : mentions.get(i)) {
            if (o.kind() == Actor.Kind.ORGANIZATION && o.dictionary() != null
                || o.kind() == Actor.Kind.ORGANIZATION && o.rule() == null) {
              inOrder.add(o);
            }
          }
          for (DictionaryHit a : agentHits.get(i)) {
            inOrder.add(a);
          }
          inOrder.sort(
              Comparator.comparingInt(
                  x -> x instanceof DictionaryHit h ? h.first() : ((Mention) x).first()));
          for (Object x : inOrder) {
            int at = x instanceof DictionaryHit h ? h.first() : ((Mention) x).first();
            if (i == m.sentence() && at <= m.last()) {
              continue;
            }
            if (x instanceof Mention) {
              break search; // another organisation named first
            }
            DictionaryHit a = (DictionaryHit) x;
            String sector = a.name().agent().sector();
            if (sector != null
                && DESCRIBED_SECTORS.contains(sector)
                && s.token(a.last()).isNoun()
                && !s.token(a.last()).pos().endsWith("S")
                && a.first() > 0
                && s.token(a.first() - 1).lemma().equals("the")
                && Phrases.mentionCovering(mentions.get(i), a.last()) == null) {
              found = a;
              break search;
            }
          }
        }
        if (found != null) {
          out.put(m, found);
        }
      }
    }
    return out;
  }
}
