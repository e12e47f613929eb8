package org.dyad.coding;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dyad.model.Place;
import org.dyad.model.Sentence;

/**
 * One sentence while the finding sieves read it: its dictionary hits and named-entity spans, which
 * no sieve changes, and the mentions, places and taken tokens each sieve adds to in turn, so that a
 * later sieve leaves alone what an earlier one claimed. The lists are mutable and confined to one
 * call of {@link MentionFinder#find}.
 *
 * @param text the article's text
 * @param s the sentence
 * @param date the article's date, for roles held on it
 * @param hits every dictionary hit of the sentence (names, role nouns, places, peoples)
 * @param agents the role-noun hits among them
 * @param countriesNamed the countries the article names anywhere, by ISO code
 * @param homeCountry the publisher's country (ISO code), whose office holders its readers know by
 *     surname ("Mr Straw" in a BBC story that never says "Britain"), or null
 * @param nerSpans the named-entity tagger's spans, [first, last] token, honorifics stripped
 * @param out the mentions found so far
 * @param taken the tokens a mention or place already covers
 * @param places the places found so far
 */
record SentenceDraft(
    String text,
    Sentence s,
    LocalDate date,
    List<DictionaryHit> hits,
    List<DictionaryHit> agents,
    Set<String> countriesNamed,
    String homeCountry,
    List<int[]> nerSpans,
    List<Mention> out,
    boolean[] taken,
    List<Place> places) {}
