package org.dyad.coding.event;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;

/**
 * Questions about a sentence's dependency parse that every layer of the event coder asks: a word's
 * complements, objects and prepositional phrases, negation, voice, the clauses above a word. Takes
 * a {@link Sentence} (and the coder's word lists where a question depends on words); answers with
 * token indices or booleans. Stateless, thread-safe.
 */
final class Syntax {
  private Syntax() {}

  /**
   * Whether {@code clause} is said by {@code verb}: its complement clause, directly or through
   * other complements ("warned Iran that it was ready to retaliate"); with {@code looseClause},
   * also a clause after the verb the parser hung on it loosely, with no "that" ("warned the United
   * States it may take retaliatory measures").
   */
  static boolean isReportedBy(Sentence s, int clause, int verb, boolean looseClause) {
    int cur = clause;
    for (int hops = 0; hops < 3; hops++) {
      int up = -1;
      for (Dependency d : s.parents(cur)) {
        if (d.governor() >= 0
            && (d.baseRelation().equals("ccomp")
                || d.baseRelation().equals("xcomp")
                || looseClause && d.baseRelation().equals("parataxis") && d.governor() < cur)) {
          up = d.governor();
        }
      }
      if (up < 0) {
        return false;
      }
      if (up == verb) {
        return true;
      }
      cur = up;
    }
    return false;
  }

  /**
   * The to-infinitive complements of a verb: "to be allowed" in "called on Gondor to be allowed".
   */
  static List<Integer> infinitives(Sentence s, int verb) {
    List<Integer> out = new ArrayList<>();
    for (int x : s.childrenOf(verb, "xcomp")) {
      if (x > verb && hasToMarker(s, x)) {
        out.add(x);
      }
    }
    return out;
  }

  /**
   * Whether the verb at {@code x} is a to-infinitive: its "to" is a marker, or (a parser variant)
   * an unlabelled dependent written right before it ("called on Ottawa to reexamine").
   */
  static boolean hasToMarker(Sentence s, int x) {
    for (Dependency d : s.children(x)) {
      boolean to = s.token(d.dependent()).lemma().equals("to");
      if (to
          && (d.relation().equals("mark")
              || d.relation().equals("dep") && d.dependent() == x - 1)) {
        return true;
      }
    }
    return false;
  }

