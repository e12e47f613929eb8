package org.dyad.lexicon;

import java.util.List;
import java.util.Set;

/**
 * One trigger word with its default CAMEO code ({@code lexicon/triggers.tsv}): the verb class a
 * careful coder gives the bare word ("shelled" 194, "arrested" 173, "talks" 040), which codes an
 * event when no more specific verb pattern matches, as TABARI's and PETRARCH's verb classes do.
 *
 * @param id stable id, {@code T.<pos>.<lemma>}
 * @param pos verb, event noun or (predicative) adjective
 * @param lemma lower-case lemma; a phrasal verb's particle joined by {@code _} ("fall_out")
 * @param code the default CAMEO code, or null when the word codes only through its patterns (a
 *     support verb such as "launch", or a word too ambiguous in news)
 * @param oneSided whether the event may stand without a target (a protest, an arrest of unnamed
 *     people, violence against no actor); otherwise it needs one
 * @param targets where the target is looked for, in order: {@code obj}, {@code iobj}, {@code that}
 *     or a preposition ({@code with}, {@code against}, …; {@code of} is a noun's "of" phrase);
 *     empty for the coder's default order
 * @param vetoes uses of the word in which the default does not apply ("demonstrated that …",
 *     "struck a deal")
 * @param note an example sentence or "-"
 */
public record TriggerEntry(
    String id,
    VerbPattern.Pos pos,
    String lemma,
    String code,
    boolean oneSided,
    List<String> targets,
    List<Veto> vetoes,
    String note) {
  public TriggerEntry {
    if (pos != VerbPattern.Pos.V && pos != VerbPattern.Pos.N && pos != VerbPattern.Pos.A) {
      throw new IllegalArgumentException("a trigger's pos must be V, N or A, found " + pos);
    }
    // The same form as a verb pattern's trigger, so that a default can stand for a pattern.
    if (!lemma.matches("[a-z][a-z'\\-]*(_[a-z'\\-]+)*")) {
      throw new IllegalArgumentException(
          "the lemma must be lower-case letters, with '_' joining a particle, found '"
              + lemma
              + "'");
    }
    String expected = "T." + pos + "." + lemma;
    if (!id.equals(expected)) {
      throw new IllegalArgumentException("the id must be " + expected + ", found " + id);
    }
    if (code != null && !code.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("the code must be 2-4 digits or '-', found " + code);
    }
    targets = List.copyOf(targets);
    vetoes = List.copyOf(vetoes);
  }

  /** Whether the word codes through patterns only. */
  public boolean patternsOnly() {
    return code == null;
  }

  /**
   * A use of a trigger word in another sense, where its default does not apply. Parsed from the
   * {@code veto} column: {@code that}, {@code >}, {@code :word,word}, {@code prt:word}, {@code
   * subj:word,word}, {@code adj}.
   */
  public sealed interface Veto {
    /** "demonstrated that …", "showed that …": the word reports a clause. */
    record Clause() implements Veto {}

    /** "threatened to resign" for a word whose infinitive is its sense: a to-infinitive. */
    record Infinitive() implements Veto {}

    /** "struck a deal": the object (a noun's "of" phrase) is one of these lemmas. */
    record ObjectWord(Set<String> lemmas) implements Veto {
      public ObjectWord {
        lemmas = Set.copyOf(lemmas);
      }
    }

    /** "shot up": the verb has this particle. */
    record Particle(String particle) implements Veto {}

    /** "prices hit a record": the subject is one of these lemmas. */
    record Subject(Set<String> lemmas) implements Veto {
      public Subject {
        lemmas = Set.copyOf(lemmas);
      }
    }

    /** "striking workers": the word modifies a noun before it. */
    record Attributive() implements Veto {}

    static Veto parse(String field) {
      if (field.equals("that")) {
        return new Clause();
      }
      if (field.equals(">")) {
        return new Infinitive();
      }
      if (field.equals("adj")) {
        return new Attributive();
      }
      if (field.startsWith("prt:") && field.length() > 4) {
        return new Particle(field.substring(4));
      }
      if (field.startsWith("subj:") && field.length() > 5) {
        return new Subject(words(field.substring(5)));
      }
      if (field.startsWith(":") && field.length() > 1) {
        return new ObjectWord(words(field.substring(1)));
      }
      throw new IllegalArgumentException(
          "unknown veto '"
              + field
              + "'; expected that, >, adj, prt:WORD, subj:WORD,WORD or :WORD,WORD");
    }

    private static Set<String> words(String list) {
      Set<String> out = new java.util.LinkedHashSet<>();
      for (String w : list.split(",")) {
        if (w.isBlank() || !w.strip().equals(w.strip().toLowerCase(java.util.Locale.ROOT))) {
          throw new IllegalArgumentException("veto words must be lower-case lemmas: " + list);
        }
        out.add(w.strip());
      }
      return out;
    }
  }
}
