package org.dyad.coding.event;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.dyad.lexicon.WordLists;

/**
 * The word lists the event coder reads by, one accessor per list of {@code lexicon/event-words.tsv}
 * (docs/lexicon-formats.md, kind {@code word-lists}). Built once per coder from the lexicon's
 * {@link WordLists}; fails at once, naming the list, when the lexicon gives no words for a list.
 * Immutable, thread-safe.
 */
final class EventWords {
  private final Map<String, Set<String>> lists;

  private EventWords(Map<String, Set<String>> lists) {
    this.lists = Map.copyOf(lists);
  }

  /**
   * The coder's lists from the lexicon's word lists.
   *
   * @throws IllegalArgumentException when a list has no words
   */
  static EventWords from(WordLists words) {
    Map<String, Set<String>> lists = new HashMap<>();
    for (String list : WordLists.LISTS) {
      Set<String> w = words.of(list);
      if (w.isEmpty()) {
        throw new IllegalArgumentException(
            "the lexicon gives no words for the event coder's list '"
                + list
                + "' (lexicon/event-words.tsv; docs/lexicon-formats.md)");
      }
      // A hash set answers contains(null) with false, as an absent sector or lemma asks; the
      // immutable Set.of family would throw.
      lists.put(list, java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(w)));
    }
    return new EventWords(lists);
  }

  /** Roots whose acts a side aims at its rivals at home: praise, demands, disapproval, threats. */
  Set<String> rivalsRoots() {
    return lists.get("rivals-root");
  }

  /** Sectors of a state's organs whose coercion is of people at home: police, courts. */
  Set<String> coercingSectors() {
    return lists.get("coercing-sector");
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

  /**
   * Verbs by which their subject says what their object is: "called the plan a disgrace",
   * "described Trump as a sociopath".
   */
  Set<String> namingVerbs() {
    return lists.get("naming-verb");
  }

  /**
   * Verbs whose subject does or makes what their object is: "made a mistake", "was doing the right
   * thing".
   */
  Set<String> deedVerbs() {
    return lists.get("deed-verb");
  }

  /**
   * Beginnings of the cues by which a statement is claimed rather than said ("claims", "alleged"):
   * a deed claimed of an actor is an accusation.
   */
  Set<String> claimingCues() {
    return lists.get("claiming-cue");
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

  /** Modifiers that say an event noun is planned, not done: "the planned tariffs". */
  Set<String> planningModifiers() {
    return lists.get("planning-modifier");
  }

  /** Verbs that say an event noun starts: "talks will begin", "the meeting is to open". */
  Set<String> startingVerbs() {
    return lists.get("starting-verb");
  }

  /** Verbs that say an event noun happens: "talks took place", "discussions began". */
  Set<String> happeningVerbs() {
    return lists.get("happening-verb");
  }

  /** Verbs whose object is an act of their subject's: "renewed its call", "issued a demand". */
  Set<String> deliveringVerbs() {
    return lists.get("delivering-verb");
  }

  /** Nouns that measure out what is handed over: "a package of aid", "a tranche of loans". */
  Set<String> amountNouns() {
    return lists.get("amount-noun");
  }

  /** Verbs by which one speaks to the press as to a partner: "speaking to the BBC". */
  Set<String> interviewVerbs() {
    return lists.get("interview-verb");
  }

  /** Verbs of force that news also uses for words: "attacked the plan", "hit out at". */
  Set<String> verbalAttackVerbs() {
    return lists.get("verbal-attack-verb");
  }

  /** Determiners that make a noun a thing already named: "the plans", "these proposals". */
  Set<String> definiteDeterminers() {
    return lists.get("definite-determiner");
  }

  /** Verbs by which their subject puts a thing forward as its own: "unveiled the plans". */
  Set<String> puttingForwardVerbs() {
    return lists.get("putting-forward-verb");
  }

  /** Words of fighting that news uses for any contest: "nomination battle", "shot back". */
  Set<String> contestWords() {
    return lists.get("contest-word");
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
  /** Nouns for people: whose arrest or capture is an event ("arrested dozens of protesters"). */
  Set<String> personNouns() {
    return lists.get("person-noun");
  }

  /** A crowd named by its number or kind: "Thousands marched", "Protesters rallied". */
  Set<String> crowdNouns() {
    return lists.get("crowd-noun");
  }

  /** What "anti-" may mark as a protest's target besides a state: "anti-government protests". */
  Set<String> governingNouns() {
    return lists.get("governing-noun");
  }

  /** The sectors a crowd that riots may be coded with: civilians, opposition, workers, students. */
  Set<String> crowdSectors() {
    return lists.get("crowd-sector");
  }

  /** Verbs by which a side binds itself to an act: "vowed to", "pledged to", "promised to". */
  Set<String> vowingVerbs() {
    return lists.get("vowing-verb");
  }

  /** Words of force a vow of which is a threat though they code only through patterns. */
  Set<String> vowedForceVerbs() {
    return lists.get("vowed-force-verb");
  }

  /** Verbs of going on with an act named as their object: "continue attacks", "keep up raids". */
  Set<String> continuingVerbs() {
    return lists.get("continuing-verb");
  }

  /** Verbs of force that, said of workers with no object, stop work: "voted to strike". */
  /** Particles the parser may read into "strike over pay": what the strike is about. */
  Set<String> grievanceParticles() {
    return lists.get("grievance-particle");
  }

  Set<String> workStoppingVerbs() {
    return lists.get("work-stopping-verb");
  }

  /**
   * Prepositions before a subjectless gerund whose verb lends it its subject: "responded by
   * expelling", "after blasting".
   */
  /** Verbs of using or sending whose purpose infinitive their subject does ("used tear gas to"). */
  Set<String> instrumentVerbs() {
    return lists.get("instrument-verb");
  }

  Set<String> subjectControlPrepositions() {
    return lists.get("subject-control-preposition");
  }

  /** Prepositions of what a clause's subject meets with: "despite criticism from …". */
  Set<String> metWithPrepositions() {
    return lists.get("met-with-preposition");
  }

  /** Prepositions of what went before a clause: "agreed … after intensive discussions". */
  Set<String> afterPrepositions() {
    return lists.get("after-preposition");
  }

  /** Nouns for a phase of an act, read through to the act: "a resumption of air raids". */
  Set<String> actPhaseNouns() {
    return lists.get("act-phase-noun");
  }

  /** Phase nouns that ask an act to stop, aimed at its doer: "an end to the shelling". */
  Set<String> actStopNouns() {
    return lists.get("act-stop-noun");
  }

  /** Determiners of an act that might happen: "any attack". */
  Set<String> anyDeterminers() {
    return lists.get("any-determiner");
  }

  /** Verbs of meeting that, with an act for object, answer it: "meet any escalation with force". */
  Set<String> actMeetingVerbs() {
    return lists.get("act-meeting-verb");
  }

  /**
   * Sectors whose people of one code are one team, never rivals (R.arg.rivals-are-two-sides): the
   * opposition's front bench.
   */
  Set<String> teamSectors() {
    return lists.get("team-sector");
  }

  /** Verbs of making or issuing: "the statements made by Reagan" are Reagan's. */
  Set<String> makingVerbs() {
    return lists.get("making-verb");
  }

  /** Verbs of foreseeing: a future act in their clause is a forecast, no threat. */
  Set<String> predictingVerbs() {
    return lists.get("predicting-verb");
  }

  /** Words for a raid, which done by fighters is military force. */
  Set<String> raidWords() {
    return lists.get("raid-word");
  }

  /** The sectors that fight with arms in war: soldiers, rebels, insurgents, unnamed gunmen. */
  Set<String> fightingSectors() {
    return lists.get("fighting-sector");
  }

  /** What a government does or proposes: "welcomed the plans" are the government's plans. */
  Set<String> policyNouns() {
    return lists.get("policy-noun");
  }

  /** Verbs whose object event noun is wanted, not happening: "warrants new cooperation". */
  Set<String> wantingVerbs() {
    return lists.get("wanting-verb");
  }

  /** Verbs whose object claim is denied: "rejected Iraqi charges that …". */
  Set<String> claimRejectingVerbs() {
    return lists.get("claim-rejecting-verb");
  }

  /** Codes (prefixes) a pattern's sense may code with no target: "declined to comment". */
  Set<String> oneSidedCodes() {
    return lists.get("one-sided-code");
  }

  /**
   * Codes (prefixes) whose patterns' object words say the sense of a word that codes through its
   * patterns only: "is considering a third party run" (014).
   */
  /** Verbs whose doers give to one another: "Russia and Ukraine exchanged prisoners". */
  Set<String> exchangeVerbs() {
    return lists.get("exchange-verb");
  }

  /**
   * Verbs of travel whose "for" phrase is what the traveller comes to do: "went to Moscow for
   * talks".
   */
  Set<String> travelVerbs() {
    return lists.get("travel-verb");
  }

  /** Words of a time phrase naming a period still to come: "next week", "in the coming days". */
  Set<String> futurePeriodWords() {
    return lists.get("future-period-word");
  }

  /**
   * Verbs a compound subject does to one another: "India and China clashed" (R.target.each-other).
   */
  Set<String> mutualVerbs() {
    return lists.get("mutual-verb");
  }

  Set<String> weighedCodes() {
    return lists.get("weighed-code");
  }

  /**
   * Code prefixes of cooperation whose intent, still to come, stands with no partner: "is willing
   * to cooperate closely to foster stability".
   */
  Set<String> intendedAloneRoots() {
    return lists.get("intended-alone-root");
  }

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

  /** Military hardware, no side of its own (R.arg.reduced-relative). */
  Set<String> hardwareNouns() {
    return lists.get("hardware-noun");
  }

  /** Verbs of warning (R.refine.warning-of-harm). */
  Set<String> warningVerbs() {
    return lists.get("warning-verb");
  }

  /** Code prefixes of asking, demanding and threatening with no one named to answer. */
  Set<String> demandRoots() {
    return lists.get("demand-root");
  }

  /** Codes of acts that take two sides alike: consultations and cooperation. */
  Set<String> sharedRoots() {
    return lists.get("shared-root");
  }

  /** Codes of what is said to someone to answer: appeals, offers, demands, threats. */
  Set<String> answeredRoots() {
    return lists.get("answered-root");
  }

  /** CAMEO code prefixes of events that are said: statements, appeals, praise, criticism… */
  Set<String> saidRoots() {
    return lists.get("said-root");
  }

  /** Nouns for some of a body, which act for it: "members of the committee", "a delegation of". */
  Set<String> memberNouns() {
    return lists.get("member-noun");
  }

  /** Definite nouns for the organisation of their kind named before: "the company", "the union". */
  Set<String> kindNouns() {
    return lists.get("kind-noun");
  }

  /**
   * Nouns for deliberating bodies, which speak for themselves once named in full ("the committee
   * said") and may name another: "the panel", "the commission".
   */
  Set<String> bodyNouns() {
    return lists.get("body-noun");
  }

  /** Documents and messages that speak for whoever issued them: "the report said". */
  Set<String> documentNouns() {
    return lists.get("document-noun");
  }

  /** Verbs whose subject "it" is seldom anyone: "it emerged", "it takes time". */
  Set<String> expletiveVerbs() {
    return lists.get("expletive-verb");
  }

  /** Codes of asking: a negation on what is asked is part of it ("urged Iran not to attack"). */
  Set<String> askingRoots() {
    return lists.get("asking-root");
  }

  /** Verbs whose imperative asks nothing of anyone: "Look, …", "Let me be clear". */
  Set<String> discourseImperatives() {
    return lists.get("discourse-imperative");
  }

  /** Whether {@code code} starts with one of the code prefixes {@code roots}. */
  static boolean startsWithAny(Set<String> roots, String code) {
    return roots.stream().anyMatch(code::startsWith);
  }

  /** Definite nouns for a place named before: "fighting in the capital". */
  Set<String> placeAnaphors() {
    return lists.get("place-anaphor");
  }

  /** Nouns of calm asked of a place ({@code R.target.place-of-calm}): ceasefire, peace, end. */
  Set<String> calmNouns() {
    return lists.get("calm-noun");
  }

  /** Adjectives whose infinitive has not happened: "impossible to attack", "unable to meet". */
  Set<String> unrealisedAdjectives() {
    return lists.get("unrealised-adjective");
  }

  /** Nouns for those who act for someone's side: "Hillary Clinton's campaign", "her spokesman". */
  Set<String> sideNouns() {
    return lists.get("side-noun");
  }

  /** Verbs whose object has not happened: "prevent attacks", "deter an invasion". */
  Set<String> preventingVerbs() {
    return lists.get("preventing-verb");
  }

  /** Verbs whose "from" or "against" phrase has not happened: "protect tankers from attacks". */
  Set<String> protectingVerbs() {
    return lists.get("protecting-verb");
  }

  /** Words that may stand before an imperative in its clause: "Please don't", "just add". */
  Set<String> imperativeLeads() {
    return lists.get("imperative-lead");
  }

  /** Auxiliaries that commit a doer to what is still to come: "would", "will" (not "may"). */
  Set<String> committingAux() {
    return lists.get("committing-aux");
  }

  /** Nouns for a doer's own body or people: after "his", "its", "their" its own side. */
  Set<String> ownGroupNouns() {
    return lists.get("own-group-noun");
  }

  /** Pronouns that stand for a thing, never a person: "executed it". */
  Set<String> thingPronouns() {
    return lists.get("thing-pronoun");
  }

  /** Adjectives whose infinitive is expected not to happen: "unable to meet", "unlikely to". */
  Set<String> denyingAdjectives() {
    return lists.get("denying-adjective");
  }
}
