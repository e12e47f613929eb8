package org.dyad.coding.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.coding.ResolvedMention;
import org.dyad.lexicon.VerbPattern;
import org.dyad.model.Dependency;
import org.dyad.model.Quote;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;

/**
 * Matches an evaluative word ({@link VerbPattern.Pos#E}) inside a statement: the speaker judges the
 * actor it is said of ("He said Mr Straw was naive"), or the actor whose thing or deed it is said
 * of ("the Greek proposal was unacceptable", "the cavalier way in which this government operates",
 * "the United States had regrettably not listened"). The speaker is the source. A naming verb's
 * subject speaks for itself: "Beck described Trump as a sociopath" is Beck's judgement of Trump.
 * Not coded: questions and conditions, negated judgements, and a speaker judging themselves or
 * their own side. Takes the article's context, a sentence, the word and the pattern; returns the
 * match or null (the reason told to the trace). Stateless, thread-safe.
 */
final class EvaluationMatcher {
  private EvaluationMatcher() {}

  /** The word a ":" list names to accept a word said of an actor itself ("Holt will be fair"). */
  static final String ACTOR = "actor";

  /**
   * What an evaluative word is said of, as the parse shows it.
   *
   * @param head the clause or phrase the judgement belongs to (its negation and mood are the
   *     judgement's)
   * @param things the tokens the word is said of: actors, or things whose owners are judged
   * @param words lemmas a {@code :word} list is also checked against, besides the things' own (the
   *     noun an adjective qualifies: "a great leader")
   * @param naming the verb by which its subject says so ("called the plan a disgrace"), or -1
   * @param adverb whether the word is an adverb of its clause
   */
  private record Judged(
      int head,
      List<Integer> things,
      List<String> words,
      int naming,
      boolean adverb,
      List<String> rules) {
    Judged(int head, List<Integer> things, List<String> words, int naming, boolean adverb) {
      this(head, things, words, naming, adverb, List.of());
    }
  }

