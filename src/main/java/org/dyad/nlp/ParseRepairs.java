package org.dyad.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.Dependency;
import org.dyad.model.Token;

/**
 * Mends a parser mistake that hides events: CoreNLP often reads "called on the government to
 * release them" as "called" + an adverbial clause "on the government to release them", with "on" as
 * that clause's marker and "the government" as its subject. The sentence means a call on the
 * government, whose action is asked for; the repaired parse says so ({@code obl:on} to the
 * addressee, {@code xcomp} to the action, the addressee its controlled subject), as the parser does
 * when it gets it right. Stateless.
 */
final class ParseRepairs {
  private static final Set<String> PARTICLES = Set.of("on", "upon");

  private ParseRepairs() {}

  static List<Dependency> apply(List<Token> tokens, List<Dependency> deps) {
    List<Dependency> out = new ArrayList<>(deps);
    for (Dependency clause : deps) {
      if (!clause.baseRelation().equals("advcl") || clause.governor() < 0) {
        continue;
      }
      int verb = clause.governor();
      int action = clause.dependent();
      Dependency particle = null;
      Dependency to = null;
      Dependency subject = null;
      for (Dependency d : deps) {
        if (d.governor() != action) {
          continue;
        }
        String word = tokens.get(d.dependent()).word().toLowerCase(Locale.ROOT);
        if (d.relation().equals("mark") && PARTICLES.contains(word)) {
          particle = d;
        } else if (d.relation().equals("mark") && word.equals("to")) {
          to = d;
        } else if (d.relation().equals("nsubj")) {
          subject = d;
        }
      }
      // Only the exact shape: verb, particle, addressee, "to", action, in that order, with the
      // particle right after the verb ("called on", not "called, on reflection, …").
      if (particle == null
          || to == null
          || subject == null
          || particle.dependent() != verb + 1
          || !(particle.dependent() < subject.dependent()
              && subject.dependent() < to.dependent()
              && to.dependent() < action)) {
        continue;
      }
      String prep = tokens.get(particle.dependent()).word().toLowerCase(Locale.ROOT);
      out.remove(clause);
      out.remove(particle);
      out.remove(subject);
      out.add(new Dependency(verb, subject.dependent(), "obl:" + prep));
      out.add(new Dependency(subject.dependent(), particle.dependent(), "case"));
      out.add(new Dependency(verb, action, "xcomp"));
      out.add(new Dependency(action, subject.dependent(), "nsubj:xsubj"));
    }
    return out;
  }
}
