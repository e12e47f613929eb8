package org.dyad.lexicon;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which of the event coder's rules are on: a profile of the rules in {@code
 * lexicon/event-rules.tsv} ({@code dyad} for Dyad's CAMEO lexicon, {@code petrarch} for PETRARCH's
 * dictionaries), less any a run switches off by id. Asking about an id the rules file does not have
 * is an error, so a misspelt id cannot switch a rule off silently. Immutable.
 *
 * @param name the profile the rules file names ({@code dyad}, {@code petrarch})
 * @param enabled the ids of the rules that are on, in file order
 * @param known the ids of every rule in the file
 */
public record CodingProfile(String name, Set<String> enabled, Set<String> known) {
  public CodingProfile {
    enabled = Collections.unmodifiableSet(new LinkedHashSet<>(enabled));
    known = Set.copyOf(known);
    for (String id : enabled) {
      if (!known.contains(id)) {
        throw new IllegalArgumentException("unknown rule id " + id);
      }
    }
  }

  /**
   * The profile {@code name} of the rules: every rule whose profiles include it.
   *
   * @throws IllegalArgumentException when {@code name} is no profile
   */
  public static CodingProfile of(EventRules rules, String name) {
    if (!EventRules.PROFILES.contains(name)) {
      throw new IllegalArgumentException(
          "unknown coding profile '" + name + "'; known: " + EventRules.PROFILES);
    }
    Set<String> enabled = new LinkedHashSet<>();
    for (EventRules.Rule r : rules.rules()) {
      if (r.profiles().contains(name)) {
        enabled.add(r.id());
      }
    }
    return new CodingProfile(name, enabled, Set.copyOf(rules.ids()));
  }

  /**
   * The profile of a lexicon's conventions: {@code dyad} for DYAD, {@code petrarch} for PETRARCH.
   */
  public static CodingProfile forConventions(EventRules rules, Lexicon.Conventions conventions) {
    return of(rules, conventions == Lexicon.Conventions.DYAD ? "dyad" : "petrarch");
  }

  /**
   * Whether the rule is on.
   *
   * @throws IllegalArgumentException when the rules file has no rule {@code ruleId}
   */
  public boolean on(String ruleId) {
    if (!known.contains(ruleId)) {
      throw new IllegalArgumentException(
          "unknown rule id " + ruleId + " (lexicon/event-rules.tsv has no such rule)");
    }
    return enabled.contains(ruleId);
  }

  /**
   * This profile with the rules {@code ids} off.
   *
   * @throws IllegalArgumentException naming the ids the rules file does not have
   */
  public CodingProfile without(Set<String> ids) {
    Set<String> unknown = new TreeSet<>(ids);
    unknown.removeAll(known);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "unknown rule id"
              + (unknown.size() == 1 ? " " : "s ")
              + String.join(", ", unknown)
              + " (the ids are in lexicon/event-rules.tsv)");
    }
    Set<String> left = new LinkedHashSet<>(enabled);
    left.removeAll(ids);
    return new CodingProfile(name, left, known);
  }

  /** The ids of the rules of {@code layer} that are on, in file order. */
  public List<String> enabledIn(String layer) {
    String prefix = "R." + layer + ".";
    return enabled.stream().filter(id -> id.startsWith(prefix)).toList();
  }
}