  static PatternMatch match(CodingContext cx, Sentence s, int trigger, VerbPattern p) {
    EventWords w = cx.words();
    Token t = s.token(trigger);
    if (p.negated() || p.steps().stream().anyMatch(st -> st instanceof VerbPattern.Preposition)) {
      // "honour ~", "go_back on": a deed, read on a verb by ReportedDeedMatcher
      return cx.reject(s, trigger, p, "a deed said of a verb, not this word");
    }
    Judged j = judged(w, cx, s, trigger, p);
    if (j == null || j.things().isEmpty()) {
      return cx.reject(s, trigger, p, "said of nothing: no subject or noun it qualifies");
    }
    int head = j.head();
    if (!j.adverb() && (Syntax.isNegated(w, s, head) || Syntax.isNegated(w, s, trigger))) {
      return cx.reject(s, trigger, p, "negated: \"not acceptable\" is no judgement of its own");
    }
    if (cx.on(EventRule.MODE_NO_DENIED_JUDGEMENT) && deniedAbove(w, s, head)) {
      return cx.reject(s, trigger, p, "denied: \"I don't think he is a racist\"");
    }
    if (ModeRules.isConditionOrQuestion(w, s, head)
        || ModeRules.isConditionOrQuestion(w, s, trigger)
        || s.tokens().get(s.tokens().size() - 1).word().equals("?")) {
      return cx.reject(s, trigger, p, "a question or a condition, not a judgement");
    }
    List<String> evidence = new ArrayList<>(j.rules());
    List<Arg> judges = new ArrayList<>();
    if (j.naming() >= 0) {
      // "Beck described Trump as a sociopath": saying so is the subject's statement.
      int says = j.naming();
      int clause = clauseOfObjectParticiple(s, says);
      judges.addAll(
          ActorsAt.coded(
              clause >= 0
                  ? SourceFinder.subjects(cx, s, clause, Syntax.isPassive(s, clause))
                  : SourceFinder.subjects(cx, s, says, Syntax.isPassive(s, says))));
      if (judges.isEmpty() && Syntax.isPassive(s, says)) {
        // "Her comments have been described as outrageous by the IHRC": the parser may hang the
        // agent on the word said.
        for (int by : s.childrenOf(trigger, "obl:by")) {
          judges.addAll(ActorsAt.coded(ActorsAt.argsAt(cx, s, by)));
        }
      }
      if (judges.isEmpty()) {
        return cx.reject(s, trigger, p, "no coded actor says so");
      }
    } else {
      Quote.Speaker speaker = speakerAt(cx, t.span());
      for (int i = 0; speaker == null && i < j.things().size(); i++) {
        speaker = speakerAt(cx, s.token(j.things().get(i)).span());
      }
      if (speaker == null) {
        return cx.reject(s, trigger, p, "not in a statement with a known speaker");
      }
      // The word may stand outside any quotation while what it is said of is inside one: the
      // speaker is then that quotation's, never the word's own.
      Quote around = cx.innermost(t.span(), false);
      if (around == null || speaker != around.speaker()) {
        evidence.add(EventRule.ARG_FIRST_PERSON_SPEAKER.id());
      }
      Span where = speaker.span() != null ? speaker.span() : t.span();
      judges.add(new Arg(speaker.actor(), speaker.code(), speaker.name(), where));
    }
    // What a ":" list is checked against: the noun an adjective qualifies when there is one ("a
    // great leader"), else what the word is said of; "actor" when that is itself an actor
    // ("Holt will be fair": `fair :actor|deal`).
    List<String> thingWords = new ArrayList<>(j.words());
    boolean ownWords = j.words().isEmpty();
    List<Arg> targets = new ArrayList<>();
    for (int thing : j.things()) {
      Token th = s.token(thing);
      List<Arg> saidOf =
          cx.on(EventRule.ARG_SAID_OF)
                  && (th.isPronoun() || w.demonstratives().contains(th.lemma()))
                  && s.children(thing).isEmpty()
              ? saidOf(cx, s, t.span())
              : List.of();
      if (!saidOf.isEmpty()) {
        // "'This is a disgrace,' Schumer said of the Republican tax bill": what the quotation is
        // said of.
        targets.addAll(saidOf);
        evidence.add(EventRule.ARG_SAID_OF.id());
      } else if (w.demonstratives().contains(th.lemma()) && s.children(thing).isEmpty()) {
        // "Greece urged Turkey to accept … The spokesman said this was unacceptable": what the
        // sentence before said, by the actor it was said by.
        if (ownWords) {
          thingWords.addAll(SourceFinder.previousClauseWords(cx, s));
        }
        targets.addAll(SourceFinder.previousSubjects(cx, s));
      } else if (w.jointNouns().contains(th.lemma())) {
        return cx.reject(s, trigger, p, "said of what two sides do together");
      } else if (s.childrenOf(thing, "nmod:poss").stream()
          .anyMatch(x -> w.firstPersonPronouns().contains(s.token(x).lemma()))) {
        // "our brave soldiers", "my good friend": the speaker's own.
        return cx.reject(s, trigger, p, "a thing of the speaker's own");
      } else if (th.isVerb()) {
        if (ownWords) {
          thingWords.add(th.lemma());
        }
        targets.addAll(SourceFinder.activeSubjects(cx, s, thing));
        evidence.add(EventRule.ARG_JUDGED_CLAUSE_DOER.id());
      } else {
        if (ownWords) {
          thingWords.add(th.lemma());
        }
        if (!ActorsAt.coded(ActorsAt.withConjuncts(cx, s, thing)).isEmpty()) {
          thingWords.add(ACTOR);
        }
        List<Arg> owners = SourceFinder.ownersOf(cx, s, thing);
        if (owners.isEmpty() && cx.on(EventRule.ARG_THING_OWNED_BEFORE)) {
          owners = ThingOwnedBefore.owners(cx, s, thing);
          if (!owners.isEmpty()) {
            evidence.add(EventRule.ARG_THING_OWNED_BEFORE.id());
          }
        }
        if (cx.on(EventRule.ARG_HE_IS_NOT_THE_SPEAKER) && judges.size() == 1) {
          List<Arg> other = notTheSpeaker(cx, s, thing, owners, judges.get(0), j.naming() >= 0);
          if (other != null) {
            owners = other;
            evidence.add(EventRule.ARG_HE_IS_NOT_THE_SPEAKER.id());
          }
        }
        targets.addAll(owners);
      }
    }
    for (VerbPattern.Step step : p.steps()) {
      if (step instanceof VerbPattern.ObjectWord ow
          && thingWords.stream().noneMatch(ow.lemmas()::contains)) {
        return cx.reject(s, trigger, p, "said of none of " + ow.lemmas());
      }
    }
    targets.removeIf(a -> a.code() == null);
    if (targets.isEmpty()) {
      return cx.reject(s, trigger, p, "said of no actor, nor of an actor's thing or deed");
    }
    for (Arg judge : judges) {
      if (targets.stream().anyMatch(a -> a.actor().equals(judge.actor()))) {
        // "he, Baker and Poehl had a very constructive discussion": the speaker judges a thing of
        // their own.
        return cx.reject(s, trigger, p, "the speaker is among those judged");
      }
      // A speaker judging themselves, their office or (for a government) their own state is no
      // event between actors. Criticism between two parties, candidates or newspapers of one code
      // is between two sides ("Trump said Cruz was a liar": USAPTY to USAPTY), as the assembler
      // takes them; praise of one's own code is most often of one's own side.
      String judgeSector = judge.code().sector();
      boolean office = judgeSector == null || w.executiveSectors().contains(judgeSector);
      boolean rivals =
          !office && cx.on(EventRule.ARG_RIVALS_OF_ONE_CODE) && p.code().compareTo("09") >= 0;
      targets.removeIf(
          a -> a.actor().equals(judge.actor()) || a.code().equals(judge.code()) && !rivals);
      if (office) {
        targets.removeIf(
            a -> a.code().sector() == null && a.code().country().equals(judge.code().country()));
      }
    }
    if (targets.isEmpty()) {
      return cx.reject(s, trigger, p, "the speaker judges their own side");
    }
    List<Integer> consumed = new ArrayList<>();
    if (j.naming() >= 0) {
      consumed.add(j.naming());
      evidence.add(EventRule.ARG_NAMING_VERB_JUDGES.id());
    }
    if (cx.on(EventRule.SELECT_ONE_JUDGEMENT_PER_NOUN)) {
      // "a humiliating U-turn", "a pathological liar": one judgement, the noun's.
      for (int adjective : s.childrenOf(trigger, "amod")) {
        if (!Triggers.evaluativeCandidates(cx, s, s.token(adjective)).isEmpty()) {
          consumed.add(adjective);
        }
      }
    }
    return new PatternMatch(
        p,
        ActorsAt.dedupe(judges),
        ActorsAt.dedupe(targets),
        trigger,
        head,
        false,
        consumed,
        false,
        false,
        false,
        evidence);
  }

