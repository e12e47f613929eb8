package org.dyad.coding.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.lexicon.VerbPattern;
import org.dyad.model.Dependency;
import org.dyad.model.Quote;
import org.dyad.model.Sentence;

/**
 * Matches a modal pattern ({@link VerbPattern.Pos#M}): inside a statement, "the prime minister
 * should make a statement" is the speaker's appeal to the prime minister. The target is the active
 * subject of the modal's clause, the source the side the statement speaks for ({@link
 * StatementSpeaker}: its speaker, or the issuer of a document that speaks); the clause is what is
 * asked for and codes nothing of its own. A passive clause with no agent ("questions must be
 * answered") or "there must be …" names no one to act: {@link ImpliedAddressee} says whom it asks.
 * The other words of necessity go to {@link NecessityMatcher} ("it is vital that …"), and the
 * imperative mood to {@link ImperativeMatcher}. Takes the article's context, a sentence, the modal
 * and the pattern; returns the match or null (the reason told to the trace). Stateless,
 * thread-safe.
 */
final class ModalMatcher {
  private ModalMatcher() {}

  static PatternMatch match(CodingContext cx, Sentence s, int trigger, VerbPattern p) {
    if (p.trigger().equals(ImperativeMatcher.KEY)) {
      return ImperativeMatcher.match(cx, s, trigger, p);
    }
    if (!s.token(trigger).pos().equals("MD")) {
      return NecessityMatcher.match(cx, s, trigger, p);
    }
    int verb = -1;
    for (Dependency d : s.parents(trigger)) {
      if (d.baseRelation().equals("aux") && d.governor() >= 0) {
        verb = d.governor();
      }
    }
    if (verb < 0) {
      return cx.reject(s, trigger, p, "the modal belongs to no clause");
    }
    Quote statement = cx.innermost(s.token(trigger).span(), false);
    Arg speaker = StatementSpeaker.of(cx, statement);
    List<String> speakerEvidence = StatementSpeaker.evidence(cx, statement);
    if (speaker == null && statement == null) {
      speaker = StatementSpeaker.reporter(cx, s, verb);
      speakerEvidence = List.of(EventRule.ARG_REPORTING_VERB_SPEAKER.id());
    }
    if (speaker == null) {
      return cx.reject(s, trigger, p, "not in a statement with a known speaker");
    }
    Arg source = located(speaker, s, trigger);
    for (Dependency d : s.children(verb)) {
      if ((d.baseRelation().equals("advmod") || d.baseRelation().equals("mark"))
          && cx.words().questionWords().contains(s.token(d.dependent()).lemma())) {
        return cx.reject(s, trigger, p, "a question or a condition, not an appeal");
      }
    }
    if (isEmbeddedQuestion(cx, s, verb)) {
      return cx.reject(s, trigger, p, "an embedded question, not an appeal");
    }
    if (cx.on(EventRule.PATTERN_MODAL_UNDER_ASKING_VERB) && askedByGoverningVerb(cx, s, verb)) {
      return cx.reject(s, trigger, p, "what the governing verb asks: its own appeal or demand");
    }
    if (isContentOfNoun(cx, s, verb)) {
      return cx.reject(s, trigger, p, "what a decision or plan says, not the speaker's appeal");
    }
    if (isThereBe(s, trigger, verb) && cx.on(EventRule.PATTERN_NECESSITY_APPEAL)) {
      // "there should be an investigation": what there must be is asked of whoever can make it.
      return ImpliedAddressee.match(
          cx,
          s,
          trigger,
          verb,
          p,
          source,
          List.of(verb),
          EventRule.PATTERN_NECESSITY_APPEAL,
          speakerEvidence);
    }
    if (isAgentlessPassive(s, verb)) {
      // "individual registration should be quickly introduced": asked of whoever can do it.
      return asked(
          cx,
          s,
          verb,
          ImpliedAddressee.match(
              cx,
              s,
              trigger,
              verb,
              p,
              source,
              List.of(verb),
              EventRule.ARG_PASSIVE_APPEAL_ADDRESSEE,
              speakerEvidence));
    }
    if ((s.token(verb).lemma().equals("be") || s.hasChild(verb, "cop"))
        // "should be careful to ensure", "should be ready to talk": the state is a way of acting
        && !(s.token(verb).isAdjective() && Syntax.infinitives(s, verb).size() > 0)) {
      return cx.reject(s, trigger, p, "a state, not an action: \"Britain should be a haven\"");
    }
    List<Arg> targets = new ArrayList<>();
    for (int subject : subjects(s, trigger, verb)) {
      // Only an active subject is asked to act: "Mr Blair should be judged by results" asks others.
      targets.addAll(ActorsAt.withConjuncts(cx, s, subject));
    }
    if (targets.isEmpty()) {
      return cx.reject(s, trigger, p, "the clause's subject is no actor");
    }
    if (targets.stream().anyMatch(a -> a.actor().equals(source.actor()))) {
      // "we should", "the two countries must first restore trust": a resolution, not an appeal.
      return cx.reject(s, trigger, p, "the speaker is among those who should act");
    }
    targets = othersThan(cx, source, targets);
    if (targets.isEmpty()) {
      return cx.reject(s, trigger, p, "the speaker's own office is asked to act");
    }
    // The clause is what is asked for, not an event of its own: "should meet" is no meeting.
    return new PatternMatch(
        p,
        List.of(source),
        targets,
        trigger,
        verb,
        false,
        List.of(verb),
        false,
        false,
        false,
        speakerEvidence);
  }

