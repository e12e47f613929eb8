package org.dyad.coding.event;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.ActorCode;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Dependency;
import org.dyad.model.Quote;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;

/**
 * Sides the sentence leaves unsaid and the article supplies: the other party a state or
 * organisation acts on, the government its opposition or citizens address, the other side of talks;
 * and the tests for when a sentence leaves a side unsaid at all. Takes the article's context (its
 * {@link ArticleParties}), a sentence, the trigger and the side it has; returns the other side as
 * {@link Arg}s where the article last named it, empty when the article does not say. Stateless,
 * thread-safe.
 */
final class ImpliedSides {
  private ImpliedSides() {}

  /** The headline and the first sentence. */
  private static final int LEAD_SENTENCES = 1;

  /** How far back, in characters, the other side was last named: about three sentences. */
  private static final int IMPLIED_TARGET_REACH = 600;

  /** Codes whose target the article may supply (see {@link #counterpart}). */
  static boolean impliesItsTarget(EventWords w, String cameo) {
    return EventWords.startsWithAny(w.impliedTargetRoots(), cameo)
        || EventWords.startsWithAny(w.domesticImpliedRoots(), cameo);
  }

  /**
   * The party a target the sentence leaves unsaid stands for, empty when the article does not say.
   * A state's organs or an international organisation act on the party the article is about that
   * they are not (implied-target roots). A country's opposition, groups and citizens, and an NGO in
   * a story about one state, address that state's government (domestic implied roots). The span is
   * where that party was last named before the trigger, or first named after it.
   */
  static List<Arg> counterpart(
      CodingContext cx,
      List<Arg> sources,
      Sentence s,
      int trigger,
      String cameo,
      boolean answersHearsay) {
    EventWords w = cx.words();
    if (sources.isEmpty() || sources.stream().anyMatch(a -> a.code() == null)) {
      return List.of();
    }
    List<ActorCode> own = sources.stream().map(Arg::code).toList();
    if (own.stream().allMatch(c -> Sides.speaksForAParty(w, c))) {
      return EventWords.startsWithAny(w.impliedTargetRoots(), cameo)
          ? otherParty(cx, own, s, trigger)
          : List.of();
    }
    if (!EventWords.startsWithAny(w.domesticImpliedRoots(), cameo) || answersHearsay) {
      // A politician who rejects "newspaper speculation" answers the press, not the government.
      return List.of();
    }
    Set<String> countries = new HashSet<>();
    boolean petition = cameo.startsWith("02") || cameo.startsWith("10") || cameo.startsWith("14");
    for (ActorCode c : own) {
      if (c.isState()
          && (w.opposingSectors().contains(c.sector())
              || petition && w.petitioningSectors().contains(c.sector()))) {
        countries.add(c.country());
      } else if (c.country().equals("NGO") && petition) {
        // An NGO petitions the government of the state the story is about; what it condemns may
        // be anyone's ("called Camp Delta a scandal" in a story about Britain).
        ArticleParties.Party party = cx.parties().counterpartOf(own);
        if (party == null || !party.representative().code().isState()) {
          return List.of();
        }
        countries.add(party.representative().code().country());
      } else {
        return List.of();
      }
    }
    if (countries.size() != 1) {
      return List.of();
    }
    Actor government = cx.parties().governmentOf(countries.iterator().next());
    if (government == null) {
      return List.of();
    }
    // Whoever holds power is in view all through a story about its politics.
    return inView(cx.article(), government, s, trigger, Integer.MAX_VALUE);
  }

