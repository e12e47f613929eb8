package org.dyad.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A triggers file line and the entry it must become; each kind of bad line named by its line. */
class TriggerDictionaryTest {
  private static final Set<String> CODES = Set.of("190", "194", "141", "040");

  private static TriggerDictionary read(String... lines) {
    String text =
        "#! dyad-lexicon triggers 2026.12.06\n"
            + "# id\tpos\tlemma\tcode\tsides\ttarget\tveto\tnote\n"
            + String.join("\n", lines)
            + "\n";
    LexiconFile f =
        LexiconFile.read(
            "lexicon/triggers.tsv",
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
            "triggers",
            8);
    return TriggerDictionary.read(f, CODES);
  }

  private static String problem(String line) {
    return assertThrows(LexiconFormatException.class, () -> read(line)).getMessage();
  }

  @Test
  void aLineBecomesItsEntry() {
    TriggerDictionary t =
        read(
            "T.V.shell\tV\tshell\t194\t1\tobj|on\t:egg\tTurkish forces shelled Kurdish positions.",
            "T.V.launch\tV\tlaunch\t-\t2\t-\t-\t-",
            "T.V.demonstrate\tV\tdemonstrate\t141\t1\tagainst\tthat|subj:study,figure\t-");
    TriggerEntry shell = t.find(VerbPattern.Pos.V, "shell").orElseThrow();
    assertEquals(
        new TriggerEntry(
            "T.V.shell",
            VerbPattern.Pos.V,
            "shell",
            "194",
            true,
            List.of("obj", "on"),
            List.of(new TriggerEntry.Veto.ObjectWord(Set.of("egg"))),
            "Turkish forces shelled Kurdish positions."),
        shell);
    TriggerEntry launch = t.find(VerbPattern.Pos.V, "launch").orElseThrow();
    assertTrue(launch.patternsOnly());
    assertEquals(List.of(), launch.targets());
    assertEquals(
        List.of(
            new TriggerEntry.Veto.Clause(),
            new TriggerEntry.Veto.Subject(Set.of("study", "figure"))),
        t.find(VerbPattern.Pos.V, "demonstrate").orElseThrow().vetoes());
    assertTrue(t.find(VerbPattern.Pos.N, "shell").isEmpty());
  }

  @Test
  void badLinesAreNamedWithTheirLine() {
    assertEquals(
        "lexicon/triggers.tsv:3: unknown CAMEO code 999",
        problem("T.V.shell\tV\tshell\t999\t1\t-\t-\t-"));
    assertEquals(
        "lexicon/triggers.tsv:3: the id must be T.V.shell, found T.N.shell",
        problem("T.N.shell\tV\tshell\t194\t1\t-\t-\t-"));
    assertEquals(
        "lexicon/triggers.tsv:3: sides must be 1 (may stand alone) or 2 (needs a target), found"
            + " '3'",
        problem("T.V.shell\tV\tshell\t194\t3\t-\t-\t-"));
    assertEquals(
        "lexicon/triggers.tsv:3: unknown veto 'obj=egg'; expected that, >, adj, prt:WORD,"
            + " subj:WORD,WORD or :WORD,WORD",
        problem("T.V.shell\tV\tshell\t194\t1\t-\tobj=egg\t-"));
    assertEquals(
        "lexicon/triggers.tsv:3: a trigger's pos must be V, N or A, found E",
        problem("T.E.shell\tE\tshell\t194\t1\t-\t-\t-"));
  }
}
