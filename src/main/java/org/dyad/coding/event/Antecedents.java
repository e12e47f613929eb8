package org.dyad.coding.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.coding.ActorAnalysis;
import org.dyad.coding.ResolvedMention;
import org.dyad.lexicon.AgentEntry;
import org.dyad.lexicon.AttributionCues;
import org.dyad.model.Actor;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Resolves the references the argument layer meets where a side should be: a subject "they" or
 * "it", some members of a body, a definite description of an organisation's kind ("the company").
 * Each way is a rule of {@code lexicon/event-rules.tsv} ({@code R.arg.*}), tried only when the
 * coding profile has it on; nothing is guessed when none applies. Takes the article's context, a
 * sentence and a token; returns {@link Arg}s named by the reference's own word, empty when nothing
 * resolves it. Stateless, thread-safe.
 */
final class Antecedents {
  /** How many pronouns a chain of "they"s or "it"s may pass through to its antecedent. */
  private static final int CHAIN = 3;

  /** How many sentences back a description of an organisation's kind looks for it. */
  private static final int KIND_REACH = 3;

  private Antecedents() {}

  /**
   * What a "they" or "it" (or "them") at {@code pronoun} stands for. A subject: the organisation or
   * state that reports its clause ("Greece said it would …"), then, by the rules the profile has
   * on, the reporter after it, the subject of the clause its own hangs from, and the subject of the
   * main clause before. An object: the object of the verb its own is coordinated with. Empty when
   * none of these resolves it.
   */
  static List<Arg> ofPronoun(CodingContext cx, Sentence s, int pronoun) {
    if (clauseOf(s, pronoun) < 0) {
      return cx.on(EventRule.ARG_OBJECT_PRONOUN_IS_CONJOINED_OBJECT)
          ? namedBy(conjoinedObject(cx, s, pronoun), s.token(pronoun))
          : List.of();
    }
    return ofSubjectPronoun(cx, s, pronoun, CHAIN);
  }

  private static List<Arg> ofSubjectPronoun(CodingContext cx, Sentence s, int pronoun, int hops) {
    boolean singular = s.token(pronoun).lemma().equals("it");
    List<Arg> found = reportingSubject(cx, s, pronoun, singular, hops);
    if (found.isEmpty() && cx.on(EventRule.ARG_PRONOUN_IS_LOOSE_REPORTER)) {
      found = reporterAfter(cx, s, pronoun, singular);
    }
    if (found.isEmpty() && cx.on(EventRule.ARG_PRONOUN_IS_GOVERNING_SUBJECT)) {
      found = governingSubject(cx, s, pronoun, singular);
    }
    if (found.isEmpty() && !singular && cx.on(EventRule.ARG_THEY_IS_PLURAL_SUBJECT_BEFORE)) {
      found = pluralSubjectBefore(cx, s, pronoun, hops);
    }
    if (found.isEmpty() && singular && cx.on(EventRule.ARG_IT_IS_SUBJECT_BEFORE)) {
      found = subjectBefore(cx, s, pronoun, hops);
    }
    return namedBy(found, s.token(pronoun));
  }

  /**
   * What a noun that names no coded actor itself stands for: the body some of whose members it
   * names ("members of the committee"), or the organisation of its kind named before ("the
   * company"). Empty when neither rule applies.
   */
  static List<Arg> ofDescription(CodingContext cx, Sentence s, int noun) {
    if (!s.token(noun).isNoun()) {
      return List.of();
    }
    if (cx.on(EventRule.ARG_MEMBERS_OF_BODY)) {
      List<Arg> body = membersOf(cx, s, noun);
      if (!body.isEmpty()) {
        return namedBy(body, s.token(noun));
      }
    }
    if (cx.on(EventRule.ARG_DEFINITE_KIND_NAMED_BEFORE)) {
      List<Arg> kind = kindNamedBefore(cx, s, noun);
      if (!kind.isEmpty()) {
        return namedBy(kind, s.token(noun));
      }
    }
    return List.of();
  }

