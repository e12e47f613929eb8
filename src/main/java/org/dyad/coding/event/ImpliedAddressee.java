package org.dyad.coding.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.lexicon.TriggerEntry;
import org.dyad.lexicon.VerbPattern;
import org.dyad.model.Actor;
import org.dyad.model.ActorCode;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;

/**
 * Whom an appeal is addressed to when its words name no one to act ("individual registration should
 * be quickly introduced", "questions must be answered", "there should be an inquiry", "it is vital
 * that we move ahead"): a country's opposition, parties, legislators, courts, unions, business or
 * civil society ask their own government ({@link EventRule#ARG_PASSIVE_APPEAL_ADDRESSEE}), where
 * the article names it ({@link ImpliedSides#counterpart}; an NGO, the one government the article
 * names when it names one); in a story that names no government of that country the appeal is
 * one-sided ({@link EventRule#ARG_APPEAL_TO_NO_ONE}), as the full-scope conventions record a policy
 * appeal with no addressee. A government, an army or a foreign body saying what should be done
 * states its own policy or speaks to no one the article says: no event. Takes the article's
 * context, the appeal's words and its speaking side; returns the match, or null with the reason
 * told to the trace. Stateless, thread-safe.
 */
final class ImpliedAddressee {
  private ImpliedAddressee() {}

  /**
   * The appeal of {@code source} at {@code trigger} (its asked-for clause at {@code head}) to the
   * government its words leave unsaid, or null.
   *
   * @param because the rule that found the appeal, recorded first among the event's rules
   * @param speakerEvidence the rules that found the speaking side ({@link StatementSpeaker})
   */
  static PatternMatch match(
      CodingContext cx,
      Sentence s,
      int trigger,
      int head,
      VerbPattern p,
      Arg source,
      List<Integer> consumed,
      EventRule because,
      List<String> speakerEvidence) {
    if (!cx.on(EventRule.ARG_PASSIVE_APPEAL_ADDRESSEE)) {
      return cx.reject(s, trigger, p, "names no one to act (" + because.id() + " alone)");
    }
    if (!petitions(cx.words(), source.code())) {
      return cx.reject(
          s, trigger, p, "names no one to act, and the speaker states policy, not a petition");
    }
    List<String> evidence = new ArrayList<>(speakerEvidence);
    if (!evidence.contains(because.id())) {
      evidence.add(because.id());
    }
    if (asksForceAbroad(cx, s, head, source)) {
      // "We think sanctions must be applied" in a story about Japan: a call for sanctions against
      // a foreign state is coded to that state (the conventions), not to one's own government.
      return cx.reject(s, trigger, p, "asks for force or sanctions against another party");
    }
    List<Arg> government =
        ImpliedSides.counterpart(cx, List.of(source), s, trigger, p.code(), false);
    if (government.isEmpty() && source.code().isState()) {
      government = governmentNamed(cx, source.code().country(), s, trigger);
    }
    Set<String> governed = cx.parties().governedCountries();
    if (government.isEmpty() && source.code().country().equals("NGO") && governed.size() == 1) {
      // "The British government has refused to explain … 'there should be an investigation,'
      // said Amnesty": in a story that names one government, that is whom an NGO asks.
      government = governmentNamed(cx, governed.iterator().next(), s, trigger);
    }
    if (!government.isEmpty()) {
      evidence.add(EventRule.ARG_PASSIVE_APPEAL_ADDRESSEE.id());
      return new PatternMatch(
          p,
          List.of(source),
          government,
          trigger,
          head,
          false,
          consumed,
          true,
          false,
          false,
          evidence);
    }
    if (cx.on(EventRule.ARG_APPEAL_TO_NO_ONE)
        && source.code().isState()
        && cx.parties().governmentOf(source.code().country()) == null) {
      evidence.add(EventRule.ARG_APPEAL_TO_NO_ONE.id());
      return new PatternMatch(
          p,
          List.of(source),
          List.of(),
          trigger,
          head,
          false,
          consumed,
          false,
          false,
          true,
          evidence);
    }
    return cx.reject(s, trigger, p, "names no one to act, and no government of its own in view");
  }

  /**
   * The government of {@code country} as the article last named it before the trigger, by any of
   * its names ("the home secretary", "ministers"), or as this sentence names it after the trigger;
   * empty when it names none.
   */
  static List<Arg> governmentNamed(CodingContext cx, String country, Sentence s, int trigger) {
    int at = s.token(trigger).span().begin();
    Actor best = null;
    Span named = null;
    for (Actor a : cx.actors().actors()) {
      if (a.code() == null
          || !a.code().isState()
          || !country.equals(a.code().country())
          || !"GOV".equals(a.code().sector())) {
        continue;
      }
      for (Span m : a.mentions()) {
        boolean before = m.begin() < at;
        boolean laterHere = !before && s.span().contains(m.begin());
        if (before && (named == null || named.begin() >= at || m.begin() > named.begin())
            || laterHere && named == null) {
          best = a;
          named = m;
        }
      }
    }
    return best == null
        ? List.of()
        : List.of(new Arg(best.id(), best.code(), named.of(cx.article().text()), named));
  }

  /**
   * Whether the clause at {@code head} asks for force or sanctions (a word whose default code is a
   * threat, a protest, sanctions or force: roots 13 to 20) in a story whose other party is not the
   * speaker's country: "sanctions must be applied" in a story about Japan.
   */
  static boolean asksForceAbroad(CodingContext cx, Sentence s, int head, Arg source) {
    boolean force = false;
    List<Integer> asked = new ArrayList<>(List.of(head));
    for (Dependency d : s.children(head)) {
      if (d.baseRelation().startsWith("nsubj") || d.baseRelation().equals("obj")) {
        asked.add(d.dependent());
      }
    }
    for (int t : asked) {
      Token tok = s.token(t);
      VerbPattern.Pos pos =
          tok.isNoun() ? VerbPattern.Pos.N : tok.isVerb() ? VerbPattern.Pos.V : null;
      if (pos == null) {
        continue;
      }
      String code =
          cx.lexicon().triggers().find(pos, tok.lemma()).map(TriggerEntry::code).orElse("-");
      force |= code.length() >= 2 && code.compareTo("13") >= 0 && code.compareTo("21") < 0;
    }
    if (!force) {
      return false;
    }
    ArticleParties.Party other = cx.parties().counterpartOf(List.of(source.code()));
    return other != null && !other.key().equals(source.code().country());
  }

  /**
   * Whether a speaker of this code petitions its government: a state's opposition, parties,
   * legislators or civil society (the word lists' opposing and petitioning sectors), its elites
   * (former office holders), or an NGO.
   */
  static boolean petitions(EventWords w, ActorCode c) {
    if (c == null) {
      return false;
    }
    if (c.isState()) {
      // A former office holder ("ex-foreign secretary Robin Cook", ELI) asks as anyone outside
      // the government does.
      return c.sector() != null
          && (w.opposingSectors().contains(c.sector())
              || w.petitioningSectors().contains(c.sector())
              || c.sector().equals("ELI"));
    }
    return c.country().equals("NGO");
  }
}
