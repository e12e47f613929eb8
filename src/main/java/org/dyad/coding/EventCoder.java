package org.dyad.coding;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.dyad.lexicon.AttributionCues;
import org.dyad.lexicon.CameoCode;
import org.dyad.lexicon.Lexicon;
import org.dyad.lexicon.VerbPattern;
import org.dyad.model.Actor;
import org.dyad.model.ActorCode;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Dependency;
import org.dyad.model.Event;
import org.dyad.model.Mode;
import org.dyad.model.Participant;
import org.dyad.model.Place;
import org.dyad.model.Quote;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;

/**
 * Codes source–action–target events from the dependency parse with the verb lexicon.
 *
 * <p>For every verb, noun and adjective whose lemma triggers patterns, each pattern is matched
 * against the trigger's dependents ({@link VerbPattern}); the most specific match wins and its id
 * is kept as the event's rule. Sources are subjects (the "by" agent in the passive, the possessor
 * or the governing verb's subject for a noun trigger); targets are the slot the pattern names, or
 * an actor inside the phrase filling it ("North Korea's recent burst" → North Korea). Compound
 * actors give one event per pair; "we" inside a quotation is its speaker. Each event gets its mode
 * (negated, hypothetical, future), a day when the clause names one, and a place when it names one.
 * Thread-safe: holds only the immutable lexicon.
 */
public final class EventCoder {
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");

  /** Definite nouns that refer back to a state named just before: "the country". */
  private static final Set<String> STATE_ANAPHORS = Set.of("country", "nation");

  /** Definite nouns that refer back to an international body: "the bloc", "the alliance". */
  private static final Set<String> ORGANIZATION_ANAPHORS =
      Set.of("group", "bloc", "alliance", "community", "organisation", "organization");

  /** Words whose to-infinitive is intended, not yet done: "ready to talk", "plans to visit". */
  private static final Set<String> INTENT_HEADS =
      Set.of(
          "ready",
          "willing",
          "prepared",
          "keen",
          "eager",
          "plan",
          "intend",
          "hope",
          "want",
          "wish",
          "seek",
          "expect",
          "aim",
          "decide",
          "prepare",
          "schedule",
          "due");

  /** Nouns whose to-infinitive is still to come: "the deal to open talks", "an offer to help". */
  private static final Set<String> INTENT_NOUNS =
      Set.of(
          "deal",
          "agreement",
          "accord",
          "plan",
          "decision",
          "offer",
          "proposal",
          "bid",
          "pledge",
          "promise",
          "invitation",
          "readiness",
          "willingness",
          "intention",
          "commitment",
          "move");

  private static final Set<String> HYPOTHETICAL_AUX =
      Set.of("would", "could", "might", "may", "should");
  private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");
  private static final Set<String> CONDITIONAL_MARKS = Set.of("if", "unless");
  private static final Set<String> CONDITION_OR_QUESTION_MARKS = Set.of("if", "unless", "whether");

  private final Lexicon lexicon;
  private final ContextClassifier contexts;

  /** Nouns for what someone says ("statement", "warning"): the attribution lexicon's. */
  private final Set<String> statementNouns;

  public EventCoder(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.contexts = new ContextClassifier(lexicon.contexts());
    this.statementNouns = lexicon.attributionCues().of(AttributionCues.Kind.NOMINAL);
  }

  /** One argument of an event: who, coded how, named by which words. */
  private record Arg(String actor, ActorCode code, String text, Span span) {
    Participant participant() {
      return new Participant(actor, code, text, span);
    }
  }

  /**
   * A pattern that matched at a trigger, with the arguments it found.
   *
   * @param consumed tokens the pattern used as its complement or object word: they do not code on
   *     their own
   */
  private record Match(
      VerbPattern pattern,
      List<Arg> sources,
      List<Arg> targets,
      int trigger,
      int head,
      boolean negated,
      List<Integer> consumed,
      boolean implicitTarget,
      boolean implicitSource) {
    Match(
        VerbPattern pattern,
        List<Arg> sources,
        List<Arg> targets,
        int trigger,
        int head,
        boolean negated,
        List<Integer> consumed) {
      this(pattern, sources, targets, trigger, head, negated, consumed, false, false);
    }

    /** Whether the article, not the sentence, supplied one of the two sides. */
    boolean implied() {
      return implicitTarget || implicitSource;
    }

    /** Whether this match should code rather than {@code other}, at the same trigger. */
    boolean beats(Match other) {
      // Sides the sentence names beat one the article implies, however specific the pattern.
      if (implied() != other.implied()) {
        return !implied();
      }
      return pattern.specificity() > other.pattern.specificity();
    }
  }

  public List<Event> code(AnnotatedArticle article, ActorAnalysis actors, List<Quote> quotes) {
    return code(article, actors, quotes, Trace.NONE);
  }

  /** Codes the article, telling {@code trace} every pattern tried and what became of it. */
  public List<Event> code(
      AnnotatedArticle article, ActorAnalysis actors, List<Quote> quotes, Trace trace) {
    List<Event> events = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    ArticleParties parties = ArticleParties.of(actors);
    for (Sentence s : article.sentences()) {
      Match[] best = new Match[s.tokens().size()];
      for (Token t : s.tokens()) {
        for (VerbPattern p : candidates(s, t)) {
          Match m = match(article, actors, quotes, parties, s, t.index(), p, trace);
          if (m == null) {
            continue;
          }
          trace.pattern(s.index(), t.index(), p, "matched, specificity " + p.specificity());
          if (best[t.index()] == null || m.beats(best[t.index()])) {
            best[t.index()] = m;
          }
        }
      }
      // "is prepared to work with North Korea" is one intention, not also a cooperation: a verb
      // or noun that a pattern consumed as its complement or object does not code on its own.
      for (Match m : best) {
        if (m != null) {
          for (int c : m.consumed()) {
            // ... unless it is a thing another side did: "Sudan rejected a demand by the IMF" is
            // the IMF's demand and Sudan's rejection. What is asked for is never an event.
            if (c != m.trigger()
                && best[c] != null
                && (!s.token(c).isNoun() || sameParty(best[c].sources(), m.sources()))) {
              trace.pattern(
                  s.index(), c, best[c].pattern(), "dropped: part of " + m.pattern().id());
              best[c] = null;
            }
          }
        }
      }
      // "called on Gondor to be allowed to leave Lorien": what an event verb asks for, offers or
      // allows in its to-infinitive has not happened; the verb's own event is the one to code.
      Match[] matched = best.clone();
      for (Match m : matched) {
        if (m == null || m.sources().isEmpty() || m.targets().isEmpty()) {
          continue;
        }
        Deque<Integer> below = new ArrayDeque<>(infinitives(s, m.trigger()));
        while (!below.isEmpty()) {
          int c = below.poll();
          if (best[c] != null) {
            trace.pattern(
                s.index(), c, best[c].pattern(), "dropped: asked for by " + m.pattern().id());
            best[c] = null;
          }
          below.addAll(infinitives(s, c));
        }
      }
      // "warned Iran that it was ready to retaliate": one threat. A target the article implies
      // adds nothing where the sentence already codes the same kind of event by the same side,
      // and neither does a clause the other event's verb reports.
      for (int i = 0; i < best.length; i++) {
        Match m = best[i];
        if (m != null) {
          for (Match other : best) {
            if (other != null
                && other != m
                && sameKindBySameSide(m, other)
                && (m.implied() && !other.implied()
                    || isReportedBy(s, m.trigger(), other.trigger()) && sameTargetSide(m, other))) {
              trace.pattern(
                  s.index(), i, m.pattern(), "dropped: the sentence codes " + other.pattern().id());
              best[i] = null;
              break;
            }
          }
        }
      }
      for (Match m : best) {
        if (m != null) {
          trace.pattern(s.index(), m.trigger(), m.pattern(), "FIRED");
          emit(article, actors, quotes, s, m.trigger(), m, events, seen);
        }
      }
    }
    List<Event> numbered = new ArrayList<>();
    for (Event e : events) {
      numbered.add(e.withId("e" + (numbered.size() + 1)));
    }
    return numbered;
  }

  /**
   * Whether {@code clause} is said by {@code verb}: its complement clause, directly or through
   * other complements ("warned Iran that it was ready to retaliate").
   */
  private static boolean isReportedBy(Sentence s, int clause, int verb) {
    int cur = clause;
    for (int hops = 0; hops < 3; hops++) {
      int up = -1;
      for (Dependency d : s.parents(cur)) {
        if (d.governor() >= 0
            && (d.baseRelation().equals("ccomp") || d.baseRelation().equals("xcomp"))) {
          up = d.governor();
        }
      }
      if (up < 0) {
        return false;
      }
      if (up == verb) {
        return true;
      }
      cur = up;
    }
    return false;
  }

  /**
   * One state's own organs, or one organ: IRN and IRNMIL, GBRGOV and GBRGOV; not GBRCVL and GBRSPY.
   */
  private static boolean sameSide(Arg a, Arg b) {
    if (a.code() == null || b.code() == null) {
      return a.actor().equals(b.actor());
    }
    String x = a.code().sector();
    String y = b.code().sector();
    return a.code().country().equals(b.code().country()) && (x == null || y == null || x.equals(y));
  }

  private static boolean sameTargetSide(Match a, Match b) {
    return sameParty(a.targets(), b.targets());
  }

