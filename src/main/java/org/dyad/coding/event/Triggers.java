package org.dyad.coding.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.lexicon.VerbPattern;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * The trigger layer: which patterns a token may trigger, looked up in the lexicon by the keys the
 * token can be written as (a phrasal or prepositional verb, a surface form, a noun with the word
 * before it, a modal or a word of necessity, the imperative mood, an evaluative word). Takes a
 * sentence and a token; returns candidate patterns in the order the matcher tries them. Stateless,
 * thread-safe.
 */
final class Triggers {
  private Triggers() {}

  /** The patterns {@code t} may trigger, in lexicon order within each kind of key. */
  static List<VerbPattern> candidates(CodingContext cx, Sentence s, Token t) {
    List<VerbPattern> out = new ArrayList<>();
    if (t.isVerb()) {
      for (int prt : s.childrenOf(t.index(), "compound:prt")) {
        out.addAll(
            cx.lexicon().patternsFor(VerbPattern.Pos.V, t.lemma() + "_" + s.token(prt).lemma()));
      }
      // "hit back": the parser may read the particle as an adverb; right after the verb it is
      // still the phrasal verb's.
      for (int adv : s.childrenOf(t.index(), "advmod")) {
        if (adv == t.index() + 1 && cx.words().adverbParticles().contains(s.token(adv).lemma())) {
          out.addAll(
              cx.lexicon().patternsFor(VerbPattern.Pos.V, t.lemma() + "_" + s.token(adv).lemma()));
        }
      }
      // Prepositional verbs: "call for", "insist on", "agree to" (their object is the
      // preposition's).
      for (Dependency d : s.children(t.index())) {
        if (d.baseRelation().equals("obl")
            && !d.subtype().isEmpty()
            && !d.subtype().contains("_")
            && prepositionNear(s, t.index(), d.dependent())) {
          out.addAll(cx.lexicon().patternsFor(VerbPattern.Pos.V, t.lemma() + "_" + d.subtype()));
        }
      }
      // A surface dictionary that lists the written form ("LEFT", "MET") means it rather than the
      // lemma's entry ("LEAVE", "MEET"): listed first, it wins ties.
      String form = t.word().toLowerCase(Locale.ROOT);
      if (!form.equals(t.lemma())) {
        for (VerbPattern p : cx.lexicon().patternsFor(VerbPattern.Pos.V, form)) {
          if (p.isSurface()) {
            out.add(p);
          }
        }
      }
      String hyphenated = hyphenatedVerb(s, t.index());
      if (hyphenated != null) {
        out.addAll(cx.lexicon().patternsFor(VerbPattern.Pos.V, hyphenated));
      }
      for (String lemma : spellings(t.lemma())) {
        out.addAll(cx.lexicon().patternsFor(VerbPattern.Pos.V, lemma));
      }
    }
    if (t.isNoun()) {
      for (String key : nounKeys(s, t.index())) {
        out.addAll(cx.lexicon().patternsFor(VerbPattern.Pos.N, key));
      }
    }
    if (t.pos().equals("MD")) {
      out.addAll(cx.lexicon().patternsFor(VerbPattern.Pos.M, modalKey(s, t.index())));
    }
    if (t.isAdjective() || t.pos().equals("VBN")) {
      out.addAll(cx.lexicon().patternsFor(VerbPattern.Pos.A, t.word().toLowerCase(Locale.ROOT)));
      // words of necessity written as modals: "it is vital that …", "an amendment was needed"
      out.addAll(cx.lexicon().patternsFor(VerbPattern.Pos.M, t.lemma()));
    }
    if (ImperativeMatcher.mayBeImperative(cx.words(), s, t)) {
      out.addAll(cx.lexicon().patternsFor(VerbPattern.Pos.M, ImperativeMatcher.KEY));
    }
    out.addAll(evaluativeCandidates(cx, s, t));
    return out;
  }

  /**
   * Whether the preposition of the phrase at {@code phrase} stands within three words after the
   * verb, as a prepositional verb's does ("called for", "asked Japan for"): in "gave the same
   * message to Abe in meetings" the "in" is a place, no "give in".
   */
  static boolean prepositionNear(Sentence s, int verb, int phrase) {
    for (int c : s.childrenOf(phrase, "case")) {
      if (c > verb && c <= verb + 3) {
        return true;
      }
    }
    return false;
  }

  /** "should", or "should_have" when the clause is perfect ("should have acted sooner"). */
  static String modalKey(Sentence s, int modal) {
    for (Dependency d : s.parents(modal)) {
      if (d.baseRelation().equals("aux") && d.governor() >= 0) {
        for (int aux : s.childrenOf(d.governor(), "aux")) {
          if (aux > modal && s.token(aux).lemma().equals("have")) {
            return s.token(modal).lemma() + "_have";
          }
        }
      }
    }
    return s.token(modal).lemma();
  }

