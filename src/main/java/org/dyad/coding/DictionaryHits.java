package org.dyad.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.lexicon.DictionaryName;
import org.dyad.lexicon.NameIndex;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;

/**
 * Finds the dictionary names of a sentence: the most specific actor name, the role noun and the
 * place or people at each position, longest first, less those that are part of a longer name ("the
 * New York Times", "General Electric", "the National Farmers Union"). Thread-safe: holds only the
 * immutable name index.
 */
final class DictionaryHits {
  private final NameIndex names;

  DictionaryHits(NameIndex names) {
    this.names = names;
  }

  List<DictionaryHit> dictionaryHits(String text, Sentence s) {
    Set<Integer> ends = new HashSet<>();
    for (Token t : s.tokens()) {
      ends.add(t.span().end());
    }
    List<DictionaryHit> actorHits = new ArrayList<>();
    List<DictionaryHit> agentHits = new ArrayList<>();
    List<DictionaryHit> otherHits = new ArrayList<>();
    int nextActor = 0;
    int nextAgent = 0;
    int nextOther = 0;
    for (Token t : s.tokens()) {
      if (!Character.isLetterOrDigit(t.word().charAt(0))) {
        continue;
      }
      for (NameIndex.Hit hit : names.match(text, t.span().begin(), ends)) {
        int last = s.tokenAt(hit.end() - 1);
        DictionaryName best = best(hit.names(), true);
        if (best != null && t.index() >= nextActor) {
          actorHits.add(new DictionaryHit(t.index(), last, new Span(hit.begin(), hit.end()), best));
          nextActor = last + 1;
        }
        DictionaryName agent = best(hit.names(), false);
        if (agent != null && t.index() >= nextAgent) {
          agentHits.add(
              new DictionaryHit(t.index(), last, new Span(hit.begin(), hit.end()), agent));
          nextAgent = last + 1;
        }
        DictionaryName other = placeOrPeople(hit.names());
        if (other != null && t.index() >= nextOther && !insidePersonName(s, t.index(), last)) {
          otherHits.add(
              new DictionaryHit(t.index(), last, new Span(hit.begin(), hit.end()), other));
          nextOther = last + 1;
        }
      }
    }
    // "Gaza City", "Washington state": a longer place is the place, not the country or capital in
    // it; a place inside a longer name ("the New York Times") is part of that name.
    actorHits.removeIf(
        h ->
            otherHits.stream()
                .anyMatch(
                    o ->
                        o.first() <= h.first()
                            && o.last() >= h.last()
                            && o.last() - o.first() > h.last() - h.first()));
    otherHits.removeIf(
        o -> actorHits.stream().anyMatch(h -> h.first() <= o.last() && h.last() >= o.first()));
    // "National Security Council", "the Labour Ministry": an organisation's name inside a longer
    // role noun written as one capitalised name is no name of its own (not the UN's "Security
    // Council", not the Labour Party); "a former Labour minister" is still the party's.
    actorHits.removeIf(
        h ->
            h.name().kind() == DictionaryName.Kind.ORGANIZATION
                && agentHits.stream()
                    .anyMatch(
                        a ->
                            a.first() <= h.first()
                                && a.last() >= h.last()
                                && a.last() - a.first() > h.last() - h.first()
                                && capitalised(s, a.first(), a.last())));
    agentHits.removeIf(a -> rankInCompanyName(s, a, actorHits));
    // "the Trade Unions Congress", "the National Farmers Union": the end of a longer organisation's
    // name is not the organisation the dictionary knows by that end ("Congress"), unless the words
    // before it are names of their own ("U.S. Congress" is matched whole, "Chinese" is a
    // nationality).
    List<DictionaryHit> named = new ArrayList<>(actorHits);
    named.addAll(otherHits);
    actorHits.removeIf(
        h ->
            h.name().kind() == DictionaryName.Kind.ORGANIZATION
                && insideLongerOrganizationName(s, h.first(), named));
    // "a New Mexico Republican", "New Jersey": a place named after a country is not the country (a
    // longer dictionary name such as "Papua New Guinea" matched before this).
    actorHits.removeIf(
        h ->
            h.name().country() != null
                && h.first() > 0
                && s.token(h.first() - 1).word().equals("New"));
    // "Mr German" (Mike German), "Mr English": a nationality or place adjective after an
    // honorific is a person's name, not the country's.
    actorHits.removeIf(
        h -> h.name().kind() == DictionaryName.Kind.ADJECTIVE && afterHonorific(s, h));
    otherHits.removeIf(h -> DictionaryHit.isPlace(h) && afterHonorific(s, h));
    List<DictionaryHit> all = new ArrayList<>(actorHits);
    all.addAll(agentHits);
    all.addAll(otherHits);
    all.sort(Comparator.comparingInt(DictionaryHit::first));
    return all;
  }