  /**
   * Whether a verb the clause at {@code head} is said or thought by is negated: "I don't think he
   * is a racist", "you can't have all these folks in your campaign and say he's a racist".
   */
  static boolean deniedAbove(EventWords w, Sentence s, int head) {
    int cur = head;
    for (int hops = 0; hops < 4; hops++) {
      int up = -1;
      for (Dependency d : s.parents(cur)) {
        String r = d.baseRelation();
        if (d.governor() >= 0 && (r.equals("ccomp") || r.equals("xcomp") || r.equals("conj"))) {
          up = d.governor();
        }
      }
      if (up < 0) {
        return false;
      }
      if (Syntax.isNegated(w, s, up)) {
        return true;
      }
      cur = up;
    }
    return false;
  }

  /**
   * The coded speaker of the smallest statement around {@code span}, or null. A statement whose
   * speaker is "I" or "we" inside a quotation ("Sir Digby added: \"… I have to say he has been a
   * prudent chancellor\"") is the quotation's speaker's (with {@link
   * EventRule#ARG_FIRST_PERSON_SPEAKER}).
   */
  private static Quote.Speaker speakerAt(CodingContext cx, Span span) {
    Quote q = cx.innermost(span, false);
    if (q == null || q.speaker() == null) {
      return null;
    }
    Quote.Speaker speaker = q.speaker();
    if (speaker.actor() == null
        && speaker.name() != null
        && cx.on(EventRule.ARG_FIRST_PERSON_SPEAKER)
        && cx.words().firstPersonPronouns().contains(speaker.name().toLowerCase(Locale.ROOT))) {
      Quote direct = cx.innermost(q.span(), true);
      if (direct != null && direct != q && direct.speaker() != null) {
        speaker = direct.speaker();
      }
    }
    return speaker.actor() == null || speaker.code() == null ? null : speaker;
  }

