package org.dyad.coding.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dyad.lexicon.TriggerEntry;
import org.dyad.lexicon.VerbPattern;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * The trigger layer's default: which trigger word's entry ({@code lexicon/triggers.tsv}) applies at
 * a token, so that its default code codes the event when no pattern of the word matched. A phrasal
 * verb's entry ("fall_out") comes before the bare verb's, a noun read with the word before it
 * ("air_strike") before the noun's; a word whose entry says it codes through patterns only, or
 * whose use here is one its entry vetoes ("demonstrated that …", "struck a deal"), has none.
 * Stateless, thread-safe.
 */
final class DefaultTriggers {
  private DefaultTriggers() {}

  /**
   * The entry whose default applies at {@code t}, with why, or why none does. {@code word} is the
   * word's entry even where its default does not apply (a veto, patterns only): a pattern's sense
   * may still code it.
   */
  record Found(Optional<TriggerEntry> entry, Optional<TriggerEntry> word, String why) {
    Found(Optional<TriggerEntry> entry, String why) {
      this(entry, entry, why);
    }
  }

  static Found at(CodingContext cx, Sentence s, Token t) {
    for (Candidate c : candidates(s, t)) {
      Optional<TriggerEntry> e = cx.lexicon().triggers().find(c.pos(), c.key());
      if (e.isEmpty()) {
        continue;
      }
      TriggerEntry entry = e.get();
      if (entry.patternsOnly()) {
        return new Found(Optional.empty(), e, entry.id() + " codes through its patterns only");
      }
      for (TriggerEntry.Veto v : entry.vetoes()) {
        if (vetoes(s, t.index(), c.pos(), v)) {
          return new Found(Optional.empty(), e, entry.id() + " vetoed here: " + describe(v));
        }
      }
      if (c.pos() == VerbPattern.Pos.N && modifiesAnotherNoun(s, t.index())) {
        // "the protest movement", "strike action": a noun before another names a kind of thing.
        return new Found(Optional.empty(), entry.id() + " modifies another noun");
      }
      if (c.pos() == VerbPattern.Pos.A && !predicative(s, t.index())) {
        return new Found(Optional.empty(), entry.id() + " is not said of a subject");
      }
      return new Found(e, entry.id() + " default " + entry.code());
    }
    return new Found(Optional.empty(), "no trigger entry");
  }

  /** A lexicon key the token may be written as, with its part of speech. */
  private record Candidate(VerbPattern.Pos pos, String key) {}

  private static List<Candidate> candidates(Sentence s, Token t) {
    List<Candidate> out = new ArrayList<>();
    if (t.isVerb()) {
      for (int prt : s.childrenOf(t.index(), "compound:prt")) {
        out.add(new Candidate(VerbPattern.Pos.V, t.lemma() + "_" + s.token(prt).lemma()));
      }
      // Prepositional verbs, as their patterns are keyed: "called for", "insisted on".
      for (Dependency d : s.children(t.index())) {
        if (d.baseRelation().equals("obl")
            && !d.subtype().isEmpty()
            && !d.subtype().contains("_")
            && Triggers.prepositionNear(s, t.index(), d.dependent())) {
          out.add(new Candidate(VerbPattern.Pos.V, t.lemma() + "_" + d.subtype()));
        }
      }
      // "called for 24-hour drinking to be shelved": the parser makes "for" the mark of the
      // clause the verb asks for.
      for (Dependency d : s.children(t.index())) {
        if ((d.baseRelation().equals("advcl")
                || d.baseRelation().equals("ccomp")
                || d.baseRelation().equals("xcomp"))
            && s.childrenOf(d.dependent(), "mark").stream()
                .anyMatch(mk -> mk == t.index() + 1 && s.token(mk).lemma().equals("for"))) {
          out.add(new Candidate(VerbPattern.Pos.V, t.lemma() + "_for"));
        }
      }
      String hyphenated = Triggers.hyphenatedVerb(s, t.index());
      if (hyphenated != null) {
        out.add(new Candidate(VerbPattern.Pos.V, hyphenated));
      }
      for (String lemma : Triggers.spellings(t.lemma())) {
        out.add(new Candidate(VerbPattern.Pos.V, lemma));
      }
    }
    if (t.isNoun()) {
      for (String key : Triggers.nounKeys(s, t.index())) {
        out.add(new Candidate(VerbPattern.Pos.N, key));
      }
    }
    if (t.isAdjective() || t.pos().equals("VBN")) {
      out.add(new Candidate(VerbPattern.Pos.A, t.word().toLowerCase(Locale.ROOT)));
    }
    return out;
  }