  /**
   * The addressees of an appeal less the speaker's own side: an office speaking of itself, and
   * those nothing codes, are no one to appeal to; a state's own government or army saying "Turkey
   * should protect its interests" states its policy, where only others (the opposition, foreigners)
   * appeal to a state.
   */
  static List<Arg> othersThan(CodingContext cx, Arg source, List<Arg> addressees) {
    List<Arg> out = new ArrayList<>(addressees);
    out.removeIf(a -> a.code() == null || a.code().equals(source.code()));
    String speakerSector = source.code().sector();
    if (speakerSector == null || cx.words().executiveSectors().contains(speakerSector)) {
      out.removeIf(
          a -> a.code().sector() == null && a.code().country().equals(source.code().country()));
    }
    return out;
  }

  /**
   * The active subjects of the modal's clause; with none, the object the parser gave the verb the
   * clause hangs from when it ends right before the modal ("said the UK should not ignore …",
   * parsed as "said [the UK]" with the clause hanging loose).
   */
  static List<Integer> subjects(Sentence s, int modal, int verb) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : s.children(verb)) {
      if (d.relation().equals("nsubj")) {
        out.add(d.dependent());
      }
    }
    if (!out.isEmpty() || s.hasChild(verb, "nsubj:pass")) {
      return out;
    }
    for (Dependency d : s.parents(verb)) {
      String r = d.baseRelation();
      if (d.governor() >= 0 && (r.equals("dep") || r.equals("ccomp") || r.equals("parataxis"))) {
        for (int o : s.childrenOf(d.governor(), "obj")) {
          if (o < modal && s.subtreeRange(o)[1] == modal - 1) {
            out.add(o);
          }
        }
      }
    }
    return out;
  }

  /** The speaking side, named at the trigger when the statement names its speaker nowhere. */
  static Arg located(Arg source, Sentence s, int trigger) {
    return source.span() != null
        ? source
        : new Arg(source.actor(), source.code(), source.text(), s.token(trigger).span());
  }

  /**
   * Whether the modal's clause is "there should be …": an expletive "there", or "there" right
   * before the modal of a copula clause (the parser may hang it elsewhere).
   */
  static boolean isThereBe(Sentence s, int modal, int verb) {
    if (s.hasChild(verb, "expl")) {
      return true;
    }
    boolean copula =
        s.token(verb).lemma().equals("be")
            || s.childrenOf(verb, "cop").stream().anyMatch(c -> s.token(c).lemma().equals("be"));
    return copula && modal > 0 && s.token(modal - 1).lemma().equalsIgnoreCase("there");
  }

  /**
   * Whether the clause at {@code verb} is a passive with no agent: "questions must be answered",
   * "it should be delayed", "British troops should be replaced" (asked of whoever can do it).
   */
  static boolean isAgentlessPassive(Sentence s, int verb) {
    return s.hasChild(verb, "aux:pass") && !Syntax.hasAgent(s, verb);
  }

  /**
   * The passive appeal {@code m}, unless the one it would ask is the one the clause is about: "the
   * government should be held to account" asks others than the government.
   */
  private static PatternMatch asked(CodingContext cx, Sentence s, int verb, PatternMatch m) {
    if (m == null) {
      return null;
    }
    for (int subject : s.childrenOf(verb, "nsubj:pass")) {
      for (Arg a : ActorsAt.argsAt(cx, s, subject)) {
        if (m.targets().stream().anyMatch(t -> t.code() != null && t.code().equals(a.code()))) {
          return cx.reject(s, m.trigger(), m.pattern(), "the one it would ask is the one acted on");
        }
      }
    }
    return m;
  }

  /**
   * Whether the modal's clause is what a noun says, other than a noun of speech: "a government
   * decision that Turkey should protect its interests" is the decision's content, whoever reports
   * it ("his call that ministers should resign" is left to the attributor, which makes the caller
   * its speaker).
   */
  static boolean isContentOfNoun(CodingContext cx, Sentence s, int verb) {
    for (Dependency d : s.parents(verb)) {
      if (d.governor() >= 0
          && (d.baseRelation().equals("ccomp") || d.relation().equals("acl"))
          && s.token(d.governor()).isNoun()
          && !cx.statementNouns().contains(s.token(d.governor()).lemma())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the clause at {@code verb} is an embedded question: it opens with a question word, or
   * its subject is, or is determined by, one, outside a relative clause ("asked what qualifications
   * should be demanded").
   */
  static boolean isEmbeddedQuestion(CodingContext cx, Sentence s, int verb) {
    if (s.parents(verb).stream().anyMatch(d -> d.relation().equals("acl:relcl"))) {
      return false;
    }
    // "asked what qualifications should be demanded", with "what" hung loose from the verb: a
    // reported clause that opens with a question word asks it.
    int first = s.subtreeRange(verb)[0];
    if (first < verb
        && s.parents(verb).stream().anyMatch(d -> d.governor() >= 0)
        && s.token(first).pos().startsWith("W")
        && cx.words().questionWords().contains(s.token(first).lemma().toLowerCase(Locale.ROOT))) {
      return true;
    }
    for (Dependency d : s.children(verb)) {
      if (!d.baseRelation().startsWith("nsubj") && !d.baseRelation().equals("obj")) {
        continue;
      }
      List<Integer> words = new ArrayList<>(List.of(d.dependent()));
      words.addAll(s.childrenOf(d.dependent(), "det"));
      for (int x : words) {
        if (cx.words().questionWords().contains(s.token(x).lemma().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * R.pattern.modal-under-asking-verb: "Iran demanded that Iraq should pay", "urged that talks
   * should resume": a modal clause a verb of asking reports is that verb's appeal or demand, coded
   * at the verb, not a second one.
   */
  private static boolean askedByGoverningVerb(CodingContext cx, Sentence s, int verb) {
    // The verb asks only a clause that asks ("should", a bare verb: R.pattern.demand-asks); with
    // "must" it reports the clause, and the modal is the demand: "continued to insist that Japan
    // must boost imports".
    if (s.childrenOf(verb, "nsubj").stream().noneMatch(subj -> ModeRules.subjunctive(s, subj))) {
      return false;
    }
    for (Dependency d : s.parents(verb)) {
      if (d.baseRelation().equals("ccomp") && d.governor() >= 0 && s.token(d.governor()).isVerb()) {
        for (VerbPattern q :
            cx.lexicon().patternsFor(VerbPattern.Pos.V, s.token(d.governor()).lemma())) {
          if (EventWords.startsWithAny(cx.words().askingRoots(), q.code())) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