  /**
   * The person a "he" or "his" at {@code thing} stands for when the pronoun was read as the speaker
   * of the quotation it is in, who calls themselves "I" (Sir Digby added: "I have to say he has
   * been a prudent chancellor"), or as the subject of the naming verb whose object it is, who would
   * be "himself" ("attacked Trump, calling him a loser"): the person named before other than the
   * speaker, or null when the owners need no second reading.
   */
  private static List<Arg> notTheSpeaker(
      CodingContext cx, Sentence s, int thing, List<Arg> owners, Arg speaker, boolean named) {
    if (owners.stream().noneMatch(a -> a.actor().equals(speaker.actor()))) {
      return null;
    }
    List<Integer> pronouns = new ArrayList<>(List.of(thing));
    pronouns.addAll(s.childrenOf(thing, "nmod:poss"));
    for (int pronoun : pronouns) {
      Token pr = s.token(pronoun);
      Quote direct = cx.innermost(pr.span(), true);
      boolean quoted =
          direct != null
              && direct.speaker() != null
              && speaker.actor().equals(direct.speaker().actor());
      if (pr.isPronoun()
          && cx.words().personPronouns().contains(pr.lemma())
          && (quoted || named && pronoun == thing)) {
        ResolvedMention m = cx.actors().personBefore(s.index(), pronoun, Set.of(speaker.actor()));
        if (m == null) {
          return null;
        }
        List<Arg> out = new ArrayList<>();
        for (int i = 0; i < m.actors().size(); i++) {
          out.add(new Arg(m.actors().get(i), m.codes().get(i), pr.word(), pr.span()));
        }
        return out;
      }
    }
    return null;
  }

  /** What the evaluative word at {@code trigger} is said of, or null when nothing. */
  private static Judged judged(
      EventWords w, CodingContext cx, Sentence s, int trigger, VerbPattern p) {
    Token t = s.token(trigger);
    for (VerbPattern.Step step : p.steps()) {
      if (step instanceof VerbPattern.Slot slot && slot.preposition() != null) {
        // "a testament to his instincts": the phrase the pattern names holds what is judged.
        List<Integer> phrase = new ArrayList<>(s.childrenOf(trigger, "nmod:" + slot.preposition()));
        phrase.addAll(s.childrenOf(trigger, "obl:" + slot.preposition()));
        return new Judged(trigger, phrase, List.of(), -1, false);
      }
    }
    int amodOf = Syntax.governorBy(s, trigger, "amod");
    int advmodOf = Syntax.governorBy(s, trigger, "advmod");
    int xcompOf = Syntax.governorBy(s, trigger, "xcomp");
    if (s.hasChild(trigger, "cop")) {
      // "Mr Straw was naive", "the decision was a mistake"
      List<Integer> subjects = copulaSubjects(s, trigger);
      if (subjects.isEmpty() && cx.on(EventRule.ARG_REPORTED_OBJECT_JUDGED)) {
        List<Integer> objects = reportedObjects(cx, s, trigger);
        if (!objects.isEmpty()) {
          return new Judged(
              trigger,
              objects,
              List.of(),
              -1,
              false,
              List.of(EventRule.ARG_REPORTED_OBJECT_JUDGED.id()));
        }
      }
      if (subjects.isEmpty() && cx.on(EventRule.ARG_JUDGED_CLAUSE_DOER)) {
        // "the way the government had handled the bill was a shambles", "what they did was a
        // disgrace": a clause is the subject, and its doer is judged.
        subjects = s.childrenOf(trigger, "csubj");
      }
      return new Judged(trigger, subjects, List.of(), -1, false);
    }
    if (s.hasChild(trigger, "aux:pass") && !s.hasChild(trigger, "obl:agent")) {
      // "the advice was flawed": an adjective parsed as a passive verb is said of its subject
      return new Judged(trigger, s.childrenOf(trigger, "nsubj:pass"), List.of(), -1, false);
    }
    boolean naming = cx.on(EventRule.ARG_NAMING_VERB_JUDGES);
    Judged named = naming ? named(w, s, trigger, List.of()) : null;
    if (named != null) {
      return named;
    }
    if (!t.isNoun() && xcompOf >= 0 && w.linkingVerbs().contains(s.token(xcompOf).lemma())) {
      // "the plan seems unfair"
      return new Judged(xcompOf, s.childrenOf(xcompOf, "nsubj"), List.of(), -1, false);
    }
    if (!t.isNoun() && amodOf >= 0) {
      List<String> noun = List.of(s.token(amodOf).lemma());
      // "branded the move a humiliating retreat": the noun is what the verb calls its object.
      named = naming ? named(w, s, amodOf, noun) : null;
      if (named != null) {
        return named;
      }
      if (s.hasChild(amodOf, "cop") && SourceFinder.ownersOf(cx, s, amodOf).isEmpty()) {
        // "his plan was a worrying issue" (but "this is the cavalier way in which Iran operates"
        // judges the way's owner); "Germany is a great friend" is said of a friend.
        return new Judged(amodOf, copulaSubjects(s, amodOf), noun, -1, false);
      }
      // "the cavalier way in which this government operates"
      return new Judged(amodOf, List.of(amodOf), List.of(), -1, false);
    }
    int objOf = Syntax.governorBy(s, trigger, "obj");
    if (t.isNoun() && objOf >= 0 && SourceFinder.isDoersVerb(cx, s.token(objOf).lemma())) {
      // "Blair had made a mistake", "told lies": the noun's owner is the verb's subject.
      return new Judged(objOf, List.of(trigger), List.of(), -1, false);
    }
    if (t.pos().startsWith("RB") && advmodOf >= 0 && s.token(advmodOf).isVerb()) {
      // "the United States had regrettably not listened": only an active subject acted.
      List<Integer> subjects = new ArrayList<>();
      for (Dependency d : s.children(advmodOf)) {
        if (d.relation().equals("nsubj")) {
          subjects.add(d.dependent());
        }
      }
      return new Judged(advmodOf, subjects, List.of(), -1, true);
    }
    return null;
  }

