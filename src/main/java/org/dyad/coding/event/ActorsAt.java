package org.dyad.coding.event;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.coding.ActorAnalysis;
import org.dyad.coding.ResolvedMention;
import org.dyad.lexicon.AgentEntry;
import org.dyad.model.Dependency;
import org.dyad.model.Quote;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;

/**
 * The argument layer's base: the actors a token names, with pronouns and definite anaphors ("the
 * bloc", "the country", "they", "the company": {@link Antecedents}) resolved, with their conjuncts,
 * or inside the phrase the token heads. Takes the article's context, a sentence and a token;
 * returns {@link Arg}s in text order, empty when none. Stateless, thread-safe.
 */
final class ActorsAt {
  private ActorsAt() {}

  /**
   * The agents dictionary's role noun {@code t} is ("minister", "leaders", "boss"), by its lemma or
   * its word, or null: people or a body, whether or not anything codes them here.
   */
  static AgentEntry roleNoun(CodingContext cx, Token t) {
    String lemma = t.lemma().toLowerCase(java.util.Locale.ROOT);
    String word = t.word().toLowerCase(java.util.Locale.ROOT);
    for (AgentEntry a : cx.lexicon().agents()) {
      if (a.nouns().contains(lemma) || a.nouns().contains(word)) {
        return a;
      }
    }
    return null;
  }

  /** The actors named at token {@code t}, with pronouns resolved. */
  static List<Arg> argsAt(CodingContext cx, Sentence s, int t) {
    ActorAnalysis actors = cx.actors();
    ResolvedMention m = actors.mentionAt(s.index(), t);
    if (m == null) {
      for (int a : s.childrenOf(t, "appos")) {
        m = actors.mentionAt(s.index(), a);
        if (m != null) {
          break;
        }
      }
    }
    if (m == null) {
      // "his Israeli counterpart Ariel Sharon": the parser may hang the name on the title as an
      // unlabelled dependent; the name written right after the title is the title-holder.
      for (int a : s.childrenOf(t, "dep")) {
        ResolvedMention named = actors.mentionAt(s.index(), a);
        if (named != null && s.tokenAt(named.span().begin()) == t + 1) {
          m = named;
          break;
        }
      }
    }
    Token token = s.token(t);
    if (m == null
        && cx.on(EventRule.ARG_ORGANIZATION_ANAPHOR)
        && cx.words().organizationAnaphors().contains(token.lemma())
        && s.childrenOf(t, "det").stream().anyMatch(d -> s.token(d).lemma().equals("the"))
        && s.childrenOf(t, "amod").isEmpty()
        && s.childrenOf(t, "compound").isEmpty()) {
      // "the group might impose tariffs": the international body named just before (not "the
      // international community", not "the Muslim group").
      ResolvedMention org = actors.organizationBefore(s.index(), token.span().begin());
      if (org != null) {
        return List.of(
            new Arg(org.actors().get(0), org.codes().get(0), token.word(), token.span()));
      }
    }
    if (m == null
        && cx.on(EventRule.ARG_STATE_ANAPHOR)
        && cx.words().stateAnaphors().contains(token.lemma())
        && token.pos().equals("NN")
        && s.childrenOf(t, "det").stream().anyMatch(d -> s.token(d).lemma().equals("the"))
        && s.childrenOf(t, "amod").isEmpty()
        && s.childrenOf(t, "compound").isEmpty()
        && s.childrenOf(t, "nmod:poss").isEmpty()
        && s.children(t).stream().noneMatch(d -> d.baseRelation().equals("nmod"))
        // as the doer of a clause only: "addressed the nation" is its people
        && s.parents(t).stream()
            .anyMatch(
                d ->
                    d.relation().startsWith("nsubj")
                        || d.relation().equals("nmod:by") // "greater effort by the country"
                        || d.relation().equals("obl:agent"))) {
      // "appealed for the country to make a greater effort": the state named just before.
      ResolvedMention state = actors.stateBefore(s.index(), token.span().begin());
      if (state != null) {
        return List.of(
            new Arg(state.actors().get(0), state.codes().get(0), token.word(), token.span()));
      }
    }
    if (m == null
        && cx.on(EventRule.ARG_SIDE_NOUN_OWNER)
        && cx.words().sideNouns().contains(token.lemma().toLowerCase(java.util.Locale.ROOT))) {
      List<Arg> owner = sideOwner(cx, s, t);
      if (!owner.isEmpty()) {
        return owner;
      }
    }
    if ((m == null || m.codes().stream().allMatch(c -> c == null)) && !token.isPronoun()) {
      // "Members of the committee", "the company": a reference that names no coded actor itself.
      List<Arg> described = Antecedents.ofDescription(cx, s, t);
      if (!described.isEmpty()) {
        return described;
      }
    }
    if (m == null && token.isPronoun()) {
      String p = token.lemma();
      if (cx.words().firstPersonPronouns().contains(p)) {
        Quote q = cx.innermost(token.span(), true);
        if (q != null && q.speaker() != null && q.speaker().actor() != null) {
          return List.of(
              new Arg(q.speaker().actor(), q.speaker().code(), token.word(), token.span()));
        }
        return List.of();
      }
      if (cx.words().personPronouns().contains(p)) {
        m = actors.personBefore(s.index(), t);
        if (m != null) {
          return List.of(new Arg(m.actors().get(0), m.codes().get(0), token.word(), token.span()));
        }
      }
      if (p.equals("it") || p.equals("they")) {
        return Antecedents.ofPronoun(cx, s, t);
      }
      return List.of();
    }
    if (m == null) {
      return List.of();
    }
    List<Arg> out = new ArrayList<>();
    for (int i = 0; i < m.actors().size(); i++) {
      out.add(new Arg(m.actors().get(i), m.codes().get(i), m.text(), m.span()));
    }
    return out;
  }

