package org.dyad.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.dyad.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
  private static final LocalDate DATE = LocalDate.of(2018, 6, 20);
  private static final String BODY = "The minister said the talks would go on. ".repeat(5).strip();

  @TempDir Path dir;

  private List<ReadResult> read(String... inputs) {
    List<ReadResult> out = new ArrayList<>();
    new ArticleReader(DATE, new ByteArrayInputStream(new byte[0])).read(List.of(inputs), out::add);
    return out;
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void plainTextHeadlineBodyAndFurniture() throws IOException {
    Path p = write("story.txt", "A headline\n\n" + BODY + "\n\nRelated Content\n");
    Article a = ((ReadResult.Ok) read(p.toString()).get(0)).article();
    assertEquals(ArticleReader.contentId("A headline", BODY), a.id());
    assertEquals("A headline", a.title());
    assertEquals(BODY, a.text(), "the trailing furniture line is not article text");
    assertEquals(DATE, a.date());
  }

  @Test
  void jsonLinesBadLinesAreNamedAndTheRestIsRead() throws IOException {
    Path p =
        write(
            "a.jsonl",
            "{\"id\":\"1\",\"date\":\"2001-02-03\",\"title\":\"T\",\"text\":\""
                + BODY
                + "\"}\n"
                + "{\"id\":\"2\",\"text\": \n"
                + "{\"id\":\"3\"}\n"
                + "{\"id\":\"4\",\"date\":\"03/02/2001\",\"text\":\""
                + BODY
                + "\"}\n"
                + "{\"id\":\"1\",\"text\":\""
                + BODY
                + "\"}\n");
    List<ReadResult> r = read(p.toString());
    assertEquals(LocalDate.of(2001, 2, 3), ((ReadResult.Ok) r.get(0)).article().date());
    assertEquals(p + ":2", ((ReadResult.Problem) r.get(1)).origin());
    assertTrue(((ReadResult.Problem) r.get(1)).message().startsWith("malformed JSON"));
    assertEquals(p + ":3: record has no \"text\" string field", r.get(2).toString());
    assertEquals(p + ":4: \"date\" must be YYYY-MM-DD, found \"03/02/2001\"", r.get(3).toString());
    assertTrue(
        r.get(4).toString().contains("duplicate article id \"1\" with other content"),
        r.get(4).toString());
  }

  @Test
  void thePublishersCountryComesFromTheRecordOrTheDefault() throws IOException {
    Path p =
        write(
            "h.jsonl",
            "{\"id\":\"1\",\"home_country\":\"GBR\",\"text\":\""
                + BODY
                + "\"}\n"
                + "{\"id\":\"2\",\"text\":\""
                + BODY
                + "\"}\n"
                + "{\"id\":\"3\",\"home_country\":\"uk\",\"text\":\""
                + BODY
                + "\"}\n");
    List<ReadResult> plain = read(p.toString());
    assertEquals("GBR", ((ReadResult.Ok) plain.get(0)).article().homeCountry());
    assertEquals(null, ((ReadResult.Ok) plain.get(1)).article().homeCountry());
    assertEquals(
        p + ":3: \"home_country\" must be an ISO 3166 alpha-3 code such as GBR, found \"uk\"",
        plain.get(2).toString());
    List<ReadResult> defaulted = new ArrayList<>();
    new ArticleReader(DATE, "USA", new ByteArrayInputStream(new byte[0]))
        .read(List.of(p.toString()), defaulted::add);
    assertEquals("GBR", ((ReadResult.Ok) defaulted.get(0)).article().homeCountry());
    assertEquals("USA", ((ReadResult.Ok) defaulted.get(1)).article().homeCountry());
  }

  @Test
  void emptyBinaryMissingAndNonEnglishInputsGetSpecificMessages() throws IOException {
    Path empty = write("empty.txt", "");
    Path binary = dir.resolve("bin.txt");
    Files.write(binary, new byte[] {1, 2, 0, 4});
    Path german =
        write(
            "de.txt",
            "Die Regierung hat am Montag beschlossen, dass die Verhandlungen mit den "
                + "Nachbarstaaten fortgesetzt werden sollen, teilte ein Sprecher des Ministeriums in Berlin mit. "
                + "Weitere Gespr\u00e4che seien f\u00fcr die kommende Woche geplant, hie\u00df es aus Kreisen der Koalition.");
    List<ReadResult> r =
        read(
            empty.toString(),
            binary.toString(),
            dir.resolve("nope.txt").toString(),
            german.toString());
    assertEquals(empty + ": empty file", r.get(0).toString());
    assertEquals(binary + ": binary data (NUL byte at offset 2), not text", r.get(1).toString());
    assertEquals(dir.resolve("nope.txt") + ": no such file or folder", r.get(2).toString());
    assertTrue(r.get(3).toString().contains("looks like German"), r.get(3).toString());
  }

  @Test
  void gzipAndTruncatedGzip() throws IOException {
    Path gz = dir.resolve("a.txt.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(BODY.getBytes(StandardCharsets.UTF_8));
    }
    assertInstanceOf(ReadResult.Ok.class, read(gz.toString()).get(0));
    byte[] bytes = Files.readAllBytes(gz);
    Path cut = dir.resolve("cut.txt.gz");
    Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
    assertEquals(
        cut
            + ": truncated file: ended before its compressed data did; its text is incomplete and"
            + " was not read",
        read(cut.toString()).get(0).toString());
  }

  @Test
  void windows1252IsReadWhenBytesAreNotUtf8() throws IOException {
    Path p = dir.resolve("cp.txt");
    Files.write(
        p,
        ("\u201cWe are ready,\u201d the minister said. " + BODY)
            .getBytes(Charset.forName("windows-1252")));
    Article a = ((ReadResult.Ok) read(p.toString()).get(0)).article();
    assertTrue(a.text().startsWith("\u201cWe are ready,\u201d"), a.text());
  }

  @Test
  void htmlBodyWithoutNavigationAndRelatedLinks() throws IOException {
    Path p =
        write(
            "page.html",
            "<html><head><title>Site | Story</title>"
                + "<meta property=\"article:published_time\" content=\"2018-06-19T10:00:00Z\"></head><body>"
                + "<nav><a href=/>Home</a></nav><article><h1>The headline</h1><p>First paragraph of the story.</p>"
                + "<p>Second <b>paragraph</b> of it.</p><div class=\"related-links\"><p>Related Content</p></div>"
                + "</article><footer>Copyright</footer></body></html>");
    Article a = ((ReadResult.Ok) read(p.toString()).get(0)).article();
    assertEquals("The headline", a.title());
    assertEquals("First paragraph of the story.\n\nSecond paragraph of it.", a.text());
    assertEquals(LocalDate.of(2018, 6, 19), a.date());
  }

  @Test
  void htmlEntitiesInPlainTextAreDecoded() {
    assertEquals("The communiqu\u00e9 & more", TextCleaner.clean("The communiqu&#233; &amp; more"));
  }

  @Test
  void foldersAreReadRecursivelyInNameOrder() throws IOException {
    Files.createDirectories(dir.resolve("sub"));
    write("sub/b.txt", "B. " + BODY);
    write("a.txt", "A. " + BODY);
    write("notes.md", "ignored");
    List<String> texts =
        read(dir.toString()).stream().map(r -> ((ReadResult.Ok) r).article().text()).toList();
    assertEquals(List.of("A. " + BODY, "B. " + BODY), texts);
  }

  /**
   * Issue 14, finding 1: an article without an id took its file name or "stdin" as id, so {@code
   * a/index.txt} and {@code b/index.txt}, or two stories piped in, replaced each other in the
   * store. Now its id is a hash of its title and text.
   */
  @Test
  void anArticleWithoutAnIdIsKnownByItsContentNotItsFileName() throws IOException {
    Files.createDirectories(dir.resolve("a"));
    Files.createDirectories(dir.resolve("b"));
    Files.createDirectories(dir.resolve("c"));
    write("a/index.txt", "Talks go on\n\n" + BODY);
    write("b/index.txt", "Talks end\n\n" + BODY);
    write("c/index.txt", "Talks go on\n\n" + BODY);
    List<ReadResult> r = read(dir.toString());
    Article a = ((ReadResult.Ok) r.get(0)).article();
    Article b = ((ReadResult.Ok) r.get(1)).article();
    assertTrue(a.id().startsWith("sha1-"), a.id());
    assertNotEquals(a.id(), b.id());
    assertEquals(ArticleReader.contentId("Talks go on", BODY), a.id());
    // The same story in another file is the same article: read once, the repeat noted.
    ReadResult.Repeat again = assertInstanceOf(ReadResult.Repeat.class, r.get(2));
    assertEquals(a.id(), again.id());

    List<String> piped = new ArrayList<>();
    for (String story : List.of(BODY, "Another story. " + BODY)) {
      new ArticleReader(DATE, new ByteArrayInputStream(story.getBytes(StandardCharsets.UTF_8)))
          .read(List.of("-"), x -> piped.add(((ReadResult.Ok) x).article().id()));
    }
    assertNotEquals(piped.get(0), piped.get(1));
    assertFalse(piped.contains("stdin"), piped.toString());

    // JSON without an id gets the same id as the same story in a text file.
    Path json = write("x.jsonl", "{\"title\":\"Talks go on\",\"text\":\"" + BODY + "\"}\n");
    assertEquals(a.id(), ((ReadResult.Ok) read(json.toString()).get(0)).article().id());
  }

  /**
   * Issue 14, finding 5: none of the 87 complete records of a truncated .jsonl.gz was read (the
   * reader's 64 KiB buffer lost them with the damage). Every complete record is read now, and the
   * damage reported.
   */
  @Test
  void aTruncatedGzipOfJsonLinesKeepsEveryCompleteRecord() throws IOException {
    StringBuilder jsonl = new StringBuilder();
    for (int i = 1; i <= 40; i++) {
      jsonl.append("{\"id\":\"" + i + "\",\"text\":\"Story " + i + " of many. " + BODY + "\"}\n");
    }
    byte[] whole = gzip(jsonl.toString().getBytes(StandardCharsets.UTF_8));
    Path cut = dir.resolve("cut.jsonl.gz");
    Files.write(cut, Arrays.copyOf(whole, whole.length * 3 / 4));
    List<ReadResult> r = read(cut.toString());
    long ok = r.stream().filter(x -> x instanceof ReadResult.Ok).count();
    String complete = decompressible(Files.readAllBytes(cut));
    long completeLines = complete.chars().filter(c -> c == '\n').count();
    assertTrue(completeLines > 0 && completeLines < 40, complete);
    assertEquals(completeLines, ok, r.toString());
    ReadResult last = r.get(r.size() - 1);
    assertInstanceOf(ReadResult.Problem.class, last);
    assertEquals(
        cut
            + ": truncated file: ended before its compressed data did; read the "
            + completeLines
            + " complete records before the damage, skipped the incomplete line "
            + (completeLines + 1),
        last.toString());
  }

  private static byte[] gzip(byte[] data) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(data);
    }
    return bytes.toByteArray();
  }

  /** What a gzip stream cut short still decompresses to. */
  private static String decompressible(byte[] gz) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPInputStream in =
        new java.util.zip.GZIPInputStream(new ByteArrayInputStream(gz))) {
      int b;
      while ((b = in.read()) >= 0) {
        out.write(b);
      }
    } catch (java.io.EOFException expected) {
      // the cut
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Issue 14, finding 6: a Chinese article was coded (a junk quotation) though non-English text is
   * refused: the script check needed 100 letters. Text mostly in another script is refused, naming
   * it; an English story quoting a name in another script is not.
   */
  @Test
  void textMostlyInAnotherScriptIsRefusedBeforeCoding() {
    String chinese = "中国外交部发言人周三表示，中方坚定支持朝鲜半岛无核化进程，希望各方保持克制，通过对话协商解决问题。";
    String arabic = "قال المتحدث باسم وزارة الخارجية إن المحادثات ستستمر الأسبوع المقبل";
    String russian =
        "Министр иностранных дел заявил, что переговоры продолжатся на следующей неделе.";
    assertEquals(
        "is not English: 45 of its 45 letters are not Latin, most of them Han (45); Dyad's models"
            + " are for English text",
        ArticleReader.notEnglish(chinese));
    assertTrue(ArticleReader.notEnglish(arabic).contains("most of them Arabic"));
    assertTrue(ArticleReader.notEnglish(russian).contains("most of them Cyrillic"));
    assertNull(
        ArticleReader.notEnglish(
            "China's foreign ministry (\u5916\u4ea4\u90e8) said the talks would go on."));
    List<ReadResult> r = new ArrayList<>();
    new ArticleReader(DATE, new ByteArrayInputStream(chinese.getBytes(StandardCharsets.UTF_8)))
        .read(List.of("-"), r::add);
    assertInstanceOf(ReadResult.Problem.class, r.get(0));
    assertTrue(r.get(0).toString().contains("is not English"), r.get(0).toString());
  }

  /**
   * Regression: 432 Reuters earnings tables ("Shr loss 22 cts vs loss 18 cts") were refused as
   * foreign.
   */
  @Test
  void telegraphicEnglishIsNotForeign() {
    String table =
        "Shr loss 22 cts vs loss 18 cts Net loss 1,234,000 vs loss 987,000 Revs 12.3 mln vs 11.1 mln"
            + " Nine mths Shr profit 11 cts vs loss 40 cts Net profit 612,000 vs loss 2,100,000 Revs"
            + " 40.2 mln vs 35.5 mln Avg shrs 5,600,000 vs 5,400,000 NOTE: results restated";
    assertEquals(null, ArticleReader.notEnglish(table));
  }
}
