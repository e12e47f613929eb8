package org.dyad.coding.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.lexicon.AgentEntry;
import org.dyad.model.ActorCode;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * {@code R.target.coerced-person}: a person or group of people coerced or assaulted (CAMEO 17, 18)
 * whom no dictionary codes is of the country their nationality names ("Saudi Arabia executed a
 * Pakistani man": PAKCVL), else of the doer's own country, as CAMEO coders code a state's acts on
 * people at home ("A Kenyan court sentenced the former minister": KENGOV; "Mexican authorities
 * arrested a drug cartel boss": MEXBUS). The sector is the role noun's own, else civilians. Only
 * for a doer that is a state or one of its organs, never for armed groups, whose victims may be
 * anyone's. Stateless.
 */
final class CoercedPerson implements TargetRules.Rule {
  @Override
  public String id() {
    return "R.target.coerced-person";
  }

  @Override
  public TargetRules.Found find(CodingContext cx, TargetRules.Ask ask) {
    String cameo = ask.cameo();
    if (!(cameo.startsWith("17") || cameo.startsWith("18")) || ask.sources().isEmpty()) {
      return TargetRules.Found.NONE;
    }
    ActorCode doer = ask.sources().get(0).code();
    if (doer == null
        || !doer.isState()
        || doer.sector() != null && !cx.words().coercingSectors().contains(doer.sector())) {
      return TargetRules.Found.NONE;
    }
    Sentence s = ask.s();
    List<Integer> objects = new ArrayList<>(s.childrenOf(ask.trigger(), "obj"));
    objects.addAll(s.childrenOf(ask.trigger(), "nsubj:pass"));
    for (int o : objects) {
      Token t = s.token(o);
      if (!ActorsAt.coded(ActorsAt.argsAt(cx, s, o)).isEmpty()) {
        continue; // a coded actor is the named-places rule's
      }
      String sector = personSector(cx, t);
      if ("*".equals(sector)) {
        // "the unions' leaders": a role that takes its owner's sector
        sector =
            s.childrenOf(o, "nmod:poss").stream()
                .map(x -> personSector(cx, s.token(x)))
                .filter(x -> x != null && !x.equals("*"))
                .findFirst()
                .orElse("CVL");
      }
      if (sector == null) {
        continue;
      }
      List<Arg> nationality = Nationalities.nationalityOf(cx.actors(), s, o);
      String country =
          nationality.isEmpty() || nationality.get(0).code() == null
              ? doer.country()
              : nationality.get(0).code().country();
      return new TargetRules.Found(
          List.of(new Arg(null, ActorCode.of(country, sector), t.word(), t.span())), id());
    }
    return TargetRules.Found.NONE;
  }

  /**
   * The sector of the people {@code t} names: its role noun's own ("minister": GOV), CVL for a noun
   * for people with none ("man", "protesters"), or null when it names no people.
   */
  private static String personSector(CodingContext cx, Token t) {
    AgentEntry role = ActorsAt.roleNoun(cx, t);
    if (role != null) {
      return role.sector() == null ? "*" : role.sector();
    }
    return cx.words().personNouns().contains(t.lemma().toLowerCase(Locale.ROOT)) ? "CVL" : null;
  }
}
