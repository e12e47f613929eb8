package org.dyad.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.lexicon.AgentEntry;
import org.dyad.lexicon.CountryEntry;
import org.dyad.lexicon.DateRange;
import org.dyad.lexicon.OrganizationEntry;
import org.dyad.lexicon.PersonEntry;
import org.dyad.lexicon.VerbPattern;
import org.dyad.lexicon.VerbPattern.Element;
import org.dyad.lexicon.VerbPattern.ElementKind;
import org.dyad.model.ActorCode;
import org.junit.jupiter.api.Test;

/**
 * Each PETRARCH loader turns source lines (made up here in the dictionaries' formats) into the
 * records they must become.
 */
class PetrarchLoaderTest {
  private static DictionaryLines lines(String text) {
    return DictionaryLines.of("test.txt", text);
  }

  private static Element words(boolean attached, String... phrase) {
    return new Element(ElementKind.WORDS, List.of(List.of(phrase)), attached);
  }

  @Test
  void actorWithSynonymsAndOneCodeIsACountryEntry() {
    List<String> warnings = new ArrayList<>();
    ActorFileLoader.Actors a =
        ActorFileLoader.load(
            lines("<!-- a comment\n# over lines -->\nVALINOR [VAL] # pas\n+THE_UNDYING_LANDS\n"),
            warnings::add);
    assertEquals(
        List.of(
            new CountryEntry(
                "PA.3",
                "VAL",
                List.of("valinor", "the undying lands"),
                List.of(),
                List.of(),
                List.of())),
        a.countries());
    assertEquals(List.of(), warnings);
  }

  @Test
  void dateRestrictedCodesBecomeRolesInOrderWithTheUnrestrictedCodeAsBase() {
    ActorFileLoader.Actors a =
        ActorFileLoader.load(
            lines(
                "TOM_BOMBADIL [OLD]\n"
                    + "\t[OLDGOV 20100109-20100112]\n"
                    + "\t[OLDMIL < 950601]\n"
                    + "\t[OLDREB >20130119]\n"),
            w -> {});
    PersonEntry tom = a.people().get(0);
    assertEquals(new ActorCode("OLD"), tom.base());
    assertEquals(List.of("tom bombadil"), tom.names());
    assertEquals(
        new DateRange(LocalDate.of(2010, 1, 9), LocalDate.of(2010, 1, 13)),
        tom.roles().get(0).dates(),
        "a PETRARCH range includes its last day");
    assertEquals(new DateRange(null, LocalDate.of(1995, 6, 1)), tom.roles().get(1).dates());
    assertEquals(new DateRange(LocalDate.of(2013, 1, 20), null), tom.roles().get(2).dates());
    assertEquals("OLDGOV", tom.roleOn(LocalDate.of(2010, 1, 12)).code().code());
    assertEquals("OLDMIL", tom.roleOn(LocalDate.of(1990, 1, 1)).code().code());
    assertNull(tom.roleOn(LocalDate.of(2000, 1, 1)), "outside every role: the base code");
  }