  /**
   * The party the article is about that {@code own} is not, a state's organ or an international
   * organisation, where it was last named within {@link #IMPLIED_TARGET_REACH} before the trigger;
   * empty when there is none or it is out of view.
   */
  static List<Arg> otherParty(CodingContext cx, List<ActorCode> own, Sentence s, int trigger) {
    EventWords w = cx.words();
    AnnotatedArticle article = cx.article();
    ArticleParties.Party party = cx.parties().counterpartOf(own);
    if (party == null || !Sides.speaksForAParty(w, party.representative().code())) {
      return List.of();
    }
    // The party as it was last named: "the U.S. Warships" as well as "the United States".
    List<Arg> seen = inView(article, party.representative(), s, trigger, IMPLIED_TARGET_REACH);
    for (Actor member : party.members()) {
      List<Arg> other = inView(article, member, s, trigger, IMPLIED_TARGET_REACH);
      if (!other.isEmpty()
          && Sides.speaksForAParty(w, member.code())
          && (seen.isEmpty() || other.get(0).span().begin() > seen.get(0).span().begin())) {
        seen = other;
      }
    }
    if (seen.isEmpty() && party.representative().code().isState()) {
      // A state named only on its things is still in view: "after the U.S. raids on the rigs".
      Span word =
          cx.actors()
              .lastCountryWordBefore(
                  party.key(), s.token(trigger).span().begin(), IMPLIED_TARGET_REACH);
      if (word != null) {
        Actor r = party.representative();
        seen = List.of(new Arg(r.id(), r.code(), word.of(article.article().text()), word));
      }
    }
    return seen;
  }

  /**
   * The actor as a target at its last mention before the trigger, within {@code reach} characters,
   * or at its first mention when the trigger is in the lead; empty when it is out of view.
   */
  static List<Arg> inView(
      AnnotatedArticle article, Actor actor, Sentence s, int trigger, int reach) {
    int at = s.token(trigger).span().begin();
    Span named = null;
    for (Span m : actor.mentions()) {
      if (m.begin() < at) {
        named = m;
      }
    }
    // The other side must still be in view: named in this sentence or not long before it. A
    // story's lead introduces the other side after it ("Iran launched a new offensive …").
    if (named == null && s.index() <= LEAD_SENTENCES) {
      named = actor.mentions().get(0);
    }
    if (named == null || at - named.begin() > reach) {
      return List.of();
    }
    return List.of(new Arg(actor.id(), actor.code(), named.of(article.article().text()), named));
  }

  /**
   * The other side of talks or an agreement whose noun names only one ("discussions with US
   * officials", said Mr Straw): the speaker of the statement it is in, when that is a state's organ
   * or an international organisation not on the named side; otherwise the party the article is
   * about that the named side is not, if in view. Empty when neither is known.
   */
  static List<Arg> partnerOf(CodingContext cx, Sentence s, int trigger, List<Arg> named) {
    EventWords w = cx.words();
    if (named.stream().anyMatch(a -> a.code() == null || !Sides.speaksForAParty(w, a.code()))) {
      return List.of();
    }
    Quote statement = cx.innermost(s.token(trigger).span(), false);
    if (statement != null && statement.speaker() != null) {
      Quote.Speaker sp = statement.speaker();
      if (sp.actor() != null
          && sp.code() != null
          && sp.span() != null
          && Sides.speaksForAParty(w, sp.code())
          && named.stream()
              .noneMatch(
                  a -> Sides.sameSide(a, new Arg(sp.actor(), sp.code(), sp.name(), sp.span())))) {
        return List.of(new Arg(sp.actor(), sp.code(), sp.name(), sp.span()));
      }
    }
    return otherParty(cx, named.stream().map(Arg::code).toList(), s, trigger);
  }

  /**
   * The doers of talks a noun names in an "after" or "following" phrase of a clause: the clause's
   * coded subject, when it speaks for a party ("the US had agreed to release the four after
   * intensive discussions"); empty when the noun hangs otherwise or names a side of its own.
   */
  static List<Arg> doersAfterTalks(CodingContext cx, Sentence s, int noun) {
    if (!s.childrenOf(noun, "nmod:poss").isEmpty() || !s.childrenOf(noun, "nmod:with").isEmpty()) {
      return List.of();
    }
    for (Dependency d : s.parents(noun)) {
      if (d.governor() < 0
          || !d.baseRelation().equals("obl")
          || !cx.words().afterPrepositions().contains(d.subtype())
          || !s.token(d.governor()).isVerb()) {
        continue;
      }
      for (Dependency c : s.children(d.governor())) {
        if (!c.relation().equals("nsubj") && !c.relation().equals("nsubj:xsubj")) {
          continue;
        }
        List<Arg> doers = ActorsAt.withConjuncts(cx, s, c.dependent());
        if (!doers.isEmpty()
            && doers.stream()
                .allMatch(a -> a.code() != null && Sides.speaksForAParty(cx.words(), a.code()))) {
          return doers;
        }
      }
    }
    return List.of();
  }