  /**
   * Whether the tokens before {@code first} are capitalised words of the same organisation name, as
   * the named-entity tagger reads it, none of which any dictionary hit covers.
   */
  private static boolean insideLongerOrganizationName(
      Sentence s, int first, List<DictionaryHit> named) {
    if (first == 0 || !"ORGANIZATION".equals(s.token(first).ner())) {
      return false;
    }
    int k = first - 1;
    boolean longer = false;
    while (k >= 0 && "ORGANIZATION".equals(s.token(k).ner())) {
      int at = k;
      String w = s.token(k).word();
      if (!Character.isUpperCase(w.charAt(0))
          || s.token(k).isAdjective()
          || named.stream().anyMatch(o -> o.first() <= at && o.last() >= at)) {
        return false;
      }
      longer = true;
      k--;
    }
    return longer;
  }

  /** Military ranks, which as a capitalised title word can also begin a company's name. */
  private static final Set<String> RANKS = ActorWords.SHIPPED.of("rank");

  /**
   * Capitalised common nouns and adjectives that, after a rank word, make a company's name
   * ("General Electric", "General Motors"), not a title before a person's name.
   */
  private static final Set<String> COMPANY_WORDS = ActorWords.SHIPPED.of("company-word");

  /**
   * Whether a rank word ("General", "Major") starts the name of a company or organisation rather
   * than titling a person: the next word is capitalised and either completes a dictionary
   * organisation's name begun by the rank, or is tagged with the rank as one organisation by the
   * named-entity tagger, or is a common word companies are named with ("General Electric", "General
   * Motors", "General Dynamics").
   */
  private static boolean rankInCompanyName(
      Sentence s, DictionaryHit a, List<DictionaryHit> actorHits) {
    if (a.first() != a.last()
        || !"MIL".equals(a.name().agent().sector())
        || !RANKS.contains(s.token(a.first()).word().toLowerCase(Locale.ROOT))
        || !Character.isUpperCase(s.token(a.first()).word().charAt(0))
        || a.last() + 1 >= s.tokens().size()) {
      return false;
    }
    Token next = s.token(a.last() + 1);
    if (!Character.isUpperCase(next.word().charAt(0))) {
      return false;
    }
    for (DictionaryHit h : actorHits) {
      if (h.name().kind() == DictionaryName.Kind.ORGANIZATION
          && h.first() == a.first()
          && h.last() > a.last()) {
        return true;
      }
    }
    return COMPANY_WORDS.contains(next.word().toLowerCase(Locale.ROOT))
        || s.token(a.first()).ner().equals("ORGANIZATION") && next.ner().equals("ORGANIZATION");
  }

  /** The most specific actor name (people, then organisations, then places), or the agent noun. */
  static DictionaryName best(List<DictionaryName> candidates, boolean actorNames) {
    DictionaryName best = null;
    for (DictionaryName d : candidates) {
      if (actorNames ? !d.isActorName() : d.kind() != DictionaryName.Kind.AGENT) {
        continue;
      }
      if (best == null || d.kind().ordinal() > best.kind().ordinal()) {
        best = d;
      }
    }
    return best;
  }

  /** A place or a people without a state among a match's names, or null. */
  private static DictionaryName placeOrPeople(List<DictionaryName> candidates) {
    for (DictionaryName d : candidates) {
      if (d.kind() == DictionaryName.Kind.PLACE || d.kind() == DictionaryName.Kind.ETHNIC_GROUP) {
        return d;
      }
    }
    return null;
  }

  private static final Set<String> HONORIFICS = ActorWords.SHIPPED.of("honorific");

  private static boolean afterHonorific(Sentence s, DictionaryHit h) {
    return h.first() > 0
        && HONORIFICS.contains(s.token(h.first() - 1).word().toLowerCase(Locale.ROOT));
  }

  /** Whether every word of tokens [first, last] starts with a capital letter. */
  private static boolean capitalised(Sentence s, int first, int last) {
    for (int k = first; k <= last; k++) {
      String w = s.token(k).word();
      if (Character.isLetter(w.charAt(0)) && !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the tagger reads any of tokens [first, last] as a person's name: "Virginia Woolf". */
  private static boolean insidePersonName(Sentence s, int first, int last) {
    for (int k = first; k <= last; k++) {
      if (s.token(k).ner().equals("PERSON")) {
        return true;
      }
    }
    return false;
  }
}
