package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.input.TextCleaner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small corpus in the PolNeAR layout: the article Dyad codes keeps the file's offsets (where
 * {@link TextCleaner} would shift them), one annotator is chosen, and the checksum follows the
 * files.
 */
class PolnearCorpusTest {
  @TempDir Path root;

  // Leading white space and a no-break space: what TextCleaner strips and replaces.
  static final String TEXT = "\n Headline: Smith wins\n\n\u201cWe won,\u201d\u00a0Smith said.\n";

  private void corpus() throws IOException {
    for (String split : List.of("train", "dev")) {
      Files.createDirectories(root.resolve(split).resolve("text"));
      Files.createDirectories(root.resolve(split).resolve("attributions"));
    }
    Files.writeString(
        root.resolve("metadata.tsv"),
        "compartment\tfilename\tpublisher\tpublication_date\n"
            + "dev\tnyt_2016-10-01_smith\tnyt\t2016-10-01\n");
    Files.writeString(root.resolve("dev/text/nyt_2016-10-01_smith.txt"), TEXT);
    int b = TEXT.indexOf('\u201c');
    int s = TEXT.indexOf("Smith said");
    String ann =
        "T1\tContent "
            + b
            + " "
            + (b + 9)
            + "\t\u201cWe won,\u201d\nT2\tSource "
            + s
            + " "
            + (s + 5)
            + "\tSmith\nT3\tCue "
            + (s + 6)
            + " "
            + (s + 10)
            + "\tsaid\nE1\tAttribution:T3 Content:T1 Cue:T3 Source:T2\n";
    Files.writeString(root.resolve("dev/attributions/nyt_2016-10-01_smith_aa11.ann"), ann);
    // a second annotator's file, which sorts after and is not used
    Files.writeString(root.resolve("dev/attributions/nyt_2016-10-01_smith_bb22.ann"), "");
  }

  @Test
  void theCodedTextKeepsTheFilesOffsets() throws Exception {
    corpus();
    PolnearCorpus c = new PolnearCorpus(root);
    List<PolnearCorpus.Entry> dev = c.entries(PolnearCorpus.Split.dev);
    assertEquals(1, dev.size());
    PolnearCorpus.Entry e = dev.get(0);
    assertEquals(LocalDate.of(2016, 10, 1), e.date());
    assertEquals("nyt", e.publisher());
    assertTrue(e.annotation().toString().endsWith("_aa11.ann"));
    PolnearCorpus.Document d = PolnearCorpus.load(e);
    String text = d.article().text();
    assertEquals(TEXT.length(), text.length());
    GoldAttribution g = d.attributions().get(0);
    assertEquals("\u201cWe won,\u201d", GoldAttribution.words(g.content(), text));
    assertEquals("Smith", GoldAttribution.words(g.source(), text));
    assertTrue(g.direct());
    // why the cleaner is not used: it would move every offset
    assertNotEquals(TEXT.length(), TextCleaner.clean(TEXT).length());
    assertEquals(List.of(), c.entries(PolnearCorpus.Split.train));
  }

  @Test
  void aByteOrderMarkIsRefusedAndTheChecksumFollowsTheFiles() throws Exception {
    corpus();
    PolnearCorpus c = new PolnearCorpus(root);
    String before = c.checksum();
    assertEquals(before, c.checksum());
    Path text = root.resolve("dev/text/nyt_2016-10-01_smith.txt");
    Files.write(text, ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8));
    assertNotEquals(before, c.checksum());
    PolnearCorpus.Entry e = c.entries(PolnearCorpus.Split.dev).get(0);
    IOException bom = assertThrows(IOException.class, () -> PolnearCorpus.load(e));
    assertTrue(bom.getMessage().endsWith("starts with a byte-order mark, which shifts offsets"));
  }
}
