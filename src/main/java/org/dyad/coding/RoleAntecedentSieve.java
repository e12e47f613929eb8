package org.dyad.coding;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.ActorCode;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Sieve {@code role-antecedent}: a role noun with no owner of its own ("the ministers", "the
 * administration", "its forces") refers to an actor named before it, whose country it takes rather
 * than the article's. Each method returns that earlier mention, or null.
 */
final class RoleAntecedentSieve {
  private RoleAntecedentSieve() {}

  /**
   * Sieve {@code A.code.same-role-before}: "the committee" after "the environment select
   * committee".
   */
  static final CodingSieve SAME_ROLE =
      (m, s, before, d) ->
          as(m, sameRoleBefore(m, d.coded, d.sentences, ofKindOnly(m, d.agentHits.get(s.index()))));

  /**
   * Sieve {@code A.code.administration-before}: an administration is its president's government.
   */
  static final CodingSieve ADMINISTRATION =
      (m, s, before, d) -> as(m, administrationBefore(m, d.coded, d.sentences));

  /**
   * Sieve {@code A.code.possessor-subject}: "Baghdad said its forces …", coded from its context as
   * the subject's country.
   */
  static CodingSieve possessorSubject(ContextSieve context) {
    return (m, s, before, d) -> {
      if (m.code() != null) {
        return null;
      }
      Mention owner = possessorSubject(m, s, before);
      if (owner == null && s.index() > 0 && opensItsClause(m, s) && d.coded.size() >= s.index()) {
        // "Russia said it would not allow clashes. Its forces have been patrolling …": a subject
        // owned by "its" that opens the sentence is the state the sentence before is about.
        owner =
            mainSubjectState(
                d.sentences.get(s.index() - 1), d.coded.get(s.index() - 1), Integer.MAX_VALUE);
      }
      return context.ownedBy(m, s, d, owner);
    };
  }

  /** Whether the role noun, owned by "its" or "their", is the subject of its sentence's root. */
  private static boolean opensItsClause(Mention m, Sentence s) {
    if (!ownedByStatePossessive(m, s)) {
      return false;
    }
    for (var d : s.parents(m.last())) {
      if (d.relation().startsWith("nsubj")) {
        for (var up : s.parents(d.governor())) {
          if (up.governor() < 0) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * The state that is the subject of the main clause of sentence {@code s}, written before token
   * {@code limit}, or null.
   */
  private static Mention mainSubjectState(Sentence s, List<Mention> mentions, int limit) {
    for (var root : s.dependencies()) {
      if (root.governor() >= 0) {
        continue;
      }
      for (var d : s.children(root.dependent())) {
        if (!d.relation().equals("nsubj") || d.dependent() >= limit) {
          continue;
        }
        for (Mention e : mentions) {
          if (e.first() <= d.dependent()
              && d.dependent() <= e.last()
              && e.code() != null
              && e.code().isState()
              && e.alsoCodes().isEmpty()) {
            return e;
          }
        }
      }
    }
    return null;
  }

  /** A mention that is the one named before it, with its code; null when none is. */
  private static CodingSieve.Decision as(Mention m, Mention before) {
    return before == null
        ? null
        : new CodingSieve.Decision(m.settledBy(" as " + before.text()).withCode(before.code()));
  }

  /** Whether the mention is a role noun that takes its sector from an owner it does not have. */
  private static boolean ofKindOnly(Mention m, List<DictionaryHit> agents) {
    return m.code() == null
        && m.awaiting() == Awaiting.ARTICLE_COUNTRY
        && agents.stream().anyMatch(h -> h.last() == m.last() && h.name().agent().sector() == null);
  }

  /**
   * "Baghdad said its forces had routed the Iranians": a role noun owned by "its" or "their" with
   * no country of its own belongs to the state that is the subject of the sentence's main clause,
   * rather than to the article's country. Null when that subject is no state's.
   */
  static Mention possessorSubject(Mention m, Sentence s, List<Mention> earlier) {
    return ownedByStatePossessive(m, s) ? mainSubjectState(s, earlier, m.first()) : null;
  }

  /** Whether the mention awaits the article's country and "its" or "their" owns it. */
  private static boolean ownedByStatePossessive(Mention m, Sentence s) {
    return m.awaiting() == Awaiting.ARTICLE_COUNTRY
        && m.first() > 0
        && ActorWords.SHIPPED
            .of("state-possessive")
            .contains(s.token(m.first() - 1).word().toLowerCase(Locale.ROOT));
  }

  /**
   * "EC foreign ministers met … The ministers said …": a role noun with no owner of its own refers
   * to the role phrase that ends in the same words, with the same number, named last in this or the
   * six sentences before (one for "the government"), rather than to the article's country; a role
   * noun that takes its sector from an owner ({@code kindOnly}: "the committee") may also refer to
   * one coded as the article's. Null when there is none.
   */
  static Mention sameRoleBefore(
      Mention m, List<List<Mention>> coded, List<Sentence> sentences, boolean kindOnly) {
    if (m.awaiting() != Awaiting.ARTICLE_COUNTRY || !unmodified(m, sentences)) {
      return null;
    }
    Token head = sentences.get(m.sentence()).token(m.last());
    String words = plainWords(m.text());
    // "The government" is the story's own government unless another was named just before: a
    // national press names foreign governments in passing ("a similar offer might be made to the
    // Sri Lankan government. … the government has formally offered …"). Other bodies keep their
    // owner through a story's next paragraphs ("EC foreign ministers … The statement said
    // ministers were very disturbed").
    int reach = head.lemma().equalsIgnoreCase("government") ? 1 : 6;
    for (int i = m.sentence(); i >= 0 && i >= m.sentence() - reach; i--) {
      List<Mention> ms = coded.get(i);
      for (int j = ms.size() - 1; j >= 0; j--) {
        Mention earlier = ms.get(j);
        Token other = sentences.get(i).token(earlier.last());
        if (earlier.code() != null
            && earlier.byRoleNoun()
            && (kindOnly || earlier.awaiting() != Awaiting.ARTICLE_COUNTRY)
            && earlier.alsoCodes().isEmpty()
            // "Ministers also said", tagged a name at the start of its sentence: the same word
            && (other.lemma().equals(head.lemma())
                    && other.pos().endsWith("S") == head.pos().endsWith("S")
                || other.word().equalsIgnoreCase(head.word()))
            && plainWords(earlier.text()).endsWith(words)) {
          return earlier;
        }
      }
    }
    return null;
  }

  /**
   * "Reagan Administration officials … the Administration said": "the administration" with no owner
   * of its own is the administration named before it anywhere in the article, by its head ("the
   * Reagan administration": a person holding government office on the article's date) or its
   * country ("the U.S. administration"), rather than the article's country. Returns the earlier
   * mention whose code (country, government) it takes, or null.
   */
  static Mention administrationBefore(
      Mention m, List<List<Mention>> coded, List<Sentence> sentences) {
    if (m.awaiting() != Awaiting.ARTICLE_COUNTRY
        || !unmodified(m, sentences)
        || !sentences
            .get(m.sentence())
            .token(m.last())
            .lemma()
            .equalsIgnoreCase("administration")) {
      return null;
    }
    for (int i = m.sentence(); i >= 0; i--) {
      List<Mention> ms = coded.get(i);
      Sentence s = sentences.get(i);
      for (int j = ms.size() - 1; j >= 0; j--) {
        Mention earlier = ms.get(j);
        if (i == m.sentence() && earlier.first() >= m.first()
            || earlier.code() == null
            || !earlier.code().isState()
            || earlier.alsoCodes().size() > 0) {
          continue;
        }
        boolean ownAdministration =
            earlier.byRoleNoun()
                && "A.administration".equals(earlier.role())
                && earlier.awaiting() != Awaiting.ARTICLE_COUNTRY;
        boolean headsAdministration =
            earlier.kind() == Actor.Kind.PERSON
                && "GOV".equals(earlier.code().sector())
                && earlier.last() + 1 < s.tokens().size()
                && s.token(earlier.last() + 1).lemma().equalsIgnoreCase("administration");
        if (ownAdministration) {
          return earlier;
        }
        if (headsAdministration) {
          return earlier.withCode(ActorCode.of(earlier.code().country(), "GOV"));
        }
      }
    }
    return null;
  }

  /**
   * A role noun standing alone or after "the": not "the Danish foreign and agriculture ministers",
   * whose owner the phrase names, nor "his government", whose owner is a person.
   */
  private static boolean unmodified(Mention m, List<Sentence> sentences) {
    if (m.first() == 0) {
      return true;
    }
    Token before = sentences.get(m.sentence()).token(m.first() - 1);
    return before.lemma().equals("the")
        || !(before.isNoun()
            || before.isAdjective()
            || Set.of("CC", "POS", "PRP$", "HYPH", "CD").contains(before.pos()));
  }

  private static String plainWords(String text) {
    return " " + String.join(" ", text.toLowerCase(Locale.ROOT).split("\\s+"));
  }
}