  /**
   * R.arg.side-noun-owner: "Hillary Clinton's campaign", "the Trump campaign", "her spokesman",
   * "Trump's campaign manager": a side noun (campaign, aide, spokesman …) owned by a coded actor,
   * named before it or by a possessive pronoun, acts for that actor's side. Empty when none does.
   */
  private static List<Arg> sideOwner(CodingContext cx, Sentence s, int noun) {
    Token token = s.token(noun);
    for (Dependency d : s.children(noun)) {
      if (!(d.relation().equals("nmod:poss") || d.relation().equals("compound"))
          || d.dependent() > noun) {
        continue;
      }
      int owner = d.dependent();
      // A name, "his" or "her", or another side noun ("Trump's campaign manager") as argsAt reads
      // them; "its" and "their" as the governing subject's.
      List<Arg> found = argsAt(cx, s, owner);
      if (found.isEmpty() && s.token(owner).isPronoun()) {
        found = Antecedents.ofPossessive(cx, s, owner);
      }
      List<Arg> side =
          found.stream()
              .filter(a -> a.code() != null)
              .map(a -> new Arg(a.actor(), a.code(), token.word(), token.span()))
              .toList();
      if (!side.isEmpty()) {
        return side;
      }
    }
    return List.of();
  }

  /** The actors at {@code t} and at its conjuncts: "both India and Pakistan". */
  static List<Arg> withConjuncts(CodingContext cx, Sentence s, int t) {
    List<Arg> out = new ArrayList<>(argsAt(cx, s, t));
    if (out.isEmpty() && cx.on(EventRule.ARG_HYPHENATED_PAIR) && hyphenatedPair(s, t)) {
      // "EC-U.S. cooperation": the pair's second, a state's word no mention holds, is the state.
      out.addAll(
          Nationalities.stateWrittenAt(cx.actors(), s, t, cx.actors().countryOfWord(s.index(), t)));
    }
    if (out.isEmpty()) {
      return out;
    }
    for (int conj : conjunctsOf(cx.actors(), s, t)) {
      for (Arg a : argsAt(cx, s, conj)) {
        if (!out.contains(a)) {
          out.add(a);
        }
      }
    }
    if (cx.on(EventRule.ARG_HYPHENATED_PAIR)) {
      // "U.S.-EC cooperation", "Israeli-Palestinian talks": a pair joined by a hyphen names both
      // sides, the first written as a modifier of the second.
      for (int c : s.childrenOf(t, "compound")) {
        if (c + 2 == t && s.token(c + 1).word().equals("-")) {
          List<Arg> partner = argsAt(cx, s, c);
          if (partner.isEmpty()) {
            partner =
                Nationalities.stateWrittenAt(
                    cx.actors(), s, c, cx.actors().countryOfWord(s.index(), c));
          }
          for (Arg a : partner) {
            if (!out.contains(a)) {
              out.add(a);
            }
          }
        }
      }
    }
    return out;
  }

  /** Whether {@code t} is the second of a pair joined by a hyphen: "EC-U.S." */
  private static boolean hyphenatedPair(Sentence s, int t) {
    return s.childrenOf(t, "compound").stream()
        .anyMatch(c -> c + 2 == t && s.token(c + 1).word().equals("-"));
  }

