package org.dyad.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dyad.model.ActorCode;
import org.junit.jupiter.api.Test;

/**
 * Each loader turns a source line into the record it must become, and rejects broken files by file
 * and line.
 */
class LexiconLoaderTest {
  private static final Path MINI = Path.of("src/test/resources/lexicon-mini");

  @Test
  void countryLineBecomesEntryWithMetonymSectorsAndConditions() {
    Lexicon lx = LexiconLoader.fromDirectory(MINI).load();
    CountryEntry gondor = lx.country("GON");
    assertEquals(
        new CountryEntry(
            "C.GON",
            "GON",
            List.of("Gondor", "Kingdom of Gondor"),
            List.of("Gondorian"),
            List.of("Minas Tirith"),
            List.of(
                new CountryEntry.Metonym("the White Tower", "GOV", Set.of()),
                new CountryEntry.Metonym("the Citadel", "MIL", Set.of()),
                new CountryEntry.Metonym("the South", "GOV", Set.of("ARN", "XYZ")))),
        gondor);
  }

  @Test
  void personLineBecomesDateBoundedRoles() {
    PersonEntry aragorn = LexiconLoader.fromDirectory(MINI).load().people().get(0);
    assertEquals("P.aragorn", aragorn.id());
    assertEquals(List.of("Aragorn", "Elessar", "King Elessar"), aragorn.names());
    assertEquals(new ActorCode("ARNELI"), aragorn.base());
    assertEquals(new ActorCode("GONGOV"), aragorn.roleOn(LocalDate.of(3019, 5, 1)).code());
    assertNull(aragorn.roleOn(LocalDate.of(3019, 4, 30)), "a role does not apply before it starts");
  }

  @Test
  void organizationAgentCodeAndPatternLines() {
    Lexicon lx = LexiconLoader.fromDirectory(MINI).load();
    assertEquals(
        new OrganizationEntry(
            "O.pal", new ActorCode("GONMED"), List.of("Palantir News", "PN"), "news agency"),
        lx.organizations().get(0));
    assertTrue(
        lx.agents().get(0).inheritsSector(), "'*' means the sector comes from what it belongs to");
    assertEquals("GOV", lx.agents().get(1).sector());
    assertEquals(
        new CameoCode("051", "Praise or endorse", 3.4, 1, "SUPPORT", "", ""), lx.code("051"));
    assertEquals("040", lx.code("0401").code(), "an unlisted sub-code falls back to its parent");
    VerbPattern meet = lx.patternsFor(VerbPattern.Pos.V, "meet").get(0);
    assertEquals(List.of(new VerbPattern.Slot("with", false)), meet.steps());
    assertEquals("V.04.0001", meet.id());
  }

  @Test
  void placeNameSectorAndEthnicGroupLinesBecomeEntries() {
    Lexicon lx = LexiconLoader.fromDirectory(MINI).load();
    assertEquals(
        new PlaceEntry(
            "G.GON.osgiliath",
            List.of("Osgiliath", "Osgiliath on the Anduin"),
            "GON",
            PlaceEntry.Kind.CITY,
            "the old capital"),
        lx.places().get(0));
    assertEquals(PlaceEntry.Kind.PROVINCE, lx.places().get(2).kind());
    assertEquals(
        new NameSectorEntry("N.guild", "BUS", List.of("Guild", "Company"), "merchant houses"),
        lx.nameSectors().get(0));
    assertEquals(
        new EthnicGroupEntry(
            "E.dunedain",
            List.of("Dunedain", "Dunadan"),
            List.of("Dunedain"),
            List.of("ARN", "GON"),
            "Rangers of the North"),
        lx.ethnicGroups().get(0));
  }

