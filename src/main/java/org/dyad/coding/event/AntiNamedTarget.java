package org.dyad.coding.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.lexicon.CountryEntry;
import org.dyad.model.ActorCode;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * "anti-French demonstrations", "anti-American demonstrators rallied outside the embassy": a
 * protest (14) whose noun, or the noun of whoever holds it, is marked "anti-" a nationality or
 * country is aimed at that state; "anti-government protests" ({@code governing-noun} after "anti-")
 * at the government of the protesters' country. Nothing for "anti-war", "anti-Brexit". Stateless.
 */
final class AntiNamedTarget implements TargetRules.Rule {
  private static final String ANTI = "anti-";

  @Override
  public String id() {
    return "R.target.anti-named";
  }

  @Override
  public TargetRules.Found find(CodingContext cx, TargetRules.Ask ask) {
    if (ask.cameo() == null || !ask.cameo().startsWith("14")) {
      return TargetRules.Found.NONE;
    }
    Sentence s = ask.s();
    List<Integer> nouns = new ArrayList<>(List.of(ask.trigger()));
    nouns.addAll(s.childrenOf(ask.trigger(), "nsubj"));
    for (int noun : nouns) {
      List<Integer> marks = new ArrayList<>(s.childrenOf(noun, "amod"));
      marks.addAll(s.childrenOf(noun, "compound"));
      for (int mark : marks) {
        List<Arg> aimed = aimedAt(cx, s, s.token(mark), ask.sources());
        if (!aimed.isEmpty()) {
          return new TargetRules.Found(aimed, id());
        }
      }
    }
    return TargetRules.Found.NONE;
  }

  private static List<Arg> aimedAt(CodingContext cx, Sentence s, Token mark, List<Arg> sources) {
    String word = mark.word().toLowerCase(Locale.ROOT);
    if (!word.startsWith(ANTI) || word.length() == ANTI.length()) {
      return List.of();
    }
    String against = word.substring(ANTI.length());
    List<String> countries = cx.actors().countriesWithin(s.index(), mark.span());
    String country = countries.isEmpty() ? countryNamed(cx, against) : countries.get(0);
    if (country != null) {
      return Nationalities.stateOrCountry(cx.actors(), country, mark.word(), mark.span());
    }
    if (cx.words().governingNouns().contains(against) && !sources.isEmpty()) {
      String own = sources.get(0).code().country();
      return List.of(new Arg(null, ActorCode.of(own, "GOV"), mark.word(), mark.span()));
    }
    return List.of();
  }

  /** The country whose name or nationality adjective {@code word} is ("french"), or null. */
  private static String countryNamed(CodingContext cx, String word) {
    for (CountryEntry c : cx.lexicon().countries()) {
      if (c.adjectives().stream().anyMatch(word::equalsIgnoreCase)
          || c.names().stream().anyMatch(word::equalsIgnoreCase)) {
        return c.iso3();
      }
    }
    return null;
  }
}
