package org.dyad.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.model.ActorCode;

/**
 * Loads Dyad's lexicon: the files named in {@code lexicon/MANIFEST}, from the class path (the files
 * shipped in the jar) or from a folder (for dictionary editors trying changes without a rebuild).
 *
 * <p>Every file is checked on load; the first error names the file and line.
 */
public final class LexiconLoader {
  private static final String ROLE_SEPARATOR =
      ";\\s*(?=[A-Z]{3}(?:[A-Z]{3})*\\s+\\d{0,8}-\\d{0,8}(?:\\s|$))";
  private final Opener opener;

  /** Opens a lexicon file by its path relative to the lexicon folder. */
  @FunctionalInterface
  public interface Opener {
    InputStream open(String relativePath) throws IOException;
  }

  public LexiconLoader(Opener opener) {
    this.opener = opener;
  }

  public static LexiconLoader fromClasspath() {
    return new LexiconLoader(
        path -> {
          InputStream in =
              LexiconLoader.class.getClassLoader().getResourceAsStream("lexicon/" + path);
          if (in == null) {
            throw new IOException("lexicon file lexicon/" + path + " is not on the class path");
          }
          return in;
        });
  }

  public static LexiconLoader fromDirectory(Path dir) {
    return new LexiconLoader(path -> Files.newInputStream(dir.resolve(path)));
  }

  public Lexicon load() {
    List<CountryEntry> countries = new ArrayList<>();
    List<OrganizationEntry> organizations = new ArrayList<>();
    List<PersonEntry> people = new ArrayList<>();
    List<AgentEntry> agents = new ArrayList<>();
    Map<String, CameoCode> codes = new HashMap<>();
    List<VerbPattern> patterns = new ArrayList<>();
    List<ContextEntry> contexts = new ArrayList<>();
    List<PlaceEntry> places = new ArrayList<>();
    List<NameSectorEntry> nameSectors = new ArrayList<>();
    List<EthnicGroupEntry> ethnicGroups = new ArrayList<>();
    Map<String, String> versions = new LinkedHashMap<>();
    AttributionCues cues = AttributionCues.NONE;
    WordLists words = WordLists.NONE;
    EventRules rules = EventRules.NONE;
    TriggerDictionary triggers = TriggerDictionary.NONE;
    for (String path : manifest()) {
      String kind = kindOf(path);
      LexiconFile file = read(path, kind);
      versions.put(path, file.version());
      switch (kind) {
        case "countries" -> file.rows().forEach(r -> countries.add(country(file, r)));
        case "organizations" -> file.rows().forEach(r -> organizations.add(organization(file, r)));
        case "people" -> file.rows().forEach(r -> people.add(person(file, r)));
        case "agents" -> file.rows().forEach(r -> agents.add(agent(file, r)));
        case "cameo-codes" -> file.rows().forEach(r -> codes.put(r.get(0), cameo(file, r)));
        case "verb-patterns" -> {
          String prefix = patternIdPrefix(path);
          file.rows().forEach(r -> patterns.add(pattern(file, r, prefix)));
        }
        case "contexts" ->
            file.rows()
                .forEach(
                    r -> contexts.add(new ContextEntry(r.get(0), r.get(1), r.list(2), r.get(3))));
        case "attribution-cues" -> cues = AttributionCues.read(file).withSieves(cues.sieves());
        case "quote-sieves" -> cues = cues.withSieves(QuoteSieveOrder.read(file));
        case "word-lists" -> words = WordLists.read(file);
        case "event-rules" -> rules = EventRules.read(file);
          // After cameo-codes in the manifest: every default code must be in the table.
        case "triggers" -> triggers = TriggerDictionary.read(file, codes.keySet());
        case "places" -> file.rows().forEach(r -> places.add(place(file, r)));
        case "name-sectors" -> file.rows().forEach(r -> nameSectors.add(nameSector(file, r)));
        case "ethnic-groups" -> file.rows().forEach(r -> ethnicGroups.add(ethnicGroup(file, r)));
        default ->
            throw new LexiconFormatException("lexicon/MANIFEST", 0, "unknown lexicon file " + path);
      }
    }
    checkUniquePatternIds(patterns);
    checkKnownCountries(countries, places, ethnicGroups);
    return new Lexicon(
        countries,
        organizations,
        people,
        agents,
        codes,
        patterns,
        contexts,
        versions,
        Lexicon.Conventions.DYAD,
        cues,
        words,
        rules,
        triggers,
        places,
        nameSectors,
        ethnicGroups);
  }

