package org.dyad.coding.event;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.dyad.lexicon.VerbPattern;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;

/**
 * Chooses which of a sentence's matches fire: the best match at each trigger, less those another
 * match used up (its complement or object word), those an event verb asks for, and those that only
 * repeat what the sentence already codes. Takes the article's context, the sentence and its
 * matches; returns the matches to fire in trigger order, telling the trace why each other was
 * dropped. Stateless, thread-safe.
 */
final class MatchSelection {
  private MatchSelection() {}

  static List<PatternMatch> select(CodingContext cx, Sentence s, List<PatternMatch> matches) {
    PatternMatch[] best = new PatternMatch[s.tokens().size()];
    for (PatternMatch m : matches) {
      if (best[m.trigger()] == null || m.beats(best[m.trigger()])) {
        best[m.trigger()] = m;
      }
    }
    if (cx.on(EventRule.SELECT_CONSUMED_WORDS)) {
      dropConsumed(cx, s, best);
    }
    if (cx.on(EventRule.SELECT_ASKED_FOR)) {
      dropAskedFor(cx, s, best);
    }
    if (cx.on(EventRule.SELECT_ASKED_FOR_NOUN)) {
      dropAskedForNouns(cx, s, best);
    }
    if (cx.on(EventRule.SELECT_FORCED_GOAL)) {
      dropForcedGoals(cx, s, best);
    }
    if (cx.on(EventRule.SELECT_SAME_KIND_ONCE)) {
      dropRepeated(cx, s, best);
    }
    if (cx.on(EventRule.SELECT_JUDGEMENT_IN_VERBAL_EVENT)) {
      dropJudgementsSaidByEvents(cx, s, best);
    }
    if (cx.on(EventRule.SELECT_CHARGED_DEED)) {
      dropChargedDeeds(cx, s, best);
    }
    if (cx.on(EventRule.SELECT_JUDGEMENT_ONCE)) {
      dropRepeatedJudgements(cx, s, best);
    }
    List<PatternMatch> out = new ArrayList<>();
    for (PatternMatch m : best) {
      if (m != null) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * "is prepared to work with North Korea" is one intention, not also a cooperation: a verb or noun
   * that a pattern consumed as its complement or object does not code on its own.
   */
  private static void dropConsumed(CodingContext cx, Sentence s, PatternMatch[] best) {
    for (PatternMatch m : best) {
      if (m != null) {
        for (int c : m.consumed()) {
          // ... unless it is a thing another side did: "Sudan rejected a demand by the IMF" is
          // the IMF's demand and Sudan's rejection. What is asked for is never an event.
          if (c != m.trigger()
              && best[c] != null
              && (!s.token(c).isNoun() || Sides.sameParty(best[c].sources(), m.sources()))) {
            cx.trace()
                .pattern(s.index(), c, best[c].pattern(), "dropped: part of " + m.pattern().id());
            best[c] = null;
          }
        }
      }
    }
  }

  /**
   * "called on Gondor to be allowed to leave Lorien": what an event verb asks for, offers or allows
   * in its to-infinitive has not happened; the verb's own event is the one to code.
   */
  private static void dropAskedFor(CodingContext cx, Sentence s, PatternMatch[] best) {
    PatternMatch[] matched = best.clone();
    for (PatternMatch m : matched) {
      // A threat standing alone (R.target.threat-alone) asks for its act as one with a target.
      boolean alone =
          m != null
              && m.oneSided()
              && EventWords.startsWithAny(cx.words().answeredRoots(), m.pattern().code());
      if (m == null || m.sources().isEmpty() || m.targets().isEmpty() && !alone) {
        continue;
      }
      Deque<Integer> below = new ArrayDeque<>(Syntax.infinitives(s, m.trigger()));
      while (!below.isEmpty()) {
        int c = below.poll();
        if (best[c] != null) {
          cx.trace()
              .pattern(
                  s.index(), c, best[c].pattern(), "dropped: asked for by " + m.pattern().id());
          best[c] = null;
        }
        // "threatened to resume attacks": the acts the infinitive would do are asked for too.
        for (int o : s.childrenOf(c, "obj")) {
          if (best[o] != null && s.token(o).isNoun()) {
            cx.trace()
                .pattern(
                    s.index(), o, best[o].pattern(), "dropped: asked for by " + m.pattern().id());
            best[o] = null;
          }
        }
        below.addAll(Syntax.infinitives(s, c));
      }
    }
  }

  /**
   * R.select.forced-goal: "called for trade sanctions against Japan to force Tokyo to open its
   * market": what a purpose infinitive on an event's object noun makes its own object do ("to force
   * Tokyo to open") is the goal of that thing, which has not happened.
   */
  private static void dropForcedGoals(CodingContext cx, Sentence s, PatternMatch[] best) {
    for (int t = 0; t < best.length; t++) {
      if (best[t] == null) {
        continue;
      }
      for (Dependency d : s.children(t)) {
        String r = d.baseRelation();
        if (!(r.equals("obj") || r.equals("obl")) || !s.token(d.dependent()).isNoun()) {
          continue;
        }
        for (Dependency p : s.children(d.dependent())) {
          int purpose = p.dependent();
          if (!p.baseRelation().equals("acl")
              || !Syntax.hasToMarker(s, purpose)
              || s.childrenOf(purpose, "obj").isEmpty()) {
            continue;
          }
          Deque<Integer> below = new ArrayDeque<>(Syntax.infinitives(s, purpose));
          while (!below.isEmpty()) {
            int c = below.poll();
            if (best[c] != null) {
              cx.trace()
                  .pattern(
                      s.index(), c, best[c].pattern(), "dropped: the goal of " + s.token(t).word());
              best[c] = null;
            }
            below.addAll(Syntax.infinitives(s, c));
          }
        }
      }
    }
  }

  /**
   * "called for talks between Israel and Syria", "warned of new attacks on Israel": an act an
   * appeal, offer, demand or threat names as what it asks for, offers or threatens ({@link
   * AskedActs}) has not happened, whether or not the asking word codes an event of its own.
   */
  private static void dropAskedForNouns(CodingContext cx, Sentence s, PatternMatch[] best) {
    for (int t = 0; t < best.length; t++) {
      if (!asks(cx, s, t, best[t])) {
        continue;
      }
      int act = AskedActs.askedAct(cx, s, t);
      if (act >= 0 && best[act] != null) {
        cx.trace()
            .pattern(
                s.index(),
                act,
                best[act].pattern(),
                "dropped: asked for, offered or threatened at '" + s.token(t).word() + "'");
        best[act] = null;
      }
    }
  }

  /**
   * Whether the word at {@code t} asks, offers or threatens: its match's code, else (when it
   * matched nothing, lacking a side) its trigger entry's default code, is an {@code answered-root}.
   */
  private static boolean asks(CodingContext cx, Sentence s, int t, PatternMatch m) {
    String code =
        m != null
            ? m.pattern().code()
            : DefaultTriggers.at(cx, s, s.token(t)).entry().map(e -> e.code()).orElse(null);
    return code != null && EventWords.startsWithAny(cx.words().answeredRoots(), code);
  }

  /**
   * "Bush attacked Trump, calling him a loser", "Trump welcomed the news, saying Kasich was doing
   * the right thing": an evaluative word said in a participle clause of a verbal event by the same
   * side to the same side is what that event said, not a second event.
   */
  private static void dropJudgementsSaidByEvents(
      CodingContext cx, Sentence s, PatternMatch[] best) {
    for (int i = 0; i < best.length; i++) {
      PatternMatch m = best[i];
      if (m == null || m.pattern().pos() != VerbPattern.Pos.E) {
        continue;
      }
      for (PatternMatch other : best) {
        if (other != null
            && other != m
            && other.pattern().pos() != VerbPattern.Pos.E
            && isVerbal(cx, other)
            && Sides.sameParty(m.sources(), other.sources())
            && (Sides.sameTargetSide(m, other) && saidInParticipleOf(s, m.head(), other.trigger())
                || isGroundsOf(s, m.trigger(), other.trigger()))) {
          cx.trace().pattern(s.index(), i, m.pattern(), "dropped: said by " + other.pattern().id());
          best[i] = null;
          break;
        }
      }
    }
  }

  /**
   * "Seoul accused Pyongyang of sinking the warship", "criticised Iran for seizing the sailors":
   * the deed in the "of" or "for" clause of a verbal event with an object is the object's, charged
   * by the speaker. The parse lends that clause the speaker as its doer, so the deed coded with the
   * speaker's side as source is wrong by construction and is dropped; the charge is the event.
   * ("Israel apologised for killing …" has no object: its deed is the subject's, and stays.)
   */
  private static void dropChargedDeeds(CodingContext cx, Sentence s, PatternMatch[] best) {
    for (int i = 0; i < best.length; i++) {
      PatternMatch m = best[i];
      if (m == null || m.pattern().pos() == VerbPattern.Pos.E) {
        continue;
      }
      for (PatternMatch other : best) {
        if (other != null
            && other != m
            && isVerbal(cx, other)
            && !s.childrenOf(other.trigger(), "obj").isEmpty()
            && Sides.sameParty(m.sources(), other.sources())
            && isGroundsOf(s, m.trigger(), other.trigger())) {
          cx.trace()
              .pattern(s.index(), i, m.pattern(), "dropped: charged by " + other.pattern().id());
          best[i] = null;
          break;
        }
      }
    }
  }

  /**
   * "Campaigners accused the government of betraying pensioners", "criticised Iran for failing to
   * …": an evaluative verb in the "of" or "for" clause of a verbal event is what the event says,
   * whoever the parse makes its object.
   */
  private static boolean isGroundsOf(Sentence s, int word, int event) {
    if (!s.token(word).isVerb()) {
      return false;
    }
    int clause = word;
    int noun = Syntax.governorBy(s, word, "amod");
    if (noun >= 0 && s.token(word).pos().equals("VBG")) {
      clause = noun; // the parser's "betraying pensioners" as an adjective and its noun
    }
    return s.parents(clause).stream()
        .anyMatch(
            d ->
                d.governor() == event
                    && (d.relation().endsWith(":of") || d.relation().endsWith(":for")));
  }

  /**
   * "Obama described Trump as a nasty and divisive candidate": one side's judgements of another of
   * one kind in one sentence are one event, the first word's.
   */
  private static void dropRepeatedJudgements(CodingContext cx, Sentence s, PatternMatch[] best) {
    for (int i = 0; i < best.length; i++) {
      PatternMatch m = best[i];
      if (m == null || m.pattern().pos() != VerbPattern.Pos.E) {
        continue;
      }
      for (int k = 0; k < i; k++) {
        PatternMatch first = best[k];
        if (first != null
            && first.pattern().pos() == VerbPattern.Pos.E
            && Sides.sameKindBySameSide(m, first)
            && Sides.sameTargetSide(m, first)) {
          cx.trace()
              .pattern(
                  s.index(), i, m.pattern(), "dropped: judged once by " + first.pattern().id());
          best[i] = null;
          break;
        }
      }
    }
  }

  /** Whether a match codes an event that is said, or a verb of force used for words. */
  private static boolean isVerbal(CodingContext cx, PatternMatch m) {
    return EventWords.startsWithAny(cx.words().saidRoots(), m.pattern().code())
        || cx.words().verbalAttackVerbs().contains(m.pattern().trigger());
  }

  /**
   * Whether the clause at {@code head} is said in a participle clause of {@code verb}, through the
   * clauses it reports: "attacked Trump, calling him …", "welcomed the news, saying Kasich was …".
   */
  private static boolean saidInParticipleOf(Sentence s, int head, int verb) {
    int cur = head;
    boolean participle = false;
    for (int hops = 0; hops < 4; hops++) {
      int up = -1;
      for (Dependency d : s.parents(cur)) {
        String r = d.baseRelation();
        if (d.governor() < 0) {
          continue;
        }
        if (r.equals("ccomp") || r.equals("xcomp") || r.equals("advcl") || r.equals("dep")) {
          up = d.governor();
        } else if (r.equals("acl") && s.token(cur).pos().equals("VBG")) {
          // "attacked Trump, calling him …": the parser may hang the participle on the object.
          up = Syntax.governorBy(s, d.governor(), "obj");
        }
      }
      if (up < 0) {
        return false;
      }
      participle |= s.token(cur).pos().equals("VBG");
      if (up == verb) {
        return participle;
      }
      cur = up;
    }
    return false;
  }

  /**
   * "warned Iran that it was ready to retaliate": one threat. A target the article implies adds
   * nothing where the sentence already codes the same kind of event by the same side, and neither
   * does a clause the other event's verb reports.
   */
  private static void dropRepeated(CodingContext cx, Sentence s, PatternMatch[] best) {
    for (int i = 0; i < best.length; i++) {
      PatternMatch m = best[i];
      if (m != null) {
        for (PatternMatch other : best) {
          if (other != null
              && other != m
              && Sides.sameKindBySameSide(m, other)
              && (m.implied() && !other.implied()
                  || Syntax.isReportedBy(
                          s,
                          m.trigger(),
                          other.trigger(),
                          cx.on(EventRule.SELECT_LOOSE_REPORTED_CLAUSE))
                      && Sides.sameTargetSide(m, other))) {
            cx.trace()
                .pattern(
                    s.index(),
                    i,
                    m.pattern(),
                    "dropped: the sentence codes " + other.pattern().id());
            best[i] = null;
            break;
          }
        }
      }
    }
  }
}
