package org.dyad.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.TestEngine;
import org.dyad.lexicon.DictionaryName;
import org.dyad.lexicon.Lexicon;
import org.dyad.lexicon.LexiconLoader;
import org.dyad.lexicon.NameIndex;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.Place;
import org.dyad.model.Sentence;
import org.junit.jupiter.api.Test;

/** Each finding sieve run alone on a hand-built sentence, with its rules on and off. */
class FindingSievesTest {
  private static final Lexicon LEXICON = LexiconLoader.fromClasspath().load();
  private static final DictionaryHits DICTIONARY = new DictionaryHits(new NameIndex(LEXICON));
  private static final NameSectorSieve NAME_SECTORS = new NameSectorSieve(LEXICON.nameSectors());

  /** The first sentence of {@code text}, as the finding sieves get it, with nothing found yet. */
  private static SentenceDraft draft(String text) {
    LocalDate date = LocalDate.of(2005, 1, 15);
    AnnotatedArticle a =
        TestEngine.annotator().annotate(new Article("t", date, "", text, null, null, "test"));
    Sentence s = a.sentences().get(0);
    List<DictionaryHit> hits = DICTIONARY.dictionaryHits(a.text(), s);
    Set<String> countries = new HashSet<>();
    hits.stream()
        .filter(h -> h.name().country() != null)
        .forEach(h -> countries.add(h.name().country().iso3()));
    return new SentenceDraft(
        a.text(),
        s,
        date,
        hits,
        hits.stream().filter(h -> h.name().kind() == DictionaryName.Kind.AGENT).toList(),
        countries,
        null,
        NamedEntitySieve.nerSpans(s),
        new ArrayList<>(),
        new boolean[s.tokens().size()],
        new ArrayList<>());
  }

  private static List<String> texts(SentenceDraft d) {
    return d.out().stream().map(Mention::text).toList();
  }

  private static DictionaryNameSieve dictionaryNames(boolean places) {
    return new DictionaryNameSieve(NAME_SECTORS, places, true);
  }

  @Test
  void aHeadlinesVerbSplitsTheNamesTheTaggerRanTogether() {
    // The tagger tags "Chris Christie Calls Hillary Clinton" one person, verb and all.
    String text =
        "Chris Christie Calls Hillary Clinton \u2018A Disgrace\u2019 Over Police Comments.";
    AnnotatedArticle a =
        TestEngine.annotator()
            .annotate(new Article("t", LocalDate.of(2016, 9, 21), "", text, null, null, "test"));
    Sentence s = a.sentences().get(0);
    List<String> names = new ArrayList<>();
    for (int[] run : NamedEntitySieve.nerSpans(s)) {
      if (s.token(run[0]).ner().equals("PERSON")) {
        names.add(s.spanOf(run[0], run[1]).of(text));
      }
    }
    assertEquals(List.of("Chris Christie", "Hillary Clinton"), names);
  }

  @Test
  void aCountryAfterInIsAPlaceOnlyWithTheRuleOn() {
    SentenceDraft on = draft("Talks were held in China on Monday.");
    dictionaryNames(true).find(on);
    assertEquals(List.of(), texts(on));
    assertEquals(List.of("CHN"), on.places().stream().map(Place::country).toList());
    SentenceDraft off = draft("Talks were held in China on Monday.");
    dictionaryNames(false).find(off);
    assertEquals(List.of("China"), texts(off), "PETRARCH codes every name as an actor");
    assertEquals("CHN", off.out().get(0).code().code());
    assertEquals(List.of(), off.places());
  }

  @Test
  void aDictionaryPlaceAfterInGivesItsCountryOnlyWithTheRuleOn() {
    SentenceDraft on = draft("Voters in Ohio backed the plan.");
    new PlaceSieve(true).find(on);
    assertTrue(
        on.places().stream().anyMatch(p -> "USA".equals(p.country())), on.places().toString());
    SentenceDraft off = draft("Voters in Ohio backed the plan.");
    new PlaceSieve(false).find(off);
    assertTrue(
        off.places().stream().noneMatch(p -> "USA".equals(p.country())), off.places().toString());
  }

  @Test
  void aRoleNounNoOneOwnsWaitsForTheStoryOnlyWithTheRuleOn() {
    SentenceDraft on = draft("The government said it would act.");
    new RoleNounSieve(true, true, true, true, true, true, true, true).find(on);
    assertEquals(List.of("government"), texts(on));
    assertEquals(Awaiting.ARTICLE_COUNTRY, on.out().get(0).awaiting());
    SentenceDraft off = draft("The government said it would act.");
    new RoleNounSieve(true, true, true, false, true, true, true, true).find(off);
    assertEquals(List.of(), texts(off));
  }

  @Test
  void anOwnedRoleNounTakesItsOwnersCountry() {
    SentenceDraft d = draft("Chinese officials met the envoy.");
    new RoleNounSieve(true, true, true, true, true, true, true, true).find(d);
    assertEquals("CHNGOV", d.out().get(0).code().code(), texts(d).toString());
    assertEquals(ActorSieve.ROLE_NOUN, d.out().get(0).sieve());
  }

  @Test
  void severalActorsNamedAtOnceAreAGroup() {
    SentenceDraft d = draft("The two leaders met in secret.");
    new GroupMentionSieve().find(d);
    assertEquals(List.of("The two leaders"), texts(d));
    assertEquals(ActorSieve.GROUP_OF_PEOPLE, d.out().get(0).sieve());
  }

  /** "Duyeon Kim" is one name, not the dictionary's "Kim": a later sieve leaves its words alone. */
  @Test
  void aLaterSieveLeavesAloneWhatAnEarlierOneTook() {
    SentenceDraft d = draft("Duyeon Kim spoke on Monday.");
    new NamedEntitySieve(NAME_SECTORS, LEXICON.people(), true, true).find(d);
    dictionaryNames(true).find(d);
    assertEquals(List.of("Duyeon Kim"), texts(d));
    assertEquals(null, d.out().get(0).code());
  }
}