  private static boolean vetoes(Sentence s, int t, VerbPattern.Pos pos, TriggerEntry.Veto v) {
    if (v instanceof TriggerEntry.Veto.Clause) {
      return s.hasChild(t, "ccomp");
    }
    if (v instanceof TriggerEntry.Veto.Infinitive) {
      return !Syntax.complements(s, t).isEmpty();
    }
    if (v instanceof TriggerEntry.Veto.ObjectWord o) {
      return objectLemmas(s, t, pos).stream().anyMatch(o.lemmas()::contains);
    }
    if (v instanceof TriggerEntry.Veto.Particle p) {
      return s.childrenOf(t, "compound:prt").stream()
              .anyMatch(x -> s.token(x).lemma().equals(p.particle()))
          || t + 1 < s.tokens().size()
              && s.token(t + 1).lemma().equals(p.particle())
              && s.token(t + 1).pos().startsWith("RP");
    }
    if (v instanceof TriggerEntry.Veto.Subject sj) {
      return subjects(s, t).stream()
          .anyMatch(x -> sj.lemmas().contains(s.token(x).lemma().toLowerCase(Locale.ROOT)));
    }
    // Attributive: "striking workers", "the occupied West Bank".
    return s.parents(t).stream()
        .anyMatch(d -> d.baseRelation().equals("amod") || d.baseRelation().equals("compound"));
  }

  /** The lemmas of the direct objects (for a noun, of its "of" phrases and compounds). */
  private static List<String> objectLemmas(Sentence s, int t, VerbPattern.Pos pos) {
    List<String> out = new ArrayList<>();
    List<Integer> objects = new ArrayList<>();
    if (pos == VerbPattern.Pos.N) {
      objects.addAll(s.childrenOf(t, "nmod:of"));
      objects.addAll(s.childrenOf(t, "compound"));
    } else {
      objects.addAll(s.childrenOf(t, "obj"));
      objects.addAll(s.childrenOf(t, "nsubj:pass"));
    }
    for (int o : objects) {
      out.add(s.token(o).lemma().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  private static List<Integer> subjects(Sentence s, int t) {
    List<Integer> out = new ArrayList<>(s.childrenOf(t, "nsubj"));
    out.addAll(s.childrenOf(t, "nsubj:pass"));
    return out;
  }

  /** Whether the noun modifies another noun ("protest movement") rather than heading its phrase. */
  private static boolean modifiesAnotherNoun(Sentence s, int noun) {
    for (Dependency d : s.parents(noun)) {
      if (d.baseRelation().equals("compound") && d.governor() >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether the adjective is said of a subject: "X was critical of Y", "X is ready to talk". */
  private static boolean predicative(Sentence s, int adjective) {
    return s.hasChild(adjective, "nsubj") || s.hasChild(adjective, "cop");
  }

  private static String describe(TriggerEntry.Veto v) {
    if (v instanceof TriggerEntry.Veto.Clause) {
      return "it reports a clause";
    }
    if (v instanceof TriggerEntry.Veto.Infinitive) {
      return "it has a to-infinitive";
    }
    if (v instanceof TriggerEntry.Veto.ObjectWord o) {
      return "its object is one of " + o.lemmas();
    }
    if (v instanceof TriggerEntry.Veto.Particle p) {
      return "it has the particle '" + p.particle() + "'";
    }
    if (v instanceof TriggerEntry.Veto.Subject sj) {
      return "its subject is one of " + sj.lemmas();
    }
    return "it modifies a noun";
  }
}