  /**
   * "Greece said it would defend its rights and urged Turkey …": a subject "it" or "they" of a
   * clause reported by a state or organisation is that reporter. Only a subject pronoun, only
   * through the clauses the report governs, and never a person ("it" is no person, and "they" after
   * a person's report is left alone). A reporter that is itself "they" or "it" is resolved in turn
   * when {@code R.arg.pronoun-chain} is on ("They also said they were disturbed"); a quotation hung
   * loosely from what is reported is passed through when {@code R.arg.pronoun-is-loose-reporter} is
   * on.
   */
  static List<Arg> reportingSubject(
      CodingContext cx, Sentence s, int pronoun, boolean singular, int hops) {
    int clause = clauseOf(s, pronoun);
    for (int hop = 0; clause >= 0 && hop < 3; hop++) {
      int up = -1;
      boolean reported = false;
      for (Dependency d : s.parents(clause)) {
        String r = d.baseRelation();
        if (d.governor() >= 0
            && !reported
            && (r.equals("ccomp")
                || r.equals("conj")
                || r.equals("xcomp")
                // 'said they "deplore … (and) expect …"': a quotation the parser hangs loosely
                || r.equals("dep") && cx.on(EventRule.ARG_PRONOUN_IS_LOOSE_REPORTER))) {
          up = d.governor();
          reported = r.equals("ccomp"); // the report itself wins over a conjunct's propagated link
        }
      }
      if (up < 0) {
        return List.of();
      }
      if (reported) {
        for (Dependency d : s.children(up)) {
          if (!d.relation().equals("nsubj")) {
            continue;
          }
          List<Arg> reporter;
          if (s.token(d.dependent()).isPronoun()) {
            if (!isChainable(cx, s, d.dependent(), hops)) {
              continue;
            }
            reporter = ofSubjectPronoun(cx, s, d.dependent(), hops - 1);
          } else {
            reporter = ActorsAt.argsAt(cx, s, d.dependent());
          }
          boolean ok =
              !reporter.isEmpty()
                  && (!singular || reporter.size() == 1)
                  && reporter.stream().noneMatch(a -> isPerson(cx, a));
          return ok ? reporter : List.of();
        }
        return List.of();
      }
      clause = up;
    }
    return List.of();
  }

  /**
   * "They raised complex issues, MPs said", "They will vote against it, the Tories said": a subject
   * "they" or "it" of a clause that an attribution after it reports (the parser hangs it from the
   * clause, or the clause from it, as a loose dependent) is the reporter, when it fits the pronoun
   * (one organisation or state for "it"; for "they", a plural noun or several actors).
   */
  private static List<Arg> reporterAfter(
      CodingContext cx, Sentence s, int pronoun, boolean singular) {
    int clause = clauseOf(s, pronoun);
    if (clause < 0) {
      return List.of();
    }
    Set<String> speech = cx.lexicon().attributionCues().of(AttributionCues.Kind.SPEECH);
    for (int said = pronoun + 1; said < s.tokens().size(); said++) {
      if (!s.token(said).isVerb() || !speech.contains(s.token(said).lemma())) {
        continue;
      }
      final int verb = said;
      boolean attached =
          s.parents(said).stream().anyMatch(d -> isLoose(d) && dominates(s, clause, verb))
              || s.parents(clause).stream().anyMatch(d -> isLoose(d) && d.governor() == verb);
      if (!attached) {
        continue;
      }
      for (int subject : s.childrenOf(said, "nsubj")) {
        if (s.token(subject).isPronoun()) {
          continue;
        }
        List<Arg> reporter = fitting(cx, s, subject, singular);
        if (!reporter.isEmpty()) {
          return reporter;
        }
      }
    }
    return List.of();
  }

  /** A loose attachment of a clause: how the parser hangs a trailing "…, X said". */
  private static boolean isLoose(Dependency d) {
    return d.baseRelation().equals("parataxis") || d.baseRelation().equals("dep");
  }

