package org.dyad.petrarch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.lexicon.AgentEntry;
import org.dyad.lexicon.CameoCode;
import org.dyad.lexicon.Lexicon;
import org.dyad.lexicon.LexiconLoader;

/**
 * A PETRARCH dictionary set loaded into Dyad's lexicon: actors, agents and verb patterns that the
 * ordinary {@code ArticleCoder} codes with, plus the discard list, which Dyad has no stage for.
 *
 * <p>The lexicon follows PETRARCH's conventions ({@link Lexicon.Conventions#PETRARCH}): event codes
 * are carried as the dictionary gives them; PETRARCH's validation dictionary uses WEIS-era codes
 * ({@code 223}, {@code 1010}, {@code 075A}) that are compared as strings and have no quad class or
 * Goldstein score.
 *
 * @param warnings entries Dyad cannot represent, each naming its file and line
 */
public record PetrarchDictionaries(Lexicon lexicon, Discards discards, List<String> warnings) {
  public PetrarchDictionaries {
    warnings = List.copyOf(warnings);
  }

  /** Reads the four files; any may be null when the environment names none. */
  public static PetrarchDictionaries load(Path actors, Path agents, Path verbs, Path discards)
      throws IOException {
    List<String> warnings = new ArrayList<>();
    ActorFileLoader.Actors a =
        actors == null
            ? new ActorFileLoader.Actors(List.of(), List.of(), List.of())
            : ActorFileLoader.load(read(actors), warnings::add);
    List<AgentEntry> g =
        agents == null ? List.of() : AgentFileLoader.load(read(agents), warnings::add);
    VerbFileLoader.Verbs v =
        verbs == null
            ? new VerbFileLoader.Verbs(List.of(), List.of())
            : VerbFileLoader.load(read(verbs), warnings::add);
    Discards d =
        discards == null ? new Discards(List.of(), List.of()) : Discards.load(read(discards));
    Map<String, CameoCode> codes = new LinkedHashMap<>();
    for (String c : v.codes()) {
      codes.put(c, CameoCode.asGiven(c));
    }
    Map<String, String> versions = new LinkedHashMap<>();
    for (Path p : new Path[] {actors, agents, verbs, discards}) {
      if (p != null) {
        versions.put(p.getFileName().toString(), "petrarch");
      }
    }
    LexiconLoader shipped = LexiconLoader.fromClasspath();
    Lexicon lexicon =
        new Lexicon(
            a.countries(),
            a.organizations(),
            a.people(),
            g,
            codes,
            v.patterns(),
            versions,
            Lexicon.Conventions.PETRARCH,
            // The dictionaries name actors and verbs; who said what, and the grammar of events, are
            // read with Dyad's own English word lists, under the event rules of profile petrarch.
            shipped.attributionCues(),
            shipped.wordLists(),
            shipped.eventRules());
    return new PetrarchDictionaries(lexicon, d, warnings);
  }

  private static DictionaryLines read(Path file) throws IOException {
    // The dictionaries are older than UTF-8 habits: read bytes that are not UTF-8 as Latin-1.
    byte[] bytes = Files.readAllBytes(file);
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      text = new String(bytes, StandardCharsets.ISO_8859_1);
    }
    return DictionaryLines.of(file.getFileName().toString(), text);
  }
}
