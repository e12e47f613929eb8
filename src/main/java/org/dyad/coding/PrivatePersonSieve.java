package org.dyad.coding;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.dyad.model.Actor;
import org.dyad.model.ActorCode;
import org.dyad.model.Sentence;

/**
 * Codes a person whom nothing else codes as a private citizen (CVL) of the country the story is set
 * in, as CAMEO codes individuals. Runs on the coded mentions of a whole article, in place, after
 * every other coding sieve; Dyad's conventions only. Stateless.
 */
final class PrivatePersonSieve {
  /** The sieve's id. */
  static final String ID = "private-person";

  private PrivatePersonSieve() {}

  /** Sieve {@code A.recode.private-person}, with rule {@code A.rule.lone-name-not-person} on. */
  static final ArticleSieve SIEVE = of(true, f -> null);

  /**
   * Sieve {@code A.recode.private-person}; with {@code loneName} (rule {@code
   * A.rule.lone-name-not-person}) a one-word name never written as a person's is left uncoded;
   * {@code firstNames} gives the gender of a first name, null when it is none.
   */
  static ArticleSieve of(boolean loneName, Function<String, String> firstNames) {
    return d ->
        apply(
            d.coded,
            d.setting,
            d.article.article().homeCountry(),
            loneName ? d.sentences : null,
            firstNames);
  }

  /** Words before a name that make it a person's: "Mr", "Dr", "Lord". */
  private static final Set<String> HONORIFICS = ActorWords.SHIPPED.of("honorific");

  /** Pronouns that refer to a person. */
  private static final Set<String> PERSON_PRONOUNS =
      union(ActorWords.SHIPPED.of("female-pronoun"), ActorWords.SHIPPED.of("male-pronoun"));

  private static Set<String> union(Set<String> a, Set<String> b) {
    java.util.Set<String> out = new java.util.HashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }

  /** The rule of a person no title, description or dictionary codes, in a one-country story. */
  static final String RULE = "context:story-setting private person";

  /**
   * "Juanita Broaddrick said …", "Viktor Makarov, 50, …": a person whom nothing else codes, in a
   * story set in one country (the publisher's own, for a national paper), is one of its private
   * citizens (CVL), as CAMEO codes individuals.
   */
  static void apply(List<List<Mention>> coded, StorySetting setting, String home) {
    apply(coded, setting, home, null, f -> null);
  }

  /**
   * As {@link #apply(List, StorySetting, String)}; with {@code sentences}, rule {@code
   * A.rule.lone-name-not-person}: a one-word name the tagger calls a person ("Cosla said", "Nato
   * warned") that the article never writes with a first name, a title or honorific ("Mr Cosla"),
   * nor follows with "he" or "she" in its own sentence or the next, is most often an unlisted
   * acronym or organisation: no private citizen, left uncoded.
   */
  static void apply(
      List<List<Mention>> coded,
      StorySetting setting,
      String home,
      List<Sentence> sentences,
      Function<String, String> firstNames) {
    // A national paper's story set abroad still quotes its own country's people ("Clare Short"
    // in a BBC story on the US-led tsunami coalition): only a story set at home, or a wire's.
    if (setting == null
        || setting.country() == null
        || home != null && !home.equals(setting.country())) {
      return;
    }
    // "Short" after "Clare Short": a short form of a person coded elsewhere is that person, whom
    // coreference merges later; it is no private citizen of its own.
    List<String> codedPeople =
        coded.stream()
            .flatMap(List::stream)
            .filter(
                m -> m.kind() == Actor.Kind.PERSON && (m.code() != null || m.dictionary() != null))
            .map(Mention::text)
            .toList();
    for (List<Mention> ms : coded) {
      for (int i = 0; i < ms.size(); i++) {
        Mention m = ms.get(i);
        String text = m.text();
        boolean shortFormOfCoded =
            codedPeople.stream().anyMatch(full -> !full.equals(text) && full.endsWith(" " + text));
        if (m.kind() == Actor.Kind.PERSON
            && m.code() == null
            && m.dictionary() == null
            && !shortFormOfCoded
            && (sentences == null || !loneNameNotPerson(m, coded, sentences, firstNames))) {
          ms.set(
              i,
              m.codedBy(
                  ActorSieve.PRIVATE_PERSON, ActorCode.of(setting.country(), "CVL"), RULE, null));
        }
      }
    }
  }

  /**
   * Whether {@code m} is one word that no mention of the article writes as a person's: never inside
   * a longer person's name, never after an honorific, never followed by a personal pronoun in its
   * sentence or the next.
   */
  static boolean loneNameNotPerson(
      Mention m,
      List<List<Mention>> coded,
      List<Sentence> sentences,
      Function<String, String> firstNames) {
    String text = m.text();
    // A known first name ("his wife Maggie"), a plural ("the Clintons") or a family ("the
    // Ricketts family") is a person's.
    Sentence own = sentences.get(m.sentence());
    if (m.first() != m.last()
        || !text.chars().allMatch(Character::isLetter)
        || text.endsWith("s")
        || m.last() + 1 < own.tokens().size() && own.token(m.last() + 1).lemma().equals("family")
        || firstNames.apply(text) != null) {
      return false;
    }
    for (List<Mention> ms : coded) {
      for (Mention o : ms) {
        if (o.kind() != Actor.Kind.PERSON) {
          continue;
        }
        if (!o.text().equals(text) && o.text().endsWith(" " + text)
            || o.text().startsWith(text + " ")) {
          return false;
        }
        if (!o.text().equals(text)) {
          continue;
        }
        Sentence s = sentences.get(o.sentence());
        if (o.first() > 0
            && HONORIFICS.contains(s.token(o.first() - 1).word().toLowerCase(Locale.ROOT))) {
          return false;
        }
        for (int k = o.sentence(); k <= o.sentence() + 1 && k < sentences.size(); k++) {
          Sentence t = sentences.get(k);
          int from = k == o.sentence() ? o.last() + 1 : 0;
          for (int i = from; i < t.tokens().size(); i++) {
            if (PERSON_PRONOUNS.contains(t.token(i).word().toLowerCase(Locale.ROOT))) {
              return false;
            }
          }
        }
      }
    }
    return true;
  }
}
