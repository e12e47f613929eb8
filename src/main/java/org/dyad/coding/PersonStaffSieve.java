package org.dyad.coding;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.lexicon.DictionaryName;
import org.dyad.model.Actor;
import org.dyad.model.ActorCode;
import org.dyad.model.Sentence;

/**
 * Sieve {@code A.find.person-staff} and {@code A.recode.person-staff}: the people who work for a
 * person named right before them ("Rubio's advisers", "Clinton aides", "the Clinton team", "Trump's
 * campaign") act for that person. Found uncoded (a noun of list {@code staff-noun} of {@code
 * lexicon/actor-words.tsv} after a person's name or its possessive), they are coded once every
 * mention is, with the person's country and:
 *
 * <ul>
 *   <li>a campaign: {@code PTY}, the partisan side of a candidate, whatever office they hold;
 *   <li>aides, advisers, a team or staff of a person who holds an office on the article's date:
 *       that office's sector (a senator's aides {@code LEG}, a minister's {@code GOV});
 *   <li>of a person the dictionaries code as an elite out of office ({@code ELI}, a former
 *       office-holder, most often in the news as a candidate or party figure): {@code PTY};
 *   <li>else the person's own sector (a businessman's team {@code BUS}).
 * </ul>
 *
 * A mention left uncoded (the person has no code) is no actor. Immutable.
 */
final class PersonStaffSieve implements FindingSieve {
  /** Nouns for the people who work for a person: aide, adviser, team, campaign, staff. */
  static final Set<String> STAFF_NOUNS = ActorWords.SHIPPED.of("staff-noun");

  /** The role given to the mention when no role noun of the lexicon covers the word. */
  private static final String ROLE = "A.staff";

  /** Sieve {@code A.recode.person-staff}. */
  static final ArticleSieve RECODE = d -> recode(d.coded, d.sentences);

  @Override
  public void find(SentenceDraft d) {
    Sentence s = d.s();
    for (int i = 1; i < s.tokens().size(); i++) {
      if (!s.token(i).isNoun()
          || !STAFF_NOUNS.contains(s.token(i).word()) && !STAFF_NOUNS.contains(s.token(i).lemma())
          || Phrases.isTaken(d.taken(), i, i)
          || i + 1 < s.tokens().size() && s.token(i + 1).isNoun()
          || owner(s, d.hits(), i) < 0) {
        continue;
      }
      DictionaryHit agent = DictionaryHit.hitAt(d.agents(), i);
      String role = agent != null && agent.last() == i ? agent.name().agent().id() : ROLE;
      d.out()
          .add(
              Mention.roleNoun(
                  d.text(), s, i, i, null, role, "person-staff:" + s.token(i).lemma(), List.of()));
      Phrases.mark(d.taken(), i, i);
    }
  }

  /**
   * The last token of the person's name right before the staff noun at {@code i} ("Clinton aides",
   * "Rubio's advisers"), or -1.
   */
  private static int owner(Sentence s, List<DictionaryHit> hits, int i) {
    int k = i - 1;
    if (s.token(k).pos().equals("POS")) {
      k--;
    }
    if (k < 0 || !s.token(k).isProperNoun()) {
      return -1;
    }
    DictionaryHit h = DictionaryHit.hitAt(hits, k);
    boolean person =
        h != null
            ? h.name().kind() == DictionaryName.Kind.PERSON && h.last() == k
            : s.token(k).ner().equals("PERSON");
    return person ? k : -1;
  }

  static void recode(List<List<Mention>> coded, List<Sentence> sentences) {
    for (List<Mention> ms : coded) {
      for (int i = ms.size() - 1; i >= 0; i--) {
        Mention m = ms.get(i);
        Sentence s = sentences.get(m.sentence());
        if (m.code() != null
            || !m.byRoleNoun()
            || m.first() != m.last()
            || m.first() < 1
            || !STAFF_NOUNS.contains(s.token(m.first()).lemma().toLowerCase(Locale.ROOT))) {
          continue;
        }
        int k = s.token(m.first() - 1).pos().equals("POS") ? m.first() - 2 : m.first() - 1;
        Mention person = null;
        for (Mention o : ms) {
          if (o.kind() == Actor.Kind.PERSON && o.last() == k) {
            person = o;
          }
        }
        // A person coded only as a private citizen is most often a politician the dictionaries
        // do not know ("the Blair and Brown camps"): their staff are left out rather than
        // miscoded, as are the staff of a person with no code.
        if (person == null) {
          // No person right before it: another sieve's role noun, left as it is.
          continue;
        }
        if (person.code() == null
            || !person.code().isState()
            || person.sieve() == ActorSieve.PRIVATE_PERSON) {
          ms.remove(i);
          continue;
        }
        ms.set(
            i,
            m.codedBy(
                ActorSieve.ROLE_NOUN,
                ActorCode.of(
                    person.code().country(), sector(s.token(m.first()).lemma(), person.code())),
                "context:person-staff " + person.text(),
                m.role()));
      }
    }
  }

  private static String sector(String lemma, ActorCode person) {
    String own = person.sector();
    if (lemma.toLowerCase(Locale.ROOT).equals("campaign") || "ELI".equals(own)) {
      return "PTY";
    }
    return own;
  }
}