  /**
   * The subjects of the copular predicate {@code predicate}; also in the parser's variant for a
   * quoted predicate, which hangs the predicate loose on the reporting verb and makes its subject
   * the verb's object: in 'Biden said Trump was "the most corrupt president"' the object right
   * before the copula is the subject.
   */
  private static List<Integer> copulaSubjects(Sentence s, int predicate) {
    List<Integer> subjects = s.childrenOf(predicate, "nsubj");
    List<Integer> copulas = s.childrenOf(predicate, "cop");
    if (!subjects.isEmpty() || copulas.isEmpty()) {
      return subjects;
    }
    int copula = copulas.get(0);
    for (Dependency d : s.parents(predicate)) {
      if (d.governor() >= 0 && d.relation().equals("dep") && d.governor() < copula) {
        for (int object : s.childrenOf(d.governor(), "obj")) {
          if (object == copula - 1) {
            return List.of(object);
          }
        }
      }
    }
    return subjects;
  }

  /**
   * The parser's reading of "X said NP was ADJ" as a predicate whose clausal subject is the
   * reporting verb: the verb's objects inside the statement it reports, before the copula, are the
   * predicate's subjects ("The Liberal Democrats said the government's plans were a gimmick").
   */
  private static List<Integer> reportedObjects(CodingContext cx, Sentence s, int predicate) {
    Quote statement = cx.innermost(s.token(predicate).span(), false);
    List<Integer> copulas = s.childrenOf(predicate, "cop");
    if (statement == null || copulas.isEmpty()) {
      return List.of();
    }
    List<Integer> objects = new ArrayList<>();
    for (int verb : s.childrenOf(predicate, "csubj")) {
      if (statement.span().contains(s.token(verb).span())) {
        continue;
      }
      for (int object : s.childrenOf(verb, "obj")) {
        if (object < copulas.get(0) && statement.span().contains(s.token(object).span())) {
          objects.add(object);
        }
      }
    }
    return objects;
  }

