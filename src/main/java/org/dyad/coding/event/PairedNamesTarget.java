package org.dyad.coding.event;

import java.util.ArrayList;
import java.util.List;
import org.dyad.lexicon.VerbPattern;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * "the U.S.-Japanese talks", "US-China trade talks", "the Anglo-Irish agreement": a noun of
 * consultation or agreement (04, 05) whose modifiers name two countries is between them; the
 * country not on the source's side is the target (the source being the first, by {@code
 * R.source.name-before}). Stateless.
 */
final class PairedNamesTarget implements TargetRules.Rule {
  @Override
  public String id() {
    return "R.target.paired-names";
  }

  @Override
  public TargetRules.Found find(CodingContext cx, TargetRules.Ask ask) {
    Sentence s = ask.s();
    if (ask.entry().pos() != VerbPattern.Pos.N
        || ask.cameo() == null
        || !(ask.cameo().startsWith("04") || ask.cameo().startsWith("05"))) {
      // Talks and agreements are between the two; "U.S.-Japanese trade" or "the Iran-Iraq war"
      // name a relation the sentence may only speak of.
      return TargetRules.Found.NONE;
    }
    List<Integer> modifiers = new ArrayList<>(s.childrenOf(ask.trigger(), "compound"));
    modifiers.addAll(s.childrenOf(ask.trigger(), "amod"));
    for (int m : List.copyOf(modifiers)) {
      modifiers.addAll(s.childrenOf(m, "compound")); // "U.S." hung on "Japanese" in "U.S.-Japanese"
    }
    modifiers.sort(Integer::compare);
    // The parser may keep "U.S.-Japanese" whole or split it at the hyphen into two modifiers.
    List<String> countries = new ArrayList<>();
    List<Token> marks = new ArrayList<>();
    for (int m : modifiers) {
      Token mark = s.token(m);
      for (String c : cx.actors().countriesWithin(s.index(), mark.span())) {
        if (!countries.contains(c)) {
          countries.add(c);
          marks.add(mark);
        }
      }
    }
    if (countries.size() < 2) {
      return TargetRules.Found.NONE;
    }
    List<Arg> out = new ArrayList<>();
    for (int i = 0; i < countries.size(); i++) {
      String country = countries.get(i);
      Token mark = marks.get(i);
      if (ask.sources().stream().anyMatch(a -> a.code().country().equals(country))) {
        continue;
      }
      out.addAll(Nationalities.stateOrCountry(cx.actors(), country, mark.word(), mark.span()));
    }
    if (!out.isEmpty()) {
      return new TargetRules.Found(out, id());
    }
    return TargetRules.Found.NONE;
  }
}
