package org.dyad.coding.quote;

import java.util.Set;
import org.dyad.lexicon.AttributionCues;
import org.dyad.lexicon.AttributionCues.Kind;
import org.dyad.lexicon.WordLists;

/**
 * The word lists the attribution sieves read, gathered once from the lexicon: cue words from {@code
 * lexicon/attribution-cues.tsv}, the person pronouns the event coder shares ({@code
 * lexicon/event-words.tsv}) and the honorifics the actor resolver knows. Immutable.
 *
 * @param speech verbs that attribute speech ("said")
 * @param indirect verbs that introduce a reported clause ("X said that …")
 * @param nominal nouns that report their possessor's words ("Iran's threat to …") or stance ("her
 *     decision to …")
 * @param mediaNouns nouns that refer back to a news medium ("the newspaper")
 * @param phraseVerbs verbs whose subject uses a quoted phrase as its own words
 * @param surveys polls and studies findings are reported "in"
 * @param stanceVerbs verbs whose subject holds or shows what their complement says
 * @param stanceWords adjectives and nouns that attribute a stance to their subject
 * @param objectNotReported verbs whose bare object is not what they report
 * @param audienceVerbs verbs whose object is the audience
 * @param timeWords nouns of time, never a speaker
 * @param subjectPronouns pronouns that stand for their speaker as they are
 * @param personPronouns pronouns resolved to the person named before ("he", "she")
 * @param initialCues speech verbs that may open a sentence capitalised, lower case
 * @param answerWords adverbs that stand for a reported answer ("said so")
 * @param moneyUnits currencies: an amount of money never speaks
 * @param honorifics titles before a name ("mr", "dr")
 * @param forceVerbs stance verbs that also name force ("attacked the rebels")
 * @param armedSectors CAMEO sectors that bear arms: their "attack" is force, not words
 * @param malePronouns pronouns that mean a man ("he", "his")
 * @param femalePronouns pronouns that mean a woman ("she", "her")
 * @param maleTitles titles of a man, as written before a name ("mr.")
 * @param femaleTitles titles of a woman, as written before a name ("mrs.", "ms")
 * @param firstPersonPronouns pronouns of the one speaking ("I", "we", "my")
 * @param raisingVerbs verbs whose subject is part of what is attributed ("seems to be")
 * @param receivingVerbs verbs whose subject receives what their object noun says ("faced
 *     criticism")
 * @param regardVerbs verbs of regarding that attribute a view only with an "as" phrase or a clause
 *     ("sees Cruz as a uniter")
 * @param findingVerbs verbs that report a finding only when a poll, study or record is their
 *     subject ("a poll found Trump receiving 20 percent")
 * @param findingSources nouns for polls, studies and records that find and show: a finding verb's
 *     subject
 * @param nounObjects a reporting noun and the preposition whose object it reports when nobody holds
 *     it ("criticism over"), Q.indirect-noun-object
 */
public record QuoteWords(
    Set<String> speech,
    Set<String> indirect,
    Set<String> nominal,
    Set<String> mediaNouns,
    Set<String> phraseVerbs,
    Set<String> surveys,
    Set<String> stanceVerbs,
    Set<String> stanceWords,
    Set<String> objectNotReported,
    Set<String> audienceVerbs,
    Set<String> timeWords,
    Set<String> subjectPronouns,
    Set<String> personPronouns,
    Set<String> initialCues,
    Set<String> answerWords,
    Set<String> moneyUnits,
    Set<String> honorifics,
    Set<String> forceVerbs,
    Set<String> armedSectors,
    Set<String> malePronouns,
    Set<String> femalePronouns,
    Set<String> maleTitles,
    Set<String> femaleTitles,
    Set<String> firstPersonPronouns,
    Set<String> raisingVerbs,
    Set<String> receivingVerbs,
    Set<String> regardVerbs,
    Set<String> findingVerbs,
    Set<String> findingSources,
    Set<String> nounObjects) {

  /** The words of a lexicon's cue file and word lists, with the actor resolver's honorifics. */
  public static QuoteWords of(AttributionCues cues, WordLists lists, Set<String> honorifics) {
    return new QuoteWords(
        cues.of(Kind.SPEECH),
        cues.of(Kind.INDIRECT),
        union(cues.of(Kind.NOMINAL), cues.of(Kind.STANCE_NOUN)),
        cues.of(Kind.MEDIA_NOUN),
        cues.of(Kind.PHRASE_VERB),
        cues.of(Kind.SURVEY),
        cues.of(Kind.STANCE_VERB),
        cues.of(Kind.STANCE_WORD),
        cues.of(Kind.OBJECT_NOT_REPORTED),
        cues.of(Kind.AUDIENCE_VERB),
        cues.of(Kind.TIME_WORD),
        cues.of(Kind.SUBJECT_PRONOUN),
        lists.of("person-pronoun"),
        cues.of(Kind.INITIAL_CUE),
        cues.of(Kind.ANSWER_WORD),
        cues.of(Kind.MONEY_UNIT),
        Set.copyOf(honorifics),
        cues.of(Kind.FORCE_VERB),
        Set.copyOf(lists.of("armed-sector")),
        Set.copyOf(lists.of("male-pronoun")),
        Set.copyOf(lists.of("female-pronoun")),
        Set.copyOf(lists.of("male-title")),
        Set.copyOf(lists.of("female-title")),
        Set.copyOf(lists.of("first-person-pronoun")),
        cues.of(Kind.RAISING_VERB),
        cues.of(Kind.RECEIVING_VERB),
        cues.of(Kind.REGARD_VERB),
        cues.of(Kind.FINDING_VERB),
        union(cues.of(Kind.SURVEY), cues.of(Kind.FINDING_SOURCE)),
        cues.of(Kind.NOUN_OBJECT));
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new java.util.HashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }
}