  /**
   * The kind of a file named in the manifest: its name without {@code .tsv}, except the verb files
   * ({@code verbs/NN.tsv}) and the event coder's word lists ({@code event-words.tsv}).
   */
  private static String kindOf(String path) {
    if (path.startsWith("verbs/")) {
      return "verb-patterns";
    }
    if (path.equals("event-words.tsv")) {
      return "word-lists";
    }
    return path.replace(".tsv", "");
  }

  /**
   * Only the attribution cue words: for dictionaries of another kind (PETRARCH's) that have none
   * but are coded with Dyad's English attributor.
   */
  public AttributionCues attributionCues() {
    AttributionCues cues = AttributionCues.NONE;
    for (String path : manifest()) {
      if (path.equals("attribution-cues.tsv")) {
        cues = AttributionCues.read(read(path, "attribution-cues")).withSieves(cues.sieves());
      } else if (path.equals("quote-sieves.tsv")) {
        cues = cues.withSieves(QuoteSieveOrder.read(read(path, "quote-sieves")));
      }
    }
    return cues;
  }

  /**
   * Only the event coder's word lists: for dictionaries of another kind (PETRARCH's) that have none
   * but are coded with Dyad's English event coder.
   */
  public WordLists wordLists() {
    for (String path : manifest()) {
      if (path.equals("event-words.tsv")) {
        return WordLists.read(read(path, "word-lists"));
      }
    }
    return WordLists.NONE;
  }

  /**
   * Only the event coder's rules: for dictionaries of another kind (PETRARCH's) that have none but
   * are coded with Dyad's event coder, under their own profile.
   */
  public EventRules eventRules() {
    for (String path : manifest()) {
      if (path.equals("event-rules.tsv")) {
        return EventRules.read(read(path, "event-rules"));
      }
    }
    return EventRules.NONE;
  }

  private List<String> manifest() {
    try (InputStream in = opener.open("MANIFEST")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon/MANIFEST", e);
    }
  }

  private LexiconFile read(String path, String kind) {
    int columns =
        switch (kind) {
          case "countries" -> 6;
          case "organizations",
                  "agents",
                  "contexts",
                  "attribution-cues",
                  "word-lists",
                  "event-rules",
                  "quote-sieves",
                  "name-sectors" ->
              4;
          case "people", "verb-patterns", "places", "ethnic-groups" -> 5;
          case "cameo-codes" -> 7;
          case "triggers" -> 8;
          default -> throw new LexiconFormatException(path, 0, "unknown lexicon kind " + kind);
        };
    try (InputStream in = opener.open(path)) {
      return LexiconFile.read("lexicon/" + path, in, kind, columns);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon/" + path, e);
    }
  }

  private static CountryEntry country(LexiconFile f, LexiconFile.Row r) {
    String iso = r.get(1);
    if (!iso.matches("[A-Z]{3}")) {
      throw new LexiconFormatException(
          f.origin(), r.line(), "iso3 must be three upper-case letters: " + iso);
    }
    return new CountryEntry(
        r.get(0),
        iso,
        r.list(2),
        r.list(3),
        r.list(4),
        metonyms(r.get(5)).stream().map(CountryEntry.Metonym::parse).toList());
  }

