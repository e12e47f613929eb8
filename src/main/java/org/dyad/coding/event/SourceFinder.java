package org.dyad.coding.event;

import java.util.ArrayList;
import java.util.List;
import org.dyad.coding.ResolvedMention;
import org.dyad.lexicon.VerbPattern;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;

/**
 * The argument layer's doers: who acts at a trigger, from its subject (the "by" agent of a
 * passive), the possessor or governing verb of an event noun, a participle's noun, a statement's
 * issuer, or the actors written right before the verb; and who owns a judged thing. Takes the
 * article's context, a sentence and a token; returns {@link Arg}s, empty when none. Stateless,
 * thread-safe.
 */
final class SourceFinder {
  /** "U.S.", "US", "UK", "EU", "U.N.": two to five capitals, each maybe with a full stop. */
  private static final java.util.regex.Pattern ABBREVIATED_NAME =
      java.util.regex.Pattern.compile("(?:[A-Z]\\.?){2,5}");

  private SourceFinder() {}

  /** The source actors of a trigger of word class {@code pos}. */
  static List<Arg> sources(
      CodingContext cx, Sentence s, int trigger, VerbPattern.Pos pos, boolean passive) {
    if (pos == VerbPattern.Pos.N) {
      if (cx.on(EventRule.ARG_BETWEEN_FIRST)) {
        // "talks between the U.S. and Japan": the first side is the one named first, whoever
        // awaits their outcome.
        List<Arg> sides = SourceRules.betweenSides(cx, s, trigger);
        if (sides.size() >= 2) {
          return List.of(sides.get(0));
        }
      }
      for (int poss : s.childrenOf(trigger, "nmod:poss")) {
        List<Arg> a = ActorsAt.argsAt(cx, s, poss);
        if (!a.isEmpty()) {
          return a;
        }
      }
      for (int by : s.childrenOf(trigger, "nmod:by")) {
        List<Arg> a = ActorsAt.argsAt(cx, s, by);
        if (!a.isEmpty()) {
          return a;
        }
      }
      if (cx.on(EventRule.ARG_NATIONALITY_IS_DOER)) {
        // "Iraqi counter-attacks", "the Chinese crackdown": a nationality on an act is its
        // doer's (a country's name is not: "the Iraq war" is fought in Iraq).
        List<Arg> doer = Nationalities.nationalityOnAct(cx.actors(), s, trigger);
        if (!doer.isEmpty()) {
          return doer;
        }
        // "a U.S. attack on an Iranian target", "UN sanctions": an abbreviated name before an act
        // is used as an adjective, its doer's (a full name is not: "the Iraq war").
        for (int c : s.childrenOf(trigger, "compound")) {
          if (ABBREVIATED_NAME.matcher(s.token(c).word()).matches()) {
            List<Arg> named = ActorsAt.argsAt(cx, s, c);
            if (named.isEmpty()) {
              named =
                  Nationalities.stateWrittenAt(
                      cx.actors(), s, c, cx.actors().countryOfWord(s.index(), c));
            }
            if (!named.isEmpty()) {
              return named;
            }
          }
        }
      }
      // "Xi concluded a meeting with Kim", "Pompeo said following a trip to North Korea", and
      // through the nouns in between: "made his remarks after two days of talks with …".
      int node = trigger;
      for (int hop = 0; hop < 3; hop++) {
        int up = -1;
        for (Dependency d : s.parents(node)) {
          String r = d.baseRelation();
          if (d.governor() < 0) {
            continue;
          }
          if ((r.equals("obj") || r.equals("obl"))
              && s.token(d.governor()).isVerb()
              && !(r.equals("obj")
                  && cx.words().judgingVerbs().contains(s.token(d.governor()).lemma()))
              && !(r.equals("obj")
                  && cx.on(EventRule.ARG_NAMED_ACT_IS_NOT_THE_NAMERS)
                  && namesItsObject(cx, s, d.governor(), node))) {
            // "The accord was signed by Okongwu after talks with CoFACE": a passive's agent;
            // without one, its subject ("Masse was invited to Caracas for talks").
            if (Syntax.isPassive(s, d.governor())) {
              List<Arg> agents = subjects(cx, s, d.governor(), true);
              if (!agents.isEmpty()) {
                return agents;
              }
            }
            return subjects(cx, s, d.governor(), false);
          }
          if (r.equals("nmod") && s.token(d.governor()).isNoun() && !d.subtype().equals("poss")) {
            up = d.governor();
          }
        }
        if (up < 0) {
          break;
        }
        node = up;
      }
      return List.of();
    }
    return subjects(cx, s, trigger, passive);
  }