  @Test
  void rejectsPlacesOfAnotherCountryOrKind() {
    String places = "#! dyad-lexicon places 1\n";
    var wrongId =
        assertThrows(
            LexiconFormatException.class,
            () -> withCountries("places.tsv", places + "G.ARN.pelargir\tPelargir\tGON\tcity\t-\n"));
    assertEquals(
        "lexicon/places.tsv:2: place id must be G.<country>.<slug> with its country's code:"
            + " G.ARN.pelargir in GON",
        wrongId.getMessage());
    var kind =
        assertThrows(
            LexiconFormatException.class,
            () -> withCountries("places.tsv", places + "G.GON.pelargir\tPelargir\tGON\tport\t-\n"));
    assertTrue(kind.getMessage().contains("city, region, province or state"), kind.getMessage());
    var unknown =
        assertThrows(
            LexiconFormatException.class,
            () ->
                withCountries("places.tsv", places + "G.MOR.barad-dur\tBarad-dur\tMOR\tcity\t-\n"));
    assertEquals(
        "lexicon/places.tsv:0: place G.MOR.barad-dur is in unknown country MOR",
        unknown.getMessage());
    var sector =
        assertThrows(
            LexiconFormatException.class,
            () ->
                withCountries(
                    "name-sectors.tsv", "#! dyad-lexicon name-sectors 1\nN.x\t*\tGuild\t-\n"));
    assertTrue(sector.getMessage().startsWith("lexicon/name-sectors.tsv:2:"), sector.getMessage());
  }

  @Test
  void shippedPlacesAreKnownStatesAndNamesNoCountry() {
    Lexicon lx = LexiconLoader.fromClasspath().load();
    assertTrue(lx.places().size() >= 300, "places: " + lx.places().size());
    assertEquals(
        51,
        lx.places().stream()
            .filter(p -> p.country().equals("USA") && p.kind() == PlaceEntry.Kind.STATE)
            .count(),
        "the fifty states and the District of Columbia");
    Set<String> countryNames = new java.util.HashSet<>();
    for (CountryEntry c : lx.countries()) {
      c.names().forEach(n -> countryNames.add(n.toLowerCase(java.util.Locale.ROOT)));
      c.capitals().forEach(n -> countryNames.add(n.toLowerCase(java.util.Locale.ROOT)));
    }
    for (PlaceEntry p : lx.places()) {
      for (String n : p.names()) {
        assertTrue(
            !countryNames.contains(n.toLowerCase(java.util.Locale.ROOT)),
            p.id() + " repeats a country's or capital's name: " + n);
      }
    }
  }

  /** Loads the mini lexicon's countries and one more file. */
  private static Lexicon withCountries(String path, String content) {
    return new LexiconLoader(
            p -> {
              if (p.equals("MANIFEST")) {
                return stream("countries.tsv\n" + path + "\n");
              }
              return p.equals(path)
                  ? stream(content)
                  : java.nio.file.Files.newInputStream(MINI.resolve(p));
            })
        .load();
  }

  @Test
  void wordnetFileLineBecomesPatternWithItsOwnIdPrefix() {
    Lexicon lx = LexiconLoader.fromDirectory(MINI).load();
    VerbPattern confer = lx.patternsFor(VerbPattern.Pos.V, "confer").get(0);
    assertEquals("W.04.0001", confer.id());
    assertEquals("040", confer.code());
    assertEquals(List.of(new VerbPattern.Slot("with", false)), confer.steps());
    assertTrue(confer.note().contains("from V.04.0001"), confer.note());
    assertTrue(lx.versions().containsKey("verbs/wordnet.tsv"));
  }

  @Test
  void rejectsPatternIdsOfTheWrongFileKindOrRoot() {
    String header = "#! dyad-lexicon verb-patterns 1\n";
    var vInWordnet =
        assertThrows(
            LexiconFormatException.class,
            () -> verbsOnly("verbs/wordnet.tsv", header + "V.04.0001\t040\tV\tmeet +\t-\n"));
    assertEquals(
        "lexicon/verbs/wordnet.tsv:2: pattern id must be W.RR.NNNN with RR the root of its code:"
            + " V.04.0001 for code 040",
        vInWordnet.getMessage());
    var wrongRoot =
        assertThrows(
            LexiconFormatException.class,
            () -> verbsOnly("verbs/04.tsv", header + "V.05.0001\t040\tV\tmeet +\t-\n"));
    assertTrue(wrongRoot.getMessage().contains("V.05.0001 for code 040"), wrongRoot.getMessage());
    var unknownFile =
        assertThrows(LexiconFormatException.class, () -> verbsOnly("verbs/extra.tsv", header));
    assertTrue(unknownFile.getMessage().contains("verbs/extra.tsv"), unknownFile.getMessage());
  }

