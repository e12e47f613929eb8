package org.dyad.coding;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.ActorCode;
import org.dyad.model.Dependency;
import org.dyad.model.Place;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Codes a group of people named by role or kind ("voters", "protesters", "police", "the families")
 * with the country where the story puts them: the place named in the group's own phrase ("voters in
 * Ohio"), else the one country the places of its sentence lie in ("Police arrested dozens of
 * protesters in Moscow"), else the country the story is set in ({@link StorySetting#country()}; for
 * companies only a story that names no other country). With none of these the group stays uncoded.
 * Stateless; PETRARCH's conventions never reach it.
 */
final class GroupSettingSieve {
  private GroupSettingSieve() {}

  /** Sieve {@code A.code.group-setting}: a group of people waiting for the story's setting. */
  static final CodingSieve SIEVE =
      (m, s, before, d) ->
          m.code() == null && m.awaiting() == Awaiting.STORY_SETTING
              ? new CodingSieve.Decision(
                  code(
                      m,
                      s,
                      PlaceInPhraseSieve.roleSector(m, d.agentHits.get(s.index())),
                      d.places.get(s.index()),
                      d.setting))
              : null;

  /**
   * Sectors of people who are where the story happens: civilians, workers, students, companies,
   * activists, doctors, farmers, clergy and criminals. Not refugees and migrants, who come from
   * elsewhere, nor the unidentified armed, whom the story's country does not own, nor elites ("No
   * politician should …" speaks of politicians anywhere).
   */
  private static final Set<String> SECTORS =
      Set.of("CVL", "LAB", "EDU", "BUS", "NGO", "HLH", "AGR", "REL", "ENV", "CRM");

  /**
   * Groups whose members are mostly from elsewhere, wherever they are named: visitors, and the
   * lenders, investors and traders of a country's economic news ("Brazil's creditor banks").
   */
  private static final Set<String> VISITORS = ActorWords.SHIPPED.of("visitor-noun");

  /** The news media as a whole ("the media", "the press"): the media of where the story is set. */
  private static final Set<String> MEDIA = ActorWords.SHIPPED.of("media-group-noun");

  /** Words that put a group abroad: "foreign investors", "international donors". */
  private static final Set<String> ABROAD = ActorWords.SHIPPED.of("abroad-word");

  /**
   * Sectors of organisations: "the company", "the union", "this charity" named alone refer to one
   * named before ("Pfizer … the company"), and "a company" may be a unit ("a company of 120
   * Gurkhas"): one organisation is no group of the story's country.
   */
  private static final Set<String> ORGANIZED = Set.of("BUS", "LAB", "NGO", "EDU", "REL", "HLH");

  private static final Set<String> PHRASE_PREPOSITIONS =
      ActorWords.SHIPPED.of("phrase-preposition");

  /**
   * Whether the role noun at [first, last] with {@code sector} names a group of people this sieve
   * codes: a society sector, not visitors, not owned by anyone ("his supporters", "the company's
   * workers") and not qualified as foreign.
   */
  static boolean isGroup(Sentence s, int first, int last, String sector) {
    if (sector == null
        || !(SECTORS.contains(sector)
            || "MED".equals(sector)
                && MEDIA.contains(s.token(last).lemma().toLowerCase(Locale.ROOT)))) {
      return false;
    }
    if (VISITORS.contains(s.token(last).lemma().toLowerCase(Locale.ROOT))) {
      return false;
    }
    // "the Gang of Eight", "No Child Left Behind": a capital after a word begins a name (after a
    // dateline's dash or a quotation mark it begins the sentence).
    if (last > 0
        && Character.isUpperCase(s.token(last).word().charAt(0))
        && Character.isLetterOrDigit(s.token(last - 1).word().charAt(0))) {
      return false;
    }
    if (ORGANIZED.contains(sector) && !s.token(last).pos().endsWith("S")) {
      return false;
    }
    for (int k = first - 1; k >= 0 && k >= first - 3; k--) {
      Token t = s.token(k);
      String w = t.word().toLowerCase(Locale.ROOT);
      // "those people who have lost their lives": people the sentence picks out, anywhere.
      if (t.pos().equals("PRP$")
          || t.pos().equals("POS")
          || ABROAD.contains(w)
          || w.equals("those")
          || w.equals("these")) {
        return false;
      }

      if (!(t.isAdjective() || t.isNoun() || t.pos().equals("DT") || t.pos().equals("CD"))) {
        break;
      }
    }
    // "X, a union leader", "she is a teacher": a description of someone named, no group.
    for (Dependency d : s.parents(last)) {
      if (d.baseRelation().equals("appos")) {
        return false;
      }
    }
    // "workers from eastern European countries": a group from elsewhere, unless the place is
    // known (then its own phrase gives it).
    if (!s.childrenOf(last, "nmod:from").isEmpty()) {
      return false;
    }
    return s.childrenOf(last, "cop").isEmpty();
  }

