package org.dyad.coding.event;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the event coder reads by, one accessor per list of {@code lexicon/event-words.tsv}
 * (docs/lexicon-formats.md, kind {@code word-lists}). Built once per coder from the lexicon; fails
 * at once, naming the list, when the lexicon gives no words for a list the coder needs. Immutable.
 */
final class EventWords {
  /** The lists the event coder reads, by their name in the file. */
  static final List<String> NEEDED =
      List.of(
          "negator",
          "state-anaphor",
          "organization-anaphor",
          "intent-head",
          "intent-noun",
          "hypothetical-aux",
          "future-aux",
          "conditional-mark",
          "condition-or-question-mark",
          "connective-noun",
          "linking-verb",
          "relative-pronoun",
          "joint-noun",
          "demonstrative",
          "judging-verb",
          "issuing-verb",
          "hearsay-noun",
          "group-noun",
          "repelling-verb",
          "happening-verb",
          "delivering-verb",
          "interview-verb",
          "verbal-attack-verb",
          "denial-verb",
          "adverb-particle",
          "first-person-pronoun",
          "person-pronoun",
          "question-word",
          "report-verb",
          "pending-mark",
          "executive-sector",
          "wordy-sector",
          "opposing-sector",
          "petitioning-sector",
          "armed-sector",
          "implied-target-root",
          "domestic-implied-root",
          "shared-root",
          "answered-root");

  private final Map<String, Set<String>> lists;

  private EventWords(Map<String, Set<String>> lists) {
    this.lists = Map.copyOf(lists);
  }

  static EventWords builtIn() {
    Map<String, Set<String>> m = new LinkedHashMap<>();
    m.put("negator", Set.of("not", "n't", "never", "no"));
    m.put("state-anaphor", Set.of("country", "nation"));
    m.put(
        "organization-anaphor",
        Set.of("group", "bloc", "alliance", "community", "organisation", "organization"));
    m.put(
        "intent-head",
        Set.of(
            "ready",
            "willing",
            "prepared",
            "keen",
            "eager",
            "plan",
            "intend",
            "hope",
            "want",
            "wish",
            "seek",
            "expect",
            "aim",
            "decide",
            "prepare",
            "schedule",
            "due"));
    m.put(
        "intent-noun",
        Set.of(
            "deal",
            "agreement",
            "accord",
            "plan",
            "decision",
            "offer",
            "proposal",
            "bid",
            "pledge",
            "promise",
            "invitation",
            "readiness",
            "willingness",
            "intention",
            "commitment",
            "move"));
    m.put("hypothetical-aux", Set.of("would", "could", "might", "may", "should"));
    m.put("future-aux", Set.of("will", "shall", "'ll", "wo"));
    m.put("conditional-mark", Set.of("if", "unless"));
    m.put("condition-or-question-mark", Set.of("if", "unless", "whether"));
    m.put("connective-noun", Set.of("response", "reply", "retaliation", "reaction", "answer"));
    m.put("linking-verb", Set.of("seem", "appear", "remain", "look", "sound", "prove", "become"));
    m.put("relative-pronoun", Set.of("which", "who", "that", "whom"));
    m.put(
        "joint-noun",
        Set.of(
            "talk",
            "discussion",
            "meeting",
            "negotiation",
            "dialogue",
            "consultation",
            "conversation",
            "exchange",
            "summit",
            "session",
            "relation",
            "relationship",
            "tie",
            "cooperation",
            "partnership",
            "visit",
            "round",
            "contact"));
    m.put("demonstrative", Set.of("this", "that"));
    m.put(
        "judging-verb",
        Set.of(
            "reject",
            "deny",
            "dismiss",
            "refute",
            "rebut",
            "condemn",
            "denounce",
            "criticize",
            "criticise",
            "deplore",
            "welcome",
            "praise",
            "protest",
            "oppose",
            "answer",
            "ignore",
            "investigate",
            "decry",
            "hail",
            "applaud",
            "resent",
            "regret"));
    m.put(
        "issuing-verb",
        Set.of(
            "issue",
            "sign",
            "send",
            "release",
            "publish",
            "adopt",
            "pass",
            "table",
            "write",
            "deliver",
            "present",
            "put",
            "submit",
            "approve",
            "circulate",
            "make",
            "give",
            "lodge",
            "file",
            "launch"));
    m.put(
        "hearsay-noun",
        Set.of(
            "speculation",
            "rumour",
            "rumor",
            "report",
            "claim",
            "allegation",
            "suggestion",
            "accusation",
            "charge",
            "story",
            "assertion"));
    m.put(
        "group-noun",
        Set.of(
            "bank",
            "head",
            "committee",
            "country",
            "nation",
            "partner",
            "community",
            "government",
            "leader",
            "official",
            "people",
            "member",
            "state",
            "power",
            "ally",
            "creditor",
            "lender",
            "donor",
            "company",
            "firm",
            "institution",
            "world",
            "colleague",
            "counterpart",
            "neighbour",
            "neighbor",
            "side",
            "party",
            "group",
            "industry",
            "investor",
            "employer",
            "union",
            "authority",
            "council",
            "court",
            "administration",
            "agency"));
    m.put(
        "repelling-verb",
        Set.of(
            "repulse",
            "repel",
            "resist",
            "withstand",
            "thwart",
            "foil",
            "survive",
            "fend_off",
            "beat_back",
            "halt",
            "blunt",
            "absorb"));
    m.put(
        "happening-verb",
        Set.of(
            "take",
            "begin",
            "start",
            "continue",
            "resume",
            "open",
            "end",
            "conclude",
            "go",
            "proceed",
            "get"));
    m.put(
        "delivering-verb",
        Set.of(
            "reiterate",
            "repeat",
            "renew",
            "issue",
            "make",
            "voice",
            "express",
            "lodge",
            "file",
            "deliver",
            "echo",
            "restate",
            "step",
            "intensify",
            "launch",
            "level"));
    m.put("interview-verb", Set.of("speak", "talk"));
    m.put("verbal-attack-verb", Set.of("attack", "assail", "hit_out"));
    m.put("denial-verb", Set.of("deny"));
    m.put("adverb-particle", Set.of("back", "out", "off", "away", "down"));
    m.put("first-person-pronoun", Set.of("we", "i", "us", "our", "my", "me"));
    m.put("person-pronoun", Set.of("he", "she", "him", "her"));
    m.put("question-word", Set.of("why", "how", "whether", "if", "when"));
    m.put("report-verb", Set.of("say", "warn"));
    m.put("pending-mark", Set.of("until", "before"));
    m.put("executive-sector", Set.of("GOV", "MIL", "ELI", "DIP", "COP", "SPY"));
    m.put(
        "wordy-sector",
        Set.of("PTY", "OPP", "LEG", "MED", "NGO", "CVL", "LAB", "EDU", "REL", "BUS"));
    m.put("opposing-sector", Set.of("OPP", "PTY", "LEG", "REB", "INS"));
    m.put("petitioning-sector", Set.of("CVL", "LAB", "HRI", "NGO", "MED", "EDU", "REL"));
    m.put("armed-sector", Set.of("MIL", "REB", "UAF", "INS", "COP", "SPY", "CRM"));
    m.put(
        "implied-target-root",
        Set.of(
            "016", "023", "031", "032", "033", "034", "035", "036", "037", "038", "039", "10", "11",
            "13", "19"));
    m.put("domestic-implied-root", Set.of("02", "10", "11", "12", "13", "14"));
    m.put("shared-root", Set.of("04", "05"));
    m.put("answered-root", Set.of("02", "03", "10", "13"));
    return new EventWords(m);
  }