  /**
   * R.arg.named-act-is-not-the-namers: whether {@code verb} is a naming verb that says what its
   * object {@code object} is ("called the demand a ploy", "described the attack as a smear"): a
   * second noun, an "as" phrase or a predicate follows the object. "Called a meeting" names
   * nothing.
   */
  static boolean namesItsObject(CodingContext cx, Sentence s, int verb, int object) {
    if (!cx.words().namingVerbs().contains(s.token(verb).lemma())) {
      return false;
    }
    for (Dependency d : s.children(verb)) {
      String r = d.relation();
      if (r.equals("xcomp") || r.equals("obl:as") || r.equals("advcl:as")) {
        return true;
      }
    }
    int[] range = s.subtreeRange(verb);
    for (int t = object + 1; t <= range[1] && t < s.tokens().size(); t++) {
      for (Dependency d : s.parents(t)) {
        if (d.relation().equals("dep") && s.token(t).isNoun()
            || d.relation().equals("obj")
                && d.governor() == verb
                && t != object
                && !s.parents(t).stream().anyMatch(p -> p.baseRelation().equals("conj"))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The subject of {@code verb} as actors (its agent when {@code passive}). */
  static List<Arg> subjects(CodingContext cx, Sentence s, int verb, boolean passive) {
    List<Arg> out = new ArrayList<>();
    if (passive) {
      for (int agent : s.childrenOf(verb, "obl:agent")) {
        out.addAll(ActorsAt.argsAt(cx, s, agent));
      }
      for (int agent : s.childrenOf(verb, "obl:by")) {
        out.addAll(ActorsAt.argsAt(cx, s, agent));
      }
      if (out.isEmpty() && cx.on(EventRule.ARG_AGENT_ON_TIME_PHRASE)) {
        // "was welcomed at the time by Beijing": the parser hangs the agent on the time phrase.
        for (int when : s.childrenOf(verb, "obl")) {
          for (int agent : s.childrenOf(when, "nmod:by")) {
            out.addAll(ActorsAt.argsAt(cx, s, agent));
          }
        }
      }
      return out;
    }
    for (Dependency d : s.children(verb)) {
      // nsubj:pass here is an adjectival participle's subject: "the United States is prepared to
      // …".
      if (d.relation().equals("nsubj")
          || d.relation().equals("nsubj:xsubj")
          || d.relation().equals("nsubj:pass")) {
        out.addAll(ActorsAt.argsAt(cx, s, d.dependent()));
        if (out.isEmpty()
            && cx.on(EventRule.ARG_STATEMENT_ISSUER)
            && cx.statementNouns().contains(s.token(d.dependent()).lemma())) {
          // "A foreign ministry statement described … and called on Ottawa": a statement acts
          // for whoever issued it.
          for (int issuer : s.childrenOf(d.dependent(), "compound")) {
            out.addAll(ActorsAt.argsAt(cx, s, issuer));
          }
          for (int issuer : s.childrenOf(d.dependent(), "nmod:poss")) {
            out.addAll(ActorsAt.argsAt(cx, s, issuer));
          }
        }
        for (int conj : s.childrenOf(d.dependent(), "conj")) {
          for (Arg a : ActorsAt.argsAt(cx, s, conj)) {
            if (!out.contains(a)) {
              out.add(a);
            }
          }
        }
        // "Trump and Democratic rival Hillary Clinton meet": the parser may read the first
        // conjunct as a modifier of the last; a modifier with a conjunct of its own is a subject.
        for (int c : s.childrenOf(d.dependent(), "compound")) {
          if (!s.childrenOf(c, "conj").isEmpty() && !s.childrenOf(c, "cc").isEmpty()
              || s.children(c).stream().anyMatch(x -> x.relation().startsWith("conj"))) {
            for (Arg a : ActorsAt.argsAt(cx, s, c)) {
              if (!out.contains(a)) {
                out.add(0, a);
              }
            }
          }
        }
        if (!out.isEmpty()) {
          return out;
        }
      }
    }
    // "A U.S. Senate team was scheduled to meet …": the parser leaves a passive controller out of
    // the controlled verb's subjects.
    for (Dependency d : s.parents(verb)) {
      if (cx.on(EventRule.ARG_PASSIVE_CONTROLLER)
          && d.baseRelation().equals("xcomp")
          && d.governor() >= 0
          && s.token(d.governor()).isVerb()) {
        for (Dependency c : s.children(d.governor())) {
          if (c.relation().equals("nsubj:pass")) {
            // "a U.S. Senate team": a body's team or delegation is the body's.
            List<Integer> named = new ArrayList<>(List.of(c.dependent()));
            named.addAll(s.childrenOf(c.dependent(), "compound"));
            for (int n : named) {
              List<Arg> controller = ActorsAt.argsAt(cx, s, n);
              if (!controller.isEmpty()) {
                return controller;
              }
            }
          }
        }
      }
    }
    // "Baker is due to visit Denmark": the parser hangs the infinitive on the adjective as a
    // clause of its own, and the adjective's subject does what it is due, set or keen to.
    if (cx.on(EventRule.ARG_ADJECTIVE_CONTROLLER)
        && !s.hasChild(verb, "nsubj")
        && !s.hasChild(verb, "nsubj:pass")
        && s.childrenOf(verb, "mark").stream().anyMatch(m -> s.token(m).lemma().equals("to"))) {
      for (Dependency d : s.parents(verb)) {
        String rel = d.baseRelation();
        if ((rel.equals("xcomp") || rel.equals("ccomp"))
            && d.governor() >= 0
            && s.token(d.governor()).pos().startsWith("JJ")) {
          for (int subject : s.childrenOf(d.governor(), "nsubj")) {
            List<Arg> controller = ActorsAt.argsAt(cx, s, subject);
            if (!controller.isEmpty()) {
              return controller;
            }
          }
        }
      }
    }
    if (s.hasChild(verb, "nsubj")
        || s.hasChild(verb, "nsubj:pass")
        || s.hasChild(verb, "csubj")
        || s.hasChild(verb, "csubj:pass")) {
      return out; // a subject that names no actor: "The deal to open talks with Ankara came …"
    }
    // A participle clause has its subject outside: "Mr Straw, visiting Beijing, …" (the noun it
    // modifies) or "…, saying …" (the subject of the verb it hangs from).
    if (cx.on(EventRule.ARG_PARTICIPLE_SUBJECT)
        && (s.token(verb).pos().equals("VBG") || s.token(verb).pos().equals("VBN"))) {
      List<Arg> outside = participleSubject(cx, s, verb);
      if (!outside.isEmpty()) {
        return outside;
      }
    }
    // The parse found no subject: take the actors written right before the verb ("… Trump and Kim
    // met").
    int k = verb - 1;
    while (k >= 0
        && (s.token(k).pos().startsWith("RB")
            || s.token(k).pos().equals("MD")
            || s.token(k).lemma().equals("have")
            || s.token(k).lemma().equals("be"))) {
      k--;
    }
    while (k >= 0) {
      List<Arg> here = ActorsAt.argsAt(cx, s, k);
      if (here.isEmpty()) {
        break;
      }
      out.addAll(0, here);
      ResolvedMention m = cx.actors().mentionAt(s.index(), k);
      int before = m == null ? k - 1 : s.tokenAt(m.span().begin()) - 1;
      if (before >= 1
          && (s.token(before).lemma().equals("and") || s.token(before).word().equals(","))) {
        k = before - 1;
      } else {
        break;
      }
    }
    return out;
  }

  /**
   * The subject of a participle clause, which stands outside it: the noun it modifies, what a
   * statement it modifies says (its issuer), or the subject of the verb it hangs from; empty when
   * none names an actor.
   */
  private static List<Arg> participleSubject(CodingContext cx, Sentence s, int verb) {
    for (Dependency d : s.parents(verb)) {
      if (d.governor() < 0) {
        continue;
      }
      if (d.baseRelation().equals("acl")) {
        List<Arg> owner = ActorsAt.argsAt(cx, s, d.governor());
        if (!owner.isEmpty()) {
          return owner;
        }
        // "ministers issued a statement deploring …": what a statement says, its issuer says.
        if (cx.on(EventRule.ARG_STATEMENT_ISSUER)
            && cx.statementNouns().contains(s.token(d.governor()).lemma())) {
          // "a letter from Japan's prime minister promising …": an author written on the
          // document is its issuer, not whoever reads it.
          for (Dependency by : s.children(d.governor())) {
            if (by.relation().equals("nmod:from")
                || by.relation().equals("nmod:by")
                || by.relation().equals("nmod:poss")) {
              List<Arg> author = ActorsAt.argsAt(cx, s, by.dependent());
              if (!author.isEmpty()) {
                return author;
              }
            }
          }
          for (Dependency up : s.parents(d.governor())) {
            if (up.baseRelation().equals("obj")
                && up.governor() >= 0
                && cx.words().issuingVerbs().contains(s.token(up.governor()).lemma())) {
              List<Arg> issuer = subjects(cx, s, up.governor(), false);
              if (!issuer.isEmpty()) {
                return issuer;
              }
            }
          }
        }
      } else if (d.baseRelation().equals("advcl")
          || d.baseRelation().equals("dep")
          // "warships began escorting tankers": the parser gives a gerund after an aspect
          // verb no controlled subject; with no object to control it, the subject does.
          || d.baseRelation().equals("xcomp")
              && !s.hasChild(d.governor(), "obj")
              && !s.hasChild(d.governor(), "iobj")) {
        List<Arg> main = subjects(cx, s, d.governor(), false);
        if (!main.isEmpty()) {
          return main;
        }
      }
    }
    return List.of();
  }

  /**
   * The active subject of {@code verb} as actors; a relative pronoun ("North Korea, which … had")
   * stands for the noun its clause modifies.
   */
  static List<Arg> activeSubjects(CodingContext cx, Sentence s, int verb) {
    List<Arg> out = new ArrayList<>();
    int says = Syntax.governorBy(s, verb, "ccomp");
    int relative = says < 0 ? -1 : Syntax.governorBy(s, says, "acl");
    if (!s.hasChild(verb, "nsubj") && relative >= 0 && s.hasChild(relative, "ref")) {
      // "North Korea, which he said had a terrible record": the relative pronoun is the subject of
      // the clause the relative clause reports.
      return ActorsAt.coded(ActorsAt.withConjuncts(cx, s, relative));
    }
    for (Dependency d : s.children(verb)) {
      if (!d.relation().equals("nsubj")) {
        continue;
      }
      int subject = d.dependent();
      if (cx.words().relativePronouns().contains(s.token(subject).lemma())) {
        int noun = Syntax.governorBy(s, verb, "acl");
        if (noun >= 0) {
          out.addAll(ActorsAt.coded(ActorsAt.withConjuncts(cx, s, noun)));
        }
      } else {
        out.addAll(ActorsAt.coded(ActorsAt.withConjuncts(cx, s, subject)));
      }
    }
    return out;
  }

  /**
   * PETRARCH's source when the subject names no actor itself: an actor inside the subject's phrase
   * ("Eriador's death toll", "the KU basketball team"); with no subject, or a pronoun Dyad cannot
   * resolve ("it would act"), the nearest actor before the verb, as PETRARCH's phrase coder takes
   * it.
   */
  static List<Arg> subjectPhrase(CodingContext cx, Sentence s, int trigger, boolean passive) {
    List<Integer> subjects =
        new ArrayList<>(s.childrenOf(trigger, passive ? "obl:agent" : "nsubj"));
    if (subjects.isEmpty() || subjects.stream().allMatch(k -> s.token(k).isPronoun())) {
      return passive ? List.of() : nearestBefore(cx, s, trigger);
    }
    for (int k : subjects) {
      List<Arg> a = ActorsAt.argsInside(cx, s, k, 2);
      if (!a.isEmpty()) {
        return a;
      }
    }
    return List.of();
  }

  /**
   * The nearest actor before the trigger ("Gollum was seen to break …"), not one inside an
   * adverbial phrase or clause ("On … Gondor's health centres, he said …"): that names a topic, a
   * place or a time, not who acts.
   */
  static List<Arg> nearestBefore(CodingContext cx, Sentence s, int trigger) {
    int pos = trigger - 1;
    while (pos >= 0) {
      int[] found = ActorsAt.actorLeftOf(cx, s, pos, false);
      if (found == null) {
        return List.of();
      }
      if (!Syntax.inAdverbial(s, found[1], trigger)) {
        return ActorsAt.argsAt(cx, s, found[1]);
      }
      pos = found[0] - 1;
    }
    return List.of();
  }

  /**
   * Whether the subject of {@code verb} owns its object: it has it ("had a terrible record") or,
   * with {@link EventRule#ARG_DEED_DOER}, did, made or said it ("made a mistake").
   */
  static boolean isDoersVerb(CodingContext cx, String verb) {
    return verb.equals("have")
        || cx.on(EventRule.ARG_DEED_DOER) && cx.words().deedVerbs().contains(verb);
  }

  /** The lemmas of the sentence before's main verbs: what "this" may be a case of. */
  static List<String> previousClauseWords(CodingContext cx, Sentence s) {
    Sentence before = Syntax.previousSentence(cx.article(), s);
    List<String> out = new ArrayList<>();
    if (before != null) {
      for (int c : Syntax.mainClauses(before)) {
        out.add(before.token(c).lemma());
      }
    }
    return out;
  }

  /** The subject of the sentence before's main clause, as actors: who did what "this" is. */
  static List<Arg> previousSubjects(CodingContext cx, Sentence s) {
    Sentence before = Syntax.previousSentence(cx.article(), s);
    List<Arg> out = new ArrayList<>();
    if (before != null) {
      for (int c : Syntax.mainClauses(before)) {
        out.addAll(activeSubjects(cx, before, c));
      }
    }
    return out;
  }

  /**
   * Who a judged thing belongs to: the actor it names ("Mr Straw"), else its possessor, "by" phrase
   * or compound modifier ("Canada's decision", "the decision by Canada"), the state of its
   * nationality adjective ("the Greek proposal"), the subject of its relative clause ("the way in
   * which this government operates", "measures Greece has taken") or the subject that has, does or
   * makes it ("North Korea had a terrible record", "Blair made a mistake"). "Of" and "from" phrases
   * are left alone: in "the treatment of prisoners" they are who suffers, in "asylum seekers from
   * the UK" where they come from.
   */
  static List<Arg> ownersOf(CodingContext cx, Sentence s, int thing) {
    List<Arg> named = ActorsAt.coded(ActorsAt.withConjuncts(cx, s, thing));
    if (!named.isEmpty()) {
      return named;
    }
    List<Arg> out = new ArrayList<>();
    for (Dependency d : s.children(thing)) {
      String r = d.relation();
      if (r.equals("nmod:poss")
          || r.equals("compound")
          || r.equals("nmod:by")
          || r.equals("nmod:agent")) {
        out.addAll(ActorsAt.coded(ActorsAt.withConjuncts(cx, s, d.dependent())));
      }
    }
    if (out.isEmpty()) {
      out.addAll(Nationalities.nationalityOf(cx.actors(), s, thing));
    }
    if (out.isEmpty()) {
      // "the Republican tax bill": a party named by its adjective.
      for (int a : s.childrenOf(thing, "amod")) {
        out.addAll(ActorsAt.coded(ActorsAt.argsAt(cx, s, a)));
      }
    }
    if (out.isEmpty()) {
      for (Dependency d : s.children(thing)) {
        if (d.relation().equals("acl:relcl")) {
          out.addAll(activeSubjects(cx, s, d.dependent()));
        }
      }
    }
    if (out.isEmpty()) {
      int had = Syntax.governorBy(s, thing, "obj");
      if (had >= 0 && isDoersVerb(cx, s.token(had).lemma())) {
        out.addAll(activeSubjects(cx, s, had));
      }
    }
    return out;
  }
}
