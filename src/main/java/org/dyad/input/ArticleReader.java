package org.dyad.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.dyad.model.Article;

/**
 * Reads articles from files, folders (recursively, in name order) and standard input ({@code -}):
 * plain text (a first line followed by a blank line is the headline), HTML (the body extracted by
 * {@link HtmlExtractor}), JSON Lines and JSON ({@code id}, {@code date}, {@code title}, {@code
 * text}, optional {@code url}, {@code source}), each optionally gzipped.
 *
 * <p>Every problem becomes a {@link ReadResult.Problem} naming the file and line, and reading goes
 * on with the next record. An article whose id was already read in this run is reported as a
 * duplicate and skipped. One instance reads one run; not thread-safe (it remembers the ids it has
 * seen).
 */
public final class ArticleReader {
  /**
   * Larger texts are refused: no news article is this long, and CoreNLP's cost grows with sentence
   * count.
   */
  public static final int MAX_ARTICLE_CHARS = 1_000_000;

  private static final long MAX_FILE_BYTES = 2L << 30;
  private static final Set<String> ENGLISH_FUNCTION_WORDS =
      Set.of(
          "the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "on", "was", "with", "he",
          "as", "by", "at", "said", "be", "from", "has", "his", "are", "an", "have", "not", "they",
          "this", "but", "had", "its", "were", "which", "will", "who", "been");

  /**
   * Function words of the languages most often mixed into news feeds, to tell them from English.
   */
  private static final Map<String, Set<String>> OTHER_FUNCTION_WORDS =
      Map.of(
          "German",
              Set.of(
                  "der", "die", "und", "das", "nicht", "mit", "den", "von", "zu", "ist", "sich",
                  "des", "auf", "eine", "dem"),
          "French",
              Set.of(
                  "le", "la", "les", "et", "des", "du", "une", "est", "pour", "que", "qui", "dans",
                  "sur", "pas", "au"),
          "Spanish",
              Set.of(
                  "el", "la", "los", "las", "y", "del", "que", "por", "una", "con", "para", "es",
                  "se", "lo", "al"),
          "Portuguese",
              Set.of(
                  "o", "os", "as", "e", "do", "da", "dos", "das", "que", "em", "um", "uma", "para",
                  "com", "não"),
          "Italian",
              Set.of(
                  "il", "di", "che", "e", "la", "per", "un", "una", "del", "della", "non", "sono",
                  "gli", "le", "nel"),
          "Dutch",
              Set.of(
                  "de", "het", "een", "en", "van", "dat", "niet", "op", "voor", "met", "zijn",
                  "ook", "aan", "bij", "wordt"));

  private static final ObjectMapper JSON = new ObjectMapper();

  private final LocalDate defaultDate;
  private final String defaultHomeCountry;

  /** The ids read in this run: where each was first read, and a fingerprint of its content. */
  private final Map<String, Seen> seenIds = new HashMap<>();

  private record Seen(String origin, String fingerprint) {}

  private final InputStream stdin;

  public ArticleReader(LocalDate defaultDate, InputStream stdin) {
    this(defaultDate, null, stdin);
  }

  /**
   * @param defaultHomeCountry the publisher's country for inputs that give none (ISO alpha-3), or
   *     null
   */
  public ArticleReader(LocalDate defaultDate, String defaultHomeCountry, InputStream stdin) {
    this.defaultDate = defaultDate;
    this.defaultHomeCountry = defaultHomeCountry;
    this.stdin = stdin;
  }

