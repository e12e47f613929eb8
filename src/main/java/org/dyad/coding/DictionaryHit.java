package org.dyad.coding;

import java.util.List;
import java.util.Set;
import org.dyad.lexicon.DictionaryName;
import org.dyad.model.Span;

/**
 * One dictionary match in a sentence, by token range, with the lookups the sieves make over a
 * sentence's matches. Immutable.
 *
 * @param first the first token
 * @param last the last token
 * @param span the characters matched
 * @param name the dictionary name matched
 */
record DictionaryHit(int first, int last, Span span, DictionaryName name) {
  static boolean isPlace(DictionaryHit h) {
    return h.name().kind() == DictionaryName.Kind.PLACE;
  }

  /** The place named at {@code token}, or null. */
  static DictionaryHit placeHitAt(List<DictionaryHit> hits, int token) {
    for (DictionaryHit h : hits) {
      if (isPlace(h) && h.first() <= token && token <= h.last()) {
        return h;
      }
    }
    return null;
  }

  /** The country an actor's name or a place at {@code token} names, or null. */
  static String countryAt(List<DictionaryHit> hits, int token) {
    DictionaryHit h = hitAt(hits, token);
    if (h != null) {
      return countryOf(h);
    }
    DictionaryHit p = placeHitAt(hits, token);
    return p == null ? null : countryOrPlace(p);
  }

  static DictionaryHit hitAt(List<DictionaryHit> hits, int token) {
    for (DictionaryHit h : hits) {
      if (h.name().isActorName() && h.first() <= token && token <= h.last()) {
        return h;
      }
    }
    return null;
  }

  static boolean overlapsHit(List<DictionaryHit> hits, int first, int last) {
    for (DictionaryHit h : hits) {
      if (h.first() <= last && h.last() >= first) {
        return true;
      }
    }
    return false;
  }

  /** Whether a place's name covers tokens [first, last]. */
  static boolean placeCovers(List<DictionaryHit> hits, int first, int last) {
    for (DictionaryHit h : hits) {
      if (isPlace(h) && h.first() <= first && h.last() >= last) {
        return true;
      }
    }
    return false;
  }

  static boolean endsWithAgent(List<DictionaryHit> agents, int last) {
    for (DictionaryHit a : agents) {
      if (a.last() == last && a.name().agent().sector() != null) {
        return true;
      }
    }
    return false;
  }

  static boolean isAgentToken(List<DictionaryHit> agents, int token) {
    for (DictionaryHit a : agents) {
      if (a.first() <= token && token <= a.last()) {
        return true;
      }
    }
    return false;
  }

  /** The country of an actor's name or of a place; null for agents, peoples and IGOs. */
  static String countryOrPlace(DictionaryHit h) {
    if (isPlace(h)) {
      return h.name().place().country();
    }
    return h.name().isActorName() ? countryOf(h) : null;
  }

  private static String countryOf(DictionaryHit h) {
    if (h.name().country() != null) {
      return h.name().country().iso3();
    }
    if (h.name().organization() != null && h.name().organization().code().isState()) {
      return h.name().organization().code().country();
    }
    return null;
  }

  /** False for a metonym that needs a country the article never names ("the North" needs Korea). */
  static boolean metonymAllowed(DictionaryName d, Set<String> countriesNamed) {
    if (d.kind() != DictionaryName.Kind.METONYM) {
      return true;
    }
    Set<String> requires = d.metonym().requires();
    return requires.isEmpty() || requires.stream().anyMatch(countriesNamed::contains);
  }
}
