package org.dyad.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.Dependency;
import org.dyad.model.Token;

/**
 * Mends two parser mistakes that hide events.
 *
 * <p>CoreNLP often reads "called on the government to release them" as "called" + an adverbial
 * clause "on the government to release them", with "on" as that clause's marker and "the
 * government" as its subject. The sentence means a call on the government, whose action is asked
 * for; the repaired parse says so ({@code obl:on} to the addressee, {@code xcomp} to the action,
 * the addressee its controlled subject), as the parser does when it gets it right.
 *
 * <p>It also reads "warships shelled an Iranian platform and American forces boarded another" as
 * "shelled" + a clause whose subject is "an Iranian platform and American forces". A verb that
 * takes no clause has an object there, and the second verb is coordinated with it; the repaired
 * parse says so.
 *
 * <p>And it reads "spoke to President Bush, and the presidents of Sri Lanka and Indonesia" with
 * "and" and "the presidents" as unlabelled dependents of the verb; they are a conjunct of the
 * verb's last argument before them, and an argument of the verb in the same way.
 *
 * <p>And "X claim Labour's infighting is obstructing …", a reported clause with no "that", as an
 * object and a loose clause with no subject ({@link #clauseReadAsDependent}). Stateless.
 */
final class ParseRepairs {
  private static final Set<String> PARTICLES = Set.of("on", "upon");

  private ParseRepairs() {}

  static List<Dependency> apply(List<Token> tokens, List<Dependency> deps) {
    return nounReadAsVerb(
        tokens,
        subjectReadAsDate(
            tokens,
            verbConjoinedToAPhrase(
                tokens,
                conjunctReadAsDependent(
                    tokens,
                    objectReadAsClauseSubject(
                        tokens,
                        clauseReadAsDependent(
                            tokens,
                            reducedRelativeReadAsVerb(
                                tokens,
                                participleReadAsAddresseeModifier(
                                    tokens, callOnReadAsClause(tokens, deps)))))))));
  }

  /**
   * "Ms Sturgeon has written to Mr McConnell asking for clarification", "sent a letter to Tony
   * Blair urging him to act": the parser hangs the participle from the name it follows, as if the
   * addressee asked. A participle with its own object or phrase, after a name that is a verb's "to"
   * phrase or indirect object, is that verb's adverbial clause, done by the verb's subject; the
   * repaired parse says so. Not after a common noun ("spoke to a man carrying a gun").
   */
  private static List<Dependency> participleReadAsAddresseeModifier(
      List<Token> tokens, List<Dependency> deps) {
    List<Dependency> out = new ArrayList<>(deps);
    for (Dependency acl : deps) {
      int name = acl.governor();
      int participle = acl.dependent();
      if (!acl.relation().equals("acl")
          || name < 0
          || participle != name + 1
          || !tokens.get(participle).pos().equals("VBG")
          || !tokens.get(name).pos().startsWith("NNP")) {
        continue;
      }
      boolean ownArgument = false;
      for (Dependency d : deps) {
        if (d.governor() == participle
            && (d.relation().equals("obj") || d.relation().startsWith("obl"))) {
          ownArgument = true;
        }
      }
      Dependency addressed = null;
      for (Dependency d : deps) {
        if (d.dependent() == name
            && d.governor() >= 0
            && tokens.get(d.governor()).pos().startsWith("VB")
            && (d.relation().equals("obl:to") || d.relation().equals("iobj"))) {
          addressed = d;
        }
      }
      if (!ownArgument || addressed == null) {
        continue;
      }
      out.remove(acl);
      out.add(new Dependency(addressed.governor(), participle, "advcl"));
    }
    return out;
  }

  /**
   * The tokens with the tags the repaired parse gives them: a noun the parser read as a verb
   * ({@link #nounReadAsVerb}) is a noun again.
   */
  static List<Token> retag(
      List<Token> tokens, List<Dependency> original, List<Dependency> repaired) {
    List<Token> out = new ArrayList<>(tokens);
    for (Dependency d : repaired) {
      if (d.relation().equals("obj")
          && tokens.get(d.dependent()).pos().equals("VB")
          && !original.contains(d)) {
        Token t = tokens.get(d.dependent());
        out.set(d.dependent(), new Token(t.index(), t.span(), t.word(), t.lemma(), "NN", t.ner()));
      }
    }
    return out;
  }

