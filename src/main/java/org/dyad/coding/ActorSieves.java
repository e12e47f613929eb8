package org.dyad.coding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.lexicon.EventRules;
import org.dyad.lexicon.LexiconFile;
import org.dyad.lexicon.SieveOrder;

/**
 * Which of the actor coder's sieves a coding profile runs, and in what order ({@code
 * lexicon/actor-sieves.tsv}, read as a {@link SieveOrder}). The file must list every sieve {@link
 * #KNOWN} names, each under its own stage, and no other: a misspelt id fails when the coder is
 * built instead of switching a sieve off silently, and a sieve is switched off by its profiles,
 * never by leaving it out. Immutable.
 */
final class ActorSieves {
  static final String RESOURCE = "lexicon/actor-sieves.tsv";

  /** The stages, in the order they run (a {@code rule} is a switch inside another sieve). */
  static final Set<String> STAGES = Set.of("find", "article", "code", "recode", "rule");

  /** Every sieve the coder has, with its stage. */
  static final Map<String, String> KNOWN = known();

  /** The order shipped with Dyad, which codes actors whichever dictionaries name them. */
  static final SieveOrder SHIPPED = shipped();

  private final SieveOrder order;
  private final String profile;

  private ActorSieves(SieveOrder order, String profile) {
    this.order = order;
    this.profile = profile;
  }

  /**
   * The sieves {@code profile} has on in {@code order}.
   *
   * @throws IllegalArgumentException naming an unknown profile, an id the coder has no sieve for or
   *     lists under another stage, or a sieve the order leaves out
   */
  static ActorSieves of(SieveOrder order, String profile) {
    if (!EventRules.PROFILES.contains(profile)) {
      throw new IllegalArgumentException(
          "unknown coding profile '" + profile + "'; known: " + EventRules.PROFILES);
    }
    List<String> listed = new ArrayList<>();
    for (SieveOrder.Row r : order.sieves()) {
      if (!r.stage().equals(KNOWN.get(r.id()))) {
        throw new IllegalArgumentException(
            RESOURCE + ": " + r.id() + " is no actor sieve of stage " + r.stage());
      }
      listed.add(r.id());
    }
    for (String id : KNOWN.keySet()) {
      if (!listed.contains(id)) {
        throw new IllegalArgumentException(
            RESOURCE + " lacks " + id + ": list every sieve, with no profile to switch it off");
      }
    }
    return new ActorSieves(order, profile);
  }

  /** The shipped order for {@code profile}. */
  static ActorSieves shipped(String profile) {
    return of(SHIPPED, profile);
  }

  /** The profile these sieves are for. */
  String profile() {
    return profile;
  }

  /** Whether sieve or rule {@code id} is on. */
  boolean on(String id) {
    if (!KNOWN.containsKey(id)) {
      throw new IllegalArgumentException("unknown actor sieve " + id);
    }
    return order.enabled(KNOWN.get(id), profile).contains(id);
  }

  /** The sieves of {@code stage} that are on, in order, each as {@code sieves} has it by id. */
  <T> List<T> of(String stage, Map<String, T> sieves) {
    List<T> out = new ArrayList<>();
    for (String id : order.enabled(stage, profile)) {
      T sieve = sieves.get(id);
      if (sieve == null) {
        throw new IllegalStateException("no sieve of stage " + stage + " is built for " + id);
      }
      out.add(sieve);
    }
    return out;
  }

  private static Map<String, String> known() {
    Map<String, String> out = new LinkedHashMap<>();
    for (String id :
        List.of(
            "chamber-members",
            "named-entity",
            "dictionary-name",
            "place",
            "group",
            "untagged-titled-name",
            "short-name-candidate",
            "ethnic-group",
            "person-staff",
            "role-noun",
            "composed-agent",
            "coordinated-owners",
            "coordinated-role-nouns")) {
      out.put("A.find." + id, "find");
    }
    for (String id : List.of("bare-surname", "story-setting", "description")) {
      out.put("A.article." + id, "article");
    }
    for (String id :
        List.of(
            "short-form",
            "organization-anaphor",
            "same-role-before",
            "administration-before",
            "possessor-subject",
            "state-opposed",
            "group-setting",
            "ethnic-group",
            "place-in-phrase",
            "context")) {
      out.put("A.code." + id, "code");
    }
    for (String id : List.of("employer", "speaks-for", "private-person", "person-staff")) {
      out.put("A.recode." + id, "recode");
    }
    for (String id :
        List.of(
            "surname-office-holder",
            "surname-anywhere",
            "place",
            "organization-named-for-person",
            "statement-issuer",
            "place-owner",
            "organization-owner",
            "unowned-role-noun",
            "possessive-split",
            "nationality-only",
            "surname-most-named",
            "sector-modifier",
            "party-dissent",
            "lone-name-not-person")) {
      out.put("A.rule." + id, "rule");
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /** Reads an {@code actor-sieves} file. */
  static SieveOrder read(LexiconFile file) {
    return SieveOrder.read(file, "A.", STAGES);
  }

  private static SieveOrder shipped() {
    try (InputStream in = ActorSieves.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      return read(LexiconFile.read(RESOURCE, in, "actor-sieves", 4));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
