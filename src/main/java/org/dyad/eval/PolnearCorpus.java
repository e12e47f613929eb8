package org.dyad.eval;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dyad.model.Article;

/**
 * The PolNeAR attribution corpus as laid out in the shared folder: {@code train/} and {@code dev/},
 * each with {@code text/NAME.txt} and {@code attributions/NAME_ANNOTATOR.ann}, and {@code
 * metadata.tsv} with each article's publisher and date.
 *
 * <p>Some articles were annotated by several annotators (to measure agreement); the annotation of
 * the annotator whose id sorts first is used, so that every article counts once and runs repeat.
 *
 * <p>An article is coded from its text file exactly as read, not through {@code TextCleaner} or the
 * plain-text reader: those strip outer white space and split off the headline, which would shift
 * every brat offset. The one change made, no-break space to space, keeps the length, as {@code
 * TextCleaner} does. Immutable; reading is done on demand.
 */
public final class PolnearCorpus {
  /**
   * SHA-256 over "path TAB size NEWLINE" of metadata.tsv and every file under train/ and dev/ in
   * path order (see {@link #checksum}): the corpus these figures were measured on.
   */
  public static final String EXPECTED_SHA256 =
      "6089d3d7b8a9235ca72a29f9f666e04c5075bc20665b596111637863aa37d96e";

  /** A split of the corpus. */
  public enum Split {
    train,
    dev
  }

  /** One article: its text file, the annotation used, and its metadata. */
  public record Entry(
      Split split, String name, Path text, Path annotation, String publisher, LocalDate date) {}

  /** An article ready to code, with its hand-annotated attributions. */
  public record Document(Entry entry, Article article, List<GoldAttribution> attributions) {}

  private final Path root;

  public PolnearCorpus(Path root) {
    this.root = root;
  }

  public Path root() {
    return root;
  }

  /** The corpus fingerprint: see {@link #EXPECTED_SHA256}. */
  public String checksum() throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(root.resolve("metadata.tsv"));
    for (Split s : Split.values()) {
      try (Stream<Path> walk = Files.walk(root.resolve(s.name()))) {
        walk.filter(Files::isRegularFile).forEach(files::add);
      }
    }
    List<String> lines = new ArrayList<>();
    for (Path f : files) {
      lines.add(root.relativize(f).toString().replace('\\', '/') + "\t" + Files.size(f) + "\n");
    }
    lines.sort(null);
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String l : lines) {
        md.update(l.getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** The articles of a split in name order. */
  public List<Entry> entries(Split split) throws IOException {
    Map<String, String[]> meta = new HashMap<>();
    List<String> rows = Files.readAllLines(root.resolve("metadata.tsv"), StandardCharsets.UTF_8);
    List<String> header = List.of(rows.get(0).split("\t", -1));
    int name = header.indexOf("filename");
    int publisher = header.indexOf("publisher");
    int date = header.indexOf("publication_date");
    if (name < 0 || publisher < 0 || date < 0) {
      throw new IOException(
          root.resolve("metadata.tsv")
              + ": needs the columns filename, publisher and publication_date");
    }
    for (String row : rows.subList(1, rows.size())) {
      String[] f = row.split("\t", -1);
      if (f.length > date) {
        meta.put(f[name], f);
      }
    }
    Map<String, Path> annotations = new HashMap<>();
    try (Stream<Path> anns = Files.list(root.resolve(split.name()).resolve("attributions"))) {
      for (Path a : anns.filter(p -> p.toString().endsWith(".ann")).sorted().toList()) {
        String stem = a.getFileName().toString().replaceAll("_[0-9a-f]+\\.ann$", "");
        annotations.putIfAbsent(stem, a);
      }
    }
    List<Entry> out = new ArrayList<>();
    try (Stream<Path> texts = Files.list(root.resolve(split.name()).resolve("text"))) {
      for (Path t : texts.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String stem = t.getFileName().toString().replaceAll("\\.txt$", "");
        String[] m = meta.get(stem);
        Path ann = annotations.get(stem);
        if (m == null || ann == null) {
          throw new IOException(
              t + ": " + (m == null ? "not in metadata.tsv" : "has no .ann file in attributions/"));
        }
        out.add(new Entry(split, stem, t, ann, m[publisher], LocalDate.parse(m[date])));
      }
    }
    return out;
  }

  /** Reads an article and its annotation, checking that the annotation's offsets fit the text. */
  public static Document load(Entry e) throws IOException, BratReader.BratException {
    String raw = strictUtf8(e.text());
    if (raw.startsWith("\uFEFF")) {
      throw new IOException(e.text() + ": starts with a byte-order mark, which shifts offsets");
    }
    String text = raw.replace('\u00a0', ' ');
    Article article =
        new Article(e.name(), e.date(), "", text, null, e.publisher(), e.text().toString());
    List<GoldAttribution> gold =
        BratReader.read(raw, strictUtf8(e.annotation()), e.annotation().toString());
    return new Document(e, article, gold);
  }

  private static String strictUtf8(Path p) throws IOException {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(p)))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IOException(p + ": not UTF-8 (" + e + ")");
    }
  }
}
