package org.dyad.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.sf.extjwnl.dictionary.Dictionary;
import org.dyad.lexicon.WordNetSuggester.Relation;
import org.dyad.lexicon.WordNetSuggester.Suggestion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real WordNet 3.1 lookups over a tiny in-memory lexicon. */
class WordNetSuggesterTest {
  private static Dictionary wordnet;

  @BeforeAll
  static void open() {
    wordnet = WordNetSuggester.openWordNet();
  }

  private static VerbPattern v(String id, String code, String pattern) {
    return VerbPattern.parse(id, code, VerbPattern.Pos.V, pattern, "-");
  }

  private static List<Suggestion> suggest(Set<Relation> relations, VerbPattern... lexicon) {
    return new WordNetSuggester(wordnet, 2, relations).suggest(List.of(lexicon), p -> true);
  }

  @Test
  void condemnYieldsDenounceWithTheSameFrameCodeAndSource() {
    VerbPattern condemn = v("V.11.0001", "111", "condemn + for");
    List<Suggestion> out = suggest(EnumSet.of(Relation.SYNONYM, Relation.HYPERNYM), condemn);
    Suggestion denounce =
        out.stream().filter(s -> s.pattern().equals("denounce + for")).findFirst().orElseThrow();
    assertEquals("111", denounce.code());
    assertEquals(condemn, denounce.source());
    assertEquals(Relation.HYPERNYM, denounce.relation());
    assertEquals(1, denounce.senseRank(), "condemn's most frequent sense: express disapproval");
    assertTrue(denounce.senseCount() > 0);
    assertTrue(denounce.synset().matches("v\\d{8}"), denounce.synset());
    assertTrue(denounce.gloss().startsWith("speak out against"), denounce.gloss());
    assertTrue(
        out.stream().anyMatch(s -> s.pattern().equals("decry + for")),
        "a synonym of the same synset");
  }

  @Test
  void onlyTheRequestedRelationsAndUsualSensesAreExpanded() {
    List<Suggestion> out =
        suggest(EnumSet.of(Relation.SYNONYM), v("V.11.0001", "111", "condemn +"));
    assertTrue(out.stream().allMatch(s -> s.relation() == Relation.SYNONYM));
    assertFalse(
        out.stream().anyMatch(s -> s.trigger().equals("denounce")), "a hypernym, not requested");
    // condemn's fifth sense (pronounce a sentence on) is not among its two most frequent.
    assertFalse(out.stream().anyMatch(s -> s.trigger().equals("sentence")));
  }

  @Test
  void nothingAlreadyWrittenIsProposedAndExistingCodesAreShown() {
    List<Suggestion> out =
        suggest(
            EnumSet.of(Relation.SYNONYM, Relation.HYPERNYM),
            v("V.11.0001", "111", "condemn +"),
            v("V.11.0002", "111", "denounce +"),
            v("V.12.0001", "120", "decry :plan"));
    assertFalse(out.stream().anyMatch(s -> s.pattern().equals("denounce +")));
    Suggestion decry =
        out.stream().filter(s -> s.pattern().equals("decry +")).findFirst().orElseThrow();
    assertEquals(Set.of("120"), decry.existingCodes());
  }

  @Test
  void multiwordLemmasBecomeTriggersOnlyWhereTheMatcherCanReadThem() {
    assertEquals("call_off", WordNetSuggester.trigger("call off", VerbPattern.Pos.V));
    assertNull(WordNetSuggester.trigger("take part", VerbPattern.Pos.V), "not a particle");
    assertEquals("peace_talks", WordNetSuggester.trigger("peace talks", VerbPattern.Pos.N));
    assertNull(WordNetSuggester.trigger("Chinese Wall", VerbPattern.Pos.N));
  }
}