  @Test
  void longerCodesAndSeveralActorsAreOrganizationsAndUnrepresentableCodesAreReported() {
    List<String> warnings = new ArrayList<>();
    ActorFileLoader.Actors a =
        ActorFileLoader.load(
            lines(
                "WHITE_COUNCIL_ [IGOWIZ]\nLOTHLORIEN [ELR/GAL]\nTHE_RING [+++]\nMORDOR [MOR/+++]\n"),
            warnings::add);
    assertEquals(
        List.of(
            new OrganizationEntry(
                "PA.1", new ActorCode("IGOWIZ"), List.of("white council"), "test.txt:1"),
            new OrganizationEntry(
                "PA.2",
                new ActorCode("ELR"),
                List.of("lothlorien"),
                "test.txt:2",
                List.of(new ActorCode("GAL")))),
        a.organizations());
    assertEquals(2, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).startsWith("test.txt:3: code [+++]"), warnings.get(0));
    assertTrue(warnings.get(1).startsWith("test.txt:4: code [MOR/+++]"), warnings.get(1));
  }

  @Test
  void agentsGetRegularPluralsExplicitPluralsOrNoneAndSubstitutions() {
    List<String> warnings = new ArrayList<>();
    List<AgentEntry> agents =
        AgentFileLoader.load(
            lines(
                "!PERSON! = MAN, MEN\n"
                    + "MILITIA [~MIL]\n"
                    + "WATCHMAN {WATCHMEN} [~COP] # jw\n"
                    + "POLICE {} [ ~COP]\n"
                    + "COUNCIL!PERSON! [~LEG]\n"
                    + "HOBBIT_MERCY {} [NGO~]\n"),
            warnings::add);
    assertEquals(
        new AgentEntry("PG.2", "MIL", List.of("militia", "militias"), "test.txt:2"), agents.get(0));
    assertEquals(List.of("watchman", "watchmen"), agents.get(1).nouns());
    assertEquals(List.of("police"), agents.get(2).nouns());
    assertEquals("COP", agents.get(2).sector());
    assertEquals(
        List.of("councilman", "councilmans", "councilmen", "councilmens"), agents.get(3).nouns());
    assertEquals(4, agents.size(), "a code before the actor's is not a Dyad role noun");
    assertEquals(1, warnings.size());
  }

  @Test
  void verbBlockBecomesSurfacePatternsForEveryVerbAndForm() {
    VerbFileLoader.Verbs v =
        VerbFileLoader.load(
            lines(
                "&COIN\n"
                    + "+GOLD_PIECES\n"
                    + "+SILVER\n"
                    + "\n"
                    + "--- PAY  [071] ---\n"
                    + "PAY {PAID}\n"
                    + "+HAND_OVER [072]\n"
                    + "- SAID_+ * &COIN [073:074]  # pas\n"
                    + "- REFUSED TO * [---]\n"),
            w -> {});
    VerbPattern base = v.patterns().get(0);
    assertEquals("pay", base.trigger());
    assertEquals("071", base.code());
    assertEquals(List.of(new VerbPattern.Surface(List.of(), List.of())), base.steps());
    VerbPattern coin =
        v.patterns().stream().filter(p -> p.id().equals("PV.8.pay")).findFirst().orElseThrow();
    assertEquals("073", coin.code());
    assertEquals("074", coin.reciprocalCode());
    assertEquals(
        new VerbPattern.Surface(
            List.of(words(true, "said"), new Element(ElementKind.TARGET, List.of(), false)),
            List.of(
                new Element(
                    ElementKind.WORDS,
                    List.of(List.of("gold", "pieces"), List.of("silver")),
                    false))),
        coin.steps().get(0));
    assertTrue(
        v.patterns().stream().anyMatch(p -> p.trigger().equals("paid")),
        "a listed form is a trigger of its own");
    VerbPattern handOver =
        v.patterns().stream().filter(p -> p.id().equals("PV.7.hand")).findFirst().orElseThrow();
    assertEquals("072", handOver.code(), "a verb's own code overrides the block's");
    assertEquals(
        new VerbPattern.Surface(List.of(), List.of(words(true, "over"))), handOver.steps().get(0));
    assertTrue(v.codes().containsAll(List.of("071", "072", "073", "074", "---")));
  }

  @Test
  void patternWithoutTheVerbIsLeftOutAndAnUnreadableHeaderIsAnError() {
    List<String> warnings = new ArrayList<>();
    VerbFileLoader.load(lines("--- SAIL [032] ---\nSAIL\n- WEST [033]\n"), warnings::add);
    assertEquals(1, warnings.size(), warnings.toString());
    PetrarchFormatException e =
        assertThrows(
            PetrarchFormatException.class, () -> VerbFileLoader.load(lines("SAIL\n"), w -> {}));
    assertTrue(e.getMessage().startsWith("test.txt:1:"), e.getMessage());
  }

  @Test
  void discardsAtStoryAndSentenceLevel() {
    Discards d = Discards.load(lines("+Long Expected Party # pas\nSECOND BREAKFAST\n"));
    assertEquals(Discards.Verdict.STORY, d.check("Bilbo threw the long-expected party."));
    assertEquals(Discards.Verdict.STORY, d.check("The long expected party began."));
    assertEquals(Discards.Verdict.SENTENCE, d.check("Pippin asked for second breakfast."));
    assertEquals(Discards.Verdict.KEEP, d.check("Pippin asked for breakfast."));
  }
}
