package org.dyad.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.dyad.TestEngine;
import org.dyad.petrarch.PetrarchValidator.Outcome;
import org.dyad.petrarch.ValidationSuite.CodedEvent;
import org.dyad.pipeline.ArticleCoder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small validation file with dictionaries of its own, coded through the whole pipeline: surface
 * patterns with synsets and joined words, reciprocal codes, date-restricted actors, role nouns,
 * discards and the records the file marks as not expected to pass.
 */
class PetrarchValidatorTest {
  @TempDir static Path dir;
  private static ValidationSuite suite;
  private static PetrarchValidator validator;

  @BeforeAll
  static void setUp() throws IOException {
    Files.writeString(
        dir.resolve("actors.txt"),
        "VALINOR [VAL]\nNUMENOR [NUM]\nMORIA [MOR]\nDURIN\n\t[MORGOV < 20000101]\n\t[MORELI]\n");
    Files.writeString(dir.resolve("agents.txt"), "KING [~GOV]\nARMY [~MIL]\n");
    Files.writeString(
        dir.resolve("verbs.txt"),
        "&METAL\n+MITHRIL\n+BLACK IRON\n\n"
            + "--- SEND  [070] ---\nSEND {SENT}\n- * &METAL [071]\n- * MITHRIL_COATS [072]\n"
            + "--- MET  [040:041] ---\nMET\n"
            + "--- ATTACK  [190] ---\nATTACK\n"
            + "--- URGE  [095] ---\nURGE\n");
    Files.writeString(dir.resolve("discards.txt"), "+DRAGON SLAYING\nCHESS\n");
    Files.writeString(
        dir.resolve("records.xml"),
        """
        <Validation>
        <Environment>
          <Verbfile>verbs.txt</Verbfile><Actorfile>actors.txt</Actorfile>
          <Agentfile>agents.txt</Agentfile><Discardfile>discards.txt</Discardfile>
          <Include>T</Include>
        </Environment>
        <Sentences>
        <Sentence date="19990101" id="synset" category="T" sentence="true">
        <EventCoding sourcecode="VAL" targetcode="NUM" eventcode="071"></EventCoding>
        <Text>Valinor sent black iron to Numenor.</Text><Parse>(ignored)</Parse>
        </Sentence>
        <Sentence date="19990101" id="joined" category="T" sentence="true">
        <!-- MITHRIL_COATS, the longer pattern, needs the words side by side: &METAL wins -->
        <EventCoding sourcecode="VAL" targetcode="NUM" eventcode="071"></EventCoding>
        <Text>Valinor sent mithril and coats to Numenor.</Text>
        </Sentence>
        <Sentence date="19990101" id="reciprocal" category="T" sentence="true">
        <EventCoding sourcecode="MORGOV" targetcode="VALGOV" eventcode="040"></EventCoding>
        <EventCoding sourcecode="VALGOV" targetcode="MORGOV" eventcode="041"></EventCoding>
        <Text>Durin met the Valinor king.</Text>
        </Sentence>
        <Sentence date="20050101" id="date" category="T" sentence="true">
        <EventCoding sourcecode="MORELI" targetcode="NUMMIL" eventcode="190"></EventCoding>
        <Text>Durin attacked the Numenor army.</Text>
        </Sentence>
        <Sentence date="19990101" id="own" category="T" sentence="true">
        <EventCoding sourcecode="NUMMIL" targetcode="NUMGOV" eventcode="190"></EventCoding>
        <Text>The Numenor army attacked the Numenor king.</Text>
        </Sentence>
        <Sentence date="19990101" id="distributed" category="T" sentence="true">
        <EventCoding sourcecode="VALGOV" targetcode="MOR" eventcode="190"></EventCoding>
        <EventCoding sourcecode="NUMGOV" targetcode="MOR" eventcode="190"></EventCoding>
        <Text>The kings of Valinor and Numenor attacked Moria.</Text>
        </Sentence>
        <Sentence date="19990101" id="adverbial" category="T" sentence="true">
        <EventCoding noevents="True"></EventCoding>
        <Text>On the Numenor question, he attacked Moria.</Text>
        </Sentence>
        <Sentence date="19990101" id="asked" category="T" sentence="true">
        <EventCoding sourcecode="VAL" targetcode="NUM" eventcode="095"></EventCoding>
        <Text>Valinor urged Numenor to attack Moria.</Text>
        </Sentence>
        <Sentence date="19990101" id="story" category="T" sentence="true">
        <EventCoding error="storydiscard"></EventCoding>
        <Text>Valinor sent mithril to Numenor for dragon slaying.</Text>
        </Sentence>
        <Sentence date="19990101" id="none" category="T" sentence="true">
        <EventCoding noevents="True"></EventCoding>
        <Text>Valinor played chess with Numenor.</Text>
        </Sentence>
        <Sentence date="19990101" id="marked" category="T" sentence="false">
        <EventCoding sourcecode="XXX" targetcode="NUM" eventcode="070"></EventCoding>
        <Text>Valinor sent mithril to Numenor.</Text>
        </Sentence>
        <Sentence date="19990101" id="excluded" category="OTHER" sentence="true">
        <Text>Valinor sent mithril to Numenor.</Text>
        </Sentence>
        </Sentences>
        </Validation>
        """);
    suite = ValidationSuite.read(dir.resolve("records.xml"));
    PetrarchDictionaries d =
        PetrarchDictionaries.load(suite.actors(), suite.agents(), suite.verbs(), suite.discards());
    validator =
        new PetrarchValidator(new ArticleCoder(TestEngine.annotator(), d.lexicon()), d.discards());
  }