  /**
   * "Ankara rejected on Thursday a European Union appeal to release the journalists": with the
   * object moved after a time phrase, the parser reads "appeal" as a verb whose subject is "a
   * European Union" and whose clause the main verb takes. A bare verb cannot agree with a singular
   * noun phrase ("a … Union appeal"), so it is the head of that phrase: the main verb's object,
   * with the words before it as its modifiers and its to-infinitive as its complement.
   */
  private static List<Dependency> nounReadAsVerb(List<Token> tokens, List<Dependency> deps) {
    List<Dependency> out = new ArrayList<>(deps);
    for (Dependency clause : deps) {
      String r = clause.baseRelation();
      if (clause.governor() < 0
          || !(r.equals("ccomp") || r.equals("dep"))
          || !tokens.get(clause.governor()).pos().startsWith("VB")
          || !tokens.get(clause.dependent()).pos().equals("VB")
          || clause.dependent() < clause.governor()) {
        continue;
      }
      int verb = clause.governor();
      int noun = clause.dependent();
      Dependency subject = null;
      boolean finite = false;
      boolean hasObject = false;
      for (Dependency d : deps) {
        if (d.governor() == noun) {
          String base = d.baseRelation();
          if (d.relation().equals("nsubj")) {
            subject = d;
          } else if (base.equals("aux") || base.equals("mark") || base.equals("cop")) {
            finite = true;
          }
        }
        if (d.governor() == verb && d.baseRelation().equals("obj")) {
          hasObject = true;
        }
      }
      if (subject == null || finite || hasObject || subject.dependent() > noun) {
        continue;
      }
      int head = subject.dependent();
      String headTag = tokens.get(head).pos();
      Dependency article = null;
      for (Dependency d : deps) {
        if (d.governor() == head && d.relation().equals("det")) {
          article = d;
        }
      }
      // Only a singular noun phrase with an article: "the ministers appeal to …" is a verb.
      if (!(headTag.equals("NN") || headTag.equals("NNP")) || article == null) {
        continue;
      }
      out.remove(clause);
      out.remove(subject);
      out.remove(article);
      out.add(new Dependency(verb, noun, "obj"));
      out.add(new Dependency(noun, head, "compound"));
      out.add(new Dependency(noun, article.dependent(), "det"));
      for (Dependency d : deps) {
        if (d.governor() == noun && d.relation().equals("xcomp")) {
          out.remove(d);
          out.add(new Dependency(noun, d.dependent(), "acl"));
        }
        if (d.relation().equals("nsubj:xsubj") && d.dependent() == head) {
          out.remove(d);
        }
      }
    }
    return out;
  }