  /** Whether {@code head} dominates {@code t} (or is it). */
  private static boolean dominates(Sentence s, int head, int t) {
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    java.util.Deque<Integer> up = new java.util.ArrayDeque<>(List.of(t));
    while (!up.isEmpty()) {
      int k = up.poll();
      if (k == head) {
        return true;
      }
      if (k >= 0 && seen.add(k)) {
        s.parents(k).forEach(d -> up.add(d.governor()));
      }
    }
    return false;
  }

  /**
   * "Iran announced that its major offensive against Iraq had ended", "the Iraqi government said
   * its forces would …": a possessive "its" or "their" is the subject, named before it, of the
   * nearest clause above it that has one ({@code R.arg.possessive-is-governing-subject}). Empty
   * when no such subject codes an actor.
   */
  static List<Arg> ofPossessive(CodingContext cx, Sentence s, int pronoun) {
    String word = s.token(pronoun).word().toLowerCase(java.util.Locale.ROOT);
    if (!cx.on(EventRule.ARG_POSSESSIVE_IS_GOVERNING_SUBJECT)
        || !(word.equals("its") || word.equals("their"))) {
      return List.of();
    }
    boolean singular = word.equals("its");
    int cur = pronoun;
    for (int hops = 0; hops < 6; hops++) {
      int up = -1;
      for (Dependency d : s.parents(cur)) {
        if (d.governor() >= 0) {
          up = d.governor();
        }
      }
      if (up < 0) {
        return List.of();
      }
      for (Dependency sub : s.children(up)) {
        if (sub.relation().equals("nsubj")
            && sub.dependent() < pronoun
            && !dominates(s, sub.dependent(), pronoun)
            && !s.token(sub.dependent()).isPronoun()) {
          List<Arg> subject = fitting(cx, s, sub.dependent(), singular);
          if (!subject.isEmpty()) {
            return namedBy(subject, s.token(pronoun));
          }
        }
      }
      cur = up;
    }
    return List.of();
  }

  /**
   * "The Teamsters … remain on the sidelines, though they may well endorse Clinton", "if Washington
   * imposes sanctions, as it has threatened": a subject "they" or "it" of an adverbial or
   * coordinated clause is the subject, named before it, of the clause it hangs from.
   */
  private static List<Arg> governingSubject(
      CodingContext cx, Sentence s, int pronoun, boolean singular) {
    int clause = clauseOf(s, pronoun);
    if (clause < 0) {
      return List.of();
    }
    for (Dependency d : s.parents(clause)) {
      String r = d.baseRelation();
      if (d.governor() < 0 || !(r.equals("advcl") || r.equals("conj"))) {
        continue;
      }
      for (Dependency sub : s.children(d.governor())) {
        if ((sub.relation().equals("nsubj") || sub.relation().equals("nsubj:pass"))
            && sub.dependent() < pronoun
            && !s.token(sub.dependent()).isPronoun()) {
          List<Arg> subject = fitting(cx, s, sub.dependent(), singular);
          if (!subject.isEmpty()) {
            return subject;
          }
        }
      }
    }
    return List.of();
  }

  /**
   * "The MPs said they were concerned … They called for a guarantee": a subject "they" that opens
   * its sentence's main clause is the plural subject of the main clause before it ("MPs", "the
   * Tories", "EC ministers", "The Teamsters, the Firefighters and UNITE HERE"), if that names coded
   * actors; when that subject is itself "they", what it stands for ({@code R.arg.pronoun-chain}).
   */
  static List<Arg> pluralSubjectBefore(CodingContext cx, Sentence s, int pronoun, int hops) {
    if (!isMainSubject(s, pronoun) || s.index() == 0) {
      return List.of();
    }
    Sentence before = cx.article().sentences().get(s.index() - 1);
    for (int subject : mainSubjects(before, false)) {
      Token head = before.token(subject);
      if (head.isPronoun()) {
        if (head.lemma().equals("they") && isChainable(cx, before, subject, hops)) {
          return ofSubjectPronoun(cx, before, subject, hops - 1);
        }
        continue;
      }
      boolean plural = head.pos().equals("NNS") || head.pos().equals("NNPS");
      if (plural || !before.childrenOf(subject, "conj").isEmpty()) {
        return ActorsAt.coded(ActorsAt.withConjuncts(cx, before, subject));
      }
    }
    return List.of();
  }