  /**
   * Actors named at {@code t} or, when {@code t} is a thing ("North Korea's recent burst of
   * diplomacy"), in the phrase it heads: possessors, "of" and other modifiers, breadth first to
   * {@code depth}.
   */
  static List<Arg> argsInside(CodingContext cx, Sentence s, int t, int depth) {
    List<Arg> here = withConjuncts(cx, s, t);
    if (!here.isEmpty()) {
      return here;
    }
    Deque<int[]> queue = new ArrayDeque<>();
    queue.add(new int[] {t, 0});
    Set<Integer> visited = new HashSet<>();
    // A possessive pronoun ("his fellow UKIP MEPs", "its own troops") most often points back at
    // the doer, so an actor the phrase names outright goes first; the pronoun's is the fallback.
    List<Arg> pronounOwner = List.of();
    while (!queue.isEmpty()) {
      int[] cur = queue.poll();
      if (!visited.add(cur[0]) || cur[1] >= depth) {
        continue;
      }
      for (Dependency d : s.children(cur[0])) {
        String r = d.baseRelation();
        boolean participle =
            s.token(cur[0]).pos().equals("VBN") || s.token(cur[0]).pos().equals("VBG");
        // "the statements made by President Reagan": the agent of a participle of making
        // (making-verb) is whose the thing is; "an accord opposed by fishermen" is not theirs.
        boolean madeBy =
            r.equals("acl")
                && s.token(d.dependent()).pos().equals("VBN")
                && cx.on(EventRule.ARG_MAKER_OF_THING)
                && cx.words().makingVerbs().contains(s.token(d.dependent()).lemma());
        if (!(r.equals("nmod")
            || r.equals("compound")
            || r.equals("appos")
            || r.equals("conj")
            || r.equals("amod")
            || d.relation().endsWith(":npmod")
            || participle && r.equals("obl")
            || madeBy)) {
          continue;
        }
        List<Arg> a = withConjuncts(cx, s, d.dependent());
        if (!a.isEmpty()) {
          if (!s.token(d.dependent()).pos().equals("PRP$")) {
            return a;
          }
          if (pronounOwner.isEmpty()) {
            pronounOwner = a;
          }
          continue;
        }
        queue.add(new int[] {d.dependent(), cur[1] + 1});
      }
    }
    return pronounOwner;
  }

  /**
   * The words coordinated with {@code t}: its own conjuncts and, when {@code t} is inside a name,
   * those of the name's head ("between Minas Tirith and Osgiliath": Osgiliath hangs from "Tirith").
   */
  static List<Integer> conjunctsOf(ActorAnalysis actors, Sentence s, int t) {
    List<Integer> out = new ArrayList<>(s.childrenOf(t, "conj"));

    ResolvedMention m = actors.mentionAt(s.index(), t);
    if (m != null && m.head() != t && m.head() >= 0 && m.head() < s.tokens().size()) {
      for (int c : s.childrenOf(m.head(), "conj")) {
        if (!out.contains(c)) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /**
   * The nearest actor mention ending at or before {@code pos} (exactly at it when {@code
   * attached}), as {first token, a token inside it}, or null.
   */
  static int[] actorLeftOf(CodingContext cx, Sentence s, int pos, boolean attached) {
    for (int k = pos; k >= 0; k--) {
      if (!argsAt(cx, s, k).isEmpty()) {
        ResolvedMention m = cx.actors().mentionAt(s.index(), k);
        return new int[] {m == null ? k : s.tokenAt(m.span().begin()), k};
      }
      if (attached) {
        break;
      }
    }
    return null;
  }

  /** The actors among {@code args}, each once, in order. */
  static List<Arg> dedupe(List<Arg> args) {
    List<Arg> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Arg a : args) {
      if (ids.add(a.actor())) {
        out.add(a);
      }
    }
    return out;
  }

  /** The coded actors among {@code args}. */
  static List<Arg> coded(List<Arg> args) {
    List<Arg> out = new ArrayList<>();
    for (Arg a : args) {
      if (a.code() != null) {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * R.arg.aimed-against-inside: of the actors found inside the phrase at {@code phrase}, those not
   * in an "against" phrase on it, for support, consultation and intents (03, 04, 05): "defended the
   * new sanctions against Japan" defends no Japan. Other codes keep them all.
   */
  static List<Arg> notAimedAgainst(
      CodingContext cx, Sentence s, int phrase, String cameo, List<Arg> inside) {
    if (!cx.on(EventRule.ARG_AIMED_AGAINST_INSIDE)
        || !(cameo.startsWith("03") || cameo.startsWith("04") || cameo.startsWith("05"))) {
      return inside;
    }
    List<Span> against = new ArrayList<>();
    for (int c : s.childrenOf(phrase, "nmod:against")) {
      int first = c;
      int last = c;
      Deque<Integer> todo = new ArrayDeque<>(List.of(c));
      Set<Integer> seen = new HashSet<>();
      while (!todo.isEmpty()) {
        int t = todo.poll();
        if (!seen.add(t)) {
          continue;
        }
        first = Math.min(first, t);
        last = Math.max(last, t);
        for (Dependency d : s.children(t)) {
          if (!d.baseRelation().startsWith("nsubj") && !d.baseRelation().equals("ref")) {
            todo.add(d.dependent()); // the phrase's own words, not a clause it controls
          }
        }
      }
      against.add(new Span(s.token(first).span().begin(), s.token(last).span().end()));
    }
    return inside.stream()
        .filter(a -> against.stream().noneMatch(sp -> sp.contains(a.span())))
        .toList();
  }
}
