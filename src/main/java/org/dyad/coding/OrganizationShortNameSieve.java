package org.dyad.coding;

import java.util.List;
import org.dyad.lexicon.DictionaryName;
import org.dyad.model.Actor;
import org.dyad.model.Sentence;

/**
 * Sieve {@code organization-short-name}: an organisation named by part of a dictionary
 * organisation's name named before it in the article is that organisation ("the European Community
 * … the Community", "the Export-Import Bank of Japan … the Ex-Im Bank").
 */
final class OrganizationShortNameSieve {
  private OrganizationShortNameSieve() {}

  /** Sieve {@code A.code.short-form}: "the Ex-Im Bank" after "the Export-Import Bank of Japan". */
  static final CodingSieve SHORT_FORM =
      (m, s, before, d) -> {
        Mention named = shortFormNamedBefore(m, d.coded);
        return named == null ? null : new CodingSieve.Decision(named);
      };

  /**
   * Sieve {@code A.code.organization-anaphor}: "the Community" after "the European Community"; a
   * capitalised word after "the" that names nothing named before is no actor.
   */
  static final CodingSieve ANAPHOR =
      (m, s, before, d) -> {
        if (!isOrganizationAnaphor(m, s)) {
          return null;
        }
        Mention named = organizationNamedBefore(m, s, d.coded);
        if (named != null) {
          return new CodingSieve.Decision(named);
        }
        return m.sieve() == ActorSieve.ORGANIZATION_ANAPHOR ? CodingSieve.Decision.drop() : null;
      };

  /**
   * A capitalised word alone after "the" ("the Community", "the Fund") that the tagger left
   * untagged or tagged as an organisation it cannot code: a candidate short name.
   */
  static boolean isOrganizationAnaphor(Mention m, Sentence s) {
    boolean uncodedName =
        m.kind() == Actor.Kind.ORGANIZATION
            && m.dictionary() == null
            && m.code() == null
            && m.rule() == null;
    return (uncodedName || m.sieve() == ActorSieve.ORGANIZATION_ANAPHOR)
        && m.first() == m.last()
        && m.first() > 0
        && s.token(m.first() - 1).lemma().equals("the");
  }

  /**
   * "the European Community … the Community would react": the short name is the dictionary
   * organisation named last before it in the article whose name ends in that word, as the same
   * actor. Null when none does.
   */
  static Mention organizationNamedBefore(Mention m, Sentence s, List<List<Mention>> coded) {
    String word = s.token(m.first()).word();
    for (int i = m.sentence(); i >= 0; i--) {
      List<Mention> ms = coded.get(i);
      for (int j = ms.size() - 1; j >= 0; j--) {
        DictionaryName d = ms.get(j).dictionary();
        if (d != null
            && d.kind() == DictionaryName.Kind.ORGANIZATION
            && d.organization().names().stream()
                .anyMatch(n -> n.contains(" ") && n.endsWith(" " + word))) {
          return m.asOrganization(
              d, ms.get(j).code(), "dictionary:" + d.organization().id() + " as the " + word);
        }
      }
    }
    return null;
  }

  /**
   * "the Export-Import Bank of Japan … the Ex-Im Bank": an organisation no dictionary lists whose
   * name is a short form of one a dictionary names before it in the article (each of its words, in
   * order, begins a word of the longer name, and both end in the same word) is that organisation.
   * Null when there is none.
   */
  static Mention shortFormNamedBefore(Mention m, List<List<Mention>> coded) {
    if (m.kind() != Actor.Kind.ORGANIZATION
        || m.dictionary() != null
        || m.code() != null
        || m.rule() != null
        || m.words().size() < 2) {
      return null;
    }
    for (int i = m.sentence(); i >= 0; i--) {
      List<Mention> ms = coded.get(i);
      for (int j = ms.size() - 1; j >= 0; j--) {
        DictionaryName d = ms.get(j).dictionary();
        if (d == null || d.kind() != DictionaryName.Kind.ORGANIZATION) {
          continue;
        }
        for (String name : d.organization().names()) {
          if (isShortForm(m.words(), List.of(name.split("[\\s\\-]+")))) {
            return m.asOrganization(
                d,
                ms.get(j).code(),
                "dictionary:" + d.organization().id() + " short form " + m.text());
          }
        }
      }
    }
    return null;
  }

  /** Whether each short word begins a word of the long name, in order, and the heads agree. */
  static boolean isShortForm(List<String> shortWords, List<String> longWords) {
    String head = shortWords.get(shortWords.size() - 1);
    if (shortWords.size() >= longWords.size() || !longWords.contains(head)) {
      return false;
    }
    int k = 0;
    for (String w : shortWords) {
      while (k < longWords.size() && !longWords.get(k).startsWith(w)) {
        k++;
      }
      if (k == longWords.size()) {
        return false;
      }
      k++;
    }
    return true;
  }
}