  @Test
  void evaluativeWordsAreVerbPatternsOfTheirOwnPos() {
    VerbPattern p =
        VerbPattern.parse(
            "V.12.0001", "120", VerbPattern.Pos.valueOf("E"), "unacceptable :proposal|plan", "-");
    assertEquals("unacceptable", p.trigger());
    assertEquals(
        List.of(new VerbPattern.ObjectWord(java.util.Set.of("proposal", "plan"))), p.steps());
    Lexicon shipped = LexiconLoader.fromDirectory(Path.of("lexicon")).load();
    VerbPattern naive = shipped.patternsFor(VerbPattern.Pos.E, "naive").get(0);
    assertEquals("111", naive.code());
    assertTrue(naive.id().startsWith("V.11."), naive.id());
    assertTrue(shipped.patternsFor(VerbPattern.Pos.A, "naive").isEmpty());
    assertEquals("051", shipped.patternsFor(VerbPattern.Pos.E, "welcome").get(0).code());
    assertTrue(
        shipped.patternsFor(VerbPattern.Pos.E, "unacceptable").stream()
            .anyMatch(x -> x.code().startsWith("12") && !x.steps().isEmpty()),
        "said of a proposal, unacceptable rejects it");
  }

  /** Loads a lexicon made of one verb-pattern file. */
  private static Lexicon verbsOnly(String path, String content) {
    return new LexiconLoader(
            p ->
                stream(
                    p.equals("MANIFEST") ? path + "\n" : p.equals(path) ? content : "missing " + p))
        .load();
  }

  @Test
  void rejectsWrongManifestNamingFileAndLine() {
    var e =
        assertThrows(
            LexiconFormatException.class,
            () -> LexiconFile.read("x.tsv", stream("#! dyad-lexicon people 1\n"), "agents", 4));
    assertEquals("x.tsv:1: expected lexicon kind 'agents', found 'people'", e.getMessage());
  }

  @Test
  void rejectsDuplicateIdsAndWrongColumnCounts() {
    var dup =
        assertThrows(
            LexiconFormatException.class,
            () ->
                LexiconFile.read(
                    "a.tsv",
                    stream("#! dyad-lexicon agents 1\nA.x\tGOV\tx\t-\nA.x\tGOV\ty\t-\n"),
                    "agents",
                    4));
    assertEquals("a.tsv:3: duplicate id A.x", dup.getMessage());
    var cols =
        assertThrows(
            LexiconFormatException.class,
            () ->
                LexiconFile.read(
                    "a.tsv",
                    stream("#! dyad-lexicon agents 1\n# comment\nA.x\tGOV\tx\n"),
                    "agents",
                    4));
    assertEquals("a.tsv:3: expected 4 tab-separated columns, found 3", cols.getMessage());
  }

  @Test
  void shippedLexiconLoadsAndCoversTheOntology() {
    Lexicon lx = LexiconLoader.fromClasspath().load();
    assertTrue(lx.countries().size() >= 193, "every UN member state: " + lx.countries().size());
    for (String root :
        List.of(
            "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14",
            "15", "16", "17", "18", "19", "20")) {
      assertTrue(
          lx.patterns().stream().anyMatch(p -> p.code().startsWith(root)),
          "no pattern for root " + root);
      assertTrue(lx.codes().containsKey(root), "code table lacks root " + root);
    }
    for (CameoCode c : lx.codes().values()) {
      assertEquals(
          c.root().compareTo("05") <= 0
              ? 1
              : c.root().compareTo("08") <= 0 ? 2 : c.root().compareTo("13") <= 0 ? 3 : 4,
          c.quad(),
          "quad class of " + c.code());
    }
    assertTrue(lx.people().size() >= 300, "people: " + lx.people().size());
    assertTrue(
        lx.versions()
            .keySet()
            .containsAll(
                List.of("countries.tsv", "people.tsv", "verbs/01.tsv", "verbs/wordnet.tsv")));
    assertTrue(
        lx.patterns().stream().filter(p -> p.id().startsWith("W.")).count() >= 100,
        "the reviewed WordNet patterns are loaded");
  }