  /**
   * "The Law Commission published its report on Monday. It said …": a subject "it" of its
   * sentence's main clause (not of a verb whose "it" is seldom anyone: "it emerged", "it takes") is
   * the one organisation or state that is the subject of the main clause before, or the issuer of
   * the document that is ("The committee's report … It said"); when that subject is itself "it",
   * what it stands for ({@code R.arg.pronoun-chain}).
   */
  private static List<Arg> subjectBefore(CodingContext cx, Sentence s, int pronoun, int hops) {
    if (!isMainSubject(s, pronoun) || s.index() == 0) {
      return List.of();
    }
    int clause = clauseOf(s, pronoun);
    if (!s.token(clause).isVerb()
        || cx.words().expletiveVerbs().contains(s.token(clause).lemma())
        || s.parents(pronoun).stream().noneMatch(d -> d.relation().equals("nsubj"))) {
      return List.of();
    }
    Sentence before = cx.article().sentences().get(s.index() - 1);
    for (int subject : mainSubjects(before, true)) {
      Token head = before.token(subject);
      if (head.isPronoun()) {
        if (head.lemma().equals("it") && isChainable(cx, before, subject, hops)) {
          return ofSubjectPronoun(cx, before, subject, hops - 1);
        }
        continue;
      }
      List<Arg> named = fitting(cx, before, subject, true);
      if (!named.isEmpty()) {
        return named;
      }
      String lemma = head.lemma().toLowerCase(Locale.ROOT);
      if (cx.words().documentNouns().contains(lemma) || cx.statementNouns().contains(lemma)) {
        List<Integer> issuers = new ArrayList<>();
        for (Dependency d : before.children(subject)) {
          String r = d.relation();
          if (r.equals("compound")
              || r.equals("nmod:poss")
              || r.equals("nmod:by")
              || r.equals("nmod:from")
              || r.equals("nmod:of")) {
            issuers.add(d.dependent());
          }
        }
        // "Thursday's report was drawn up by two committees": the passive's agent wrote it.
        for (Dependency d : before.parents(subject)) {
          if (d.relation().equals("nsubj:pass")) {
            issuers.addAll(before.childrenOf(d.governor(), "obl:agent"));
          }
        }
        for (int k : issuers) {
          List<Arg> issuer = bodyIn(cx, before, k);
          if (issuer.size() == 1) {
            return issuer;
          }
        }
      }
    }
    return List.of();
  }

  /**
   * "Kilroy-Silk has quit the UK Independence Party and accused it of betraying its supporters": an
   * object "it" or "them" of a verb coordinated with one whose object names actors is that object,
   * when it fits the pronoun.
   */
  private static List<Arg> conjoinedObject(CodingContext cx, Sentence s, int pronoun) {
    boolean singular = s.token(pronoun).lemma().equals("it");
    for (Dependency d : s.parents(pronoun)) {
      if (d.governor() < 0 || !(d.relation().equals("obj") || d.relation().equals("iobj"))) {
        continue;
      }
      for (Dependency c : s.parents(d.governor())) {
        if (c.governor() < 0 || !c.baseRelation().equals("conj") || c.governor() > pronoun) {
          continue;
        }
        for (int object : s.childrenOf(c.governor(), "obj")) {
          if (object < pronoun && !s.token(object).isPronoun()) {
            List<Arg> named = fitting(cx, s, object, singular);
            if (!named.isEmpty()) {
              return named;
            }
          }
        }
      }
    }
    return List.of();
  }