  /**
   * Whether an event noun names who makes it: a possessor ("his party's calls") or a verb that only
   * delivers it ("reiterated calls for an inquiry", "voiced concern"). "Condemned the latest
   * fighting" names the fighting's critic, not its doer.
   */
  static boolean nounSaysItsDoer(EventWords w, Sentence s, int noun) {
    if (!s.childrenOf(noun, "nmod:poss").isEmpty()) {
      return true;
    }
    for (Dependency d : s.parents(noun)) {
      if (d.baseRelation().equals("obj")
          && d.governor() >= 0
          && w.deliveringVerbs().contains(s.token(d.governor()).lemma())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether nothing in the sentence says who holds the talks a noun names: the noun is a subject
   * ("Discussions have begun with Indonesia") or hangs from a clause with no subject of its own.
   * "The families have been involved in discussions with the government" names the families, whom
   * no dictionary codes.
   */
  static boolean doerUnsaid(EventWords w, Sentence s, int noun) {
    if (!s.childrenOf(noun, "nmod:poss").isEmpty()) {
      return false;
    }
    int node = noun;
    for (int hop = 0; hop < 4; hop++) {
      int up = -1;
      for (Dependency d : s.parents(node)) {
        String r = d.baseRelation();
        if (d.governor() < 0) {
          continue;
        }
        if (r.equals("nsubj") || r.equals("nsubj:pass")) {
          return true;
        }
        if (r.equals("obj") || r.equals("obl") || r.equals("nmod") || r.equals("xcomp")) {
          up = d.governor();
        }
      }
      if (up < 0) {
        return true;
      }
      if (s.token(up).isVerb() || s.token(up).isAdjective()) {
        for (Dependency d : s.children(up)) {
          // Neither "there" nor a decision does anything: "the deal to open talks" is often
          // parsed as the subject of "open".
          String subject = s.token(d.dependent()).lemma();
          if (d.baseRelation().equals("nsubj")
              && !subject.equals("there")
              && !w.intentNouns().contains(subject)) {
            return false;
          }
        }
      }
      node = up;
    }
    return true;
  }

  /**
   * A slot filled by someone the dictionaries do not code names its own target, not the article's
   * other side: "pressed banks to give soft loans", "called on leading Western nations", "ordered a
   * government committee to look into".
   */
  static boolean isSomeoneUncoded(EventWords w, Sentence s, int filler) {
    Token t = s.token(filler);
    if ("PERSON".equals(t.ner())
        || "ORGANIZATION".equals(t.ner())
        || w.groupNouns().contains(t.lemma().toLowerCase(Locale.ROOT))) {
      return true;
    }
    return ownedBySomeoneUncoded(w, s, filler);
  }

  /**
   * "the help of a head of an allied government": a thing an unnamed someone owns is theirs (a name
   * is not enough: "a company of Gurkhas" is troops, not whose they are).
   */
  static boolean ownedBySomeoneUncoded(EventWords w, Sentence s, int thing) {
    for (Dependency d : s.children(thing)) {
      if ((d.relation().equals("nmod:of") || d.relation().equals("nmod:poss"))
          && w.groupNouns().contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the verb answers claims whose words say who made them: "denied opposition charges",
   * "denied the claims, made in a new book": not the article's other side.
   */
  static boolean answersNamedHearsay(EventWords w, Sentence s, int verb) {
    for (int o : s.childrenOf(verb, "obj")) {
      if (!w.hearsayNouns().contains(s.token(o).lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (!s.childrenOf(o, "compound").isEmpty() || !s.childrenOf(o, "acl").isEmpty()) {
        return true;
      }
      int next = o + 1;
      if (next < s.tokens().size() && s.token(next).word().equals(",")) {
        next++;
      }
      if (next < s.tokens().size() && s.token(next).pos().equals("VBN")) {
        return true; // "the claims, made in …" hung elsewhere by the parser
      }
    }
    return false;
  }
}