  @Test
  void everyVerbNounAndAdjectiveTriggerOfThePatternsHasADefaultEntry() {
    // A trigger word's verb class applies when none of its patterns matches (TABARI's and
    // PETRARCH's default codes): each word the patterns trigger on says what it codes alone, or
    // "-" for a word that codes only through its patterns.
    Lexicon lx = LexiconLoader.fromClasspath().load();
    List<String> missing = new java.util.ArrayList<>();
    for (VerbPattern p : lx.patterns()) {
      boolean wordClass =
          p.pos() == VerbPattern.Pos.V
              || p.pos() == VerbPattern.Pos.N
              || p.pos() == VerbPattern.Pos.A;
      if (wordClass && lx.triggers().find(p.pos(), p.trigger()).isEmpty()) {
        missing.add(p.pos() + " " + p.trigger());
      }
    }
    assertEquals(List.of(), missing.stream().distinct().toList());
    assertTrue(lx.triggers().entries().size() >= 1800, "" + lx.triggers().entries().size());
    TriggerEntry shell = lx.triggers().find(VerbPattern.Pos.V, "shell").orElseThrow();
    assertEquals("194", shell.code());
    assertTrue(lx.triggers().find(VerbPattern.Pos.V, "launch").orElseThrow().patternsOnly());
  }