  private static boolean sameParty(List<Arg> as, List<Arg> bs) {
    for (Arg x : as) {
      for (Arg y : bs) {
        if (x.code() != null
            && y.code() != null
            && ArticleParties.keyOf(x.code()).equals(ArticleParties.keyOf(y.code()))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean sameKindBySameSide(Match a, Match b) {
    return a.pattern().code().regionMatches(0, b.pattern().code(), 0, 2)
        && sameParty(a.sources(), b.sources());
  }

  /**
   * The to-infinitive complements of a verb: "to be allowed" in "called on Gondor to be allowed".
   */
  private static List<Integer> infinitives(Sentence s, int verb) {
    List<Integer> out = new ArrayList<>();
    for (int x : s.childrenOf(verb, "xcomp")) {
      if (x > verb && hasToMarker(s, x)) {
        out.add(x);
      }
    }
    return out;
  }

  /**
   * Whether the preposition of the phrase at {@code phrase} stands within three words after the
   * verb, as a prepositional verb's does ("called for", "asked Japan for"): in "gave the same
   * message to Abe in meetings" the "in" is a place, no "give in".
   */
  private static boolean prepositionNear(Sentence s, int verb, int phrase) {
    for (int c : s.childrenOf(phrase, "case")) {
      if (c > verb && c <= verb + 3) {
        return true;
      }
    }
    return false;
  }

  /** Particles of phrasal verbs that the parser may tag as adverbs ("hit back"). */
  private static final Set<String> ADVERB_PARTICLES = Set.of("back", "out", "off", "away", "down");

  private List<VerbPattern> candidates(Sentence s, Token t) {
    List<VerbPattern> out = new ArrayList<>();
    if (t.isVerb()) {
      for (int prt : s.childrenOf(t.index(), "compound:prt")) {
        out.addAll(lexicon.patternsFor(VerbPattern.Pos.V, t.lemma() + "_" + s.token(prt).lemma()));
      }
      // "hit back": the parser may read the particle as an adverb; right after the verb it is
      // still the phrasal verb's.
      for (int adv : s.childrenOf(t.index(), "advmod")) {
        if (adv == t.index() + 1 && ADVERB_PARTICLES.contains(s.token(adv).lemma())) {
          out.addAll(
              lexicon.patternsFor(VerbPattern.Pos.V, t.lemma() + "_" + s.token(adv).lemma()));
        }
      }
      // Prepositional verbs: "call for", "insist on", "agree to" (their object is the
      // preposition's).
      for (Dependency d : s.children(t.index())) {
        if (d.baseRelation().equals("obl")
            && !d.subtype().isEmpty()
            && !d.subtype().contains("_")
            && prepositionNear(s, t.index(), d.dependent())) {
          out.addAll(lexicon.patternsFor(VerbPattern.Pos.V, t.lemma() + "_" + d.subtype()));
        }
      }
      // A surface dictionary that lists the written form ("LEFT", "MET") means it rather than the
      // lemma's entry ("LEAVE", "MEET"): listed first, it wins ties.
      String form = t.word().toLowerCase(java.util.Locale.ROOT);
      if (!form.equals(t.lemma())) {
        for (VerbPattern p : lexicon.patternsFor(VerbPattern.Pos.V, form)) {
          if (p.isSurface()) {
            out.add(p);
          }
        }
      }
      for (String lemma : spellings(t.lemma())) {
        out.addAll(lexicon.patternsFor(VerbPattern.Pos.V, lemma));
      }
    }
    if (t.isNoun()) {
      for (String key : nounKeys(s, t.index())) {
        out.addAll(lexicon.patternsFor(VerbPattern.Pos.N, key));
      }
    }
    if (t.pos().equals("MD")) {
      out.addAll(lexicon.patternsFor(VerbPattern.Pos.M, modalKey(s, t.index())));
    }
    if (t.isAdjective() || t.pos().equals("VBN")) {
      out.addAll(
          lexicon.patternsFor(VerbPattern.Pos.A, t.word().toLowerCase(java.util.Locale.ROOT)));
    }
    out.addAll(evaluativeCandidates(t));
    return out;
  }

  /**
   * A copula pattern ({@code be in +}): "Funaro was in Britain on the first leg of a tour" — the
   * parser makes the place the clause's head and "was" its copula. The subject is the source, the
   * state of the place the target; being at home is no visit.
   */
  private Match matchPresence(
      AnnotatedArticle article,
      ActorAnalysis actors,
      List<Quote> quotes,
      Sentence s,
      int trigger,
      VerbPattern p,
      Trace trace) {
    int place = -1;
    for (Dependency d : s.parents(trigger)) {
      if (d.relation().equals("cop") && d.governor() >= 0) {
        place = d.governor();
      }
    }
    String preposition =
        p.steps().stream()
            .filter(st -> st instanceof VerbPattern.Slot sl && sl.preposition() != null)
            .map(st -> ((VerbPattern.Slot) st).preposition())
            .findFirst()
            .orElse(null);
    if (place < 0 || preposition == null) {
      return fail(trace, s, trigger, p, "not the copula of a place");
    }
    final int head = place;
    if (s.childrenOf(head, "case").stream()
        .noneMatch(c -> s.token(c).lemma().equals(preposition))) {
      return fail(trace, s, trigger, p, "no '" + preposition + "' before the place");
    }
    List<Arg> targets = new ArrayList<>();
    for (Arg a : argsAt(article, actors, quotes, s, head)) {
      if (a.code() != null && a.code().isState()) {
        targets.addAll(stateActor(actors, a.code().country(), a.text(), a.span()));
      }
    }
    Place named = actors.placeAt(s.index(), head);
    if (targets.isEmpty() && named != null && named.country() != null) {
      targets.addAll(stateActor(actors, named.country(), named.name(), named.span()));
    }
    List<Arg> sources = subjects(article, actors, quotes, s, head, false);
    Set<String> home = new HashSet<>();
    for (Arg a : sources) {
      home.add(a.code() == null ? "" : a.code().country());
    }
    targets.removeIf(a -> a.code() == null || home.contains(a.code().country()));
    if (sources.isEmpty() || targets.isEmpty()) {
      return fail(trace, s, trigger, p, "no visitor from another state, or no place of a state");
    }
    return new Match(p, sources, targets, trigger, head, isNegated(s, head), List.of());
  }

  /**
   * "in response to", "in reply to", "in retaliation for": the noun says why the clause's own
   * action was taken; the action is the event.
   */
  private static boolean isConnective(Sentence s, int noun) {
    return CONNECTIVE_NOUNS.contains(s.token(noun).lemma())
        && s.childrenOf(noun, "case").stream().anyMatch(c -> s.token(c).lemma().equals("in"))
        && s.childrenOf(noun, "det").isEmpty()
        && s.childrenOf(noun, "nmod:poss").isEmpty();
  }

  private static final Set<String> CONNECTIVE_NOUNS =
      Set.of("response", "reply", "retaliation", "reaction", "answer");

  /** "should", or "should_have" when the clause is perfect ("should have acted sooner"). */
  private static String modalKey(Sentence s, int modal) {
    for (Dependency d : s.parents(modal)) {
      if (d.baseRelation().equals("aux") && d.governor() >= 0) {
        for (int aux : s.childrenOf(d.governor(), "aux")) {
          if (aux > modal && s.token(aux).lemma().equals("have")) {
            return s.token(modal).lemma() + "_have";
          }
        }
      }
    }
    return s.token(modal).lemma();
  }

  /**
   * A modal pattern: inside a statement, "the prime minister should make a statement" is the
   * speaker's appeal to the prime minister. The target is the subject of the modal's clause, the
   * source the statement's speaker.
   */
  private Match matchModal(
      AnnotatedArticle article,
      ActorAnalysis actors,
      List<Quote> quotes,
      Sentence s,
      int trigger,
      VerbPattern p,
      Trace trace) {
    int verb = -1;
    for (Dependency d : s.parents(trigger)) {
      if (d.baseRelation().equals("aux") && d.governor() >= 0) {
        verb = d.governor();
      }
    }
    if (verb < 0) {
      return fail(trace, s, trigger, p, "the modal belongs to no clause");
    }
    Quote statement = innermost(quotes, s.token(trigger).span(), false);
    if (statement == null
        || statement.speaker() == null
        || statement.speaker().actor() == null
        || statement.speaker().code() == null) {
      return fail(trace, s, trigger, p, "not in a statement with a known speaker");
    }
    for (Dependency d : s.children(verb)) {
      if ((d.baseRelation().equals("advmod") || d.baseRelation().equals("mark"))
          && Set.of("why", "how", "whether", "if", "when")
              .contains(s.token(d.dependent()).lemma())) {
        return fail(trace, s, trigger, p, "a question or a condition, not an appeal");
      }
    }
    if ((s.token(verb).lemma().equals("be") || s.hasChild(verb, "cop"))
        // "should be careful to ensure", "should be ready to talk": the state is a way of acting
        && !(s.token(verb).isAdjective() && infinitives(s, verb).size() > 0)) {
      return fail(trace, s, trigger, p, "a state, not an action: \"Britain should be a haven\"");
    }
    Quote.Speaker speaker = statement.speaker();
    List<Arg> targets = new ArrayList<>();
    for (Dependency d : s.children(verb)) {
      // Only an active subject is asked to act: "Mr Blair should be judged by results" asks others.
      if (d.relation().equals("nsubj")) {
        targets.addAll(withConjuncts(article, actors, quotes, s, d.dependent()));
      }
    }
    if (targets.isEmpty()) {
      return fail(trace, s, trigger, p, "the clause's subject is no actor");
    }
    if (targets.stream().anyMatch(a -> a.actor().equals(speaker.actor()))) {
      // "we should", "the two countries must first restore trust": a resolution, not an appeal.
      return fail(trace, s, trigger, p, "the speaker is among those who should act");
    }
    // An office speaking of itself, and those nothing codes, are no one to appeal to.
    targets.removeIf(a -> a.code() == null || a.code().equals(speaker.code()));
    // A state's own government or army saying "Turkey should protect its interests" states its
    // policy; only others (the opposition, foreigners) appeal to a state.
    String speakerSector = speaker.code().sector();
    if (speakerSector == null || EXECUTIVE_SECTORS.contains(speakerSector)) {
      targets.removeIf(
          a -> a.code().sector() == null && a.code().country().equals(speaker.code().country()));
    }
    if (targets.isEmpty()) {
      return fail(trace, s, trigger, p, "the speaker's own office is asked to act");
    }
    Span where = speaker.span() != null ? speaker.span() : s.token(trigger).span();
    Arg source = new Arg(speaker.actor(), speaker.code(), speaker.name(), where);
    // The clause is what is asked for, not an event of its own: "should meet" is no meeting.
    return new Match(p, List.of(source), targets, trigger, verb, false, List.of(verb));
  }

  // Evaluations (VerbPattern.Pos.E): "He said Mr Straw was naive", "X's plan is unacceptable".

  /** Words that link a subject to what it is said to be, like a copula: "the plan seems unfair". */
  private static final Set<String> LINKING_VERBS =
      Set.of("seem", "appear", "remain", "look", "sound", "prove", "become");

  /** Relative pronouns, which stand for the noun their clause modifies. */
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "who", "that", "whom");

  /**
   * Things two sides do together: "his talks with Nazir had been constructive" judges the talks,
   * not either side.
   */
  private static final Set<String> JOINT_NOUNS =
      Set.of(
          "talk",
          "discussion",
          "meeting",
          "negotiation",
          "dialogue",
          "consultation",
          "conversation",
          "exchange",
          "summit",
          "session",
          "relation",
          "relationship",
          "tie",
          "cooperation",
          "partnership",
          "visit",
          "round",
          "contact");

  /** Subjects that stand for what the sentence before said: "this was unacceptable". */
  private static final Set<String> DEMONSTRATIVES = Set.of("this", "that");

  /** The evaluative patterns of an adjective, noun or adverb, looked up by form and by lemma. */
  private List<VerbPattern> evaluativeCandidates(Token t) {
    String pos = t.pos();
    if (!(t.isAdjective()
        || t.isNoun()
        || pos.startsWith("RB")
        || pos.equals("VBG")
        || pos.equals("VBN"))) {
      return List.of();
    }
    Set<VerbPattern> out =
        new java.util.LinkedHashSet<>(
            lexicon.patternsFor(VerbPattern.Pos.E, t.word().toLowerCase(java.util.Locale.ROOT)));
    out.addAll(lexicon.patternsFor(VerbPattern.Pos.E, t.lemma()));
    return new ArrayList<>(out);
  }

  /**
   * An evaluative word inside a statement: the speaker judges the actor it is said of ("He said Mr
   * Straw was naive"), or the actor whose thing or deed it is said of ("the Greek proposal was
   * unacceptable", "the cavalier way in which this government operates", "the United States had
   * regrettably not listened"). The speaker is the source. Not coded: questions and conditions,
   * negated judgements, and a speaker judging themselves or their own side.
   */
  private Match matchEvaluation(
      AnnotatedArticle article,
      ActorAnalysis actors,
      List<Quote> quotes,
      Sentence s,
      int trigger,
      VerbPattern p,
      Trace trace) {
    Token t = s.token(trigger);
    int head = -1; // the clause or phrase the judgement belongs to
    List<Integer> things = new ArrayList<>();
    boolean adverb = false;
    int amodOf = governorBy(s, trigger, "amod");
    int advmodOf = governorBy(s, trigger, "advmod");
    int xcompOf = governorBy(s, trigger, "xcomp");
    if (s.hasChild(trigger, "cop")) {
      // "Mr Straw was naive", "the decision was a mistake"
      head = trigger;
      things.addAll(s.childrenOf(trigger, "nsubj"));
    } else if (!t.isNoun() && xcompOf >= 0 && LINKING_VERBS.contains(s.token(xcompOf).lemma())) {
      // "the plan seems unfair"
      head = xcompOf;
      things.addAll(s.childrenOf(xcompOf, "nsubj"));
    } else if (!t.isNoun() && amodOf >= 0) {
      head = amodOf;
      if (s.hasChild(amodOf, "cop") && ownersOf(article, actors, quotes, s, amodOf).isEmpty()) {
        // "his plan was a worrying issue" (but "this is the cavalier way in which Iran operates"
        // judges the way's owner)
        things.addAll(s.childrenOf(amodOf, "nsubj"));
      } else {
        // "the cavalier way in which this government operates"
        things.add(amodOf);
      }
    } else if (t.pos().startsWith("RB") && advmodOf >= 0 && s.token(advmodOf).isVerb()) {
      // "the United States had regrettably not listened": only an active subject acted.
      head = advmodOf;
      adverb = true;
      for (Dependency d : s.children(advmodOf)) {
        if (d.relation().equals("nsubj")) {
          things.add(d.dependent());
        }
      }
    }
    if (head < 0 || things.isEmpty()) {
      return fail(trace, s, trigger, p, "said of nothing: no subject or noun it qualifies");
    }
    if (!adverb && (isNegated(s, head) || isNegated(s, trigger))) {
      return fail(trace, s, trigger, p, "negated: \"not acceptable\" is no judgement of its own");
    }
    if (isConditionOrQuestion(s, head)
        || isConditionOrQuestion(s, trigger)
        || s.tokens().get(s.tokens().size() - 1).word().equals("?")) {
      return fail(trace, s, trigger, p, "a question or a condition, not a judgement");
    }
    Quote statement = innermost(quotes, t.span(), false);
    for (int i = 0; statement == null && i < things.size(); i++) {
      statement = innermost(quotes, s.token(things.get(i)).span(), false);
    }
    if (statement == null
        || statement.speaker() == null
        || statement.speaker().actor() == null
        || statement.speaker().code() == null) {
      return fail(trace, s, trigger, p, "not in a statement with a known speaker");
    }
    List<String> thingWords = new ArrayList<>();
    List<Arg> targets = new ArrayList<>();
    for (int thing : things) {
      Token th = s.token(thing);
      if (DEMONSTRATIVES.contains(th.lemma()) && s.children(thing).isEmpty()) {
        // "Greece urged Turkey to accept … The spokesman said this was unacceptable": what the
        // sentence before said, by the actor it was said by.
        thingWords.addAll(previousClauseWords(article, s));
        targets.addAll(previousSubjects(article, actors, quotes, s));
      } else if (JOINT_NOUNS.contains(th.lemma())) {
        return fail(trace, s, trigger, p, "said of what two sides do together");
      } else {
        thingWords.add(th.lemma());
        targets.addAll(ownersOf(article, actors, quotes, s, thing));
      }
    }
    for (VerbPattern.Step step : p.steps()) {
      if (step instanceof VerbPattern.ObjectWord ow
          && thingWords.stream().noneMatch(ow.lemmas()::contains)) {
        return fail(trace, s, trigger, p, "said of none of " + ow.lemmas());
      }
    }
    Quote.Speaker speaker = statement.speaker();
    targets.removeIf(a -> a.code() == null);
    if (targets.isEmpty()) {
      return fail(trace, s, trigger, p, "said of no actor, nor of an actor's thing or deed");
    }
    if (targets.stream().anyMatch(a -> a.actor().equals(speaker.actor()))) {
      // "he, Baker and Poehl had a very constructive discussion": the speaker judges a thing of
      // their own.
      return fail(trace, s, trigger, p, "the speaker is among those judged");
    }
    // A speaker judging themselves, their office or (for a government) their own state is no
    // event between actors.
    targets.removeIf(a -> a.actor().equals(speaker.actor()) || a.code().equals(speaker.code()));
    String speakerSector = speaker.code().sector();
    if (speakerSector == null || EXECUTIVE_SECTORS.contains(speakerSector)) {
      targets.removeIf(
          a -> a.code().sector() == null && a.code().country().equals(speaker.code().country()));
    }
    if (targets.isEmpty()) {
      return fail(trace, s, trigger, p, "the speaker judges their own side");
    }
    Span where = speaker.span() != null ? speaker.span() : t.span();
    Arg source = new Arg(speaker.actor(), speaker.code(), speaker.name(), where);
    return new Match(p, List.of(source), dedupe(targets), trigger, head, false, List.of());
  }

  /** The token {@code t} hangs from by {@code relation} (or a subtype of it), or -1. */
  private static int governorBy(Sentence s, int t, String relation) {
    for (Dependency d : s.parents(t)) {
      if (d.governor() >= 0 && d.baseRelation().equals(relation)) {
        return d.governor();
      }
    }
    return -1;
  }

  private static List<Arg> dedupe(List<Arg> args) {
    List<Arg> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Arg a : args) {
      if (ids.add(a.actor())) {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * Who a judged thing belongs to: the actor it names ("Mr Straw"), else its possessor, "by" phrase
   * or compound modifier ("Canada's decision", "the decision by Canada"), the state of its
   * nationality adjective ("the Greek proposal"), the subject of its relative clause ("the way in
   * which this government operates", "measures Greece has taken") or the subject that has it
   * ("North Korea had a terrible record"). "Of" and "from" phrases are left alone: in "the
   * treatment of prisoners" they are who suffers, in "asylum seekers from the UK" where they come
   * from.
   */
  private List<Arg> ownersOf(
      AnnotatedArticle article, ActorAnalysis actors, List<Quote> quotes, Sentence s, int thing) {
    List<Arg> named = coded(withConjuncts(article, actors, quotes, s, thing));
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
        out.addAll(coded(withConjuncts(article, actors, quotes, s, d.dependent())));
      }
    }
    if (out.isEmpty()) {
      out.addAll(nationalityOf(actors, s, thing));
    }
    if (out.isEmpty()) {
      for (Dependency d : s.children(thing)) {
        if (d.relation().equals("acl:relcl")) {
          out.addAll(activeSubjects(article, actors, quotes, s, d.dependent()));
        }
      }
    }
    if (out.isEmpty()) {
      int had = governorBy(s, thing, "obj");
      if (had >= 0 && s.token(had).lemma().equals("have")) {
        out.addAll(activeSubjects(article, actors, quotes, s, had));
      }
    }
    return out;
  }

  /** The coded actors among {@code args}. */
  private static List<Arg> coded(List<Arg> args) {
    List<Arg> out = new ArrayList<>();
    for (Arg a : args) {
      if (a.code() != null) {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * The active subject of {@code verb} as actors; a relative pronoun ("North Korea, which … had")
   * stands for the noun its clause modifies.
   */
  private List<Arg> activeSubjects(
      AnnotatedArticle article, ActorAnalysis actors, List<Quote> quotes, Sentence s, int verb) {
    List<Arg> out = new ArrayList<>();
    int says = governorBy(s, verb, "ccomp");
    int relative = says < 0 ? -1 : governorBy(s, says, "acl");
    if (!s.hasChild(verb, "nsubj") && relative >= 0 && s.hasChild(relative, "ref")) {
      // "North Korea, which he said had a terrible record": the relative pronoun is the subject of
      // the clause the relative clause reports.
      return coded(withConjuncts(article, actors, quotes, s, relative));
    }
    for (Dependency d : s.children(verb)) {
      if (!d.relation().equals("nsubj")) {
        continue;
      }
      int subject = d.dependent();
      if (RELATIVE_PRONOUNS.contains(s.token(subject).lemma())) {
        int noun = governorBy(s, verb, "acl");
        if (noun >= 0) {
          out.addAll(coded(withConjuncts(article, actors, quotes, s, noun)));
        }
      } else {
        out.addAll(coded(withConjuncts(article, actors, quotes, s, subject)));
      }
    }
    return out;
  }

  /** The sentence before {@code s}, or null. */
  private static Sentence previousSentence(AnnotatedArticle article, Sentence s) {
    Sentence before = null;
    for (Sentence x : article.sentences()) {
      if (x.index() == s.index() - 1) {
        before = x;
      }
    }
    return before;
  }

  /**
   * The root of {@code s}, the clauses it reports ("Greece said … and urged Turkey") and the
   * clauses coordinated with either.
   */
  private static List<Integer> mainClauses(Sentence s) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : s.dependencies()) {
      if (d.governor() < 0) {
        out.add(d.dependent());
        for (int c : s.childrenOf(d.dependent(), "ccomp")) {
          out.add(c);
        }
      }
    }
    for (int i = 0, n = out.size(); i < n; i++) {
      for (int c : s.childrenOf(out.get(i), "conj")) {
        if (s.token(c).isVerb() && !out.contains(c)) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /** The lemmas of the sentence before's main verbs: what "this" may be a case of. */
  private static List<String> previousClauseWords(AnnotatedArticle article, Sentence s) {
    Sentence before = previousSentence(article, s);
    List<String> out = new ArrayList<>();
    if (before != null) {
      for (int c : mainClauses(before)) {
        out.add(before.token(c).lemma());
      }
    }
    return out;
  }

  /** The subject of the sentence before's main clause, as actors: who did what "this" is. */
  private List<Arg> previousSubjects(
      AnnotatedArticle article, ActorAnalysis actors, List<Quote> quotes, Sentence s) {
    Sentence before = previousSentence(article, s);
    List<Arg> out = new ArrayList<>();
    if (before != null) {
      for (int c : mainClauses(before)) {
        out.addAll(activeSubjects(article, actors, quotes, before, c));
      }
    }
    return out;
  }

  private Match match(
      AnnotatedArticle article,
      ActorAnalysis actors,
      List<Quote> quotes,
      ArticleParties parties,
      Sentence s,
      int trigger,
      VerbPattern p,
      Trace trace) {
    if (p.pos() == VerbPattern.Pos.M) {
      return matchModal(article, actors, quotes, s, trigger, p, trace);
    }
    if (p.pos() == VerbPattern.Pos.E) {
      return matchEvaluation(article, actors, quotes, s, trigger, p, trace);
    }
    if (cameoRules() && p.pos() == VerbPattern.Pos.V && p.trigger().equals("be")) {
      return matchPresence(article, actors, quotes, s, trigger, p, trace);
    }
    if (p.pos() == VerbPattern.Pos.N && isConnective(s, trigger)) {
      return fail(trace, s, trigger, p, "a connective ('in response to'), not an event");
    }
    if (cameoRules() && isConditionOrQuestion(s, trigger)) {
      return fail(trace, s, trigger, p, "a condition or a question ('if …'), not an event");
    }
    if (cameoRules() && isBackgroundState(s, trigger)) {
      return fail(trace, s, trigger, p, "a state described in a relative clause, not an event");
    }
    boolean negated = isNegated(s, trigger);
    if (p.negated() && !negated) {
      return fail(trace, s, trigger, p, "needs a negation");
    }
    int head = trigger;
    int object = -1;
    List<Integer> consumed = new ArrayList<>();
    List<Arg> targets = null;
    List<Arg> surfaceSources = null;
    boolean compound = false;
    boolean reversed = false;
    boolean placeTarget = false;
    boolean slotUnfilled = false;
    boolean answersHearsay = false;
    boolean stillToCome = false;
    int predicate = -1;
    boolean passive = isPassive(s, trigger) && p.pos() == VerbPattern.Pos.V;
    if (passive && !cameoRules() && !hasAgent(s, trigger)) {
      // PETRARCH reads "X was criticized over Y" with X as the actor: only a "by" agent reverses.
      passive = false;
    }
    for (VerbPattern.Step step : p.steps()) {
      if (step instanceof VerbPattern.Complement c) {
        int next = -1;
        for (int x : complements(s, head)) {
          if (c.lemma().equals("*") || s.token(x).lemma().equals(c.lemma())) {
            next = x;
            break;
          }
        }
        if (next < 0) {
          return fail(trace, s, trigger, p, "no to-infinitive complement '" + c.lemma() + "'");
        }
        head = next;
        consumed.add(next);
        object = -1;
        if (isNegated(s, head)) {
          negated = true;
        }
      } else if (step instanceof VerbPattern.ObjectWord w) {
        object = -1;
        for (int o :
            objects(
                s,
                head,
                p.pos() == VerbPattern.Pos.N && head == trigger,
                passive,
                head == trigger ? prepositionOf(s, trigger, p) : null)) {
          if (nounKeys(s, o).stream().anyMatch(w.lemmas()::contains)) {
            object = o;
            break;
          }
        }
        if (object < 0) {
          return fail(trace, s, trigger, p, "no object " + w.lemmas());
        }
        consumed.add(object);
      } else if (step instanceof VerbPattern.Predicate pd) {
        predicate = -1;
        for (Dependency d : s.children(head)) {
          String r = d.relation();
          if ((r.equals("xcomp") || r.equals("obl:as") || r.equals("advcl:as"))
              && pd.lemmas().contains(s.token(d.dependent()).lemma())) {
            predicate = d.dependent();
            break;
          }
          // "described the decision as \"unjustified\"": the parser may hang the "as" phrase on
          // the object.
          if (d.baseRelation().equals("obj") && predicate < 0) {
            for (int as : s.childrenOf(d.dependent(), "nmod:as")) {
              if (pd.lemmas().contains(s.token(as).lemma())) {
                predicate = as;
              }
            }
          }
        }
        if (predicate < 0) {
          return fail(trace, s, trigger, p, "no predicate " + pd.lemmas());
        }
        consumed.add(predicate);
      } else if (step instanceof VerbPattern.StillToCome still) {
        if (still.conditional() ? conditionOf(s, head) < 0 : !stillToCome(s, head)) {
          return fail(
              trace,
              s,
              trigger,
              p,
              still.conditional() ? "no condition ('if …')" : "not still to come");
        }
        stillToCome = true;
      } else if (step instanceof VerbPattern.Preposition pr) {
        if (prepositional(s, head, object, pr.preposition()).isEmpty()) {
          return fail(trace, s, trigger, p, "no '" + pr.preposition() + "' phrase");
        }
      } else if (step instanceof VerbPattern.Slot slot) {
        List<Integer> fillers =
            slot.preposition() == null
                ? new ArrayList<>(
                    objects(
                        s,
                        head,
                        p.pos() == VerbPattern.Pos.N && head == trigger,
                        passive,
                        head == trigger ? prepositionOf(s, trigger, p) : null))
                : prepositional(s, head, object, slot.preposition());
        if ("that".equals(slot.preposition()) && p.code().startsWith("10") && cameoRules()) {
          // "insisted that Japan boost imports" demands; "insisted that Japan was to blame" only
          // asserts: a demand's clause is in the subjunctive (a bare verb) or says "should".
          fillers = new ArrayList<>(fillers);
          fillers.removeIf(f -> !subjunctive(s, f));
          if (fillers.isEmpty()) {
            return fail(trace, s, trigger, p, "the clause asserts, it does not ask");
          }
        }
        if (fillers.isEmpty()
            && cameoRules()
            && p.pos() == VerbPattern.Pos.N
            && slot.preposition() != null
            && !slot.holdsSource()) {
          // "Intense discussions were taking place with US officials", "talks began with …":
          // the parser hangs the partner on the verb the event noun is the subject of.
          for (Dependency d : s.parents(trigger)) {
            if (d.relation().equals("nsubj")
                && d.governor() >= 0
                && HAPPENING_VERBS.contains(s.token(d.governor()).lemma())) {
              fillers = new ArrayList<>(prepositional(s, d.governor(), -1, slot.preposition()));
            }
          }
        }
        if (predicate >= 0 && slot.preposition() == null) {
          // "called the UK's rebate unjustified": the parser makes the thing called the
          // predicate's subject.
          fillers.addAll(s.childrenOf(predicate, "nsubj"));
        }
        List<Arg> found = new ArrayList<>();
        // Violence is done to actors, not to their words or plans: "attack Mr Blair's words" is
        // criticism,
        // so material-conflict codes take only an actor that fills the slot itself.
        // Meetings and visits, too, are with actors: "visited the tomb of Yasser Arafat" is no
        // visit to Arafat, "welcomed the EU's move" no hosting of the EU.
        boolean meeting = cameoRules() && p.code().startsWith("04");
        int depth = cameoRules() && p.code().compareTo("15") >= 0 ? 0 : 3;
        for (int f : fillers) {
          if (f == object) {
            continue; // the pattern's object word is the thing, not the slot ("offer + :aid")
          }
          List<Arg> inside = argsInside(article, actors, quotes, s, f, depth);
          if (cameoRules()
              && !meeting
              && thingStandsForItsCountry(p.code())
              && withConjuncts(article, actors, quotes, s, f).isEmpty()) {
            // "opposes Soviet membership of the World Bank", "condemned the Israeli occupation of
            // Lebanon": the nationality on an act is whose act it is, before anyone in its "of"
            // phrase.
            List<Arg> nationality = nationalityOf(actors, s, f);
            if (!nationality.isEmpty()) {
              inside = nationality;
            }
          }
          if (meeting && !withConjuncts(article, actors, quotes, s, f).equals(inside)) {
            // A visit to "Kenya's biggest shantytown" is a visit to Kenya; one to "the tomb of
            // Yasser Arafat" is no meeting with Arafat: inside a place only a country counts.
            inside =
                inside.stream().filter(a -> a.code() != null && a.code().sector() == null).toList();
          }
          found.addAll(inside);
          if (!found.isEmpty()) {
            consumed.add(f);
            break;
          }
        }
        if (found.isEmpty() && slot.preposition() != null) {
          found.addAll(surfacePrepositional(article, actors, quotes, s, head, slot.preposition()));
        }
        if (found.isEmpty() && meeting) {
          // "arrived in Indonesia", "was in Beijing", "will visit Aceh in Indonesia, as well as Sri
          // Lanka": a visit's destination is written as a place, each place its state.
          for (int f : fillers) {
            List<Integer> places = new ArrayList<>(List.of(f));
            places.addAll(s.childrenOf(f, "nmod:in"));
            places.addAll(s.childrenOf(f, "conj"));
            if (slot.preposition() == null) {
              // The parser often hangs "in Indonesia" and a coordinated place on the verb itself.
              places.addAll(s.childrenOf(head, "obl:in"));
              for (int c : s.childrenOf(head, "conj")) {
                if (s.token(c).isNoun()) {
                  places.add(c);
                }
              }
            }
            for (int at : places) {
              for (Arg a : argsAt(article, actors, quotes, s, at)) {
                if (at != f
                    && a.code() != null
                    && a.code().isState()
                    && a.code().sector() == null
                    && !found.contains(a)) {
                  found.add(a); // "…, as well as Sri Lanka": a state named as a destination
                }
              }
              Place place = actors.placeAt(s.index(), at);
              if (place != null && place.country() != null) {
                for (Arg a : stateActor(actors, place.country(), place.name(), place.span())) {
                  if (!found.contains(a)) {
                    found.add(a);
                  }
                }
              }
            }
            if (!found.isEmpty()) {
              consumed.add(f);
              placeTarget = true;
              break;
            }
          }
        }
        if (found.isEmpty() && cameoRules() && thingStandsForItsCountry(p.code())) {
          // A country's things stand for it: "shelled an Iranian oil platform", "seized seven
          // Kuwaiti boats", "protests against the closing of Canadian ports" target the country,
          // as CAMEO coders code them (which codes: thingStandsForItsCountry).
          for (int f : fillers) {
            found.addAll(nationalityOf(actors, s, f));
            if (!found.isEmpty()) {
              consumed.add(f);
              break;
            }
          }
        }
        if (found.isEmpty() && !fillers.isEmpty() && !slot.holdsSource() && p.isStillToCome()) {
          // "we will hinder it if the Turkish vessel begins research": the condition says at whom.
          slotUnfilled = true;
          continue;
        }
        if (found.isEmpty()
            && !fillers.isEmpty()
            && !slot.holdsSource()
            && !"that".equals(slot.preposition()) // a claim about no one accuses no one
            && impliesItsTarget(p.code())
            && p.code().compareTo("15") < 0 // force at a thing is aimed at what the thing is
            && fillers.stream()
                .allMatch(
                    f ->
                        // "it" that names no actor here stands for a thing ("vote against
                        // it unless …"); "him" and "them" stand for someone.
                        (!s.token(f).pos().startsWith("PRP")
                                || s.token(f).word().equalsIgnoreCase("it"))
                            && !s.token(f).lemma().equalsIgnoreCase("other")
                            && !isSomeoneUncoded(s, f)
                            && argsInside(article, actors, quotes, s, f, 3).isEmpty())) {
          // "condemned the detentions", "will vote against the bill": the frame is met by a
          // thing no one in the sentence owns ("attack Mr Blair's words" has an owner, "fight
          // them" and "blamed the other" an antecedent); whose it is, the article may say (below).
          slotUnfilled = true;
          answersHearsay |=
              fillers.stream()
                  .anyMatch(
                      f -> HEARSAY_NOUNS.contains(s.token(f).lemma().toLowerCase(Locale.ROOT)));
          continue;
        }
        if (found.isEmpty()) {
          return fail(
              trace,
              s,
              trigger,
              p,
              "no actor in the "
                  + (slot.preposition() == null
                      ? "object"
                      : "'" + slot.preposition() + "' phrase"));
        }
        targets = found;
        reversed = slot.holdsSource();
      } else if (step instanceof VerbPattern.Surface sf) {
        SurfaceMatch sm = surface(article, actors, quotes, s, trigger, sf);
        if (sm == null) {
          return null;
        }
        if (sm.targets() != null) {
          targets = sm.targets();
        }
        surfaceSources = sm.sources();
        compound = sm.compound();
      }
    }
    List<Arg> sources =
        surfaceSources != null
            ? surfaceSources
            : sources(article, actors, quotes, s, trigger, p.pos(), passive);
    if (compound) {
      // "% HAVE POSTPONED *": the members of a compound subject act on each other.
      if (sources.size() < 2) {
        return null;
      }
      targets = sources;
    }
    if (targets == null && !cameoRules() && !compound) {
      // PETRARCH's target is the first actor after the verb in its own phrase, in text order.
      targets = nearestAfter(article, actors, quotes, s, trigger, passive, sources);
    }
    if (targets == null && object >= 0 && cameoRules()) {
      // "welcomed the EU's move": the pattern's object word is a thing; its owner is the target,
      // first of all the nationality written on it ("released the British detainees").
      targets = new ArrayList<>();
      nationalitiesOf(actors, s, object).forEach(targets::addAll);
      if (targets.isEmpty()) {
        targets.addAll(argsInside(article, actors, quotes, s, object, 3));
      }
      Set<String> own = new HashSet<>();
      for (Arg a : sources) {
        own.add(a.actor());
        own.add(a.code() == null ? "" : a.code().country());
      }
      targets.removeIf(
          a -> own.contains(a.actor()) || a.code() != null && own.contains(a.code().country()));
      if (targets.isEmpty() && thingStandsForItsCountry(p.code())) {
        targets = nationalityOf(actors, s, object); // "seized seven Kuwaiti boats"
      }
      if (targets.isEmpty() && holdsGround(p.code())) {
        // "evacuating their last stronghold in northern Chad": ground taken, held or given up
        // is the country it lies in.
        targets =
            countryWhere(actors, s, trigger, object).stream()
                .filter(a -> a.code() != null && !own.contains(a.code().country()))
                .toList();
      }
    }
    if ((targets == null || targets.isEmpty()) && head != trigger && cameoRules()) {
      // "an EU demand for Turkey to recognise Cyprus", "called for Iran to free them": the
      // complement's own subject is whom the demand or appeal is addressed to.
      for (Dependency d : s.children(head)) {
        if (d.relation().equals("nsubj")) { // its own subject, not the controller (nsubj:xsubj)
          targets = withConjuncts(article, actors, quotes, s, d.dependent());
          if (!targets.isEmpty()) {
            break;
          }
        }
      }
    }
    if ((targets == null || targets.isEmpty())
        && !slotUnfilled
        && cameoRules()
        && object >= 0
        && !p.hasSlot()) {
      // "released the hostages", "the British detainees were released": the pattern's object
      // word is itself an actor, and the one acted on.
      List<Arg> own = sources;
      targets =
          withConjuncts(article, actors, quotes, s, object).stream()
              .filter(a -> a.code() != null && own.stream().noneMatch(o -> sameSide(o, a)))
              .toList();
    }
    if ((targets == null || targets.isEmpty()) && !slotUnfilled) {
      targets = nearestTargets(article, actors, quotes, s, head, sources);
      if (targets.isEmpty() && surfaceSources != null) {
        // "DESPITE * FROM $": the pattern names the source, so the subject is acted on.
        targets = sources(article, actors, quotes, s, trigger, p.pos(), passive);
      }
    }
    if (targets == null) {
      targets = List.of();
    }
    if (cameoRules()
        && p.pos() == VerbPattern.Pos.N
        && targets.isEmpty()
        && ANSWERED_ROOTS.contains(p.code().substring(0, 2))) {
      // "Sudan has rejected a demand by the IMF", "rejected an IMF demand", "welcomed the US
      // offer": a demand, appeal, offer or threat made by someone named on the noun was made to
      // whoever answers it.
      List<Arg> maker = nameOnNoun(article, actors, quotes, s, trigger);
      if (!maker.isEmpty()) {
        List<Arg> answerer = answererOf(article, actors, quotes, s, trigger, maker);
        if (!answerer.isEmpty()) {
          sources = maker;
          targets = answerer;
        }
      }
    }
    if (cameoRules()
        && p.pos() == VerbPattern.Pos.N
        && targets.isEmpty()
        && p.code().compareTo("17") >= 0
        && p.code().compareTo("21") < 0) {
      // "its troops repulsed heavy Iraqi counter-attacks": whoever repels, resists or survives an
      // attack is its target; the attack's doer is its own (its nationality or possessor).
      for (Dependency d : s.parents(trigger)) {
        if (d.baseRelation().equals("obj")
            && d.governor() >= 0
            && REPELLING_VERBS.contains(s.token(d.governor()).lemma())) {
          List<Arg> own = new ArrayList<>();
          own.addAll(nationalityOnAct(actors, s, trigger));
          for (int poss : s.childrenOf(trigger, "nmod:poss")) {
            own.addAll(argsAt(article, actors, quotes, s, poss));
          }
          List<Arg> doers = own;
          List<Arg> defenders =
              subjects(article, actors, quotes, s, d.governor(), false).stream()
                  .filter(a -> doers.stream().noneMatch(o -> sameSide(o, a)))
                  .toList();
          if (!own.isEmpty() && !defenders.isEmpty()) {
            sources = own;
            targets = defenders;
          }
        }
      }
    }
    if (cameoRules() && p.pos() == VerbPattern.Pos.N && !targets.isEmpty()) {
      // "an EU demand for Turkey to …", "rejected the US offer": with its target elsewhere, the
      // name written before an event noun is who makes the demand or the offer, not the subject
      // of the verb it hangs from.
      for (int c : s.childrenOf(trigger, "compound")) {
        List<Arg> named = new ArrayList<>(argsAt(article, actors, quotes, s, c));
        named.removeAll(targets);
        if (!named.isEmpty()) {
          sources = named;
          break;
        }
      }
    }
    if (placeTarget
        || cameoRules()
            && targets != null
            && Set.of("042", "043", "044")
                .contains(p.code().substring(0, Math.min(3, p.code().length())))) {
      // Travel at home is no visit: "Blair arrived in Edinburgh"; nor is welcoming one's own
      // ("mockingly welcoming Mr Brown's Budget").
      Set<String> home = new HashSet<>();
      for (Arg a : sources) {
        home.add(a.code() == null ? "" : a.code().country());
      }
      targets =
          targets.stream()
              .filter(a -> a.code() != null && !home.contains(a.code().country()))
              .toList();
    }
    if (!cameoRules() && sources.isEmpty() && surfaceSources == null) {
      sources = subjectPhrase(article, actors, quotes, s, trigger, passive);
    }
    if (reversed) {
      List<Arg> swap = sources;
      sources = targets;
      targets = swap;
    }
    if (sources.isEmpty()
        && cameoRules()
        && (stillToCome
            || passive
                && p.code().compareTo("17") >= 0
                && mode(s, trigger, head, negated) != Mode.ASSERTED)) {
      // "… caught in the area would be arrested," Canada said: coercion still to come with no
      // agent named, in a statement, is the speaker's own (a threat). Past coercion is not: "no
      // evidence detainees had been abused," the Pentagon said. So is a response still to come
      // whose subject codes nothing: "if Congress passes the bill, the community would have to
      // retaliate," Channon said.
      Quote statement = innermost(quotes, s.token(trigger).span(), false);
      if (statement != null
          && statement.speaker() != null
          && statement.speaker().actor() != null
          && statement.speaker().code() != null
          && statement.speaker().span() != null) {
        Quote.Speaker sp = statement.speaker();
        sources = List.of(new Arg(sp.actor(), sp.code(), sp.name(), sp.span()));
      }
    }
    boolean implicitSource = false;
    if (sources.isEmpty()
        && cameoRules()
        && p.pos() == VerbPattern.Pos.N
        && targets != null
        && !targets.isEmpty()
        && SHARED_ROOTS.stream().anyMatch(p.code()::startsWith)
        && p.steps().stream()
            .noneMatch(
                st -> st instanceof VerbPattern.Slot sl && "between".equals(sl.preposition()))
        && doerUnsaid(s, trigger)) {
      // "Discussions have begun with Indonesia", "a similar agreement with Britain": talks and
      // agreements take two, and the other is the one the article is about.
      sources = partnerOf(article, actors, quotes, parties, s, trigger, targets);
      implicitSource = !sources.isEmpty();
    }
    if (sources.isEmpty()) {
      return fail(trace, s, trigger, p, "no source actor");
    }
    if (cameoRules() && (p.code().startsWith("03") || p.code().startsWith("07"))) {
      // What one's own side sends is what is offered or given, not whom to: "the U.S. has offered
      // warships to escort Kuwaiti tankers".
      List<Arg> own = sources;
      targets = targets.stream().filter(a -> own.stream().noneMatch(o -> sameSide(o, a))).toList();
    }
    if (hasThatSlot(p)) {
      // What one's own side did is a claim, not an accusation: "Iran claimed its troops advanced".
      List<Arg> own = sources;
      targets = targets.stream().filter(a -> own.stream().noneMatch(o -> sameSide(o, a))).toList();
    }
    if (targets.isEmpty() && !p.hasSlot() && sources.size() >= 2) {
      // "Trump and Kim met": a reciprocal action among a compound subject.
      targets = sources;
    }
    if (targets.isEmpty() && stillToCome && !sources.isEmpty()) {
      // "would take measures if the United States imposes tariffs": a response is aimed at whoever
      // the condition is about.
      targets = conditionActors(article, actors, quotes, s, conditionOf(s, head), sources);
      if (targets.isEmpty()) {
        targets = meansActors(article, actors, quotes, s, head, sources);
      }
    }
    if ((targets == null || targets.isEmpty()) && impliesItsTarget(p.code())) {
      // "His claims were denied by Straw", "denied Iran's charges": whose the thing acted on is,
      // when the pattern names the thing but has no slot for it.
      targets = ownerOfThing(article, actors, quotes, s, trigger, sources);
    }
    boolean implicit = false;
    Mode mode = mode(s, trigger, head, negated);
    // What the event will be coded as: a rejection still to come in the doer's own words is a
    // threat ("was prepared to veto any bid to reduce the rebate"), aimed at the other side.
    String coded =
        becomesThreat(p.code())
                && (mode == Mode.FUTURE
                    || mode == Mode.HYPOTHETICAL && saidBySourceSide(quotes, s, trigger, sources))
            ? threatFor(p.code())
            : p.code();
    if ((targets == null || targets.isEmpty())
        && impliesItsTarget(p.code())
        && (p.pos() != VerbPattern.Pos.N || nounSaysItsDoer(s, trigger))
        && !hasThatSlot(p) // a claim about no one accuses no one
        && !answersNamedHearsay(s, trigger)
        // "seeking the help of a head of an allied government": its owner is someone unnamed
        && !(object >= 0 && ownedBySomeoneUncoded(s, object))
        && (mode != Mode.HYPOTHETICAL
            || p.isStillToCome()
            || becomesThreat(p.code()) && saidBySourceSide(quotes, s, trigger, sources))) {
      // Only a clause says who acted: "the latest fighting" does not. And "if Greece attacked":
      // what might happen says too little to guess whom it is aimed at, unless it is the
      // speaker's own side's threat: "if we don't get the amendments, we will vote against it".
      targets = counterpart(article, actors, parties, sources, s, trigger, coded, answersHearsay);
      implicit = !targets.isEmpty();
    }
    if (targets.isEmpty()) {
      return fail(trace, s, trigger, p, "no target actor");
    }
    return new Match(
        p,
        sources,
        targets,
        trigger,
        head,
        negated && !p.negated(),
        consumed,
        implicit,
        implicitSource);
  }

  private static Match fail(Trace trace, Sentence s, int trigger, VerbPattern p, String why) {
    trace.pattern(s.index(), trigger, p, why);
    return null;
  }

  /**
   * What a surface pattern found around its trigger.
   *
   * @param sources the actors its {@code $} names, or null when it names none
   * @param targets the actors its {@code +} names, or null when it names none
   * @param compound whether it requires a compound subject acting on itself ({@code %})
   */
  private record SurfaceMatch(List<Arg> sources, List<Arg> targets, boolean compound) {}

  /**
   * Matches a surface pattern against the sentence's word order: the elements before the trigger
   * are found reading leftwards from it, those after reading rightwards, each as near the trigger
   * as possible (an attached element right next to its neighbour). Returns null when an element is
   * missing.
   */
  private SurfaceMatch surface(
      AnnotatedArticle article,
      ActorAnalysis actors,
      List<Quote> quotes,
      Sentence s,
      int trigger,
      VerbPattern.Surface sf) {
    List<Arg> sources = null;
    List<Arg> targets = null;
    boolean compound = false;
    int pos = trigger - 1;
    for (int i = sf.before().size() - 1; i >= 0; i--) {
      VerbPattern.Element e = sf.before().get(i);
      switch (e.kind()) {
        case WORDS -> {
          int start = -1;
          for (int k = pos; k >= 0 && start < 0; k--) {
            for (List<String> phrase : e.phrases()) {
              int first = k - phrase.size() + 1;
              if (first >= 0 && wordsAt(s, first, phrase)) {
                start = first;
                break;
              }
            }
            if (e.attached()) {
              break;
            }
          }
          if (start < 0) {
            return null;
          }
          pos = start - 1;
        }
        case TARGET, SOURCE -> {
          int[] found = actorLeftOf(article, actors, quotes, s, pos, e.attached());
          if (found == null) {
            return null;
          }
          List<Arg> args = argsAt(article, actors, quotes, s, found[1]);
          if (e.kind() == VerbPattern.ElementKind.TARGET) {
            targets = args;
          } else {
            sources = args;
          }
          pos = found[0] - 1;
        }
        case COMPOUND -> compound = true;
        case SKIP -> pos = skipPhrase(actors, s, pos, -1);
      }
    }
    pos = trigger + 1;
    for (VerbPattern.Element e : sf.after()) {
      switch (e.kind()) {
        case WORDS -> {
          int end = -1;
          for (int k = pos; k < s.tokens().size() && end < 0; k++) {
            for (List<String> phrase : e.phrases()) {
              if (wordsAt(s, k, phrase)) {
                end = k + phrase.size() - 1;
                break;
              }
            }
            if (e.attached()) {
              break;
            }
          }
          if (end < 0) {
            return null;
          }
          pos = end + 1;
        }
        case COMPOUND -> {
          // "AGREE * WITH %": the members of a compound after the verb are the targets.
          int found = -1;
          for (int k = pos; k < s.tokens().size() && found < 0; k++) {
            if (!argsAt(article, actors, quotes, s, k).isEmpty()) {
              found = k;
            }
          }
          if (found < 0) {
            return null;
          }
          targets = withConjuncts(article, actors, quotes, s, found);
          if (targets.size() < 2) {
            return null;
          }
          pos = found + 1;
        }
        case TARGET, SOURCE -> {
          int found = -1;
          for (int k = pos; k < s.tokens().size() && found < 0; k++) {
            if (!argsAt(article, actors, quotes, s, k).isEmpty()) {
              found = k;
            }
            if (e.attached()) {
              break;
            }
          }
          if (found < 0) {
            return null;
          }
          List<Arg> args = argsAt(article, actors, quotes, s, found);
          if (e.kind() == VerbPattern.ElementKind.TARGET) {
            targets = args;
          } else {
            sources = args;
          }
          ResolvedMention m = actors.mentionAt(s.index(), found);
          pos = (m == null ? found : s.tokenAt(m.span().end() - 1)) + 1;
        }
        case SKIP -> pos = skipPhrase(actors, s, pos, 1);
      }
    }
    return new SurfaceMatch(sources, targets, compound);
  }

  /**
   * PETRARCH's {@code ^}: the position past the phrase at {@code pos} in reading direction {@code
   * dir} (an actor's name with its determiner, or a run of nouns and adjectives), or past one word.
   */
  private static int skipPhrase(ActorAnalysis actors, Sentence s, int pos, int dir) {
    int k = pos;
    while (k >= 0 && k < s.tokens().size() && s.token(k).pos().equals("DT")) {
      k += dir;
    }
    if (k < 0 || k >= s.tokens().size()) {
      return pos + dir;
    }
    ResolvedMention m = actors.mentionAt(s.index(), k);
    if (m != null) {
      return (dir > 0 ? s.tokenAt(m.span().end() - 1) : s.tokenAt(m.span().begin())) + dir;
    }
    int start = k;
    while (k >= 0 && k < s.tokens().size() && (s.token(k).isNoun() || s.token(k).isAdjective())) {
      k += dir;
    }
    return k == start ? k + dir : k;
  }

  /**
   * Whether the tokens from {@code first} on are the phrase, word for word as written (a surface
   * dictionary lists the forms it means: PETRARCH's {@code * EFFORT} is not "efforts").
   */
  private static boolean wordsAt(Sentence s, int first, List<String> phrase) {
    if (first < 0 || first + phrase.size() > s.tokens().size()) {
      return false;
    }
    for (int w = 0; w < phrase.size(); w++) {
      Token t = s.token(first + w);
      String want = phrase.get(w);
      if (!t.word().toLowerCase(java.util.Locale.ROOT).equals(want)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The nearest actor mention ending at or before {@code pos} (exactly at it when {@code
   * attached}), as {first token, a token inside it}, or null.
   */
  private int[] actorLeftOf(
      AnnotatedArticle article,
      ActorAnalysis actors,
      List<Quote> quotes,
      Sentence s,
      int pos,
      boolean attached) {
    for (int k = pos; k >= 0; k--) {
      if (!argsAt(article, actors, quotes, s, k).isEmpty()) {
        ResolvedMention m = actors.mentionAt(s.index(), k);
        return new int[] {m == null ? k : s.tokenAt(m.span().begin()), k};
      }
      if (attached) {
        break;
      }
    }
    return null;
  }

  /**
   * The lemma and its American spelling, which the lexicon uses: "criticise" is also "criticize".
   */
  static List<String> spellings(String lemma) {
    if (lemma.endsWith("ise") && lemma.length() > 5) {
      return List.of(lemma, lemma.substring(0, lemma.length() - 3) + "ize");
    }
    if (lemma.contains("isation")) {
      return List.of(lemma, lemma.replace("isation", "ization"));
    }
    if (lemma.endsWith("ence") && lemma.startsWith("defen")) {
      return List.of(lemma, lemma.substring(0, lemma.length() - 3) + "se");
    }
    return List.of(lemma);
  }

  /**
   * The preposition of a prepositional-verb trigger ("for" in call_for), or null for other
   * triggers.
   */
  private static String prepositionOf(Sentence s, int trigger, VerbPattern p) {
    int us = p.trigger().lastIndexOf('_');
    if (p.pos() != VerbPattern.Pos.V || us < 0) {
      return null;
    }
    String tail = p.trigger().substring(us + 1);
    for (int prt : s.childrenOf(trigger, "compound:prt")) {
      if (s.token(prt).lemma().equals(tail)) {
        return null; // a particle verb: its object is a direct object
      }
    }
    return tail;
  }

  /**
   * The lexicon keys a noun can be written as, most specific first: joined with the modifier right
   * before it ("car_bomb", "hunger_strike", "suicide_bombing"), its lemma, and its word form
   * ("talks").
   */
  private static List<String> nounKeys(Sentence s, int noun) {
    List<String> keys = new ArrayList<>(3);
    Token t = s.token(noun);
    if (noun > 0) {
      Token before = s.token(noun - 1);
      if (before.isNoun() || before.isAdjective() || before.isVerb()) {
        keys.add(before.lemma() + "_" + t.lemma());
        keys.add(before.word().toLowerCase(java.util.Locale.ROOT) + "_" + t.lemma());
      }
    }
    keys.addAll(spellings(t.lemma()));
    String word = t.word().toLowerCase(java.util.Locale.ROOT);
    if (!word.equals(t.lemma())) {
      keys.add(word);
    }
    return keys;
  }

  /**
   * Whether the verb at {@code x} is a to-infinitive: its "to" is a marker, or (a parser variant)
   * an unlabelled dependent written right before it ("called on Ottawa to reexamine").
   */
  private static boolean hasToMarker(Sentence s, int x) {
    for (Dependency d : s.children(x)) {
      boolean to = s.token(d.dependent()).lemma().equals("to");
      if (to
          && (d.relation().equals("mark")
              || d.relation().equals("dep") && d.dependent() == x - 1)) {
        return true;
      }
    }
    return false;
  }

  /** To-infinitive complements of a verb or adjective, and of a noun ("an offer to help"). */
  private static List<Integer> complements(Sentence s, int head) {
    List<Integer> out = new ArrayList<>();
    for (int x : s.childrenOf(head, "xcomp")) {
      // Only a to-infinitive: "told his news conference Britain had …" is no complement of "told".
      if (hasToMarker(s, x)) {
        out.add(x);
      }
    }
    for (Dependency d : s.children(head)) {
      if (d.relation().equals("acl:to")
          || d.relation().equals("acl") && s.token(d.dependent()).isVerb()) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  private static List<Integer> objects(
      Sentence s, int head, boolean nominal, boolean passive, String preposition) {
    List<Integer> out = new ArrayList<>();
    if (preposition != null) {
      out.addAll(s.childrenOf(head, "obl:" + preposition));
    }
    if (nominal) {
      out.addAll(s.childrenOf(head, "nmod:of"));
      out.addAll(s.childrenOf(head, "compound"));
      return out;
    }
    if (passive) {
      out.addAll(s.childrenOf(head, "nsubj:pass"));
    }
    // The indirect object first: in "offered the Indonesian government the assistance of British
    // troops" the recipient is the target, not an actor inside the thing given.
    out.addAll(s.childrenOf(head, "iobj"));
    for (int o : s.childrenOf(head, "obj")) {
      out.add(o);
      out.addAll(s.childrenOf(o, "conj"));
    }
    return out;
  }

  /** Objects of preposition {@code prep} attached to the head or to its object word. */
  private static List<Integer> prepositional(Sentence s, int head, int object, String prep) {
    List<Integer> out = new ArrayList<>();
    if (prep.equals("that")) {
      // "that +": the subject of the clause the trigger reports ("Canada is claiming the French
      // have exceeded their quotas").
      for (int clause : s.childrenOf(head, "ccomp")) {
        boolean question =
            s.childrenOf(clause, "mark").stream()
                .anyMatch(m -> CONDITION_OR_QUESTION_MARKS.contains(s.token(m).lemma()));
        if (!question) {
          out.addAll(s.childrenOf(clause, "nsubj"));
          out.addAll(s.childrenOf(clause, "nsubj:pass"));
        }
      }
      for (int clause : s.childrenOf(head, "xcomp")) {
        out.addAll(s.childrenOf(clause, "nsubj:xsubj")); // the parser's "claiming [the French] …"
      }
      return out;
    }
    for (int h : object >= 0 ? new int[] {head, object} : new int[] {head}) {
      for (Dependency d : s.children(h)) {
        String base = d.baseRelation();
        if ((base.equals("obl") || base.equals("nmod") || base.equals("advcl"))
                && d.subtype().equals(prep)
            // "disturbed by a draft bill": the parser names a passive's "by" phrase its agent
            || prep.equals("by") && d.relation().equals("obl:agent")) {
          out.add(d.dependent());
        }
      }
    }
    return out;
  }

  /**
   * When the parser attached "with North Korea" elsewhere, the words still follow the verb: the
   * preposition within two words after the head (or its object), followed by an actor within four
   * words.
   */
  private List<Arg> surfacePrepositional(
      AnnotatedArticle article,
      ActorAnalysis actors,
      List<Quote> quotes,
      Sentence s,
      int head,
      String prep) {
    String[] words = prep.split("_");
    for (int k = head + 1; k <= Math.min(head + 3, s.tokens().size() - words.length); k++) {
      boolean ok = true;
      for (int w = 0; w < words.length; w++) {
        ok &= s.token(k + w).lemma().equals(words[w]);
      }
      if (!ok) {
        continue;
      }
      for (int j = k + words.length; j < Math.min(k + words.length + 4, s.tokens().size()); j++) {
        List<Arg> args = withConjuncts(article, actors, quotes, s, j);
        if (!args.isEmpty()) {
          return args;
        }
        if (s.token(j).isVerb()) {
          break;
        }
      }
    }
    return List.of();
  }

  /**
   * PETRARCH's source when the subject names no actor itself: an actor inside the subject's phrase
   * ("Eriador's death toll", "the KU basketball team"); with no subject, or a pronoun Dyad cannot
   * resolve ("it would act"), the nearest actor before the verb, as PETRARCH's phrase coder takes
   * it.
   */
  private List<Arg> subjectPhrase(
      AnnotatedArticle article,
      ActorAnalysis actors,
      List<Quote> quotes,
      Sentence s,
      int trigger,
      boolean passive) {
    List<Integer> subjects =
        new ArrayList<>(s.childrenOf(trigger, passive ? "obl:agent" : "nsubj"));
    if (subjects.isEmpty() || subjects.stream().allMatch(k -> s.token(k).isPronoun())) {
      return passive ? List.of() : nearestBefore(article, actors, quotes, s, trigger);
    }
    for (int k : subjects) {
      List<Arg> a = argsInside(article, actors, quotes, s, k, 2);
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
  private List<Arg> nearestBefore(
      AnnotatedArticle article, ActorAnalysis actors, List<Quote> quotes, Sentence s, int trigger) {
    int pos = trigger - 1;
    while (pos >= 0) {
      int[] found = actorLeftOf(article, actors, quotes, s, pos, false);
      if (found == null) {
        return List.of();
      }
      if (!inAdverbial(s, found[1], trigger)) {
        return argsAt(article, actors, quotes, s, found[1]);
      }
      pos = found[0] - 1;
    }
    return List.of();
  }

  /**
   * Whether {@code token} hangs from the clause of {@code verb} only through an adverbial ({@code
   * obl}, {@code advcl}): every way up from it to the verb or the verb's heads crosses one.
   */
  private static boolean inAdverbial(Sentence s, int token, int verb) {
    Set<Integer> heads = new HashSet<>();
    Deque<Integer> queue = new ArrayDeque<>(List.of(verb));
    while (!queue.isEmpty()) {
      int t = queue.poll();
      if (t >= 0 && heads.add(t)) {
        s.parents(t).forEach(d -> queue.add(d.governor()));
      }
    }
    Set<Integer> seen = new HashSet<>();
    queue.add(token);
    while (!queue.isEmpty()) {
      int t = queue.poll();
      if (heads.contains(t)) {
        return false;
      }
      if (t < 0 || !seen.add(t)) {
        continue;
      }
      for (Dependency d : s.parents(t)) {
        String r = d.baseRelation();
        if (!r.equals("obl") && !r.equals("advcl")) {
          queue.add(d.governor());
        }
      }
    }
    return true;
  }

  /**
   * PETRARCH's target: the passive subject, else the first actor after the verb inside its own
   * phrase that is not a source ("allowed that Mordor isn't …"); not an actor in a later clause ("…
   * burned down its embassy, a Bree official said").
   */
  private List<Arg> nearestAfter(
      AnnotatedArticle article,
      ActorAnalysis actors,
      List<Quote> quotes,
      Sentence s,
      int trigger,
      boolean passive,
      List<Arg> sources) {
    if (passive) {
      for (int subject : s.childrenOf(trigger, "nsubj:pass")) {
        List<Arg> a = withConjuncts(article, actors, quotes, s, subject);
        if (!a.isEmpty()) {
          return a;
        }
      }
    }
    Set<String> sourceActors = new HashSet<>();
    sources.forEach(a -> sourceActors.add(a.actor()));
    int end = s.subtreeRange(trigger)[1];
    for (int k = trigger + 1; k <= end; k++) {
      List<Arg> a = withConjuncts(article, actors, quotes, s, k);
      if (!a.isEmpty() && a.stream().noneMatch(x -> sourceActors.contains(x.actor()))) {
        return a;
      }
    }
    return List.of();
  }

  private static boolean hasAgent(Sentence s, int verb) {
    return s.hasChild(verb, "obl:agent") || s.hasChild(verb, "obl:by");
  }

  private static boolean isPassive(Sentence s, int verb) {
    return s.hasChild(verb, "nsubj:pass") || s.hasChild(verb, "aux:pass");
  }

  private static boolean isNegated(Sentence s, int head) {
    for (Dependency d : s.children(head)) {
      if ((d.baseRelation().equals("advmod") || d.relation().equals("neg"))
          && NEGATORS.contains(s.token(d.dependent()).lemma())) {
        return true;
      }
    }
    return false;
  }

  private List<Arg> sources(
      AnnotatedArticle article,
      ActorAnalysis actors,
      List<Quote> quotes,
      Sentence s,
      int trigger,
      VerbPattern.Pos pos,
      boolean passive) {
    if (pos == VerbPattern.Pos.N) {
      for (int poss : s.childrenOf(trigger, "nmod:poss")) {
        List<Arg> a = argsAt(article, actors, quotes, s, poss);
        if (!a.isEmpty()) {
          return a;
        }
      }
      for (int by : s.childrenOf(trigger, "nmod:by")) {
        List<Arg> a = argsAt(article, actors, quotes, s, by);
        if (!a.isEmpty()) {
          return a;
        }
      }
      if (cameoRules()) {
        // "Iraqi counter-attacks", "the Chinese crackdown": a nationality on an act is its
        // doer's (a country's name is not: "the Iraq war" is fought in Iraq).
        List<Arg> doer = nationalityOnAct(actors, s, trigger);
        if (!doer.isEmpty()) {
          return doer;
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
              && !(r.equals("obj") && JUDGING_VERBS.contains(s.token(d.governor()).lemma()))) {
            // "The accord was signed by Okongwu after talks with CoFACE": a passive's agent;
            // without one, its subject ("Masse was invited to Caracas for talks").
            if (isPassive(s, d.governor())) {
              List<Arg> agents = subjects(article, actors, quotes, s, d.governor(), true);
              if (!agents.isEmpty()) {
                return agents;
              }
            }
            return subjects(article, actors, quotes, s, d.governor(), false);
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
    return subjects(article, actors, quotes, s, trigger, passive);
  }

  /**
   * Verbs by which one side judges or answers another's act: "Iran rejected Iraqi charges", "Kuwait
   * condemned the attack". Their subject did not do the act they take as object.
   */
  private static final Set<String> JUDGING_VERBS =
      Set.of(
          "reject",
          "deny",
          "dismiss",
          "refute",
          "rebut",
          "condemn",
          "denounce",
          "criticize",
          "criticise",
          "deplore",
          "welcome",
          "praise",
          "protest",
          "oppose",
          "answer",
          "ignore",
          "investigate",
          "decry",
          "hail",
          "applaud",
          "resent",
          "regret");

  /** Verbs by which a body puts out a document in its own name: "issued a statement deploring". */
  private static final Set<String> ISSUING_VERBS =
      Set.of(
          "issue",
          "sign",
          "send",
          "release",
          "publish",
          "adopt",
          "pass",
          "table",
          "write",
          "deliver",
          "present",
          "put",
          "submit",
          "approve",
          "circulate",
          "make",
          "give",
          "lodge",
          "file",
          "launch");

  private List<Arg> subjects(
      AnnotatedArticle article,
      ActorAnalysis actors,
      List<Quote> quotes,
      Sentence s,
      int verb,
      boolean passive) {
    List<Arg> out = new ArrayList<>();
    if (passive) {
      for (int agent : s.childrenOf(verb, "obl:agent")) {
        out.addAll(argsAt(article, actors, quotes, s, agent));
      }
      for (int agent : s.childrenOf(verb, "obl:by")) {
        out.addAll(argsAt(article, actors, quotes, s, agent));
      }
      if (out.isEmpty() && cameoRules()) {
        // "was welcomed at the time by Beijing": the parser hangs the agent on the time phrase.
        for (int when : s.childrenOf(verb, "obl")) {
          for (int agent : s.childrenOf(when, "nmod:by")) {
            out.addAll(argsAt(article, actors, quotes, s, agent));
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
        out.addAll(argsAt(article, actors, quotes, s, d.dependent()));
        if (out.isEmpty()
            && cameoRules()
            && statementNouns.contains(s.token(d.dependent()).lemma())) {
          // "A foreign ministry statement described … and called on Ottawa": a statement acts
          // for whoever issued it.
          for (int issuer : s.childrenOf(d.dependent(), "compound")) {
            out.addAll(argsAt(article, actors, quotes, s, issuer));
          }
          for (int issuer : s.childrenOf(d.dependent(), "nmod:poss")) {
            out.addAll(argsAt(article, actors, quotes, s, issuer));
          }
        }
        for (int conj : s.childrenOf(d.dependent(), "conj")) {
          for (Arg a : argsAt(article, actors, quotes, s, conj)) {
            if (!out.contains(a)) {
              out.add(a);
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
      if (cameoRules()
          && d.baseRelation().equals("xcomp")
          && d.governor() >= 0
          && s.token(d.governor()).isVerb()) {
        for (Dependency c : s.children(d.governor())) {
          if (c.relation().equals("nsubj:pass")) {
            // "a U.S. Senate team": a body's team or delegation is the body's.
            List<Integer> named = new ArrayList<>(List.of(c.dependent()));
            named.addAll(s.childrenOf(c.dependent(), "compound"));
            for (int n : named) {
              List<Arg> controller = argsAt(article, actors, quotes, s, n);
              if (!controller.isEmpty()) {
                return controller;
              }
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
    if (cameoRules() && (s.token(verb).pos().equals("VBG") || s.token(verb).pos().equals("VBN"))) {
      for (Dependency d : s.parents(verb)) {
        if (d.governor() < 0) {
          continue;
        }
        if (d.baseRelation().equals("acl")) {
          List<Arg> owner = argsAt(article, actors, quotes, s, d.governor());
          if (!owner.isEmpty()) {
            return owner;
          }
          // "ministers issued a statement deploring …": what a statement says, its issuer says.
          if (statementNouns.contains(s.token(d.governor()).lemma())) {
            // "a letter from Japan's prime minister promising …": an author written on the
            // document is its issuer, not whoever reads it.
            for (Dependency by : s.children(d.governor())) {
              if (by.relation().equals("nmod:from")
                  || by.relation().equals("nmod:by")
                  || by.relation().equals("nmod:poss")) {
                List<Arg> author = argsAt(article, actors, quotes, s, by.dependent());
                if (!author.isEmpty()) {
                  return author;
                }
              }
            }
            for (Dependency up : s.parents(d.governor())) {
              if (up.baseRelation().equals("obj")
                  && up.governor() >= 0
                  && ISSUING_VERBS.contains(s.token(up.governor()).lemma())) {
                List<Arg> issuer = subjects(article, actors, quotes, s, up.governor(), false);
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
          List<Arg> main = subjects(article, actors, quotes, s, d.governor(), false);
          if (!main.isEmpty()) {
            return main;
          }
        }
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
      List<Arg> here = argsAt(article, actors, quotes, s, k);
      if (here.isEmpty()) {
        break;
      }
      out.addAll(0, here);
      ResolvedMention m = actors.mentionAt(s.index(), k);
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

  /** The actors named at token {@code t}, with pronouns resolved. */
  private List<Arg> argsAt(
      AnnotatedArticle article, ActorAnalysis actors, List<Quote> quotes, Sentence s, int t) {
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
        && ORGANIZATION_ANAPHORS.contains(token.lemma())
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
        && cameoRules()
        && STATE_ANAPHORS.contains(token.lemma())
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
    if (m == null && token.isPronoun()) {
      String p = token.lemma();
      if (Set.of("we", "i", "us", "our", "my", "me").contains(p)) {
        Quote q = innermost(quotes, token.span(), true);
        if (q != null && q.speaker() != null && q.speaker().actor() != null) {
          return List.of(
              new Arg(q.speaker().actor(), q.speaker().code(), token.word(), token.span()));
        }
        return List.of();
      }
      if (Set.of("he", "she", "him", "her").contains(p)) {
        m = actors.personBefore(s.index(), t);
        if (m != null) {
          return List.of(new Arg(m.actors().get(0), m.codes().get(0), token.word(), token.span()));
        }
      }
      if (p.equals("it") || p.equals("they")) {
        List<Arg> reporter = reportingSubject(article, actors, quotes, s, t, p.equals("it"));
        if (reporter.isEmpty() && p.equals("they") && cameoRules()) {
          return pluralSubjectBefore(article, actors, quotes, s, t);
        }
        return reporter;
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
   * The state a nationality adjective on an act names as its doer ("Iraqi counter-attacks", "the
   * Chinese crackdown"), as the article's actor for that state; empty when there is none.
   */
  private static List<Arg> nationalityOnAct(ActorAnalysis actors, Sentence s, int act) {
    for (int a : s.childrenOf(act, "amod")) {
      List<Arg> doer = stateWrittenAt(actors, s, a, actors.countryOfWord(s.index(), a));
      if (!doer.isEmpty()) {
        return doer;
      }
    }
    return List.of();
  }

  /**
   * The state whose nationality adjective modifies the noun at {@code t} ("an Iranian platform"),
   * as the article's actor for that state; empty when there is none or the article never names the
   * state as an actor.
   */
  private static List<Arg> nationalityOf(ActorAnalysis actors, Sentence s, int t) {
    List<List<Arg>> all = nationalitiesOf(actors, s, t);
    return all.isEmpty() ? List.of() : all.get(0);
  }

  /**
   * Every state a nationality or country-name modifier on the noun at {@code t} names, in order:
   * "two U.S. flag Kuwaiti tankers" names both.
   */
  private static List<List<Arg>> nationalitiesOf(ActorAnalysis actors, Sentence s, int t) {
    List<List<Arg>> out = new ArrayList<>();
    List<Integer> nouns = new ArrayList<>(List.of(t));
    nouns.addAll(s.childrenOf(t, "nmod:of")); // "a range of Japanese goods"
    // "Iranian platform", and a country's name written as a modifier: "the U.S. moves".
    List<Integer> modifiers = new ArrayList<>();
    for (int n : nouns) {
      modifiers.addAll(s.childrenOf(n, "amod"));
      modifiers.addAll(s.childrenOf(n, "compound"));
    }
    for (int a : modifiers) {
      List<Arg> state = stateWrittenAt(actors, s, a, actors.countryOfWord(s.index(), a));
      if (!state.isEmpty()) {
        out.add(state);
      }
    }
    return out;
  }

  /**
   * Codes whose object may be a thing of a country's, which then stands for the country: support
   * and criticism of its acts (05, 11), rejections, threats and protests (12–14: "protests against
   * the closing of Canadian ports"), sanctions, embargoes and tariffs on its goods (16), seizing or
   * destroying property (171), assaults, fighting and mass violence (18–20). Meetings need actors,
   * and arrests, expulsions and the rest of 17 are done to people: "captured several Iraqi defence
   * posts" is no arrest of Iraq.
   */
  private static boolean thingStandsForItsCountry(String cameo) {
    return cameo.startsWith("16")
        || cameo.startsWith("171")
        || cameo.compareTo("18") >= 0
        || Set.of("05", "11", "12", "13", "14").contains(cameo.substring(0, 2));
  }

  /**
   * Codes about ground: retreating from it (0874), blockading, occupying and fighting over it (19).
   * Their object words are places, which stand for the country they lie in.
   */
  private static boolean holdsGround(String cameo) {
    return cameo.equals("0874") || cameo.startsWith("19");
  }

  /**
   * The state a place phrase on the object or the verb names ("the stronghold in northern Chad",
   * "evacuated the base in Chad"), as the article's actor for it; empty when there is none.
   */
  private static List<Arg> countryWhere(ActorAnalysis actors, Sentence s, int verb, int object) {
    List<Integer> places = new ArrayList<>(s.childrenOf(object, "nmod:in"));
    places.addAll(s.childrenOf(verb, "obl:in"));
    for (int t : places) {
      Place place = actors.placeAt(s.index(), t);
      String country = place != null ? place.country() : actors.countryOfWord(s.index(), t);
      List<Arg> state = stateWrittenAt(actors, s, t, country);
      if (!state.isEmpty()) {
        return state;
      }
    }
    return List.of();
  }

  /** The article's actor for the state {@code country} (may be null), as written at token t. */
  private static List<Arg> stateWrittenAt(ActorAnalysis actors, Sentence s, int t, String country) {
    if (country == null) {
      return List.of();
    }
    Token word = s.token(t);
    return stateActor(actors, country, word.word(), word.span());
  }

  /** The article's actor for the state {@code country}, as written at {@code span}; or none. */
  private static List<Arg> stateActor(
      ActorAnalysis actors, String country, String text, Span span) {
    for (Actor actor : actors.actors()) {
      if (actor.kind() == Actor.Kind.STATE
          && actor.code() != null
          && actor.code().sector() == null
          && actor.code().country().equals(country)) {
        return List.of(new Arg(actor.id(), actor.code(), text, span));
      }
    }
    return List.of();
  }

  /**
   * The words coordinated with {@code t}: its own conjuncts and, when {@code t} is inside a name,
   * those of the name's head ("between Minas Tirith and Osgiliath": Osgiliath hangs from "Tirith").
   */
  private static List<Integer> conjunctsOf(ActorAnalysis actors, Sentence s, int t) {
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
   * "Greece said it would defend its rights and urged Turkey …": a subject "it" or "they" of a
   * clause reported by a state or organisation is that reporter. Only a subject pronoun, only
   * through the clauses the report governs, and never a person ("it" is no person, and "they" after
   * a person's report is left alone).
   */
  private List<Arg> reportingSubject(
      AnnotatedArticle article,
      ActorAnalysis actors,
      List<Quote> quotes,
      Sentence s,
      int pronoun,
      boolean singular) {
    int clause = -1;
    for (Dependency d : s.parents(pronoun)) {
      if (d.relation().equals("nsubj") || d.relation().equals("nsubj:pass")) {
        clause = d.governor();
      }
    }
    for (int hop = 0; clause >= 0 && hop < 3; hop++) {
      int up = -1;
      boolean reported = false;
      for (Dependency d : s.parents(clause)) {
        String r = d.baseRelation();
        if (d.governor() >= 0
            && !reported
            && (r.equals("ccomp") || r.equals("conj") || r.equals("xcomp"))) {
          up = d.governor();
          reported = r.equals("ccomp"); // the report itself wins over a conjunct's propagated link
        }
      }
      if (up < 0) {
        return List.of();
      }
      if (reported) {
        for (Dependency d : s.children(up)) {
          if (!d.relation().equals("nsubj") || s.token(d.dependent()).isPronoun()) {
            continue;
          }
          List<Arg> reporter = argsAt(article, actors, quotes, s, d.dependent());
          boolean ok =
              !reporter.isEmpty()
                  && (!singular || reporter.size() == 1)
                  && reporter.stream()
                      .allMatch(a -> actors.actor(a.actor()).kind() != Actor.Kind.PERSON);
          Token word = s.token(pronoun);
          return ok
              ? reporter.stream()
                  .map(a -> new Arg(a.actor(), a.code(), word.word(), word.span()))
                  .toList()
              : List.of();
        }
        return List.of();
      }
      clause = up;
    }
    return List.of();
  }

  /**
   * "The MPs said they were concerned … They called for a guarantee": a subject "they" that opens
   * its sentence's main clause is the plural subject of the main clause before it ("MPs", "the
   * Tories", "EC ministers"), if that names coded actors. Nothing else is guessed.
   */
  private List<Arg> pluralSubjectBefore(
      AnnotatedArticle article, ActorAnalysis actors, List<Quote> quotes, Sentence s, int pronoun) {
    boolean mainSubject =
        s.parents(pronoun).stream()
            .anyMatch(
                d ->
                    d.relation().startsWith("nsubj")
                        && d.governor() >= 0
                        && s.parents(d.governor()).stream().anyMatch(r -> r.governor() < 0));
    if (!mainSubject || s.index() == 0) {
      return List.of();
    }
    Sentence before = article.sentences().get(s.index() - 1);
    for (Dependency root : before.dependencies()) {
      if (root.governor() >= 0) {
        continue;
      }
      for (Dependency d : before.children(root.dependent())) {
        Token head = before.token(d.dependent());
        if (d.relation().equals("nsubj")
            && !head.isPronoun()
            && (head.pos().equals("NNS") || head.pos().equals("NNPS"))) {
          Token word = s.token(pronoun);
          return argsAt(article, actors, quotes, before, d.dependent()).stream()
              .map(a -> new Arg(a.actor(), a.code(), word.word(), word.span()))
              .toList();
        }
      }
    }
    return List.of();
  }

  /** The actors at {@code t} and at its conjuncts: "both India and Pakistan". */
  private List<Arg> withConjuncts(
      AnnotatedArticle article, ActorAnalysis actors, List<Quote> quotes, Sentence s, int t) {
    List<Arg> out = new ArrayList<>(argsAt(article, actors, quotes, s, t));
    if (out.isEmpty()) {
      return out;
    }
    for (int conj : conjunctsOf(actors, s, t)) {
      for (Arg a : argsAt(article, actors, quotes, s, conj)) {
        if (!out.contains(a)) {
          out.add(a);
        }
      }
    }
    return out;
  }

  /**
   * Actors named at {@code t} or, when {@code t} is a thing ("North Korea's recent burst of
   * diplomacy"), in the phrase it heads: possessors, "of" and other modifiers, breadth first to
   * {@code depth}.
   */
  private List<Arg> argsInside(
      AnnotatedArticle article,
      ActorAnalysis actors,
      List<Quote> quotes,
      Sentence s,
      int t,
      int depth) {
    List<Arg> here = withConjuncts(article, actors, quotes, s, t);
    if (!here.isEmpty()) {
      return here;
    }
    Deque<int[]> queue = new ArrayDeque<>();
    queue.add(new int[] {t, 0});
    Set<Integer> visited = new HashSet<>();
    while (!queue.isEmpty()) {
      int[] cur = queue.poll();
      if (!visited.add(cur[0]) || cur[1] >= depth) {
        continue;
      }
      for (Dependency d : s.children(cur[0])) {
        String r = d.baseRelation();
        boolean participle =
            s.token(cur[0]).pos().equals("VBN") || s.token(cur[0]).pos().equals("VBG");
        if (!(r.equals("nmod")
            || r.equals("compound")
            || r.equals("appos")
            || r.equals("conj")
            || r.equals("amod")
            || d.relation().endsWith(":npmod")
            || participle && r.equals("obl"))) {
          continue;
        }
        List<Arg> a = withConjuncts(article, actors, quotes, s, d.dependent());
        if (!a.isEmpty()) {
          return a;
        }
        queue.add(new int[] {d.dependent(), cur[1] + 1});
      }
    }
    return List.of();
  }

  /** For a pattern without a slot: an actor in the trigger's objects and prepositional phrases. */
  private List<Arg> nearestTargets(
      AnnotatedArticle article,
      ActorAnalysis actors,
      List<Quote> quotes,
      Sentence s,
      int head,
      List<Arg> sources) {
    Set<String> sourceActors = new HashSet<>();
    Set<String> sourceCountries = new HashSet<>();
    for (Arg a : sources) {
      sourceActors.add(a.actor());
      if (a.code() != null) {
        sourceCountries.add(a.code().country());
      }
    }
    Deque<int[]> queue = new ArrayDeque<>();
    queue.add(new int[] {head, 0});
    Set<Integer> visited = new HashSet<>();
    while (!queue.isEmpty()) {
      int[] cur = queue.poll();
      if (!visited.add(cur[0]) || cur[1] >= 3) {
        continue;
      }
      for (Dependency d : s.children(cur[0])) {
        String r = d.baseRelation();
        boolean fromHead = cur[0] == head;
        // Below the head only "of"/"for"/possessor phrases lead to a target: "the Iraq war" names
        // no target.
        boolean allowed =
            fromHead
                ? r.equals("obj") || r.equals("obl") || r.equals("iobj")
                : r.equals("nmod") || r.equals("conj");
        if (!allowed || d.relation().equals("obl:tmod") || d.relation().equals("obl:npmod")) {
          continue;
        }
        List<Arg> found = new ArrayList<>();
        for (Arg a : withConjuncts(article, actors, quotes, s, d.dependent())) {
          if (!sourceActors.contains(a.actor())
              && (a.code() == null || !sourceCountries.contains(a.code().country()))) {
            found.add(a);
          }
        }
        if (!found.isEmpty()) {
          return found;
        }
        queue.add(new int[] {d.dependent(), cur[1] + 1});
      }
    }
    return List.of();
  }

  /**
   * Codes whose target news leaves to the article when the whole story is about two states:
   * specific intentions, demands, disapproval, threats and force. Appeals are not: a state appeals
   * to "the world community", "developed countries", "all industrial nations" as often as to its
   * adversary. A statement (01) is not one of them: it is made to whoever listens.
   */
  private static final List<String> IMPLIED_TARGET_ROOTS =
      List.of(
          "016", "023", "031", "032", "033", "034", "035", "036", "037", "038", "039", "10", "11",
          "13", "19");

  /**
   * Codes by which a country's opposition, parties, legislators, courts, press, groups and citizens
   * address their own government when they name no one: "the Tories will vote against the bill",
   * "Amnesty called for an investigation", "reiterated calls for a full inquiry". Appeals, demands,
   * disapproval, rejection, threats and protest are aimed at whoever holds power; praise, help or
   * force are not so plainly.
   */
  private static final List<String> DOMESTIC_IMPLIED_ROOTS =
      List.of("02", "10", "11", "12", "13", "14");

  /**
   * Sectors whose business is to oppose or hold the government to account: opposition, parties,
   * legislators, rebels and insurgents. What they condemn, reject or threaten without naming anyone
   * is the government's.
   */
  private static final Set<String> OPPOSING_SECTORS = Set.of("OPP", "PTY", "LEG", "REB", "INS");

  /**
   * Sectors of civil society that ask the government for things: citizens, unions, rights groups,
   * the press, schools, churches. Their complaints may be about anyone (a firm's "complained they
   * were not allowed to bid" is about a foreign contract), so only their appeals, demands and
   * protests are taken as the government's.
   */
  private static final Set<String> PETITIONING_SECTORS =
      Set.of("CVL", "LAB", "HRI", "NGO", "MED", "EDU", "REL");

  /**
   * Things said: at home, whoever answers them answers whoever said them, who may be anyone
   * ("rejected newspaper speculation"); between two states it is the other side ("dismissed the
   * claims").
   */
  private static final Set<String> HEARSAY_NOUNS =
      Set.of(
          "speculation",
          "rumour",
          "rumor",
          "report",
          "claim",
          "allegation",
          "suggestion",
          "accusation",
          "charge",
          "story",
          "assertion");

  /**
   * A slot filled by someone the dictionaries do not code names its own target, not the article's
   * other side: "pressed banks to give soft loans", "called on leading Western nations", "ordered a
   * government committee to look into".
   */
  private static boolean isSomeoneUncoded(Sentence s, int filler) {
    Token t = s.token(filler);
    if ("PERSON".equals(t.ner())
        || "ORGANIZATION".equals(t.ner())
        || GROUP_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
      return true;
    }
    return ownedBySomeoneUncoded(s, filler);
  }

  /**
   * "the help of a head of an allied government": a thing an unnamed someone owns is theirs (a name
   * is not enough: "a company of Gurkhas" is troops, not whose they are).
   */
  private static boolean ownedBySomeoneUncoded(Sentence s, int thing) {
    for (Dependency d : s.children(thing)) {
      if ((d.relation().equals("nmod:of") || d.relation().equals("nmod:poss"))
          && GROUP_NOUNS.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Nouns for people and bodies that are rarely coded on their own. */
  private static final Set<String> GROUP_NOUNS =
      Set.of(
          "bank",
          "head",
          "committee",
          "country",
          "nation",
          "partner",
          "community",
          "government",
          "leader",
          "official",
          "people",
          "member",
          "state",
          "power",
          "ally",
          "creditor",
          "lender",
          "donor",
          "company",
          "firm",
          "institution",
          "world",
          "colleague",
          "counterpart",
          "neighbour",
          "neighbor",
          "side",
          "party",
          "group",
          "industry",
          "investor",
          "employer",
          "union",
          "authority",
          "council",
          "court",
          "administration",
          "agency");

  /**
   * Whether the verb answers claims whose words say who made them: "denied opposition charges",
   * "denied the claims, made in a new book": not the article's other side.
   */
  private static boolean answersNamedHearsay(Sentence s, int verb) {
    for (int o : s.childrenOf(verb, "obj")) {
      if (!HEARSAY_NOUNS.contains(s.token(o).lemma().toLowerCase(Locale.ROOT))) {
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

  /** Verbs whose object is an attack made on their subject: "repulsed Iraqi counter-attacks". */
  private static final Set<String> REPELLING_VERBS =
      Set.of(
          "repulse",
          "repel",
          "resist",
          "withstand",
          "thwart",
          "foil",
          "survive",
          "fend_off",
          "beat_back",
          "halt",
          "blunt",
          "absorb");

  /**
   * The possessor of the verb's object, or of its passive subject: "denied Iran's charges", "His
   * claims were denied"; never the source's own side. Empty when there is none.
   */
  private List<Arg> ownerOfThing(
      AnnotatedArticle article,
      ActorAnalysis actors,
      List<Quote> quotes,
      Sentence s,
      int verb,
      List<Arg> sources) {
    for (Dependency d : s.children(verb)) {
      if (!d.relation().equals("obj") && !d.relation().equals("nsubj:pass")) {
        continue;
      }
      for (int poss : s.childrenOf(d.dependent(), "nmod:poss")) {
        List<Arg> owner =
            argsAt(article, actors, quotes, s, poss).stream()
                .filter(a -> a.code() != null && sources.stream().noneMatch(o -> sameSide(o, a)))
                .toList();
        if (!owner.isEmpty()) {
          return owner;
        }
      }
    }
    return List.of();
  }

  /** Verbs that say an event noun happens: "talks took place", "discussions began". */
  private static final Set<String> HAPPENING_VERBS =
      Set.of(
          "take",
          "begin",
          "start",
          "continue",
          "resume",
          "open",
          "end",
          "conclude",
          "go",
          "proceed",
          "get");

  /**
   * Whether an event noun is what another verb acts on: "plans to end the EU's arms embargo" say
   * what will happen to the embargo, not that one is threatened.
   */
  private static boolean isActedOn(Sentence s, int noun) {
    return s.parents(noun).stream()
        .anyMatch(
            d ->
                d.governor() >= 0
                    && (d.baseRelation().equals("obj") || d.baseRelation().equals("nsubj:pass"))
                    && s.token(d.governor()).isVerb());
  }

  /** Codes whose target the article may supply (see {@link #counterpart}). */
  private boolean impliesItsTarget(String cameo) {
    return cameoRules()
        && (IMPLIED_TARGET_ROOTS.stream().anyMatch(cameo::startsWith)
            || DOMESTIC_IMPLIED_ROOTS.stream().anyMatch(cameo::startsWith));
  }

  /**
   * The party a target the sentence leaves unsaid stands for, empty when the article does not say.
   * A state's organs or an international organisation act on the party the article is about that
   * they are not ({@link #IMPLIED_TARGET_ROOTS}). A country's opposition, groups and citizens, and
   * an NGO in a story about one state, address that state's government ({@link
   * #DOMESTIC_IMPLIED_ROOTS}). The span is where that party was last named before the trigger, or
   * first named after it.
   */
  private static List<Arg> counterpart(
      AnnotatedArticle article,
      ActorAnalysis actors,
      ArticleParties parties,
      List<Arg> sources,
      Sentence s,
      int trigger,
      String cameo,
      boolean answersHearsay) {
    if (sources.isEmpty() || sources.stream().anyMatch(a -> a.code() == null)) {
      return List.of();
    }
    List<ActorCode> own = sources.stream().map(Arg::code).toList();
    if (own.stream().allMatch(EventCoder::speaksForAParty)) {
      return IMPLIED_TARGET_ROOTS.stream().anyMatch(cameo::startsWith)
          ? otherParty(article, actors, parties, own, s, trigger)
          : List.of();
    }
    if (DOMESTIC_IMPLIED_ROOTS.stream().noneMatch(cameo::startsWith) || answersHearsay) {
      // A politician who rejects "newspaper speculation" answers the press, not the government.
      return List.of();
    }
    Set<String> countries = new HashSet<>();
    boolean petition = cameo.startsWith("02") || cameo.startsWith("10") || cameo.startsWith("14");
    for (ActorCode c : own) {
      if (c.isState()
          && (OPPOSING_SECTORS.contains(c.sector())
              || petition && PETITIONING_SECTORS.contains(c.sector()))) {
        countries.add(c.country());
      } else if (c.country().equals("NGO") && petition) {
        // An NGO petitions the government of the state the story is about; what it condemns may
        // be anyone's ("called Camp Delta a scandal" in a story about Britain).
        ArticleParties.Party party = parties.counterpartOf(own);
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
    Actor government = parties.governmentOf(countries.iterator().next());
    if (government == null) {
      return List.of();
    }
    // Whoever holds power is in view all through a story about its politics.
    return inView(article, government, s, trigger, Integer.MAX_VALUE);
  }

  /**
   * The party the article is about that {@code own} is not, a state's organ or an international
   * organisation, where it was last named within {@link #IMPLIED_TARGET_REACH} before the trigger;
   * empty when there is none or it is out of view.
   */
  private static List<Arg> otherParty(
      AnnotatedArticle article,
      ActorAnalysis actors,
      ArticleParties parties,
      List<ActorCode> own,
      Sentence s,
      int trigger) {
    ArticleParties.Party party = parties.counterpartOf(own);
    if (party == null || !speaksForAParty(party.representative().code())) {
      return List.of();
    }
    // The party as it was last named: "the U.S. Warships" as well as "the United States".
    List<Arg> seen = inView(article, party.representative(), s, trigger, IMPLIED_TARGET_REACH);
    for (Actor member : party.members()) {
      List<Arg> other = inView(article, member, s, trigger, IMPLIED_TARGET_REACH);
      if (!other.isEmpty()
          && speaksForAParty(member.code())
          && (seen.isEmpty() || other.get(0).span().begin() > seen.get(0).span().begin())) {
        seen = other;
      }
    }
    if (seen.isEmpty() && party.representative().code().isState()) {
      // A state named only on its things is still in view: "after the U.S. raids on the rigs".
      Span word =
          actors.lastCountryWordBefore(
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
  private static List<Arg> inView(
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
   * Whether an event noun names who makes it: a possessor ("his party's calls") or a verb that only
   * delivers it ("reiterated calls for an inquiry", "voiced concern"). "Condemned the latest
   * fighting" names the fighting's critic, not its doer.
   */
  private static boolean nounSaysItsDoer(Sentence s, int noun) {
    if (!s.childrenOf(noun, "nmod:poss").isEmpty()) {
      return true;
    }
    for (Dependency d : s.parents(noun)) {
      if (d.baseRelation().equals("obj")
          && d.governor() >= 0
          && DELIVERING_VERBS.contains(s.token(d.governor()).lemma())) {
        return true;
      }
    }
    return false;
  }

  /** Verbs whose object is an act of their subject's: "renewed its call", "issued a demand". */
  private static final Set<String> DELIVERING_VERBS =
      Set.of(
          "reiterate",
          "repeat",
          "renew",
          "issue",
          "make",
          "voice",
          "express",
          "lodge",
          "file",
          "deliver",
          "echo",
          "restate",
          "step",
          "intensify",
          "launch",
          "level");

  /**
   * Whether nothing in the sentence says who holds the talks a noun names: the noun is a subject
   * ("Discussions have begun with Indonesia") or hangs from a clause with no subject of its own.
   * "The families have been involved in discussions with the government" names the families, whom
   * no dictionary codes.
   */
  private static boolean doerUnsaid(Sentence s, int noun) {
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
              && !INTENT_NOUNS.contains(subject)) {
            return false;
          }
        }
      }
      node = up;
    }
    return true;
  }

  /** Codes of acts that take two sides alike: consultations and cooperation. */
  private static final List<String> SHARED_ROOTS = List.of("04", "05");

  /**
   * The other side of talks or an agreement whose noun names only one ("discussions with US
   * officials", said Mr Straw): the speaker of the statement it is in, when that is a state's organ
   * or an international organisation not on the named side; otherwise the party the article is
   * about that the named side is not, if in view. Empty when neither is known.
   */
  private static List<Arg> partnerOf(
      AnnotatedArticle article,
      ActorAnalysis actors,
      List<Quote> quotes,
      ArticleParties parties,
      Sentence s,
      int trigger,
      List<Arg> named) {
    if (named.stream().anyMatch(a -> a.code() == null || !speaksForAParty(a.code()))) {
      return List.of();
    }
    Quote statement = innermost(quotes, s.token(trigger).span(), false);
    if (statement != null && statement.speaker() != null) {
      Quote.Speaker sp = statement.speaker();
      if (sp.actor() != null
          && sp.code() != null
          && sp.span() != null
          && speaksForAParty(sp.code())
          && named.stream()
              .noneMatch(a -> sameSide(a, new Arg(sp.actor(), sp.code(), sp.name(), sp.span())))) {
        return List.of(new Arg(sp.actor(), sp.code(), sp.name(), sp.span()));
      }
    }
    return otherParty(article, actors, parties, named.stream().map(Arg::code).toList(), s, trigger);
  }

  /** Whether the pattern's target is the subject of a reported clause ({@code that +}). */
  private static boolean hasThatSlot(VerbPattern p) {
    return p.steps().stream()
        .anyMatch(st -> st instanceof VerbPattern.Slot sl && "that".equals(sl.preposition()));
  }

  /** The headline and the first sentence. */
  private static final int LEAD_SENTENCES = 1;

  /** How far back, in characters, the other side was last named: about three sentences. */
  private static final int IMPLIED_TARGET_REACH = 600;

  /** A state, its executive or forces, or an international organisation. */
  private static boolean speaksForAParty(ActorCode c) {
    return !c.isState()
        ? c.country().equals("IGO")
        : c.sector() == null || EXECUTIVE_SECTORS.contains(c.sector());
  }

  /** Whether one code is a bare state and the other that state or its executive. */
  private static boolean actsOnItself(ActorCode a, ActorCode b) {
    if (!a.isState() || !b.isState() || !a.country().equals(b.country())) {
      return false;
    }
    boolean aExecutive = a.sector() == null || EXECUTIVE_SECTORS.contains(a.sector());
    boolean bExecutive = b.sector() == null || EXECUTIVE_SECTORS.contains(b.sector());
    return (a.sector() == null || b.sector() == null) && aExecutive && bExecutive;
  }

  /** Sectors that speak for their state. */
  private static final Set<String> EXECUTIVE_SECTORS =
      Set.of("GOV", "MIL", "ELI", "DIP", "COP", "SPY");

  /** Sectors that fight with words only: parties, opposition, legislators, press, NGOs. */
  private static final Set<String> WORDY_SECTORS =
      Set.of("PTY", "OPP", "LEG", "MED", "NGO", "CVL", "LAB", "EDU", "REL", "BUS");

  /** Verbs by which one speaks to the press as to a partner: "speaking to the BBC". */
  private static final Set<String> INTERVIEW_VERBS = Set.of("speak", "talk");

  /** Verbs of force that news also uses for words: "attacked the plan", "hit out at". */
  private static final Set<String> VERBAL_ATTACK_VERBS = Set.of("attack", "assail", "hit_out");

  /** A single person who holds no armed, police or militant role. */
  private static boolean isCivilianPerson(ActorAnalysis actors, Arg a) {
    Actor actor = actors.actor(a.actor());
    if (actor == null || actor.kind() != Actor.Kind.PERSON || a.code() == null) {
      return false;
    }
    String sector = a.code().sector();
    return sector == null
        || !Set.of("MIL", "REB", "UAF", "INS", "COP", "SPY", "CRM").contains(sector);
  }

  /** Whether the statement around the trigger is made by the sources' own state. */
  private static boolean saidBySourceSide(
      List<Quote> quotes, Sentence s, int trigger, List<Arg> sources) {
    Quote q = innermost(quotes, s.token(trigger).span(), false);
    if (q == null || q.speaker() == null || q.speaker().code() == null) {
      return false;
    }
    String country = q.speaker().code().country();
    return !sources.isEmpty()
        && sources.stream().allMatch(a -> a.code() != null && a.code().country().equals(country));
  }

  private static boolean isStateOrGovernment(Arg a) {
    if (a.code() == null || !a.code().isState()) {
      return false;
    }
    String sector = a.code().sector();
    return sector == null || sector.equals("GOV") || sector.equals("ELI");
  }

  private void emit(
      AnnotatedArticle article,
      ActorAnalysis actors,
      List<Quote> quotes,
      Sentence s,
      int trigger,
      Match m,
      List<Event> events,
      Set<String> seen) {
    // A modal pattern's event is the speaker's appeal, made whatever the modal says of the clause;
    // a pattern for what is still to come ("would retaliate") codes the threat, made now.
    Mode mode =
        m.pattern().pos() == VerbPattern.Pos.M
                || m.pattern().pos() == VerbPattern.Pos.E
                || m.pattern().isStillToCome()
            ? Mode.ASSERTED
            : mode(s, trigger, m.head(), m.negated());
    String cameo = m.pattern().code();
    String rule =
        m.pattern().id()
            + (m.implicitTarget() ? "+implicit-target" : "")
            + (m.implicitSource() ? "+implicit-source" : "");
    if (cameoRules()
        && cameo.startsWith("04")
        && (mode == Mode.FUTURE || mode == Mode.HYPOTHETICAL)) {
      // CAMEO codes a meeting that is only planned or offered as an intent to meet (036).
      cameo = "036";
      rule = rule + "+future-meeting";
    } else if (cameoRules()
        && (cameo.startsWith("06") || cameo.startsWith("07"))
        && (mode == Mode.FUTURE || mode == Mode.HYPOTHETICAL)) {
      // So is cooperation or aid still to come: "Japan would continue to cooperate with Brazil"
      // is an intent to cooperate (031), "will send aid" one to give it (033), as the codebook
      // says of all cooperative actions reported in the future tense.
      cameo = intentFor(cameo);
      rule = rule + "+future-intent";
    } else if (cameoRules()
        && cameo.startsWith("14")
        && !cameo.startsWith("145")
        && m.sources().stream().allMatch(EventCoder::isStateOrGovernment)) {
      // CAMEO's 14 is civilians' collective dissent; a state or its government that "protests"
      // complains officially (114), as the codebook's definition of 114 says.
      cameo = "114";
      rule = rule + "+official-protest";
    } else if (cameoRules()
        && cameo.startsWith("19")
        && (m.pattern().pos() == VerbPattern.Pos.V || m.pattern().pos() == VerbPattern.Pos.N)
        && (VERBAL_ATTACK_VERBS.contains(s.token(trigger).lemma())
            // "launched an attack on the cost of Britain's asylum system"
            || m.consumed().stream()
                .anyMatch(c -> VERBAL_ATTACK_VERBS.contains(s.token(c).lemma())))
        && m.sources().stream()
            .allMatch(
                a ->
                    m.pattern().pos() == VerbPattern.Pos.V && isCivilianPerson(actors, a)
                        || a.code() != null
                            && a.code().sector() != null
                            && WORDY_SECTORS.contains(a.code().sector()))) {
      // "President Mbeki attacked British imperialists": one politician's attack is in words
      // (though "Bush's attack on Iraq" is not); so is a party's or a paper's ("a Labour spokesman
      // attacked the Tories", "his attack on
      // Labour's record").
      cameo = "111";
      rule = rule + "+verbal-attack";
    } else if (cameoRules()
        && becomesThreat(cameo)
        && !(m.pattern().pos() == VerbPattern.Pos.N && isActedOn(s, trigger))
        && (mode == Mode.FUTURE
            || mode == Mode.HYPOTHETICAL && saidBySourceSide(quotes, s, trigger, m.sources()))) {
      // "B will attack C" is B's threat (CAMEO 13), not an attack that happened; so is "French
      // fishermen caught there would be arrested" in Canada's own statement, and a rejection
      // announced or made conditional: "we will vote against the bill unless …", "was prepared
      // to veto any bid to reduce the rebate".
      cameo = threatFor(cameo);
      rule = rule + "+future-threat";
      mode = Mode.ASSERTED;
    }
    CameoCode code = lexicon.code(cameo);
    LocalDate date = eventDate(article, s, trigger, mode);
    Place place = place(actors, s, trigger);
    Token t = s.token(trigger);
    Span triggerSpan = t.span();
    String triggerText = t.word();
    Quote quote = innermost(quotes, triggerSpan, false);
    List<String> contexts = this.contexts.contexts(s, code.ploverContext());
    // "The two countries signed a pact": a group acting among itself is its members, each way.
    boolean amongThemselves = m.sources().equals(m.targets());
    for (Arg src : m.sources()) {
      for (Arg tgt : m.targets()) {
        if (src.actor().equals(tgt.actor()) || src.span().equals(tgt.span()) && !amongThemselves) {
          continue;
        }
        if (src.code() == null || tgt.code() == null) {
          continue; // an actor nothing codes cannot be analysed as a dyad
        }
        if (cameoRules()
            && cameo.startsWith("04")
            && "MED".equals(tgt.code().sector())
            && INTERVIEW_VERBS.contains(s.token(trigger).lemma())) {
          continue; // "speaking to the BBC's Newsnight programme" is an interview, no meeting
        }
        if (cameoRules() && actsOnItself(src.code(), tgt.code())) {
          // "Poehl rebuffed U.S. criticism of West Germany" (DEUGOV to DEU), "the United States
          // and its Treasury": a state and its own executive are one side, and an event between
          // them is nearly always a misread owner. Its opposition, press or people urging the
          // state ("Mr Howard said Britain should …") are another side and stay.
          continue;
        }
        if (cameoRules() && src.code().equals(tgt.code())) {
          // USAGOV to USAGOV says nothing a dyad can show ("Goria met Baker" with Goria's
          // country lost), and it is most often such a resolution error.
          continue;
        }
        if (cameoRules() && code.root().equals("01") && "MED".equals(tgt.code().sector())) {
          continue; // telling a news medium is how the story was made, not an interaction between
          // actors
        }
        String key =
            src.actor() + ">" + tgt.actor() + ":" + code.code() + "@" + triggerSpan.begin();
        if (!seen.add(key)) {
          continue;
        }
        events.add(
            new Event(
                "",
                s.index(),
                src.participant(),
                tgt.participant(),
                cameo,
                code.plover(),
                code.quad(),
                code.goldstein(),
                date,
                place,
                mode,
                triggerText,
                triggerSpan,
                rule,
                quote == null ? null : quote.id(),
                contexts));
        String back = m.pattern().reciprocalCode();
        if (back != null
            && seen.add(tgt.actor() + ">" + src.actor() + ":" + back + "@" + triggerSpan.begin())) {
          CameoCode b = lexicon.code(back);
          events.add(
              new Event(
                  "",
                  s.index(),
                  tgt.participant(),
                  src.participant(),
                  b.code(),
                  b.plover(),
                  b.quad(),
                  b.goldstein(),
                  date,
                  place,
                  mode,
                  triggerText,
                  triggerSpan,
                  rule + "+reciprocal",
                  quote == null ? null : quote.id(),
                  b.ploverContext().isEmpty() ? List.of() : List.of(b.ploverContext())));
        }
      }
    }
  }

  /** The CAMEO threat code for an announced coercion or use of force. */
  /** Codes that, still to come in the doer's own words, are threats: rejection and coercion. */
  private static boolean becomesThreat(String cameo) {
    return cameo.startsWith("12") || cameo.compareTo("16") >= 0;
  }

  static String threatFor(String cameo) {
    return switch (cameo.substring(0, 2)) {
        // A rejection still to come threatens only that: CAMEO has no finer code for it.
      case "12" -> "130";
        // Reducing aid, sanctions and embargoes, and cutting ties, still to come: 1311–1313.
      case "16" -> cameo.startsWith("162") ? "1311" : cameo.startsWith("163") ? "1312" : "1313";
      case "17" -> "137";
      case "18" -> "1383";
      case "20" -> "1385";
      default -> cameo.startsWith("191") ? "1381" : cameo.startsWith("192") ? "1382" : "1384";
    };
  }

  /** The intent code for material cooperation (06x → 031x) or aid (07x → 033x) still to come. */
  private static String intentFor(String cameo) {
    String family = cameo.startsWith("06") ? "031" : "033";
    return cameo.length() == 3 && !cameo.endsWith("0") ? family + cameo.charAt(2) : family;
  }

  /**
   * Whether the clause whose subject is at {@code subject} is in the subjunctive: a bare verb with
   * no auxiliary ("that Japan boost imports", "that he be released") or one with "should".
   */
  private static boolean subjunctive(Sentence s, int subject) {
    for (Dependency d : s.parents(subject)) {
      if (!d.relation().startsWith("nsubj") || d.governor() < 0) {
        continue;
      }
      int verb = d.governor();
      List<Integer> aux = new ArrayList<>(s.childrenOf(verb, "aux"));
      aux.addAll(s.childrenOf(verb, "aux:pass"));
      aux.addAll(s.childrenOf(verb, "cop"));
      if (aux.stream().anyMatch(a -> s.token(a).lemma().equals("should"))) {
        return true;
      }
      boolean bare = s.token(verb).pos().equals("VB");
      boolean beBare = aux.stream().anyMatch(a -> s.token(a).word().equalsIgnoreCase("be"));
      boolean finiteAux = aux.stream().anyMatch(a -> !s.token(a).word().equalsIgnoreCase("be"));
      return (bare || beBare) && !finiteAux;
    }
    return false;
  }

  /** Whether the lexicon's codes are CAMEO, so the CAMEO-specific rules apply. */
  private boolean cameoRules() {
    return lexicon.conventions() == Lexicon.Conventions.DYAD;
  }

  /** Whether the event is what someone denies doing: "he denied accusing Germany of …". */
  private static boolean deniedBy(Sentence s, int trigger) {
    for (Dependency d : s.parents(trigger)) {
      String r = d.baseRelation();
      if (d.governor() >= 0
          && (r.equals("xcomp")
              || r.equals("ccomp")
              || r.equals("obj")
              || r.equals("advcl")
              || r.equals("dep")) // the parser's usual reading of "denied accusing"
          && s.token(trigger).isVerb()
          && DENIAL_VERBS.contains(s.token(d.governor()).lemma())) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> DENIAL_VERBS = Set.of("deny");

  /**
   * Negated beats hypothetical beats future: "would not attack" is a negation of a hypothetical.
   */
  private static Mode mode(Sentence s, int trigger, int head, boolean negated) {
    if (negated || deniedBy(s, trigger)) {
      return Mode.NEGATED;
    }
    boolean future = false;
    for (int node : clauseChain(s, trigger, head)) {
      // "ready to continue talks", "hopes to meet": what someone intends is still to come.
      for (Dependency d : s.parents(node)) {
        if (d.baseRelation().equals("xcomp")
            && d.governor() >= 0
            && d.governor() != trigger
            && INTENT_HEADS.contains(s.token(d.governor()).lemma())) {
          future = true;
        }
        // "the deal to open formal talks", "his offer to visit": what a decision or an offer
        // is for has not happened yet.
        if (d.baseRelation().equals("acl")
            && d.governor() >= 0
            && INTENT_NOUNS.contains(s.token(d.governor()).lemma())
            && s.childrenOf(node, "mark").stream()
                .anyMatch(mk -> s.token(mk).lemma().equals("to"))) {
          future = true;
        }
      }
      // The same, misparsed as a clause whose subject is the decision: "[the deal] to open".
      if (s.childrenOf(node, "mark").stream().anyMatch(mk -> s.token(mk).lemma().equals("to"))
          && s.childrenOf(node, "nsubj").stream()
              .anyMatch(n -> INTENT_NOUNS.contains(s.token(n).lemma()))) {
        future = true;
      }
      for (Dependency d : s.children(node)) {
        String dep = s.token(d.dependent()).lemma();
        String word = s.token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT);
        if (d.baseRelation().equals("advcl")
            && (CONDITIONAL_MARKS.contains(d.subtype())
                || s.childrenOf(d.dependent(), "mark").stream()
                    .anyMatch(mk -> CONDITIONAL_MARKS.contains(s.token(mk).lemma())))) {
          return Mode.HYPOTHETICAL;
        }
        if (d.baseRelation().equals("aux") && HYPOTHETICAL_AUX.contains(word)) {
          return Mode.HYPOTHETICAL;
        }
        // The event is itself the condition: "… if Washington imposes sanctions".
        if (d.baseRelation().equals("mark") && CONDITIONAL_MARKS.contains(dep)) {
          return Mode.HYPOTHETICAL;
        }
        if (d.baseRelation().equals("aux") && (FUTURE_AUX.contains(word) || dep.equals("will"))) {
          future = true;
        }
        // "is to visit", "are due to meet": a "be (due) to" infinitive announces what will happen.
        if (d.baseRelation().equals("mark") && dep.equals("to") && beforeIsBe(s, node)) {
          future = true;
        }
      }
    }
    return future ? Mode.FUTURE : Mode.ASSERTED;
  }

  /**
   * The clauses a response is said in, from its verb up through the verbs it complements: "would
   * have to retaliate", "said … the community would have to retaliate" (up to the reporting verb,
   * where the parser often hangs the condition).
   */
  private static List<Integer> responseChain(Sentence s, int verb) {
    List<Integer> chain = new ArrayList<>(List.of(verb));
    int cur = verb;
    for (int hops = 0; hops < 3; hops++) {
      int up = -1;
      for (Dependency d : s.parents(cur)) {
        String r = d.baseRelation();
        if (d.governor() >= 0 && (r.equals("xcomp") || r.equals("ccomp") || r.equals("conj"))) {
          up = d.governor();
        }
      }
      if (up < 0 || chain.contains(up)) {
        break;
      }
      chain.add(up);
      cur = up;
    }
    return chain;
  }

  /** Whether a response is still to come: "will retaliate", "would have to retaliate". */
  private static boolean stillToCome(Sentence s, int verb) {
    for (int node : responseChain(s, verb)) {
      for (int aux : s.childrenOf(node, "aux")) {
        String word = s.token(aux).word().toLowerCase(Locale.ROOT);
        if (FUTURE_AUX.contains(word) || HYPOTHETICAL_AUX.contains(word)) {
          return true;
        }
      }
      if (s.token(node).lemma().equals("say") || s.token(node).lemma().equals("warn")) {
        break; // what the report itself says happened is not what it says will happen
      }
    }
    return false;
  }

  /**
   * The "if" or "unless" clause a response depends on ("we will hinder it if the vessel begins
   * research"), or -1.
   */
  private static int conditionOf(Sentence s, int verb) {
    List<Integer> chain = responseChain(s, verb);
    // The parser may also hang the condition inside the response's own phrase: "would consider
    // measures … and other actions if the United States imposes tariffs".
    Deque<int[]> queue = new ArrayDeque<>();
    for (int node : chain) {
      queue.add(new int[] {node, 0});
    }
    Set<Integer> seen = new HashSet<>(chain);
    while (!queue.isEmpty()) {
      int[] cur = queue.poll();
      for (Dependency d : s.children(cur[0])) {
        int child = d.dependent();
        if (chain.contains(child) || !seen.add(child)) {
          continue;
        }
        if (CONDITIONAL_MARKS.contains(d.subtype())
            || s.childrenOf(child, "mark").stream()
                .anyMatch(mk -> CONDITIONAL_MARKS.contains(s.token(mk).lemma()))) {
          return child;
        }
        if (cur[1] < 2) {
          queue.add(new int[] {child, cur[1] + 1});
        }
      }
    }
    return -1;
  }

  /** Nouns of what is said to someone to answer: appeals, offers, demands, threats. */
  private static final Set<String> ANSWERED_ROOTS = Set.of("02", "03", "10", "13");

  /** Who a noun names as its maker: "an IMF demand", "Japan's offer", "a demand by the IMF". */
  private List<Arg> nameOnNoun(
      AnnotatedArticle article, ActorAnalysis actors, List<Quote> quotes, Sentence s, int noun) {
    List<Integer> names = new ArrayList<>();
    names.addAll(s.childrenOf(noun, "compound"));
    names.addAll(s.childrenOf(noun, "nmod:poss"));
    names.addAll(s.childrenOf(noun, "nmod:by"));
    for (int n : names) {
      List<Arg> found = argsAt(article, actors, quotes, s, n);
      if (found.isEmpty() && s.token(n).isNoun()) {
        found = nationalityOf(actors, s, n);
      }
      if (!found.isEmpty()) {
        return found;
      }
    }
    List<Arg> nationality = nationalityOf(actors, s, noun); // "a North Korean call for talks"
    return nationality;
  }

  /** The subject of the verb whose object the noun is, unless it is the maker's own side. */
  private List<Arg> answererOf(
      AnnotatedArticle article,
      ActorAnalysis actors,
      List<Quote> quotes,
      Sentence s,
      int noun,
      List<Arg> maker) {
    for (Dependency d : s.parents(noun)) {
      if (d.baseRelation().equals("obj") && d.governor() >= 0 && s.token(d.governor()).isVerb()) {
        List<Arg> answerer =
            new ArrayList<>(subjects(article, actors, quotes, s, d.governor(), false));
        answerer.removeIf(a -> a.code() == null || sameParty(List.of(a), maker));
        return answerer;
      }
    }
    return List.of();
  }

  /**
   * The actors a condition is about, other than the sources: its subject's ("if Congress passes …",
   * "if the Turkish vessel begins …"), or else those in its object ("if Tokyo's markets stay
   * closed").
   */
  /**
   * Whom a response still to come is aimed at, as its means say: "would retaliate by imposing taxes
   * on U.S. exports". Actors or nationalities in the "by" phrase and the phrases it governs, never
   * the responder's own side.
   */
  private List<Arg> meansActors(
      AnnotatedArticle article,
      ActorAnalysis actors,
      List<Quote> quotes,
      Sentence s,
      int head,
      List<Arg> sources) {
    Deque<int[]> queue = new ArrayDeque<>();
    for (Dependency d : s.children(head)) {
      if ((d.baseRelation().equals("obl") || d.baseRelation().equals("advcl"))
          && d.subtype().equals("by")) {
        queue.add(new int[] {d.dependent(), 0});
      }
    }
    while (!queue.isEmpty()) {
      int[] cur = queue.poll();
      List<Arg> found = new ArrayList<>(argsAt(article, actors, quotes, s, cur[0]));
      if (found.isEmpty()) {
        found.addAll(nationalityOf(actors, s, cur[0]));
      }
      found.removeIf(a -> a.code() == null || sources.stream().anyMatch(o -> sameSide(o, a)));
      if (!found.isEmpty()) {
        return found;
      }
      if (cur[1] < 2) {
        for (Dependency d : s.children(cur[0])) {
          String r = d.baseRelation();
          if (r.equals("nmod") || r.equals("obj") || r.equals("obl")) {
            queue.add(new int[] {d.dependent(), cur[1] + 1});
          }
        }
      }
    }
    return List.of();
  }

  private List<Arg> conditionActors(
      AnnotatedArticle article,
      ActorAnalysis actors,
      List<Quote> quotes,
      Sentence s,
      int condition,
      List<Arg> sources) {
    if (condition < 0) {
      return List.of();
    }
    Set<String> own = new HashSet<>();
    for (Arg a : sources) {
      own.add(a.actor());
      own.add(a.code() == null ? "" : ArticleParties.keyOf(a.code()));
    }
    List<Integer> places = new ArrayList<>();
    places.addAll(s.childrenOf(condition, "nsubj"));
    places.addAll(s.childrenOf(condition, "nsubj:pass"));
    places.addAll(s.childrenOf(condition, "obj"));
    for (int t : places) {
      List<Arg> found = new ArrayList<>(argsInside(article, actors, quotes, s, t, 3));
      for (int named : Stream.concat(Stream.of(t), s.childrenOf(t, "compound").stream()).toList()) {
        if (found.isEmpty()) {
          found.addAll(nationalityOf(actors, s, named)); // "if the Turkish vessel Sismik 1 …"
        }
      }
      found.removeIf(
          a ->
              own.contains(a.actor())
                  || a.code() == null
                  || own.contains(ArticleParties.keyOf(a.code())));
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  /**
   * Whether the trigger's clause is the condition of an "if" or "unless", or an embedded yes/no
   * question ("asked if the United States was prepared for war"): neither says that anything
   * happened, so CAMEO codes neither. The clause that depends on the condition is coded, as a
   * hypothetical: "we will retaliate if …".
   */
  private static boolean isConditionOrQuestion(Sentence s, int trigger) {
    for (int node : clauseChain(s, trigger, trigger)) {
      String tense = s.token(node).pos();
      for (int mark : s.childrenOf(node, "mark")) {
        String word = s.token(mark).lemma().toLowerCase(Locale.ROOT);
        if (CONDITION_OR_QUESTION_MARKS.contains(word)) {
          return true;
        }
        // "will not negotiate until Turkey recognises …": a present tense after "until" or
        // "before" is a condition still to be met.
        if ((word.equals("until") || word.equals("before"))
            && (tense.equals("VBZ") || tense.equals("VBP"))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * "Turkey, which occupies the northern part of the island": a verb in the simple present inside a
   * relative clause describes how things stand, not something that happened in the news.
   */
  private static boolean isBackgroundState(Sentence s, int trigger) {
    String pos = s.token(trigger).pos();
    if (!pos.equals("VBZ") && !pos.equals("VBP")) {
      return false;
    }
    for (Dependency d : s.parents(trigger)) {
      if (d.relation().equals("acl:relcl")) {
        return s.children(trigger).stream().noneMatch(c -> c.baseRelation().startsWith("aux"));
      }
    }
    return false;
  }

  private static boolean beforeIsBe(Sentence s, int verb) {
    int k = verb - 1;
    while (k >= 0 && (s.token(k).lemma().equals("to") || s.token(k).pos().startsWith("RB"))) {
      k--;
    }
    if (k >= 0 && s.token(k).lemma().equals("due")) {
      k--;
    }
    return k >= 0 && s.token(k).lemma().equals("be") && s.token(k).pos().startsWith("VB");
  }

  /**
   * The trigger, its complement head, and the verbs it is a complement or conjunct of, up to the
   * clause.
   */
  private static List<Integer> clauseChain(Sentence s, int trigger, int head) {
    List<Integer> chain = new ArrayList<>();
    chain.add(trigger);
    if (head != trigger) {
      chain.add(head);
    }
    int cur = trigger;
    for (int hops = 0; hops < 4; hops++) {
      int up = -1;
      for (Dependency d : s.parents(cur)) {
        String r = d.baseRelation();
        // A conjunct with its own tense has its own mode: "would defend its rights and urged …".
        boolean finite = Set.of("VBD", "VBZ", "VBP").contains(s.token(cur).pos());
        if ((r.equals("xcomp") || r.equals("conj") && !finite || r.equals("obj") || r.equals("obl"))
            && d.governor() >= 0) {
          up = d.governor();
        }
      }
      if (up < 0) {
        break;
      }
      chain.add(up);
      cur = up;
    }
    return chain;
  }

  private static LocalDate eventDate(AnnotatedArticle article, Sentence s, int trigger, Mode mode) {
    LocalDate articleDate = article.article().date();
    for (int node : nominalNeighbourhood(s, trigger)) {
      Optional<LocalDate> d = DateResolver.resolve(s, node, articleDate, mode == Mode.FUTURE);
      if (d.isPresent()) {
        return d.get();
      }
    }
    return articleDate;
  }

  private static Place place(ActorAnalysis actors, Sentence s, int trigger) {
    for (int node : nominalNeighbourhood(s, trigger)) {
      Place p = actors.placeAt(s.index(), node);
      if (p != null) {
        return p;
      }
    }
    return null;
  }

  /**
   * Tokens in the trigger's own phrases: its dependents and theirs through nouns, not other
   * clauses.
   */
  private static List<Integer> nominalNeighbourhood(Sentence s, int trigger) {
    List<Integer> out = new ArrayList<>();
    Deque<int[]> queue = new ArrayDeque<>();
    queue.add(new int[] {trigger, 0});
    Map<Integer, Boolean> visited = new LinkedHashMap<>();
    while (!queue.isEmpty()) {
      int[] cur = queue.poll();
      if (visited.put(cur[0], true) != null || cur[1] > 2) {
        continue;
      }
      if (cur[0] != trigger) {
        out.add(cur[0]);
      }
      for (Dependency d : s.children(cur[0])) {
        String r = d.baseRelation();
        if ((r.equals("obl") || r.equals("nmod") || r.equals("conj"))
            && !s.token(d.dependent()).isVerb()) {
          queue.add(new int[] {d.dependent(), cur[1] + 1});
        }
      }
    }
    return out;
  }

  /** The smallest quote containing the span; {@code directOnly} for resolving "we" to a speaker. */
  private static Quote innermost(List<Quote> quotes, Span span, boolean directOnly) {
    Quote best = null;
    for (Quote q : quotes) {
      if (q.kind() == Quote.Kind.PARTIAL || directOnly && q.kind() != Quote.Kind.DIRECT) {
        continue;
      }
      if (q.span().contains(span) && (best == null || q.span().length() < best.span().length())) {
        best = q;
      }
    }
    return best;
  }
}
