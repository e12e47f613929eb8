package org.dyad.coding;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.ActorCode;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * What the actor sieves ask of a sentence's words: whether a word modifies another, where a title
 * before a name starts, what an apposition covers, which tokens a mention has taken, and the sector
 * groups they read by. Stateless.
 */
final class Phrases {
  private Phrases() {}

  static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY");

  /**
   * Rebels, insurgents and separatists, who named without a country take up arms against their own
   * state: the one whose government or forces the sentence names, else the article's.
   */
  static final Set<String> INSURGENT_SECTORS = Set.of("REB", "INS", "SEP");

  private static final Set<String> LOCATIVE = ActorWords.SHIPPED.of("locative-preposition");

  /**
   * Role nouns whose holder a capital or a government building before them places rather than owns:
   * "the Moscow embassy", "our Beijing correspondent" and "Nairobi sources" are in that city, not
   * its government's.
   */
  static final Set<String> STATIONED_NOUNS = ActorWords.SHIPPED.of("stationed-noun");

  /** Nouns a country's name before them gives a subject, not an owner: "Iraq intelligence". */
  static final Set<String> TOPIC_NOUNS = ActorWords.SHIPPED.of("topic-noun");

  /** Whether the parse hangs token {@code t} on a word of [first, last] as a noun modifier. */
  static boolean modifies(Sentence s, int t, int first, int last) {
    for (Dependency d : s.parents(t)) {
      if (d.governor() >= first
          && d.governor() <= last
          && (d.baseRelation().equals("compound") || d.baseRelation().equals("amod"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The words coordinated with {@code token}, whichever the parse made the first conjunct: "French"
   * and "German" in "the French and German governments" are each other's.
   */
  static Set<Integer> conjuncts(Sentence s, int token) {
    Set<Integer> seen = new LinkedHashSet<>();
    Deque<Integer> queue = new ArrayDeque<>(List.of(token));
    while (!queue.isEmpty()) {
      int t = queue.poll();
      if (!seen.add(t)) {
        continue;
      }
      queue.addAll(s.childrenOf(t, "conj"));
      for (Dependency d : s.parents(t)) {
        if (d.baseRelation().equals("conj") && d.governor() >= 0) {
          queue.add(d.governor());
        }
      }
    }
    seen.remove(token);
    return seen;
  }

  static Mention mentionCovering(List<Mention> mentions, int token) {
    for (Mention m : mentions) {
      if (m.covers(token)) {
        return m;
      }
    }
    return null;
  }

  /** The code with the sector's three-letter groups it does not already have appended. */
  static ActorCode withSector(ActorCode code, String sector) {
    StringBuilder b = new StringBuilder(code.code());
    for (int i = 0; i + 3 <= sector.length(); i += 3) {
      String group = sector.substring(i, i + 3);
      boolean present = false;
      for (int j = 3; j + 3 <= code.code().length(); j += 3) {
        present |= code.code().substring(j, j + 3).equals(group);
      }
      if (!present) {
        b.append(group);
      }
    }
    return new ActorCode(b.toString());
  }

  /** A name after "in", "at", "near" … is where something happened, not who did it. */
  static boolean isLocative(Sentence s, int first, int last) {
    int head = headOf(s, first, last);
    for (int c : s.childrenOf(head, "case")) {
      if (LOCATIVE.contains(s.token(c).lemma())) {
        return true;
      }
    }
    if (first > 0) {
      String prev = s.token(first - 1).lemma();
      String prev2 = first > 1 ? s.token(first - 2).lemma() : "";
      return LOCATIVE.contains(prev) || (prev.equals("the") && LOCATIVE.contains(prev2));
    }
    return false;
  }

  /** Whether the phrase [first, last] is the object of "at": "hit out at Iran". */
  static boolean isAfterAt(Sentence s, int first, int last) {
    for (int c : s.childrenOf(headOf(s, first, last), "case")) {
      if (s.token(c).lemma().equals("at")) {
        return true;
      }
    }
    return first > 0 && s.token(first - 1).lemma().equals("at")
        || first > 1
            && s.token(first - 1).lemma().equals("the")
            && s.token(first - 2).lemma().equals("at");
  }

  /** Whether token {@code i} modifies the next noun rather than heading its own phrase. */
  static boolean isModifier(Sentence s, int i) {
    for (var d : s.parents(i)) {
      String r = d.baseRelation();
      if (r.equals("compound") || r.equals("amod")) {
        return true;
      }
    }
    return i + 1 < s.tokens().size() && s.token(i + 1).isNoun();
  }

  /** The token of [first, last] whose governor lies outside the range. */
  static int headOf(Sentence s, int first, int last) {
    for (int i = last; i >= first; i--) {
      boolean inside = false;
      for (var d : s.parents(i)) {
        if (d.governor() >= first && d.governor() <= last && !d.relation().endsWith(":xsubj")) {
          inside = true;
        }
      }
      if (!inside) {
        return i;
      }
    }
    return last;
  }

  /**
   * First token of the title words directly before a name ("Foreign Ministry spokesman", "Secretary
   * of State").
   */
  static int leftChainStart(Sentence s, int first) {
    int k = first - 1;
    while (k >= 0) {
      Token t = s.token(k);
      boolean ofInTitle = t.lemma().equals("of") && k > 0 && s.token(k - 1).isProperNoun();
      if (t.isNoun()
          || t.isAdjective()
          || t.pos().equals("POS")
          || t.pos().equals("HYPH")
          || ofInTitle
          || (t.pos().equals("VBN")
              && k + 1 < first
              && s.token(k + 1).isNoun()
              && !s.hasChild(k, "nsubj"))) {
        // A participle with a subject of its own is a clause's verb ("whether ministers approved
        // Mr Mubanga's transfer"), not part of a title ("jailed opposition leader X").
        k--;
      } else {
        break;
      }
    }
    return k + 1;
  }

  /**
   * The words of an apposition after a name: ", senior fellow at … in Seoul, South Korea," up to
   * the verb or the next clause.
   */
  static int[] apposition(Sentence s, int last) {
    int k = last + 1;
    if (k + 1 >= s.tokens().size() || !s.token(k).word().equals(",")) {
      return null;
    }
    Token first = s.token(k + 1);
    if (!(first.pos().equals("DT") || first.isAdjective() || first.isNoun())) {
      return null;
    }
    int end = k + 1;
    while (end + 1 < s.tokens().size()) {
      Token t = s.token(end + 1);
      if (t.pos().equals("VBD")
          || t.pos().equals("VBZ")
          || t.pos().equals("VBP")
          || t.pos().equals("MD")
          || t.word().equals("''")
          || t.word().equals("\u201d")
          || t.word().equals("\"")
          || s.parents(end + 1).stream().anyMatch(d -> d.baseRelation().equals("mark"))) {
        // A finite verb, a closing quote, or a clause opener ("…, years after crowds burned …")
        // ends the noun phrase.
        break;
      }
      end++;
    }
    return new int[] {k + 1, end};
  }

  /** A word of a name: capitalised, not an acronym, and not tagged as any entity. */
  static boolean isUntaggedNameWord(Token t) {
    if (t.pos().equals("HYPH")) {
      return true;
    }
    String w = t.word();
    return t.pos().equals("NNP")
        && t.ner().equals("O")
        && Character.isUpperCase(w.charAt(0))
        && !w.equals(w.toUpperCase(Locale.ROOT));
  }

  /** Whether a mention is a role noun composed with the country that owns it: GONGOV, DNKMED. */
  static boolean isRolePhrase(Mention m) {
    return m.kind() == Actor.Kind.ORGANIZATION
        && m.dictionary() == null
        && m.code() != null
        && m.code().isState()
        && m.code().sector() != null
        && (m.byRoleNoun() || m.plusAgent());
  }

  static void mark(boolean[] taken, int first, int last) {
    for (int i = first; i <= last; i++) {
      taken[i] = true;
    }
  }

  static boolean isTaken(boolean[] taken, int first, int last) {
    for (int i = first; i <= last; i++) {
      if (taken[i]) {
        return true;
      }
    }
    return false;
  }
}