  /**
   * The judgement when {@code predicate} is what a naming verb calls its object, or null: "called
   * the plan a disgrace" and "deemed the statements false" (the predicate a complement, its subject
   * the object), "described Trump as a sociopath" (an "as" phrase), and the parser's variants that
   * hang the predicate on the object ("described the decision as unjustified", "branded the move a
   * U-turn") or read both as one object ("labelled UKIP a joke": what it names is the predicate's
   * compound or possessor). A passive's subject is what is named.
   */
  private static Judged named(EventWords w, Sentence s, int predicate, List<String> words) {
    for (Dependency d : s.parents(predicate)) {
      int v = d.governor();
      if (v < 0) {
        continue;
      }
      String r = d.relation();
      if (isNamingVerb(w, s, v)) {
        if (r.equals("xcomp")) {
          List<Integer> subject = s.childrenOf(predicate, "nsubj");
          return new Judged(v, subject.isEmpty() ? named(s, v) : subject, words, v, false);
        }
        if (r.equals("obl:as") || r.equals("advcl:as")) {
          return new Judged(v, named(s, v), words, v, false);
        }
        if (r.equals("obj") && s.token(predicate).isNoun()) {
          List<Integer> iobj = s.childrenOf(v, "iobj");
          if (!iobj.isEmpty()) {
            return new Judged(v, iobj, words, v, false);
          }
          // "labelled UKIP a joke", "what he called Japan's failure to honour the pact": what the
          // noun names is its own compound or possessor.
          boolean indefinite =
              s.childrenOf(predicate, "det").stream()
                  .anyMatch(x -> List.of("a", "an").contains(s.token(x).lemma()));
          if (indefinite || s.hasChild(predicate, "nmod:poss")) {
            return new Judged(v, List.of(predicate), words, v, false);
          }
        }
      }
      if ((r.equals("nmod:as") || r.equals("dep")) && s.token(v).isNoun()) {
        for (Dependency up : s.parents(v)) {
          String ur = up.relation();
          if (up.governor() >= 0
              && (ur.equals("obj") || ur.equals("nsubj:pass"))
              && isNamingVerb(w, s, up.governor())) {
            return new Judged(up.governor(), List.of(v), words, up.governor(), false);
          }
        }
      }
    }
    return null;
  }

  /**
   * The verb whose object a participle after a comma hangs from, or -1: in "Bush attacked Trump,
   * calling him a loser" the parser may make "calling" a modifier of "Trump", but the one calling
   * is the subject of "attacked".
   */
  private static int clauseOfObjectParticiple(Sentence s, int participle) {
    if (!s.token(participle).pos().equals("VBG")
        || participle == 0
        || !s.token(participle - 1).word().equals(",")) {
      return -1;
    }
    int noun = Syntax.governorBy(s, participle, "acl");
    if (noun < 0 || !s.token(noun).isNoun()) {
      return -1;
    }
    int verb = Syntax.governorBy(s, noun, "obj");
    return verb >= 0 && s.token(verb).isVerb() ? verb : -1;
  }

  private static boolean isNamingVerb(EventWords w, Sentence s, int v) {
    return s.token(v).isVerb() && w.namingVerbs().contains(s.token(v).lemma());
  }

  /** What a naming verb names: its object, or a passive's subject ("Trump was called a liar"). */
  private static List<Integer> named(Sentence s, int verb) {
    List<Integer> out = new ArrayList<>(s.childrenOf(verb, "nsubj:pass"));
    out.addAll(s.childrenOf(verb, "iobj"));
    out.addAll(s.childrenOf(verb, "obj"));
    return out;
  }

  /**
   * The actors, or the owners of the thing, that the cue of the quotation around {@code word} says
   * it is of ("said of the Republican tax bill", "wrote of Trump"); empty when the cue has no "of".
   */
  private static List<Arg> saidOf(CodingContext cx, Sentence s, Span word) {
    Quote around = cx.innermost(word, false);
    if (around == null || around.cue() == null) {
      return List.of();
    }
    for (Token cue : s.tokens()) {
      if (!cue.isVerb()
          || !cue.word().equalsIgnoreCase(around.cue())
          || around.span().contains(cue.span())) {
        continue;
      }
      for (int of : s.childrenOf(cue.index(), "obl:of")) {
        List<Arg> named = ActorsAt.coded(ActorsAt.withConjuncts(cx, s, of));
        if (!named.isEmpty()) {
          return named;
        }
        return SourceFinder.ownersOf(cx, s, of);
      }
    }
    return List.of();
  }
}