  /**
   * "Members of Westminster's environment committee", "a delegation of EC ministers": a noun for
   * some of a body, naming no coded actor itself, stands for the actors its "of" or "from" phrase
   * names, in the phrase's head or its possessors, modifiers and own "of" phrase ("members of her
   * family" is no one: a pronoun there is not followed).
   */
  private static List<Arg> membersOf(CodingContext cx, Sentence s, int noun) {
    String lemma = s.token(noun).lemma().toLowerCase(Locale.ROOT);
    if (!cx.words().memberNouns().contains(lemma)) {
      return List.of();
    }
    for (Dependency d : s.children(noun)) {
      if (d.relation().equals("nmod:of") || d.relation().equals("nmod:from")) {
        List<Arg> body = bodyIn(cx, s, d.dependent());
        if (!body.isEmpty()) {
          return body;
        }
      }
    }
    return List.of();
  }

  /**
   * The coded actors a phrase headed by {@code head} names: at its head, else in its possessors,
   * modifiers and "of" phrases, up to two levels down ("Westminster's environment committee", "two
   * MPs committees"); a pronoun there is not followed ("members of her family").
   */
  private static List<Arg> bodyIn(CodingContext cx, Sentence s, int head) {
    List<Integer> level = List.of(head);
    for (int depth = 0; depth < 3 && !level.isEmpty(); depth++) {
      List<Integer> next = new ArrayList<>();
      for (int k : level) {
        if (s.token(k).isPronoun()) {
          continue;
        }
        List<Arg> body = ActorsAt.coded(ActorsAt.withConjuncts(cx, s, k));
        if (depth > 0) {
          // "a member of Britain's Jewish community" is no member of Britain: an owner below the
          // head is the body only when it is one (an organ or organisation), not a state.
          body = body.stream().filter(a -> a.code().sector() != null).toList();
        }
        if (!body.isEmpty()) {
          return body;
        }
        for (Dependency c : s.children(k)) {
          String r = c.relation();
          if (r.equals("nmod:poss") || r.equals("compound") || r.equals("nmod:of")) {
            next.add(c.dependent());
          }
        }
      }
      level = next;
    }
    return List.of();
  }

  /**
   * "Pfizer cut 300 jobs. The company accused …", "the Law Commission … The panel suggested": a
   * singular "the company", "the union", "the committee" … qualified by nothing that names another
   * (not "the Japanese company", "his party") is the organisation of its kind named last in this or
   * the three sentences before: one whose name has the noun, or has the sector the agents
   * dictionary gives the noun, or (for a body: "the panel") whose name is a body's.
   */
  private static List<Arg> kindNamedBefore(CodingContext cx, Sentence s, int noun) {
    Token token = s.token(noun);
    String lemma = token.lemma().toLowerCase(Locale.ROOT);
    // "the panel", "the body": a generic noun for a deliberating body, which no name carries.
    boolean anyBody =
        cx.words().bodyNouns().contains(lemma) && !cx.words().kindNouns().contains(lemma);
    if (!token.pos().equals("NN")
        || !(cx.words().kindNouns().contains(lemma) || anyBody)
        || s.childrenOf(noun, "det").stream().noneMatch(d -> s.token(d).lemma().equals("the"))
        || !s.childrenOf(noun, "nmod:poss").isEmpty()) {
      return List.of();
    }
    ActorAnalysis actors = cx.actors();
    for (Dependency d : s.children(noun)) {
      String r = d.baseRelation();
      if ((r.equals("amod") || r.equals("compound"))
          && (s.token(d.dependent()).isCapitalized()
              || actors.countryOfWord(s.index(), d.dependent()) != null
              || actors.mentionAt(s.index(), d.dependent()) != null)) {
        return List.of(); // "the Muslim group", "the Japanese company": another, not one named
      }
    }
    String sector = agentSector(cx, lemma);
    ResolvedMention named =
        actors.describedBefore(
            s.index(),
            token.span().begin(),
            KIND_REACH,
            m -> {
              Actor a = actors.actor(m.actors().get(0));
              if (a.kind() != Actor.Kind.ORGANIZATION && a.kind() != Actor.Kind.GROUP) {
                return false;
              }
              List<String> words = nameWords(m.text() + " " + a.name());
              return words.contains(lemma)
                  || sector != null && sector.equals(m.codes().get(0).sector())
                  || anyBody && words.stream().anyMatch(cx.words().bodyNouns()::contains);
            });
    return named == null
        ? List.of()
        : List.of(new Arg(named.actors().get(0), named.codes().get(0), named.text(), named.span()));
  }

