package org.dyad.coding.event;

/**
 * The rules of the event coder that a coding profile switches, one constant per rule id of {@code
 * lexicon/event-rules.tsv}; what each does is the file's note. The coder asks {@link
 * CodingContext#on} at the place a rule acts. Immutable.
 */
enum EventRule {
  TRIGGER_DEFAULT_CODE("R.trigger.default-code"),
  TRIGGER_PATTERN_SENSE("R.trigger.pattern-sense"),
  TRIGGER_WEIGHED_OBJECT("R.trigger.weighed-object"),
  TARGET_NONE("R.target.none"),
  ARG_INTENT_WITH_NO_PARTNER("R.arg.intent-with-no-partner"),
  PATTERN_PRESENCE("R.pattern.presence"),
  PATTERN_NO_CONNECTIVE_NOUN("R.pattern.no-connective-noun"),
  PATTERN_DEMAND_ASKS("R.pattern.demand-asks"),
  PATTERN_NECESSITY_APPEAL("R.pattern.necessity-appeal"),
  PATTERN_IMPERATIVE_APPEAL("R.pattern.imperative-appeal"),
  PATTERN_REPORTED_DEED("R.pattern.reported-deed"),
  PATTERN_CLAIMED_DEED_ACCUSES("R.pattern.claimed-deed-accuses"),
  MODE_NO_CONDITION_OR_QUESTION("R.mode.no-condition-or-question"),
  MODE_NO_BACKGROUND_STATE("R.mode.no-background-state"),
  MODE_FUTURE_DAY("R.mode.future-day"),
  MODE_NO_DENIED_JUDGEMENT("R.mode.no-denied-judgement"),
  MODE_ASKED_NOT_TO("R.mode.asked-not-to"),
  ARG_AGENTLESS_PASSIVE("R.arg.agentless-passive"),
  ARG_BETWEEN_FIRST("R.arg.between-first"),
  ARG_TARGET_IN_PARSE("R.arg.target-in-parse"),
  ARG_SOURCE_IN_PARSE("R.arg.source-in-parse"),
  ARG_ORGANIZATION_ANAPHOR("R.arg.organization-anaphor"),
  ARG_STATE_ANAPHOR("R.arg.state-anaphor"),
  ARG_THEY_IS_PLURAL_SUBJECT_BEFORE("R.arg.they-is-plural-subject-before"),
  ARG_PRONOUN_CHAIN("R.arg.pronoun-chain"),
  ARG_PRONOUN_IS_LOOSE_REPORTER("R.arg.pronoun-is-loose-reporter"),
  ARG_PRONOUN_IS_GOVERNING_SUBJECT("R.arg.pronoun-is-governing-subject"),
  ARG_IT_IS_SUBJECT_BEFORE("R.arg.it-is-subject-before"),
  ARG_OBJECT_PRONOUN_IS_CONJOINED_OBJECT("R.arg.object-pronoun-is-conjoined-object"),
  ARG_MEMBERS_OF_BODY("R.arg.members-of-body"),
  ARG_DEFINITE_KIND_NAMED_BEFORE("R.arg.definite-kind-named-before"),
  ARG_AGENT_ON_TIME_PHRASE("R.arg.agent-on-time-phrase"),
  ARG_STATEMENT_ISSUER("R.arg.statement-issuer"),
  ARG_PASSIVE_CONTROLLER("R.arg.passive-controller"),
  ARG_PARTICIPLE_SUBJECT("R.arg.participle-subject"),
  ARG_NATIONALITY_IS_DOER("R.arg.nationality-is-doer"),
  ARG_PARTNER_ON_HAPPENING_VERB("R.arg.partner-on-happening-verb"),
  ARG_FORCE_AT_ACTORS_ONLY("R.arg.force-at-actors-only"),
  ARG_NATIONALITY_BEFORE_OF_PHRASE("R.arg.nationality-before-of-phrase"),
  ARG_MEETING_PLACE_IS_ITS_STATE("R.arg.meeting-place-is-its-state"),
  ARG_VISIT_DESTINATION("R.arg.visit-destination"),
  ARG_THING_STANDS_FOR_COUNTRY("R.arg.thing-stands-for-country"),
  ARG_OBJECT_WORD_OWNER("R.arg.object-word-owner"),
  ARG_GROUND_IS_ITS_COUNTRY("R.arg.ground-is-its-country"),
  ARG_COMPLEMENT_SUBJECT_IS_ADDRESSEE("R.arg.complement-subject-is-addressee"),
  ARG_OBJECT_WORD_IS_ACTOR("R.arg.object-word-is-actor"),
  ARG_ANSWERED_NOUN("R.arg.answered-noun"),
  ARG_REPELLED_ATTACK("R.arg.repelled-attack"),
  ARG_NAME_ON_NOUN_IS_MAKER("R.arg.name-on-noun-is-maker"),
  ARG_NO_VISIT_AT_HOME("R.arg.no-visit-at-home"),
  ARG_SPEAKER_THREATENS("R.arg.speaker-threatens"),
  ARG_IMPLIED_PARTNER("R.arg.implied-partner"),
  ARG_NO_GIFT_TO_OWN_SIDE("R.arg.no-gift-to-own-side"),
  ARG_NO_CLAIM_ABOUT_OWN_SIDE("R.arg.no-claim-about-own-side"),
  ARG_RECIPROCAL_COMPOUND("R.arg.reciprocal-compound"),
  ARG_CONDITION_TARGET("R.arg.condition-target"),
  ARG_OWNER_OF_THING("R.arg.owner-of-thing"),
  ARG_IMPLIED_TARGET("R.arg.implied-target"),
  ARG_NAMING_VERB_JUDGES("R.arg.naming-verb-judges"),
  ARG_JUDGED_CLAUSE_DOER("R.arg.judged-clause-doer"),
  ARG_DEED_DOER("R.arg.deed-doer"),
  ARG_FIRST_PERSON_SPEAKER("R.arg.first-person-speaker"),
  ARG_HE_IS_NOT_THE_SPEAKER("R.arg.he-is-not-the-speaker"),
  ARG_RIVALS_OF_ONE_CODE("R.arg.rivals-of-one-code"),
  ARG_CLAIM_OWNER_SPEAKS("R.arg.claim-owner-speaks"),
  ARG_UNCODED_SPEAKER_NAMED("R.arg.uncoded-speaker-named"),
  ARG_DOCUMENT_SPEAKER("R.arg.document-speaker"),
  ARG_REPORTING_VERB_SPEAKER("R.arg.reporting-verb-speaker"),
  ARG_PASSIVE_APPEAL_ADDRESSEE("R.arg.passive-appeal-addressee"),
  ARG_APPEAL_TO_NO_ONE("R.arg.appeal-to-no-one"),
  SELECT_CONSUMED_WORDS("R.select.consumed-words"),
  SELECT_ASKED_FOR("R.select.asked-for"),
  SELECT_SAME_KIND_ONCE("R.select.same-kind-once"),
  SELECT_ONE_JUDGEMENT_PER_NOUN("R.select.one-judgement-per-noun"),
  SELECT_JUDGEMENT_IN_VERBAL_EVENT("R.select.judgement-in-verbal-event"),
  SELECT_JUDGEMENT_ONCE("R.select.judgement-once"),
  REFINE_FUTURE_MEETING("R.refine.future-meeting"),
  REFINE_FUTURE_INTENT("R.refine.future-intent"),
  REFINE_OFFICIAL_PROTEST("R.refine.official-protest"),
  REFINE_VERBAL_ATTACK("R.refine.verbal-attack"),
  REFINE_FUTURE_THREAT("R.refine.future-threat"),
  ASSEMBLE_NO_INTERVIEW_MEETINGS("R.assemble.no-interview-meetings"),
  ASSEMBLE_NO_STATE_ON_ITSELF("R.assemble.no-state-on-itself"),
  ASSEMBLE_NO_SELF_EVENTS("R.assemble.no-self-events"),
  ASSEMBLE_NO_STATEMENTS_TO_MEDIA("R.assemble.no-statements-to-media"),
  ASSEMBLE_RECIPROCAL_CODE("R.assemble.reciprocal-code"),
  ASSEMBLE_ONE_PER_CODED_DYAD("R.assemble.one-per-coded-dyad"),
  ASSEMBLE_RECIPROCAL_MEETINGS("R.assemble.reciprocal-meetings"),
  ASSEMBLE_DISTRIBUTED_SIDES("R.assemble.distributed-sides");

  private final String id;

  EventRule(String id) {
    this.id = id;
  }

  /** The rule's id in {@code lexicon/event-rules.tsv}: {@code R.<layer>.<name>}. */
  String id() {
    return id;
  }
}
