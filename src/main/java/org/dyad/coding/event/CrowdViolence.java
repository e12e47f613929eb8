package org.dyad.coding.event;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dyad.model.Mode;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;

/**
 * CAMEO's 145: force or damage done by a crowd is a violent protest, a riot, whoever it is aimed
 * at: "Rioters looted shops in Paris", "Protesters set fire to government buildings", "Thousands
 * stormed the parliament". A crowd is a source written with a crowd noun ({@code crowd-noun}:
 * protesters, rioters, thousands …) and coded as civilians or another unarmed sector ({@code
 * crowd-sector}); "Hundreds of soldiers attacked" stays an attack. Stateless, thread-safe.
 */
final class CrowdViolence implements CodeRefinement {
  @Override
  public String id() {
    return "R.refine.crowd-violence";
  }

  @Override
  public Optional<Refined> apply(CodingContext cx, Sentence s, PatternMatch m, Mode mode) {
    String cameo = m.pattern().code();
    boolean force = cameo.startsWith("171") || cameo.startsWith("18") || cameo.startsWith("19");
    if (!force || m.sources().isEmpty() || !m.sources().stream().allMatch(a -> isCrowd(cx, s, a))) {
      return Optional.empty();
    }
    return Optional.of(new Refined("145", mode));
  }

  private static boolean isCrowd(CodingContext cx, Sentence s, Arg a) {
    if (!Sides.allOfSectors(List.of(a), cx.words().crowdSectors())) {
      return false;
    }
    Span span = a.span();
    for (Token t : s.tokens()) {
      if (span.contains(t.span())
          && cx.words().crowdNouns().contains(t.lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