  /** Words that negate the clause they modify: "did not criticise". */
  Set<String> negators() {
    return lists.get("negator");
  }

  /** Definite nouns that refer back to a state named just before: "the country". */
  Set<String> stateAnaphors() {
    return lists.get("state-anaphor");
  }

  /** Definite nouns that refer back to an international body: "the bloc", "the alliance". */
  Set<String> organizationAnaphors() {
    return lists.get("organization-anaphor");
  }

  /** Words whose to-infinitive is intended, not yet done: "ready to talk", "plans to visit". */
  Set<String> intentHeads() {
    return lists.get("intent-head");
  }

  /** Nouns whose to-infinitive is still to come: "the deal to open talks", "an offer to help". */
  Set<String> intentNouns() {
    return lists.get("intent-noun");
  }

  /** Auxiliaries that make a clause hypothetical: "would", "could". */
  Set<String> hypotheticalAux() {
    return lists.get("hypothetical-aux");
  }

  /** Auxiliaries that put a clause in the future, as written ("wo" of "won't"). */
  Set<String> futureAux() {
    return lists.get("future-aux");
  }

  /** Marks of a condition: "if", "unless". */
  Set<String> conditionalMarks() {
    return lists.get("conditional-mark");
  }

  /** Marks of a condition or an embedded yes/no question. */
  Set<String> conditionOrQuestionMarks() {
    return lists.get("condition-or-question-mark");
  }

  /** Nouns that, after "in", say why the clause's action was taken: "in response to". */
  Set<String> connectiveNouns() {
    return lists.get("connective-noun");
  }

  /** Words that link a subject to what it is said to be, like a copula: "the plan seems unfair". */
  Set<String> linkingVerbs() {
    return lists.get("linking-verb");
  }