  /**
   * The evaluative patterns of an adjective, noun or adverb, looked up by its keys ({@link
   * #evaluativeKeys}).
   */
  static List<VerbPattern> evaluativeCandidates(CodingContext cx, Sentence s, Token t) {
    String pos = t.pos();
    if (!(t.isAdjective() || t.isNoun() || pos.startsWith("RB") || t.isVerb())) {
      return List.of();
    }
    Set<VerbPattern> out = new LinkedHashSet<>();
    if (t.isVerb()) {
      // an evaluative verb of a reported clause, phrasal ("go_back"), as it is written
      for (int prt : s.childrenOf(t.index(), "compound:prt")) {
        out.addAll(
            cx.lexicon().patternsFor(VerbPattern.Pos.E, t.lemma() + "_" + s.token(prt).lemma()));
      }
      for (int adv : s.childrenOf(t.index(), "advmod")) {
        if (adv == t.index() + 1 && cx.words().adverbParticles().contains(s.token(adv).lemma())) {
          out.addAll(
              cx.lexicon().patternsFor(VerbPattern.Pos.E, t.lemma() + "_" + s.token(adv).lemma()));
        }
      }
    }
    for (String key : evaluativeKeys(s, t.index())) {
      out.addAll(cx.lexicon().patternsFor(VerbPattern.Pos.E, key));
    }
    return new ArrayList<>(out);
  }

  /**
   * The keys an evaluative word may be listed under, most specific first: a hyphenated word whole
   * ("short-sighted", "witch-hunt": the tokenizer splits it at the hyphen, and the word is the last
   * part), a noun with the word before it ("hot_air", "witch_hunt", "red_herring", as {@link
   * #nounKeys} joins them), its form and its lemma.
   */
  static List<String> evaluativeKeys(Sentence s, int word) {
    Set<String> keys = new LinkedHashSet<>();
    Token t = s.token(word);
    String form = t.word().toLowerCase(Locale.ROOT);
    if (word >= 2 && s.token(word - 1).word().equals("-")) {
      String first = s.token(word - 2).word().toLowerCase(Locale.ROOT);
      keys.add(first + "-" + form);
      keys.add(first + "-" + t.lemma());
    }
    if (t.isNoun()) {
      keys.addAll(nounKeys(s, word));
    }
    keys.add(form);
    keys.add(t.lemma());
    return new ArrayList<>(keys);
  }

  /**
   * A hyphenated verb whole, "test-fire" at "fired" in "test-fired" (the tokenizer splits it at the
   * hyphen and the verb is the last part), or null when the verb is written alone.
   */
  static String hyphenatedVerb(Sentence s, int verb) {
    if (verb < 2 || !s.token(verb - 1).word().equals("-")) {
      return null;
    }
    Token first = s.token(verb - 2);
    if (!Character.isLetter(first.word().charAt(0))) {
      return null;
    }
    return first.word().toLowerCase(Locale.ROOT) + "-" + s.token(verb).lemma();
  }

  /**
   * The lemma and its American spelling, which the lexicon uses: "criticise" is also "criticize".
   */
  static List<String> spellings(String lemma) {
    if (lemma.endsWith("ise") && lemma.length() > 5) {
      return List.of(lemma, lemma.substring(0, lemma.length() - 3) + "ize");
    }
    if (lemma.contains("isation")) {
      return List.of(lemma, lemma.replace("isation", "ization"));
    }
    if (lemma.endsWith("ence") && lemma.startsWith("defen")) {
      return List.of(lemma, lemma.substring(0, lemma.length() - 3) + "se");
    }
    return List.of(lemma);
  }

  /**
   * The preposition of a prepositional-verb trigger ("for" in call_for), or null for other
   * triggers.
   */
  static String prepositionOf(Sentence s, int trigger, VerbPattern p) {
    int us = p.trigger().lastIndexOf('_');
    if (p.pos() != VerbPattern.Pos.V || us < 0) {
      return null;
    }
    String tail = p.trigger().substring(us + 1);
    for (int prt : s.childrenOf(trigger, "compound:prt")) {
      if (s.token(prt).lemma().equals(tail)) {
        return null; // a particle verb: its object is a direct object
      }
    }
    return tail;
  }

  /**
   * The lexicon keys a noun can be written as, most specific first: joined with the modifier right
   * before it ("car_bomb", "hunger_strike", "suicide_bombing"), its lemma, and its word form
   * ("talks").
   */
  static List<String> nounKeys(Sentence s, int noun) {
    List<String> keys = new ArrayList<>(3);
    Token t = s.token(noun);
    if (noun > 0) {
      Token before = s.token(noun - 1);
      if (before.isNoun() || before.isAdjective() || before.isVerb()) {
        keys.add(before.lemma() + "_" + t.lemma());
        keys.add(before.word().toLowerCase(Locale.ROOT) + "_" + t.lemma());
      }
    }
    keys.addAll(spellings(t.lemma()));
    String word = t.word().toLowerCase(Locale.ROOT);
    if (!word.equals(t.lemma())) {
      keys.add(word);
    }
    // "troops", "arms": plurals the lemmatizer leaves as they are still match the singular a
    // pattern lists (":troop").
    if (t.pos().equals("NNS")
        && t.lemma().equals(word)
        && word.length() > 3
        && word.endsWith("s")
        && !word.endsWith("ss")) {
      keys.add(word.substring(0, word.length() - 1));
    }
    return keys;
  }
}