  /**
   * Splits the metonym column on '|', keeping a condition's own list together: "the
   * North@KOR|PRK|x".
   */
  static List<String> metonyms(String field) {
    List<String> out = new ArrayList<>();
    for (String part : field.isEmpty() ? new String[0] : field.split("\\|")) {
      String p = part.strip();
      int last = out.size() - 1;
      if (last >= 0 && p.matches("[A-Z]{3}") && out.get(last).contains("@")) {
        out.set(last, out.get(last) + "|" + p);
      } else {
        out.add(p);
      }
    }
    return out;
  }

  private static OrganizationEntry organization(LexiconFile f, LexiconFile.Row r) {
    return new OrganizationEntry(
        r.get(0), code(f, r, r.get(1)), nonEmpty(f, r, r.list(2)), r.get(3));
  }

  private static PersonEntry person(LexiconFile f, LexiconFile.Row r) {
    List<PersonEntry.Role> roles = new ArrayList<>();
    // A title may itself contain ';', so only a ';' followed by a code and a date range starts a
    // new role.
    for (String role : r.get(3).isEmpty() ? new String[0] : r.get(3).split(ROLE_SEPARATOR)) {
      String[] parts = role.strip().split("\\s+", 3);
      if (parts.length < 2) {
        throw new LexiconFormatException(
            f.origin(), r.line(), "role must be 'CODE START-END Title': " + role);
      }
      try {
        roles.add(
            new PersonEntry.Role(
                code(f, r, parts[0]), DateRange.parse(parts[1]), parts.length > 2 ? parts[2] : ""));
      } catch (IllegalArgumentException e) {
        throw new LexiconFormatException(f.origin(), r.line(), e.getMessage());
      }
    }
    ActorCode base = r.get(2).isEmpty() ? null : code(f, r, r.get(2));
    return new PersonEntry(r.get(0), nonEmpty(f, r, r.list(1)), base, roles, r.get(4));
  }

  private static AgentEntry agent(LexiconFile f, LexiconFile.Row r) {
    String sector = r.get(1);
    if (!sector.equals("*") && !sector.matches("[A-Z]{3}")) {
      throw new LexiconFormatException(
          f.origin(), r.line(), "sector must be 3 letters or '*': " + sector);
    }
    return new AgentEntry(
        r.get(0), sector.equals("*") ? null : sector, nonEmpty(f, r, r.list(2)), r.get(3));
  }

  private static PlaceEntry place(LexiconFile f, LexiconFile.Row r) {
    try {
      return new PlaceEntry(
          r.get(0), nonEmpty(f, r, r.list(1)), r.get(2), PlaceEntry.Kind.parse(r.get(3)), r.get(4));
    } catch (IllegalArgumentException e) {
      throw new LexiconFormatException(f.origin(), r.line(), e.getMessage());
    }
  }

  private static NameSectorEntry nameSector(LexiconFile f, LexiconFile.Row r) {
    try {
      return new NameSectorEntry(r.get(0), r.get(1), nonEmpty(f, r, r.list(2)), r.get(3));
    } catch (IllegalArgumentException e) {
      throw new LexiconFormatException(f.origin(), r.line(), e.getMessage());
    }
  }

  private static EthnicGroupEntry ethnicGroup(LexiconFile f, LexiconFile.Row r) {
    try {
      return new EthnicGroupEntry(
          r.get(0), nonEmpty(f, r, r.list(1)), r.list(2), nonEmpty(f, r, r.list(3)), r.get(4));
    } catch (IllegalArgumentException e) {
      throw new LexiconFormatException(f.origin(), r.line(), e.getMessage());
    }
  }