  /** The group coded by where the story puts it, or unchanged when nothing does. */
  static Mention code(
      Mention m, Sentence s, String sector, List<Place> places, StorySetting setting) {
    Place own = placeInPhrase(m, s, places);
    if (own != null) {
      return m.settledAs(ActorCode.of(own.country(), sector), m.rule() + " in place " + own.name());
    }
    Place only = onlyCountryOfSentence(s, places);
    if (only != null) {
      return m.settledAs(
          ActorCode.of(only.country(), sector), m.rule() + " in sentence place " + only.name());
    }
    if (setting != null
        && setting.country() != null
        && (!"BUS".equals(sector) || setting.namesNoOtherCountry())) {
      return m.settledAs(
          ActorCode.of(setting.country(), sector), m.rule() + " in " + setting.rule());
    }
    return m;
  }

  /**
   * The place with a country that the parse hangs on the group's noun ("voters in Ohio",
   * "protesters from Aleppo"), or that follows it after a preposition; null when there is none.
   */
  static Place placeInPhrase(Mention m, Sentence s, List<Place> places) {
    for (Place p : places) {
      if (p.country() == null) {
        continue;
      }
      int t = s.tokenAt(p.span().begin());
      if (t <= m.last()) {
        continue;
      }
      boolean hangs =
          s.parents(t).stream()
              .anyMatch(d -> d.governor() == m.last() && d.baseRelation().equals("nmod"));
      int prep = m.last() + 1;
      boolean follows =
          prep < s.tokens().size()
              && PHRASE_PREPOSITIONS.contains(s.token(prep).lemma())
              && (t == prep + 1 || t == prep + 2 && s.token(prep + 1).pos().equals("DT"));
      if (hangs || follows) {
        return p;
      }
    }
    return null;
  }

  /**
   * Whether a place says where a clause happens ("arrested … in Moscow", a dateline) rather than
   * qualifying a noun ("prisoners at Guantanamo Bay in Cuba"). A place the parser hangs on a verb's
   * object is where the verb's act happens too: "attacked a police station in western Nepal".
   */
  static boolean happensThere(Sentence s, Place p) {
    int head = s.tokenAt(p.span().end() - 1);
    return s.parents(head).stream()
        .noneMatch(
            d ->
                d.baseRelation().equals("nmod")
                    && d.governor() >= 0
                    && s.token(d.governor()).isNoun()
                    && !isVerbsObject(s, d.governor()));
  }

  private static boolean isVerbsObject(Sentence s, int noun) {
    return s.parents(noun).stream()
        .anyMatch(
            d -> d.relation().equals("obj") && d.governor() >= 0 && s.token(d.governor()).isVerb());
  }

  /**
   * The first place the sentence names, wherever it hangs, when all its places lie in one country,
   * else null.
   */
  static Place onlyCountryNamedIn(Sentence s, List<Place> places) {
    Set<String> countries = new LinkedHashSet<>();
    Place first = null;
    for (Place p : places) {
      if (p.country() != null) {
        countries.add(p.country());
        first = first == null ? p : first;
      }
    }
    return countries.size() == 1 ? first : null;
  }

  /**
   * The first place of the sentence where its clauses happen ("arrested … in Moscow"; not a place
   * that only qualifies a noun: "the detention of prisoners at Guantanamo Bay in Cuba") when all
   * such places lie in one country, else null.
   */
  static Place onlyCountryOfSentence(Sentence s, List<Place> places) {
    Set<String> countries = new LinkedHashSet<>();
    Place first = null;
    for (Place p : places) {
      if (p.country() != null && happensThere(s, p)) {
        countries.add(p.country());
        first = first == null ? p : first;
      }
    }
    return countries.size() == 1 ? first : null;
  }
}