  private static List<Dependency> callOnReadAsClause(List<Token> tokens, List<Dependency> deps) {
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

  /**
   * Verbs that take a finite clause as their complement ("said the talks and the visit had ended"):
   * speech, thought, perception and their kin. Any other verb followed by "NOUN and NOUN VERB"
   * without "that" has the first noun as its object.
   */
  private static final Set<String> CLAUSE_VERBS =
      Set.of(
          "say",
          "tell",
          "announce",
          "report",
          "claim",
          "believe",
          "think",
          "know",
          "add",
          "insist",
          "argue",
          "warn",
          "deny",
          "confirm",
          "fear",
          "hope",
          "expect",
          "suggest",
          "state",
          "note",
          "agree",
          "understand",
          "feel",
          "show",
          "indicate",
          "reveal",
          "find",
          "learn",
          "see",
          "hear",
          "realize",
          "realise",
          "acknowledge",
          "admit",
          "assert",
          "contend",
          "declare",
          "maintain",
          "predict",
          "promise",
          "explain",
          "ensure",
          "mean",
          "decide",
          "estimate",
          "guess",
          "doubt",
          "assume",
          "suppose",
          "imagine",
          "recall",
          "remember",
          "forget",
          "notice",
          "observe",
          "emphasize",
          "emphasise",
          "stress",
          "reiterate",
          "repeat",
          "reply",
          "respond",
          "answer",
          "complain",
          "concede",
          "conclude",
          "demand",
          "ask",
          "urge",
          "recommend",
          "propose",
          "allege",
          "charge",
          "accuse",
          "write",
          "testify",
          "threaten",
          "vow",
          "pledge",
          "swear",
          "guarantee",
          "assure",
          "notify",
          "inform",
          "remind",
          "convince",
          "persuade",
          "prove",
          "demonstrate",
          "determine",
          "judge",
          "rule",
          "hold",
          "order",
          "wish",
          "pray",
          "worry",
          "regret",
          "welcome",
          "signal",
          "imply",
          "disclose",
          "divulge",
          "speculate",
          "surmise",
          "reckon",
          "figure",
          "seem",
          "appear",
          "make",
          "let",
          "have",
          "help",
          "watch",
          "be",
          "become");

  private static List<Dependency> objectReadAsClauseSubject(
      List<Token> tokens, List<Dependency> deps) {
    List<Dependency> out = new ArrayList<>(deps);
    for (Dependency clause : deps) {
      if (!clause.relation().equals("ccomp") || clause.governor() < 0) {
        continue;
      }
      int verb = clause.governor();
      int second = clause.dependent();
      if (CLAUSE_VERBS.contains(tokens.get(verb).lemma())
          || has(deps, verb, "obj")
          || has(deps, second, "mark")) {
        continue;
      }
      Dependency subject = null;
      for (Dependency d : deps) {
        if (d.governor() == second
            && d.relation().equals("nsubj")
            && (subject == null || d.dependent() < subject.dependent())) {
          subject = d;
        }
      }
      if (subject == null || subject.dependent() < verb) {
        continue;
      }
      int object = subject.dependent();
      Dependency conj = null;
      for (Dependency d : deps) {
        if (d.governor() == object && d.relation().equals("conj:and")) {
          conj = d;
        }
      }
      // Only the exact shape: the object's phrase starts right after the verb, and its "and"
      // conjunct is the subject of the second verb.
      if (conj == null
          || firstOf(deps, object) != verb + 1
          || !deps.contains(new Dependency(second, conj.dependent(), "nsubj"))) {
        continue;
      }
      out.remove(clause);
      out.remove(subject);
      out.remove(conj);
      for (Dependency d : deps) {
        if (d.governor() == conj.dependent() && d.relation().equals("cc")) {
          out.remove(d);
          out.add(new Dependency(second, d.dependent(), "cc"));
        }
      }
      out.add(new Dependency(verb, object, "obj"));
      out.add(new Dependency(verb, second, "conj:and"));
    }
    return out;
  }

  /**
   * "The Liberal Democrats claim Labour's infighting is obstructing good government": a reported
   * clause with no "that" is read as the verb's object ("infighting") and a loose dependent ("is
   * obstructing …") with no subject. A verb of saying or believing that has such a dependent, a
   * finite verb or one with an auxiliary right after the object's phrase, reports a clause whose
   * subject is that object; the repaired parse says so.
   */
  private static List<Dependency> clauseReadAsDependent(List<Token> tokens, List<Dependency> deps) {
    List<Dependency> out = new ArrayList<>(deps);
    for (Dependency loose : deps) {
      int verb = loose.governor();
      int second = loose.dependent();
      if (!loose.relation().equals("dep")
          || verb < 0
          || !CLAUSE_VERBS.contains(tokens.get(verb).lemma())
          || !tokens.get(second).pos().startsWith("VB")
          || has(deps, second, "nsubj")
          || has(deps, second, "nsubj:pass")) {
        continue;
      }
      Dependency object = null;
      for (Dependency d : deps) {
        if (d.governor() == verb && d.relation().equals("obj") && d.dependent() < second) {
          object = d;
        }
      }
      if (object == null) {
        continue;
      }
      // Only when nothing but the clause's auxiliaries stands between the object and its verb.
      int firstAfter = second;
      for (Dependency d : deps) {
        if (d.governor() == second
            && (d.relation().equals("aux") || d.relation().equals("aux:pass"))
            && d.dependent() < firstAfter) {
          firstAfter = d.dependent();
        }
      }
      boolean finite = Set.of("VBZ", "VBD", "VBP", "MD").contains(tokens.get(second).pos());
      if (firstAfter == second && !finite || lastOf(deps, object.dependent()) != firstAfter - 1) {
        continue;
      }
      out.remove(object);
      out.remove(loose);
      out.add(new Dependency(second, object.dependent(), "nsubj"));
      out.add(new Dependency(verb, second, "ccomp"));
    }
    return out;
  }

  /**
   * "any French fishermen caught in the area would be arrested": the parser reads the participle
   * that modifies the subject ("caught") as the clause's verb and the real verb, with its
   * auxiliaries and no subject, as a loose dependent. A past participle with no auxiliary of its
   * own cannot head that clause when a later verb with "would be" follows it; the repaired parse
   * makes the later verb the head, the subject its subject and the participle the subject's
   * modifier.
   */
  private static List<Dependency> reducedRelativeReadAsVerb(
      List<Token> tokens, List<Dependency> deps) {
    List<Dependency> out = new ArrayList<>(deps);
    for (Dependency loose : deps) {
      int participle = loose.governor();
      int verb = loose.dependent();
      if (!loose.relation().equals("dep")
          || participle < 0
          || verb < participle
          || !tokens.get(participle).pos().equals("VBN")
          || !tokens.get(verb).pos().startsWith("VB")
          || has(deps, participle, "aux")
          || has(deps, participle, "aux:pass")
          || has(deps, verb, "nsubj")
          || has(deps, verb, "nsubj:pass")
          || !has(deps, verb, "aux")) {
        continue;
      }
      Dependency subject = null;
      Dependency head = null;
      for (Dependency d : deps) {
        if (d.governor() == participle && d.relation().equals("nsubj")) {
          subject = d;
        }
        if (d.dependent() == participle && d != loose) {
          head = d;
        }
      }
      if (subject == null || head == null || subject.dependent() > participle) {
        continue;
      }
      out.remove(loose);
      out.remove(subject);
      out.remove(head);
      out.add(new Dependency(head.governor(), verb, head.relation()));
      out.add(
          new Dependency(
              verb, subject.dependent(), has(deps, verb, "aux:pass") ? "nsubj:pass" : "nsubj"));
      out.add(new Dependency(subject.dependent(), participle, "acl"));
      // What hung on the participle before its subject ("that") belongs to the clause.
      for (Dependency d : deps) {
        if (d.governor() == participle && d.dependent() < subject.dependent()) {
          out.remove(d);
          out.add(new Dependency(verb, d.dependent(), d.relation()));
        }
      }
    }
    return out;
  }

  /** The last token of the phrase headed at {@code head}, through its dependents after it. */
  private static int lastOf(List<Dependency> deps, int head) {
    int last = head;
    for (Dependency d : deps) {
      if (d.governor() == head && d.dependent() > last && !d.relation().equals("punct")) {
        last = Math.max(last, lastOf(deps, d.dependent()));
      }
    }
    return last;
  }

  private static boolean has(List<Dependency> deps, int governor, String relation) {
    return deps.stream().anyMatch(d -> d.governor() == governor && d.relation().equals(relation));
  }

  /** The first token of the phrase headed at {@code head}, through its modifiers before it. */
  private static int firstOf(List<Dependency> deps, int head) {
    int first = head;
    for (Dependency d : deps) {
      if (d.governor() == head
          && d.dependent() < first
          && Set.of("det", "amod", "compound", "nummod", "nmod:poss").contains(d.relation())) {
        first = Math.min(first, firstOf(deps, d.dependent()));
      }
    }
    return first;
  }

  private static List<Dependency> conjunctReadAsDependent(
      List<Token> tokens, List<Dependency> deps) {
    List<Dependency> out = new ArrayList<>(deps);
    for (Dependency link : deps) {
      int and = link.dependent();
      String word = tokens.get(and).word().toLowerCase(Locale.ROOT);
      if (!link.relation().equals("dep") || link.governor() < 0 || !word.equals("and")) {
        continue;
      }
      int verb = link.governor();
      Dependency noun = null;
      for (Dependency d : deps) {
        if (d.governor() == and && d.relation().equals("dep") && d.dependent() > and) {
          noun = d;
        }
      }
      Dependency argument = null;
      for (Dependency d : deps) {
        if (d.governor() == verb
            && d.dependent() < and
            && (d.relation().equals("obj") || d.baseRelation().equals("obl"))
            && (argument == null || d.dependent() > argument.dependent())) {
          argument = d;
        }
      }
      if (noun == null || argument == null) {
        continue;
      }
      out.remove(link);
      out.remove(noun);
      out.add(new Dependency(noun.dependent(), and, "cc"));
      out.add(new Dependency(argument.dependent(), noun.dependent(), "conj:and"));
      out.add(new Dependency(verb, noun.dependent(), argument.relation()));
    }
    return out;
  }

  private static List<Dependency> verbConjoinedToAPhrase(
      List<Token> tokens, List<Dependency> deps) {
    int root = -1;
    for (Dependency d : deps) {
      if (d.relation().equals("root")) {
        root = d.dependent();
      }
    }
    if (root < 0 || !tokens.get(root).pos().startsWith("VB")) {
      return deps;
    }
    List<Dependency> out = new ArrayList<>(deps);
    for (Dependency conj : deps) {
      int verb = conj.dependent();
      String tag = tokens.get(verb).pos();
      if (!conj.relation().equals("conj:and")
          || conj.governor() < 0
          || verb <= root
          || !(tag.equals("VBD") || tag.equals("VBN"))
          || tokens.get(conj.governor()).pos().startsWith("VB")
          || has(deps, verb, "nsubj")
          || has(deps, verb, "nsubj:pass")
          || !(has(deps, verb, "obj")
              || has(deps, verb, "xcomp")
              || deps.stream()
                  .anyMatch(d -> d.governor() == verb && d.baseRelation().equals("obl")))) {
        continue;
      }
      // The conjunct's other links to the phrase's head are the parser's copies of that phrase's
      // relation ("nmod:as"); they go too.
      for (Dependency d : deps) {
        if (d.dependent() == verb && d != conj && !d.relation().equals("root")) {
          int governor = d.governor();
          boolean toPhrase =
              deps.stream()
                  .anyMatch(
                      e ->
                          e.governor() == governor
                              && e.dependent() == conj.governor()
                              && e.relation().equals(d.relation()));
          if (toPhrase) {
            out.remove(d);
          }
        }
      }
      out.remove(conj);
      out.add(new Dependency(root, verb, "conj:and"));
      // As the parser does for conjoined verbs, the conjunct shares the main verb's subject.
      for (Dependency d : deps) {
        if (d.governor() == root && d.relation().equals("nsubj")) {
          out.add(new Dependency(verb, d.dependent(), "nsubj"));
        }
      }
    }
    return out;
  }

  private static final Set<String> DAYS =
      Set.of(
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "today",
          "yesterday",
          "tonight");

  private static List<Dependency> subjectReadAsDate(List<Token> tokens, List<Dependency> deps) {
    for (Dependency csubj : deps) {
      if (!csubj.relation().equals("csubj") || csubj.governor() < 0) {
        continue;
      }
      int verb = csubj.governor();
      int said = csubj.dependent();
      if (!deps.contains(new Dependency(-1, verb, "root")) || has(deps, verb, "nsubj")) {
        continue;
      }
      for (Dependency when : deps) {
        int name = when.dependent();
        if (when.governor() != said
            || !(when.relation().equals("obl:on") || when.relation().equals("obl:tmod"))
            || !tokens.get(name).pos().startsWith("NNP")
            || name > verb) {
          continue;
        }
        Dependency day = null;
        for (Dependency d : deps) {
          if (d.governor() == name
              && d.relation().equals("compound")
              && d.dependent() == name - 1
              && DAYS.contains(tokens.get(d.dependent()).word().toLowerCase(Locale.ROOT))) {
            day = d;
          }
        }
        if (day == null) {
          continue;
        }
        List<Dependency> out = new ArrayList<>(deps);
        out.remove(csubj);
        out.remove(when);
        out.remove(day);
        out.remove(new Dependency(-1, verb, "root"));
        out.add(new Dependency(-1, said, "root"));
        out.add(new Dependency(said, verb, "ccomp"));
        out.add(new Dependency(verb, name, "nsubj"));
        out.add(new Dependency(said, day.dependent(), when.relation()));
        for (Dependency d : deps) {
          if (d.governor() == name && d.relation().equals("case")) {
            out.remove(d);
            out.add(new Dependency(day.dependent(), d.dependent(), "case"));
          }
          // The root's other dependents stay with the reported verb, except its punctuation.
          if (d.governor() == verb && d.relation().equals("punct") && d.dependent() > verb) {
            out.remove(d);
            out.add(new Dependency(said, d.dependent(), "punct"));
          }
        }
        return out;
      }
    }
    return deps;
  }
}
