package org.dyad.eval;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Dyad's events scored against a gold file: precision, recall and F1 overall and by CAMEO root, how
 * often source and target alone are right, and every miss and false positive.
 *
 * @param articles articles scored
 * @param overall all events; produced events count only when both source and target are coded
 * @param byRoot the same by CAMEO root code (a false positive counts under its own root)
 * @param byKind the same for dyadic and one-sided events ({@code "dyadic"}, {@code "one-sided"}),
 *     when any article was coded in full scope; empty otherwise
 * @param pairs hand-coded and produced events paired on sentence and root code alone
 * @param sourceRight pairs whose source country is right
 * @param targetRight pairs whose target country is right
 * @param misses hand-coded events Dyad did not produce
 * @param falsePositives produced events no hand-coded event matches
 * @param hits the produced events that match a hand-coded one, with the rules that made them
 */
public record EventReport(
    int articles,
    Prf overall,
    SortedMap<String, Prf> byRoot,
    SortedMap<String, Prf> byKind,
    int pairs,
    int sourceRight,
    int targetRight,
    List<Miss> misses,
    List<Extra> falsePositives,
    List<Hit> hits) {
  /**
   * A hand-coded event not produced; {@code nearest} describes the produced event in its sentence
   * with its root, if any ("USAGOV 042 IRN"), to show which side went wrong.
   */
  public record Miss(String article, GoldEvent event, String nearest) {}

  /** A produced event that matches nothing, with the rules that made it and its sentence. */
  public record Extra(
      String article,
      String source,
      String cameo,
      String target,
      String trigger,
      String rule,
      String sentence,
      List<String> rules) {
    public Extra {
      rules = List.copyOf(rules);
    }
  }

  /** A produced event that matches a hand-coded one, and the rules that made it. */
  public record Hit(String article, GoldEvent event, List<String> rules) {
    public Hit {
      rules = List.copyOf(rules);
    }
  }

  public EventReport {
    byRoot = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(byRoot));
    byKind = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(byKind));
    misses = List.copyOf(misses);
    falsePositives = List.copyOf(falsePositives);
    hits = List.copyOf(hits);
  }

  public double sourceAgreement() {
    return pairs == 0 ? 0 : sourceRight / (double) pairs;
  }

  public double targetAgreement() {
    return pairs == 0 ? 0 : targetRight / (double) pairs;
  }
}
