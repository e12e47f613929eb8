package org.dyad.coding.event;

import java.util.Locale;
import java.util.Optional;
import org.dyad.lexicon.VerbPattern;
import org.dyad.model.Mode;
import org.dyad.model.Sentence;

/**
 * "B will attack C" is B's threat (CAMEO 13), not an attack that happened; so is "French fishermen
 * caught there would be arrested" in Canada's own statement, and a rejection announced or made
 * conditional: "we will vote against the bill unless …", "was prepared to veto any bid to reduce
 * the rebate". The threat is asserted when said. Stateless, thread-safe.
 */
final class FutureThreat implements CodeRefinement {
  @Override
  public String id() {
    return "R.refine.future-threat";
  }

  @Override
  public Optional<Refined> apply(CodingContext cx, Sentence s, PatternMatch m, Mode mode) {
    String cameo = m.pattern().code();
    boolean applies =
        becomesThreat(cameo)
            && !(m.pattern().pos() == VerbPattern.Pos.N
                && Syntax.isActedOn(s, m.trigger())
                && !deliveredBySupportVerb(cx, s, m.trigger()))
            && (mode == Mode.FUTURE
                || mode == Mode.HYPOTHETICAL
                    && committed(cx, s, m.trigger())
                    && Sides.saidBySourceSide(cx, s, m.trigger(), m.sources()))
            && doersOwn(cx, s, m.trigger())
            && !(cx.on(EventRule.MODE_PREDICTED_ACT) && predicted(cx, s, m.trigger()));
    return applies ? Optional.of(new Refined(threatFor(cameo), Mode.ASSERTED)) : Optional.empty();
  }

  /**
   * R.mode.threat-needs-commitment: whether the clause that makes the act hypothetical commits its
   * doer to it ("would be arrested", "will vote against … unless"). "May try and deport", "to allow
   * the UK to deport" and a present under a condition say what could happen, not what is
   * threatened.
   */
  private static boolean committed(CodingContext cx, Sentence s, int trigger) {
    if (!cx.on(EventRule.MODE_THREAT_NEEDS_COMMITMENT)) {
      return true;
    }
    for (int node : Syntax.clauseChain(s, trigger, trigger)) {
      for (int aux : s.childrenOf(node, "aux")) {
        if (cx.words().committingAux().contains(s.token(aux).word().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * R.mode.threat-needs-commitment: whether what is to come is the doer's own act, not one another
   * verb lets or makes its object do: "deals are sought to allow the UK to deport suspects" plans a
   * permission, not a deportation.
   */
  private static boolean doersOwn(CodingContext cx, Sentence s, int trigger) {
    if (!cx.on(EventRule.MODE_THREAT_NEEDS_COMMITMENT)) {
      return true;
    }
    for (int node : Syntax.clauseChain(s, trigger, trigger)) {
      for (org.dyad.model.Dependency d : s.parents(node)) {
        if (d.baseRelation().equals("xcomp")
            && d.governor() >= 0
            && !s.childrenOf(d.governor(), "obj").isEmpty()) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * R.mode.predicted-act: whether the act is in a clause someone expects, predicts or fears ({@code
   * predicting-verb}): "Obama said he expected that Americans will say no to Trump" is his
   * forecast, not the Americans' threat.
   */
  private static boolean predicted(CodingContext cx, Sentence s, int trigger) {
    int cur = trigger;
    for (int hops = 0; hops < 4; hops++) {
      int up = Syntax.governorBy(s, cur, "ccomp");
      if (up < 0) {
        return false;
      }
      if (cx.words().predictingVerbs().contains(s.token(up).lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
      cur = up;
    }
    return false;
  }

  /**
   * Whether an event noun is the object of a verb that only delivers it ("will impose tariffs",
   * "would launch strikes"): that verb's future is the act's. "Plans to end the embargo" say what
   * will happen to an act, not that one is threatened.
   */
  private static boolean deliveredBySupportVerb(CodingContext cx, Sentence s, int noun) {
    for (org.dyad.model.Dependency d : s.parents(noun)) {
      if (d.governor() >= 0
          && d.baseRelation().equals("obj")
          && cx.words().deliveringVerbs().contains(s.token(d.governor()).lemma())) {
        return true;
      }
    }
    return false;
  }

  /** Codes that, still to come in the doer's own words, are threats: rejection and coercion. */
  static boolean becomesThreat(String cameo) {
    return cameo.startsWith("12") || cameo.compareTo("16") >= 0;
  }

  /** The CAMEO threat code for an announced rejection, coercion or use of force. */
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
}