  private static ByteArrayInputStream stream(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void attributionCueLinesBecomeWordsByRole() {
    AttributionCues cues = LexiconLoader.fromClasspath().load().attributionCues();
    assertTrue(cues.of(AttributionCues.Kind.SPEECH).containsAll(Set.of("say", "tell", "warn")));
    assertTrue(cues.of(AttributionCues.Kind.STANCE_VERB).contains("call"));
    assertTrue(cues.of(AttributionCues.Kind.NOMINAL).contains("threat"));
    assertTrue(cues.of(AttributionCues.Kind.AUDIENCE_VERB).contains("tell"));
    assertEquals(
        cues, LexiconLoader.fromClasspath().attributionCues(), "read alone, the file is the same");
    assertEquals(AttributionCues.NONE, LexiconLoader.fromDirectory(MINI).load().attributionCues());
  }

  @Test
  void rejectsAttributionCuesOfUnknownKindOrWithAnotherId() {
    var kind =
        assertThrows(
            LexiconFormatException.class,
            () ->
                AttributionCues.read(
                    LexiconFile.read(
                        "c.tsv",
                        stream(
                            "#! dyad-lexicon attribution-cues 1\nQ.shout.yell\tshout\tyell\t-\n"),
                        "attribution-cues",
                        4)));
    assertTrue(kind.getMessage().startsWith("c.tsv:2: unknown kind 'shout'"), kind.getMessage());
    var id =
        assertThrows(
            LexiconFormatException.class,
            () ->
                AttributionCues.read(
                    LexiconFile.read(
                        "c.tsv",
                        stream("#! dyad-lexicon attribution-cues 1\nQ.say\tspeech\tsay\t-\n"),
                        "attribution-cues",
                        4)));
    assertEquals("c.tsv:2: id must be Q.speech.say, found Q.say", id.getMessage());
  }

  @Test
  void wordListLinesBecomeWordsOfTheirListInFileOrder() {
    WordLists words = LexiconLoader.fromDirectory(MINI).load().wordLists();
    // L.judging-verb.condemn <tab> judging-verb <tab> condemn <tab> -
    assertEquals(List.of("condemn", "hail"), words.ordered("judging-verb"));
    assertEquals(Set.of("'ll"), words.of("future-aux"));
    assertEquals(Set.of("news report"), words.of("hearsay-noun"), "'_' in the id is a space");
    assertEquals(Set.of("GOV"), words.of("executive-sector"), "sectors keep their case");
    assertEquals(Set.of(), words.of("negator"), "a known list the file gives no words");
    var unknown = assertThrows(IllegalArgumentException.class, () -> words.of("judging-verbs"));
    assertTrue(unknown.getMessage().startsWith("unknown word list 'judging-verbs'"));
    assertEquals(words, LexiconLoader.fromDirectory(MINI).wordLists(), "read alone, the same");
  }

  @Test
  void shippedWordListsGiveWordsForEveryList() {
    WordLists words = LexiconLoader.fromClasspath().load().wordLists();
    for (String list : WordLists.LISTS) {
      assertTrue(!words.of(list).isEmpty(), "no words in list " + list);
    }
    assertTrue(words.of("judging-verb").contains("condemn"));
    assertEquals(words, LexiconLoader.fromClasspath().wordLists());
  }

  @Test
  void rejectsWordListLinesOfUnknownListsDuplicateOrWrongIdsByFileAndLine() {
    String header = "#! dyad-lexicon word-lists 1\n";
    var list =
        assertThrows(
            LexiconFormatException.class,
            () -> wordsOnly(header + "L.judging-verbs.condemn\tjudging-verbs\tcondemn\t-\n"));
    assertTrue(
        list.getMessage()
            .startsWith("lexicon/event-words.tsv:2: unknown list 'judging-verbs'; expected one of"),
        list.getMessage());
    var duplicate =
        assertThrows(
            LexiconFormatException.class,
            () ->
                wordsOnly(
                    header
                        + "L.negator.not\tnegator\tnot\t-\n"
                        + "# a comment\n"
                        + "L.negator.not\tnegator\tnot\t-\n"));
    assertEquals("lexicon/event-words.tsv:4: duplicate id L.negator.not", duplicate.getMessage());
    var id =
        assertThrows(
            LexiconFormatException.class,
            () -> wordsOnly(header + "L.negator.never\tnegator\tnot\t-\n"));
    assertEquals(
        "lexicon/event-words.tsv:2: id must be L.negator.not, found L.negator.never",
        id.getMessage());
  }

  /** Loads a lexicon made of one word-lists file. */
  private static Lexicon wordsOnly(String content) {
    return new LexiconLoader(
            p ->
                stream(
                    p.equals("MANIFEST")
                        ? "event-words.tsv\n"
                        : p.equals("event-words.tsv") ? content : "missing " + p))
        .load();
  }

  @Test
  void eventRuleLinesBecomeRulesOfTheirProfilesInFileOrder() {
    Lexicon lx = LexiconLoader.fromDirectory(MINI).load();
    // R.refine.future-meeting <tab> refine <tab> dyad <tab> A meeting planned is …
    assertEquals(
        new EventRules.Rule(
            "R.refine.future-meeting",
            "refine",
            Set.of("dyad"),
            "A meeting planned is an intent to meet (036): \"Merkel will meet Macron\"."),
        lx.eventRules().rules().get(0));
    assertEquals(Set.of("dyad", "petrarch"), lx.eventRules().rules().get(1).profiles());
    assertEquals(List.of("R.refine.future-meeting", "R.select.asked-for"), lx.eventRules().ids());
    assertEquals(lx.eventRules(), LexiconLoader.fromDirectory(MINI).eventRules());
    assertEquals("dyad", lx.profile().name(), "a Dyad lexicon codes with profile dyad");
    assertTrue(lx.profile().on("R.refine.future-meeting"));
  }

  @Test
  void rejectsEventRulesOfUnknownLayersOrProfilesDuplicateOrWrongIdsByFileAndLine() {
    String header = "#! dyad-lexicon event-rules 1\n";
    var layer =
        assertThrows(
            LexiconFormatException.class,
            () -> rulesOnly(header + "R.sieve.x\tsieve\tdyad\tdoes x\n"));
    assertTrue(
        layer.getMessage().startsWith("lexicon/event-rules.tsv:2: unknown layer 'sieve'"),
        layer.getMessage());
    var profile =
        assertThrows(
            LexiconFormatException.class,
            () -> rulesOnly(header + "R.arg.x\targ\tdyad|tabari\tdoes x\n"));
    assertEquals(
        "lexicon/event-rules.tsv:2: profiles must be one or more of [dyad, petrarch] joined by"
            + " '|', found 'dyad|tabari'",
        profile.getMessage());
    var id =
        assertThrows(
            LexiconFormatException.class,
            () -> rulesOnly(header + "R.refine.x\targ\tdyad\tdoes x\n"));
    assertEquals(
        "lexicon/event-rules.tsv:2: id must be R.arg.<name> (lower-case words joined by '-'),"
            + " found R.refine.x",
        id.getMessage());
    var duplicate =
        assertThrows(
            LexiconFormatException.class,
            () ->
                rulesOnly(
                    header + "R.arg.x\targ\tdyad\tdoes x\n" + "R.arg.x\targ\tdyad\tdoes y\n"));
    assertEquals("lexicon/event-rules.tsv:3: duplicate id R.arg.x", duplicate.getMessage());
    var note =
        assertThrows(
            LexiconFormatException.class, () -> rulesOnly(header + "R.arg.x\targ\tdyad\t-\n"));
    assertTrue(note.getMessage().startsWith("lexicon/event-rules.tsv:2: the note"));
  }

  /** Loads a lexicon made of one event-rules file. */
  private static Lexicon rulesOnly(String content) {
    return new LexiconLoader(
            p ->
                stream(
                    p.equals("MANIFEST")
                        ? "event-rules.tsv\n"
                        : p.equals("event-rules.tsv") ? content : "missing " + p))
        .load();
  }
}