  /** The sector the agents dictionary gives {@code noun} on its own, or null. */
  private static String agentSector(CodingContext cx, String noun) {
    for (AgentEntry a : cx.lexicon().agents()) {
      if (a.sector() != null && a.nouns().contains(noun)) {
        return a.sector();
      }
    }
    return null;
  }

  private static List<String> nameWords(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * The coded actors at {@code subject} if they fit a pronoun: one organisation or state for "it";
   * for "they", a plural noun or coordinated names, and not one person alone. Empty otherwise.
   */
  private static List<Arg> fitting(CodingContext cx, Sentence s, int subject, boolean singular) {
    List<Arg> named = ActorsAt.coded(ActorsAt.withConjuncts(cx, s, subject));
    if (named.isEmpty()) {
      return named;
    }
    if (singular) {
      return named.size() == 1 && !isPerson(cx, named.get(0)) ? named : List.of();
    }
    Token head = s.token(subject);
    boolean plural =
        head.pos().equals("NNS")
            || head.pos().equals("NNPS")
            || !s.childrenOf(subject, "conj").isEmpty()
            || named.size() >= 2;
    boolean onePerson = named.size() == 1 && isPerson(cx, named.get(0));
    return plural && !onePerson ? named : List.of();
  }

  /** Whether a pronoun subject may be followed back to its own antecedent. */
  private static boolean isChainable(CodingContext cx, Sentence s, int pronoun, int hops) {
    String lemma = s.token(pronoun).lemma();
    return hops > 0
        && cx.on(EventRule.ARG_PRONOUN_CHAIN)
        && (lemma.equals("they") || lemma.equals("it"));
  }

  /** The clause whose subject {@code t} is, or -1. */
  private static int clauseOf(Sentence s, int t) {
    int clause = -1;
    for (Dependency d : s.parents(t)) {
      if (d.relation().equals("nsubj") || d.relation().equals("nsubj:pass")) {
        clause = d.governor();
      }
    }
    return clause;
  }

  /** Whether {@code t} is the subject of its sentence's main clause. */
  private static boolean isMainSubject(Sentence s, int t) {
    return s.parents(t).stream()
        .anyMatch(
            d ->
                d.relation().startsWith("nsubj")
                    && d.governor() >= 0
                    && s.parents(d.governor()).stream().anyMatch(r -> r.governor() < 0));
  }

  /** The subjects of the main clause (the root) of {@code s}, in order, passive ones if asked. */
  private static List<Integer> mainSubjects(Sentence s, boolean passive) {
    List<Integer> out = new ArrayList<>();
    for (Dependency root : s.dependencies()) {
      if (root.governor() >= 0) {
        continue;
      }
      for (Dependency d : s.children(root.dependent())) {
        if (d.relation().equals("nsubj") || passive && d.relation().equals("nsubj:pass")) {
          out.add(d.dependent());
        }
      }
    }
    return out;
  }

  private static boolean isPerson(CodingContext cx, Arg a) {
    Actor actor = a.actor() == null ? null : cx.actors().actor(a.actor());
    return actor != null && actor.kind() == Actor.Kind.PERSON;
  }

  /** The actors found, each named by the reference's own word. */
  private static List<Arg> namedBy(List<Arg> found, Token word) {
    return found.stream().map(a -> new Arg(a.actor(), a.code(), word.word(), word.span())).toList();
  }
}