  /** To-infinitive complements of a verb or adjective, and of a noun ("an offer to help"). */
  static List<Integer> complements(Sentence s, int head) {
    List<Integer> out = new ArrayList<>();
    for (int x : s.childrenOf(head, "xcomp")) {
      // Only a to-infinitive: "told his news conference Britain had …" is no complement of "told".
      if (hasToMarker(s, x)) {
        out.add(x);
      }
    }
    for (Dependency d : s.children(head)) {
      if (d.relation().equals("acl:to")
          || d.relation().equals("acl") && s.token(d.dependent()).isVerb()) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /**
   * The objects of {@code head}: of a noun its "of" phrase and compound modifiers; of a passive
   * verb its subject; else its indirect and direct objects (with the direct object's conjuncts).
   * {@code preposition} adds the objects of a prepositional verb's preposition ("call for").
   */
  static List<Integer> objects(
      Sentence s, int head, boolean nominal, boolean passive, String preposition) {
    List<Integer> out = new ArrayList<>();
    if (preposition != null) {
      out.addAll(s.childrenOf(head, "obl:" + preposition));
    }
    if (nominal) {
      out.addAll(s.childrenOf(head, "nmod:of"));
      out.addAll(s.childrenOf(head, "compound"));
      return out;
    }
    if (passive) {
      out.addAll(s.childrenOf(head, "nsubj:pass"));
    }
    // The indirect object first: in "offered the Indonesian government the assistance of British
    // troops" the recipient is the target, not an actor inside the thing given.
    out.addAll(s.childrenOf(head, "iobj"));
    for (int o : s.childrenOf(head, "obj")) {
      out.add(o);
      out.addAll(s.childrenOf(o, "conj"));
    }
    return out;
  }

  /** Objects of preposition {@code prep} attached to the head or to its object word. */
  static List<Integer> prepositional(EventWords w, Sentence s, int head, int object, String prep) {
    List<Integer> out = new ArrayList<>();
    if (prep.equals("that")) {
      // "that +": the subject of the clause the trigger reports ("Canada is claiming the French
      // have exceeded their quotas").
      for (int clause : s.childrenOf(head, "ccomp")) {
        boolean question =
            s.childrenOf(clause, "mark").stream()
                .anyMatch(m -> w.conditionOrQuestionMarks().contains(s.token(m).lemma()));
        if (!question) {
          out.addAll(s.childrenOf(clause, "nsubj"));
          out.addAll(s.childrenOf(clause, "nsubj:pass"));
        }
      }
      for (int clause : s.childrenOf(head, "xcomp")) {
        out.addAll(s.childrenOf(clause, "nsubj:xsubj")); // the parser's "claiming [the French] …"
      }
      return out;
    }
    for (int h : object >= 0 ? new int[] {head, object} : new int[] {head}) {
      for (Dependency d : s.children(h)) {
        String base = d.baseRelation();
        if ((base.equals("obl") || base.equals("nmod") || base.equals("advcl"))
                && d.subtype().equals(prep)
            // "disturbed by a draft bill": the parser names a passive's "by" phrase its agent
            || prep.equals("by") && d.relation().equals("obl:agent")) {
          out.add(d.dependent());
        }
      }
    }
    return out;
  }

  static boolean hasAgent(Sentence s, int verb) {
    return s.hasChild(verb, "obl:agent") || s.hasChild(verb, "obl:by");
  }

  static boolean isPassive(Sentence s, int verb) {
    return s.hasChild(verb, "nsubj:pass") || s.hasChild(verb, "aux:pass");
  }

  static boolean isNegated(EventWords w, Sentence s, int head) {
    boolean noun = s.token(head).isNoun();
    for (Dependency d : s.children(head)) {
      // "has done no deals": a negator determining an event noun negates it too.
      if ((d.baseRelation().equals("advmod")
              || d.relation().equals("neg")
              || noun && d.relation().equals("det"))
          && w.negators().contains(s.token(d.dependent()).lemma())) {
        return true;
      }
    }
    return false;
  }

  /** The token {@code t} hangs from by {@code relation} (or a subtype of it), or -1. */
  static int governorBy(Sentence s, int t, String relation) {
    for (Dependency d : s.parents(t)) {
      if (d.governor() >= 0 && d.baseRelation().equals(relation)) {
        return d.governor();
      }
    }
    return -1;
  }

  /** The sentence before {@code s}, or null. */
  static Sentence previousSentence(AnnotatedArticle article, Sentence s) {
    return sentenceAt(article, s.index() - 1);
  }

  /** The article's sentence numbered {@code index}, or null when it has none. */
  static Sentence sentenceAt(AnnotatedArticle article, int index) {
    Sentence found = null;
    for (Sentence x : article.sentences()) {
      if (x.index() == index) {
        found = x;
      }
    }
    return found;
  }

  /**
   * The root of {@code s}, the clauses it reports ("Greece said … and urged Turkey") and the
   * clauses coordinated with either.
   */
  static List<Integer> mainClauses(Sentence s) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : s.dependencies()) {
      if (d.governor() < 0) {
        out.add(d.dependent());
        for (int c : s.childrenOf(d.dependent(), "ccomp")) {
          out.add(c);
        }
      }
    }
    for (int i = 0, n = out.size(); i < n; i++) {
      for (int c : s.childrenOf(out.get(i), "conj")) {
        if (s.token(c).isVerb() && !out.contains(c)) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /**
   * Whether {@code token} hangs from the clause of {@code verb} only through an adverbial ({@code
   * obl}, {@code advcl}): every way up from it to the verb or the verb's heads crosses one.
   */
  static boolean inAdverbial(Sentence s, int token, int verb) {
    Set<Integer> heads = new HashSet<>();
    Deque<Integer> queue = new ArrayDeque<>(List.of(verb));
    while (!queue.isEmpty()) {
      int t = queue.poll();
      if (t >= 0 && heads.add(t)) {
        s.parents(t).forEach(d -> queue.add(d.governor()));
      }
    }
    Set<Integer> seen = new HashSet<>();
    queue.add(token);
    while (!queue.isEmpty()) {
      int t = queue.poll();
      if (heads.contains(t)) {
        return false;
      }
      if (t < 0 || !seen.add(t)) {
        continue;
      }
      for (Dependency d : s.parents(t)) {
        String r = d.baseRelation();
        if (!r.equals("obl") && !r.equals("advcl")) {
          queue.add(d.governor());
        }
      }
    }
    return true;
  }

  /**
   * The trigger, its complement head, and the verbs it is a complement or conjunct of, up to the
   * clause.
   */
  static List<Integer> clauseChain(Sentence s, int trigger, int head) {
    List<Integer> chain = new ArrayList<>();
    chain.add(trigger);
    if (head != trigger) {
      chain.add(head);
    }
    int cur = trigger;
    for (int hops = 0; hops < 4; hops++) {
      int up = -1;
      for (Dependency d : s.parents(cur)) {
        String r = d.baseRelation();
        // A conjunct with its own tense has its own mode: "would defend its rights and urged …".
        boolean finite = Set.of("VBD", "VBZ", "VBP").contains(s.token(cur).pos());
        // "will impose 300 mln dlrs of tariffs": an act measured by a quantity shares its clause.
        boolean quantified =
            d.relation().equals("nmod:of")
                && d.governor() >= 0
                && s.token(cur).isNoun()
                && s.childrenOf(d.governor(), "nummod").size() > 0;
        if ((r.equals("xcomp")
                || r.equals("conj") && !finite
                || r.equals("obj")
                || r.equals("obl")
                || quantified)
            && d.governor() >= 0) {
          up = d.governor();
        }
      }
      if (up < 0) {
        break;
      }
      chain.add(up);
      cur = up;
    }
    return chain;
  }

  /**
   * Whether an event noun is what another verb acts on: "plans to end the EU's arms embargo" say
   * what will happen to the embargo, not that one is threatened.
   */
  static boolean isActedOn(Sentence s, int noun) {
    return s.parents(noun).stream()
        .anyMatch(
            d ->
                d.governor() >= 0
                    && (d.baseRelation().equals("obj") || d.baseRelation().equals("nsubj:pass"))
                    && s.token(d.governor()).isVerb());
  }
}