  /** Relative pronouns, which stand for the noun their clause modifies. */
  Set<String> relativePronouns() {
    return lists.get("relative-pronoun");
  }

  /**
   * Things two sides do together: "his talks with Nazir had been constructive" judges the talks.
   */
  Set<String> jointNouns() {
    return lists.get("joint-noun");
  }

  /** Subjects that stand for what the sentence before said: "this was unacceptable". */
  Set<String> demonstratives() {
    return lists.get("demonstrative");
  }

  /** Verbs by which one side judges or answers another's act: "Iran rejected Iraqi charges". */
  Set<String> judgingVerbs() {
    return lists.get("judging-verb");
  }

  /** Verbs by which a body puts out a document in its own name: "issued a statement deploring". */
  Set<String> issuingVerbs() {
    return lists.get("issuing-verb");
  }

  /** Things said, whose answerer answers whoever said them: "rejected newspaper speculation". */
  Set<String> hearsayNouns() {
    return lists.get("hearsay-noun");
  }

  /** Nouns for people and bodies that are rarely coded on their own. */
  Set<String> groupNouns() {
    return lists.get("group-noun");
  }

  /** Verbs whose object is an attack made on their subject: "repulsed Iraqi counter-attacks". */
  Set<String> repellingVerbs() {
    return lists.get("repelling-verb");
  }

  /** Verbs that say an event noun happens: "talks took place", "discussions began". */
  Set<String> happeningVerbs() {
    return lists.get("happening-verb");
  }

  /** Verbs whose object is an act of their subject's: "renewed its call", "issued a demand". */
  Set<String> deliveringVerbs() {
    return lists.get("delivering-verb");
  }

  /** Verbs by which one speaks to the press as to a partner: "speaking to the BBC". */
  Set<String> interviewVerbs() {
    return lists.get("interview-verb");
  }

  /** Verbs of force that news also uses for words: "attacked the plan", "hit out at". */
  Set<String> verbalAttackVerbs() {
    return lists.get("verbal-attack-verb");
  }

  /** Verbs whose complement is what someone denies doing: "denied accusing". */
  Set<String> denialVerbs() {
    return lists.get("denial-verb");
  }

  /** Particles of phrasal verbs that the parser may tag as adverbs ("hit back"). */
  Set<String> adverbParticles() {
    return lists.get("adverb-particle");
  }

  /** Pronouns that, inside a direct quotation, are its speaker. */
  Set<String> firstPersonPronouns() {
    return lists.get("first-person-pronoun");
  }

  /** Pronouns that stand for the person named before. */
  Set<String> personPronouns() {
    return lists.get("person-pronoun");
  }

  /** Words that make a modal's clause a question or a condition, not an appeal. */
  Set<String> questionWords() {
    return lists.get("question-word");
  }

  /** Reporting verbs at which the search for a response's future stops. */
  Set<String> reportVerbs() {
    return lists.get("report-verb");
  }

  /**
   * Marks after which a present tense is a condition still to be met: "until Turkey recognises".
   */
  Set<String> pendingMarks() {
    return lists.get("pending-mark");
  }

  /** Sectors that speak for their state. */
  Set<String> executiveSectors() {
    return lists.get("executive-sector");
  }

  /** Sectors that fight with words only: parties, opposition, legislators, press, NGOs. */
  Set<String> wordySectors() {
    return lists.get("wordy-sector");
  }

  /** Sectors whose business is to oppose or hold the government to account. */
  Set<String> opposingSectors() {
    return lists.get("opposing-sector");
  }

  /** Sectors of civil society that ask the government for things. */
  Set<String> petitioningSectors() {
    return lists.get("petitioning-sector");
  }

  /** Armed, police and militant sectors: a person in one is no civilian. */
  Set<String> armedSectors() {
    return lists.get("armed-sector");
  }

  /** Codes whose target news leaves to the article when the story is about two parties. */
  Set<String> impliedTargetRoots() {
    return lists.get("implied-target-root");
  }

  /** Codes by which a country's opposition, groups and citizens address their own government. */
  Set<String> domesticImpliedRoots() {
    return lists.get("domestic-implied-root");
  }

  /** Codes of acts that take two sides alike: consultations and cooperation. */
  Set<String> sharedRoots() {
    return lists.get("shared-root");
  }

  /** Codes of what is said to someone to answer: appeals, offers, demands, threats. */
  Set<String> answeredRoots() {
    return lists.get("answered-root");
  }

  /** Whether {@code code} starts with one of the code prefixes {@code roots}. */
  static boolean startsWithAny(Set<String> roots, String code) {
    return roots.stream().anyMatch(code::startsWith);
  }
}