  public void read(List<String> inputs, Consumer<ReadResult> sink) {
    for (String input : inputs) {
      if (input.equals("-")) {
        readStream("<stdin>", "-", stdin, sink);
        continue;
      }
      Path path = Path.of(input);
      if (!Files.exists(path)) {
        sink.accept(new ReadResult.Problem(input, "no such file or folder"));
      } else if (Files.isDirectory(path)) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile)
              .filter(ArticleReader::isArticleFile)
              .sorted()
              .forEach(files::add);
        } catch (IOException e) {
          sink.accept(new ReadResult.Problem(input, "cannot list folder: " + e.getMessage()));
        }
        if (files.isEmpty()) {
          sink.accept(
              new ReadResult.Problem(
                  input, "folder holds no .txt, .html, .htm, .json or .jsonl files"));
        }
        files.forEach(f -> readFile(f, sink));
      } else {
        readFile(path, sink);
      }
    }
  }

  static boolean isArticleFile(Path p) {
    return isArticleFileName(p.getFileName().toString());
  }

  /**
   * True for the names a folder is read for: {@code .txt}, {@code .html}, {@code .htm}, {@code
   * .json}, {@code .jsonl}, {@code .ndjson}, optionally {@code .gz}, and not hidden.
   */
  public static boolean isArticleFileName(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.startsWith(".")) {
      return false;
    }
    n = n.endsWith(".gz") ? n.substring(0, n.length() - 3) : n;
    return n.endsWith(".txt")
        || n.endsWith(".html")
        || n.endsWith(".htm")
        || n.endsWith(".json")
        || n.endsWith(".jsonl")
        || n.endsWith(".ndjson");
  }

  private void readFile(Path path, Consumer<ReadResult> sink) {
    String origin = path.toString();
    try {
      if (!Files.isReadable(path)) {
        sink.accept(new ReadResult.Problem(origin, "file is not readable (permissions)"));
        return;
      }
      if (Files.size(path) > MAX_FILE_BYTES) {
        sink.accept(
            new ReadResult.Problem(origin, "file is larger than 2 GiB; split it or gzip it"));
        return;
      }
      try (InputStream in = Files.newInputStream(path)) {
        readStream(origin, path.getFileName().toString(), in, sink);
      }
    } catch (IOException e) {
      sink.accept(new ReadResult.Problem(origin, "cannot read: " + e.getMessage()));
    }
  }

  /**
   * Reads the records of one input stream: its format is chosen by {@code name} (a file name; "-"
   * for standard input), and {@code origin} names it in messages and {@link Article#origin()}. For
   * readers of other file systems (the Spark job reads through Hadoop's), so they decode every
   * format exactly as files are decoded here. The caller closes {@code in}.
   */
  public void readStream(String origin, String name, InputStream in, Consumer<ReadResult> sink) {
    String lower = name.toLowerCase(Locale.ROOT);
    try {
      UpToDamage gzip = null;
      if (lower.endsWith(".gz")) {
        gzip = new UpToDamage(new GZIPInputStream(in, 65536));
        in = gzip;
        lower = lower.substring(0, lower.length() - 3);
        name = name.substring(0, name.length() - 3);
      }
      if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
        readJsonLines(origin, in, gzip, sink);
        return;
      }
      byte[] bytes = in.readAllBytes();
      if (gzip != null && gzip.damage() != null) {
        // One article (or one JSON value) cut short is not the article: refuse it whole.
        throw new InputException(gzip.describe() + "; its text is incomplete and was not read");
      }
      String text = Decoder.decode(bytes);
      if (lower.endsWith(".json")) {
        readJson(origin, text, sink);
      } else if (lower.endsWith(".html") || lower.endsWith(".htm")) {
        emit(origin, HtmlExtractor.extract(text, origin), sink);
      } else if (name.equals("-")) {
        String t = text.stripLeading();
        if (t.startsWith("{")) {
          readJsonLines(origin, new ByteArrayInputStream(bytes), null, sink);
        } else if (t.startsWith("<")) {
          emit(origin, HtmlExtractor.extract(text, origin), sink);
        } else {
          emit(origin, plainText(text, origin), sink);
        }
      } else {
        emit(origin, plainText(text, origin), sink);
      }
    } catch (ZipException e) {
      sink.accept(new ReadResult.Problem(origin, "not a valid gzip file: " + e.getMessage()));
    } catch (EOFException e) {
      sink.accept(
          new ReadResult.Problem(origin, "truncated file: ended before its compressed data did"));
    } catch (IOException e) {
      sink.accept(new ReadResult.Problem(origin, "cannot read: " + e.getMessage()));
    } catch (InputException e) {
      sink.accept(new ReadResult.Problem(origin, e.getMessage()));
    }
  }

  /** Plain text: "Headline\n\nBody…" when the first line is followed by a blank line. */
  private Article plainText(String raw, String origin) {
    String text = raw.replace("\r\n", "\n").strip();
    String title = "";
    int firstBreak = text.indexOf('\n');
    if (firstBreak > 0 && firstBreak < 300 && text.startsWith("\n", firstBreak + 1)) {
      title = text.substring(0, firstBreak).strip();
      text = text.substring(firstBreak + 2);
    }
    title = TextCleaner.clean(title);
    text = TextCleaner.clean(text);
    return new Article(contentId(title, text), defaultDate, title, text, null, null, origin);
  }

  /**
   * The id of an article whose input gives none: a hash of what it says, never its file name, so
   * {@code a/index.txt} and {@code b/index.txt}, or two stories piped to standard input, never take
   * each other's place, and the same story read again is recognised. A story without a headline
   * hashes its text alone, which keeps the ids earlier versions gave JSON records without an id.
   */
  public static String contentId(String title, String text) {
    return "sha1-" + contentHash(title.isEmpty() ? text : title + "\n\n" + text);
  }

  /**
   * @param gzip the decompressing stream under {@code in} when the file is gzipped, else null: when
   *     its data is cut off, every complete line before the damage is read, and the last line is
   *     read only if a line break shows it complete.
   */
  private void readJsonLines(
      String origin, InputStream in, UpToDamage gzip, Consumer<ReadResult> sink)
      throws IOException, InputException {
    // Decoded line by line so one bad line does not stop the file, and a huge file is never held
    // whole. Each line is handled once the next is read, so the last is known as the last.
    try (BufferedReader reader =
        new BufferedReader(
            new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8), 1 << 16)) {
      String line;
      int number = 0;
      String pending = null;
      int pendingNumber = 0;
      int records = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        if (pending != null) {
          jsonLine(origin, pending, pendingNumber, sink);
          records++;
        }
        pending = line;
        pendingNumber = number;
      }
      boolean damaged = gzip != null && gzip.damage() != null;
      if (pending != null && !(damaged && !gzip.endedWithLineBreak())) {
        jsonLine(origin, pending, pendingNumber, sink);
        records++;
        pending = null;
      }
      if (damaged) {
        throw new InputException(
            gzip.describe()
                + "; read the "
                + records
                + " complete records before the damage"
                + (pending == null ? "" : ", skipped the incomplete line " + pendingNumber));
      }
      if (records == 0) {
        throw new InputException("empty file: no JSON records");
      }
    }
  }

  private void jsonLine(String origin, String line, int number, Consumer<ReadResult> sink) {
    String where = origin + ":" + number;
    if (line.indexOf('\u0000') >= 0) {
      sink.accept(new ReadResult.Problem(where, "binary data (NUL character), not JSON"));
      return;
    }
    try {
      emit(where, fromJson(JSON.readTree(line), where), sink);
    } catch (JsonProcessingException e) {
      sink.accept(new ReadResult.Problem(where, "malformed JSON: " + e.getOriginalMessage()));
    } catch (InputException e) {
      sink.accept(new ReadResult.Problem(where, e.getMessage()));
    }
  }

  private void readJson(String origin, String text, Consumer<ReadResult> sink)
      throws InputException {
    JsonNode root;
    try {
      root = JSON.readTree(new StringReader(text));
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      sink.accept(
          new ReadResult.Problem(origin + ":" + line, "malformed JSON: " + e.getOriginalMessage()));
      return;
    } catch (IOException e) {
      throw new InputException("cannot read JSON: " + e.getMessage());
    }
    if (root == null || root.isMissingNode()) {
      throw new InputException("empty file: no JSON value");
    }
    if (root.isArray()) {
      for (int i = 0; i < root.size(); i++) {
        String where = origin + "[" + i + "]";
        try {
          emit(where, fromJson(root.get(i), where), sink);
        } catch (InputException e) {
          sink.accept(new ReadResult.Problem(where, e.getMessage()));
        }
      }
    } else {
      emit(origin, fromJson(root, origin), sink);
    }
  }

  private Article fromJson(JsonNode node, String origin) throws InputException {
    if (!node.isObject()) {
      throw new InputException(
          "expected a JSON object with a \"text\" field, found " + node.getNodeType());
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual()) {
      throw new InputException("record has no \"text\" string field");
    }
    String body = TextCleaner.clean(text.asText());
    String title = TextCleaner.clean(nullToEmpty(textField(node, "title")));
    String id = textField(node, "id");
    if (id == null || id.isBlank()) {
      id = contentId(title, body);
    }
    LocalDate date = defaultDate;
    String d = textField(node, "date");
    if (d != null && !d.isBlank()) {
      try {
        date = LocalDate.parse(d.length() > 10 ? d.substring(0, 10) : d);
      } catch (DateTimeParseException e) {
        throw new InputException("\"date\" must be YYYY-MM-DD, found \"" + d + "\"");
      }
    }
    String home = textField(node, "home_country");
    if (home != null && !home.matches("[A-Z]{3}")) {
      throw new InputException(
          "\"home_country\" must be an ISO 3166 alpha-3 code such as GBR, found \"" + home + "\"");
    }
    return new Article(
        id, date, title, body, textField(node, "url"), textField(node, "source"), origin, home);
  }

  private static String textField(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private void emit(String origin, Article article, Consumer<ReadResult> sink) {
    if (article.date() == null && defaultDate != null) {
      article = article.withDate(defaultDate);
    }
    if (article.homeCountry() == null && defaultHomeCountry != null) {
      article = article.withHomeCountry(defaultHomeCountry);
    }
    if (article.text().isBlank()) {
      sink.accept(new ReadResult.Problem(origin, "article \"" + article.id() + "\" has no text"));
      return;
    }
    if (article.text().length() > MAX_ARTICLE_CHARS) {
      sink.accept(
          new ReadResult.Problem(
              origin,
              "article \""
                  + article.id()
                  + "\" is "
                  + article.text().length()
                  + " characters; the limit is "
                  + MAX_ARTICLE_CHARS));
      return;
    }
    String notEnglish = notEnglish(article.text());
    if (notEnglish != null) {
      sink.accept(new ReadResult.Problem(origin, "article \"" + article.id() + "\" " + notEnglish));
      return;
    }
    Seen now = new Seen(origin, fingerprint(article));
    Seen first = seenIds.putIfAbsent(article.id(), now);
    if (first != null && first.fingerprint().equals(now.fingerprint())) {
      sink.accept(new ReadResult.Repeat(origin, article.id(), first.origin()));
      return;
    }
    if (first != null) {
      sink.accept(
          new ReadResult.Problem(
              origin,
              "duplicate article id \""
                  + article.id()
                  + "\" with other content than the one first read at "
                  + first.origin()
                  + "; skipped"));
      return;
    }
    sink.accept(new ReadResult.Ok(article));
  }

  /**
   * English models code other languages into noise: refuse text with almost no English function
   * words.
   */
  static String notEnglish(String text) {
    String script = mostlyNonLatin(text);
    if (script != null) {
      return script;
    }
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+");
    int total = 0;
    int english = 0;
    Map<String, Integer> other = new HashMap<>();
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      total++;
      if (ENGLISH_FUNCTION_WORDS.contains(w)) {
        english++;
      }
      for (Map.Entry<String, Set<String>> lang : OTHER_FUNCTION_WORDS.entrySet()) {
        if (lang.getValue().contains(w)) {
          other.merge(lang.getKey(), 1, Integer::sum);
        }
      }
    }
    // Telegraphic English ("Shr loss 22 cts vs loss 18 cts") has few function words of any
    // language:
    // only another language's function words outnumbering English ones mark a text as foreign.
    for (Map.Entry<String, Integer> lang : other.entrySet()) {
      if (total >= 30 && lang.getValue() * 100 >= total * 8 && lang.getValue() > english * 2) {
        return "looks like "
            + lang.getKey()
            + " ("
            + lang.getValue()
            + " of "
            + total
            + " words are common "
            + lang.getKey()
            + " words, "
            + english
            + " English ones); Dyad's models are for English";
      }
    }
    return null;
  }

  /**
   * Texts with fewer letters say too little about their script: an English record this short codes
   * no event anyway, while a Chinese sentence of a dozen characters is already a sentence.
   */
  static final int MIN_LETTERS_FOR_SCRIPT = 12;

  /**
   * Why {@code text} is refused for its script, or null. English text is written in Latin letters;
   * one quoted Russian name or a Chinese place name in brackets leaves most letters Latin, so only
   * text where fewer than half of the letters are Latin (CJK, Arabic, Cyrillic, Greek, Hebrew,
   * Devanagari, Thai ...) is refused, naming its most common script.
   */
  static String mostlyNonLatin(String text) {
    Map<Character.UnicodeScript, Integer> scripts = new HashMap<>();
    int letters = 0;
    int latin = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (!Character.isLetter(c)) {
        continue;
      }
      letters++;
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      if (script == Character.UnicodeScript.LATIN) {
        latin++;
      } else {
        scripts.merge(script, 1, Integer::sum);
      }
    }
    if (letters < MIN_LETTERS_FOR_SCRIPT || latin * 2 >= letters) {
      return null;
    }
    Map.Entry<Character.UnicodeScript, Integer> top =
        scripts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
    String name =
        top.getKey().name().charAt(0) + top.getKey().name().substring(1).toLowerCase(Locale.ROOT);
    return "is not English: "
        + (letters - latin)
        + " of its "
        + letters
        + " letters are not Latin, most of them "
        + name
        + " ("
        + top.getValue()
        + "); Dyad's models are for English text";
  }

  private static String fingerprint(Article a) {
    return contentHash(
        String.join(
            "\u0000",
            String.valueOf(a.date()),
            a.title(),
            a.text(),
            String.valueOf(a.url()),
            String.valueOf(a.source()),
            String.valueOf(a.homeCountry())));
  }

  static String contentHash(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-1");
      return HexFormat.of()
          .formatHex(md.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
          .substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
    }
  }
}