  private static CameoCode cameo(LexiconFile f, LexiconFile.Row r) {
    try {
      String code = r.get(0);
      if (!code.matches("\\d{2,4}")) {
        throw new IllegalArgumentException("CAMEO code must be 2-4 digits: " + code);
      }
      int quad = Integer.parseInt(r.get(3));
      if (quad < 1 || quad > 4) {
        throw new IllegalArgumentException("quad class must be 1-4: " + quad);
      }
      return new CameoCode(
          code, r.get(1), Double.parseDouble(r.get(2)), quad, r.get(4), r.get(5), r.get(6));
    } catch (IllegalArgumentException e) {
      throw new LexiconFormatException(f.origin(), r.line(), e.getMessage());
    }
  }

  /**
   * The id letter of a verb-pattern file: {@code V} for the hand-written {@code verbs/NN.tsv},
   * {@code W} for the reviewed WordNet additions ({@code verbs/wordnet.tsv}), so that an event's
   * rule id says which kind of entry coded it.
   */
  static String patternIdPrefix(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    if (name.matches("\\d\\d\\.tsv")) {
      return "V";
    }
    if (name.equals("wordnet.tsv")) {
      return "W";
    }
    throw new LexiconFormatException(
        "lexicon/MANIFEST",
        0,
        "unknown verb-pattern file "
            + path
            + " (verbs/NN.tsv holds V. ids, verbs/wordnet.tsv W. ids)");
  }

  private static VerbPattern pattern(LexiconFile f, LexiconFile.Row r, String prefix) {
    String id = r.get(0);
    String code = r.get(1);
    // The id names the file kind and the code's root class: V.04.0012 is a hand-written 04 pattern.
    if (!id.matches(prefix + "\\.\\d\\d\\.\\d{4}") || !code.startsWith(id.substring(2, 4))) {
      throw new LexiconFormatException(
          f.origin(),
          r.line(),
          "pattern id must be "
              + prefix
              + ".RR.NNNN with RR the root of its code: "
              + id
              + " for code "
              + code);
    }
    try {
      VerbPattern.Pos pos = VerbPattern.Pos.valueOf(r.get(2));
      return VerbPattern.parse(r.get(0), r.get(1), pos, r.get(3), r.get(4));
    } catch (IllegalArgumentException e) {
      throw new LexiconFormatException(f.origin(), r.line(), e.getMessage());
    }
  }

  private static ActorCode code(LexiconFile f, LexiconFile.Row r, String code) {
    try {
      return new ActorCode(code);
    } catch (IllegalArgumentException e) {
      throw new LexiconFormatException(f.origin(), r.line(), e.getMessage());
    }
  }

  private static List<String> nonEmpty(LexiconFile f, LexiconFile.Row r, List<String> names) {
    if (names.isEmpty()) {
      throw new LexiconFormatException(f.origin(), r.line(), "at least one name is required");
    }
    return names;
  }

  /** A place or a people in a country the countries file does not list is a typing error. */
  private static void checkKnownCountries(
      List<CountryEntry> countries, List<PlaceEntry> places, List<EthnicGroupEntry> groups) {
    java.util.Set<String> known = new java.util.HashSet<>();
    countries.forEach(c -> known.add(c.iso3()));
    for (PlaceEntry p : places) {
      if (!known.contains(p.country())) {
        throw new LexiconFormatException(
            "lexicon/places.tsv", 0, "place " + p.id() + " is in unknown country " + p.country());
      }
    }
    for (EthnicGroupEntry g : groups) {
      for (String c : g.countries()) {
        if (!known.contains(c)) {
          throw new LexiconFormatException(
              "lexicon/ethnic-groups.tsv",
              0,
              "people " + g.id() + " lives in unknown country " + c);
        }
      }
    }
  }

  private static void checkUniquePatternIds(List<VerbPattern> patterns) {
    Map<String, VerbPattern> seen = new HashMap<>();
    for (VerbPattern p : patterns) {
      if (seen.put(p.id(), p) != null) {
        throw new LexiconFormatException(
            "lexicon/verbs", 0, "pattern id " + p.id() + " is used twice");
      }
    }
  }
}