  private PetrarchValidator.Result result(String id) {
    return validator.validate(
        suite.records().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow(),
        suite.include());
  }

  @Test
  void readsTheEnvironmentAndEveryRecord() {
    assertEquals(dir.resolve("verbs.txt").toAbsolutePath(), suite.verbs());
    assertEquals(Set.of("T"), suite.include());
    assertEquals(
        List.of(
            "synset",
            "joined",
            "reciprocal",
            "date",
            "own",
            "distributed",
            "adverbial",
            "asked",
            "story",
            "none",
            "marked",
            "excluded"),
        suite.records().stream().map(ValidationSuite.ValidationRecord::id).toList());
  }

  @Test
  void aSynsetPhraseChoosesTheLongerPatternAndJoinedWordsMustBeAdjacent() {
    assertEquals(Outcome.PASSED, result("synset").outcome(), result("synset").toString());
    assertEquals(Outcome.PASSED, result("joined").outcome(), result("joined").toString());
  }

  @Test
  void aWrittenFormWithAPairOfCodesCodesBothDirections() {
    assertEquals(Outcome.PASSED, result("reciprocal").outcome(), result("reciprocal").toString());
  }

  @Test
  void aDateRestrictedCodeAndARoleNounAfterTheActor() {
    PetrarchValidator.Result r = result("date");
    assertEquals(Set.of(new CodedEvent("MORELI", "NUMMIL", "190")), r.produced());
    assertEquals(Outcome.PASSED, r.outcome());
  }

  @Test
  void aRolePhraseIsAnActorOfItsOwnNotItsCountry() {
    assertEquals(Outcome.PASSED, result("own").outcome(), result("own").toString());
  }

  @Test
  void aRoleNounOfTwoCountriesIsEachCountrys() {
    assertEquals(Outcome.PASSED, result("distributed").outcome(), result("distributed").toString());
  }

  @Test
  void anActorInAFrontedAdverbialIsNotTheSourceOfAPronounSubject() {
    assertEquals(Outcome.PASSED, result("adverbial").outcome(), result("adverbial").toString());
  }

  @Test
  void whatAnEventVerbAsksForInItsInfinitiveIsNoEvent() {
    assertEquals(Outcome.PASSED, result("asked").outcome(), result("asked").toString());
  }

  @Test
  void discardsAndRecordsNotExpectedToPass() {
    assertEquals(Outcome.PASSED, result("story").outcome());
    assertEquals(Outcome.PASSED, result("none").outcome(), "a sentence discard codes nothing");
    assertEquals(Outcome.SKIPPED, result("marked").outcome());
    assertEquals(Outcome.SKIPPED, result("excluded").outcome());
  }
}
