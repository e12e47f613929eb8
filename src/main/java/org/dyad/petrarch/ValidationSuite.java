package org.dyad.petrarch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A PETRARCH validation file ({@code PETR.UnitTest.records.xml}): the dictionaries its {@code
 * <Environment>} names and its records, each a {@code <Sentence>} with its text, date and expected
 * events. The {@code <Parse>} of each record is not read: Dyad parses the text itself.
 *
 * @param include the categories the file's {@code <Include>} runs (empty: all)
 */
public record ValidationSuite(
    Path file,
    Path verbs,
    Path actors,
    Path agents,
    Path discards,
    Set<String> include,
    List<ValidationRecord> records) {
  public ValidationSuite {
    include = Set.copyOf(include);
    records = List.copyOf(records);
  }

  /** One expected (or produced) event, compared as PETRARCH writes it. */
  public record CodedEvent(String source, String target, String code) {
    @Override
    public String toString() {
      return source + " " + target + " " + code;
    }
  }

  /**
   * One record.
   *
   * @param markedValid PETRARCH's {@code sentence="true"}; {@code false} marks a record its authors
   *     do not expect to code correctly
   * @param expected the events it should code (empty for {@code noevents} and for no {@code
   *     <EventCoding>} at all)
   * @param error the error it expects instead of events ({@code storydiscard}, {@code
   *     sentencediscard}, {@code dateline}, {@code bad_input_parse}), or null
   * @param options the {@code <Config>} options in force for it, by name
   */
  public record ValidationRecord(
      String id,
      String category,
      LocalDate date,
      boolean markedValid,
      String text,
      Set<CodedEvent> expected,
      String error,
      Map<String, String> options) {
    public ValidationRecord {
      expected = Set.copyOf(expected);
      options = Map.copyOf(options);
    }
  }

  /** Reads the file; dictionary paths are resolved against its folder. */
  public static ValidationSuite read(Path file) throws IOException {
    Document doc;
    try (InputStream in = Files.newInputStream(file)) {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(null);
      doc = b.parse(in);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser cannot be configured", e);
    } catch (SAXException e) {
      throw new PetrarchFormatException(
          file.toString(), 0, "not well-formed XML: " + e.getMessage());
    }
    String name = file.toString();
    Element env = first(doc.getDocumentElement(), "Environment");
    if (env == null) {
      throw new PetrarchFormatException(name, 0, "no <Environment> naming the dictionaries");
    }
    Path dir = file.toAbsolutePath().getParent();
    Set<String> include = new LinkedHashSet<>();
    Element inc = first(env, "Include");
    if (inc != null) {
      include.addAll(List.of(inc.getTextContent().strip().split("\\s+")));
    }
    Map<String, String> options = new LinkedHashMap<>();
    List<ValidationRecord> records = new ArrayList<>();
    Element sentences = first(doc.getDocumentElement(), "Sentences");
    if (sentences == null) {
      throw new PetrarchFormatException(name, 0, "no <Sentences>");
    }
    NodeList children = sentences.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (!(children.item(i) instanceof Element e)) {
        continue;
      }
      // <Config> between records changes the options of the records after it.
      if (e.getTagName().equals("Config")) {
        options.put(e.getAttribute("option"), e.getAttribute("value"));
      } else if (e.getTagName().equals("Sentence")) {
        records.add(record(name, e, options));
      }
    }
    return new ValidationSuite(
        file,
        dictionary(dir, env, "Verbfile"),
        dictionary(dir, env, "Actorfile"),
        dictionary(dir, env, "Agentfile"),
        dictionary(dir, env, "Discardfile"),
        include.contains("") ? Set.of() : include,
        records);
  }

  private static ValidationRecord record(String file, Element s, Map<String, String> options) {
    String id = s.getAttribute("id");
    Element text = first(s, "Text");
    if (id.isEmpty() || text == null) {
      throw new PetrarchFormatException(file, 0, "a <Sentence> needs an id and a <Text>: " + id);
    }
    LocalDate date = null;
    if (!s.getAttribute("date").isBlank()) {
      try {
        date = LocalDate.parse(s.getAttribute("date").strip(), DateTimeFormatter.BASIC_ISO_DATE);
      } catch (DateTimeParseException e) {
        throw new PetrarchFormatException(
            file, 0, "record " + id + ": bad date " + s.getAttribute("date"));
      }
    }
    Set<CodedEvent> expected = new LinkedHashSet<>();
    String error = null;
    NodeList codings = s.getElementsByTagName("EventCoding");
    for (int i = 0; i < codings.getLength(); i++) {
      Element c = (Element) codings.item(i);
      if (!c.getAttribute("error").isEmpty()) {
        error = c.getAttribute("error");
      } else if (!c.getAttribute("eventcode").isEmpty()) {
        expected.add(
            new CodedEvent(
                c.getAttribute("sourcecode"),
                c.getAttribute("targetcode"),
                c.getAttribute("eventcode")));
      }
    }
    return new ValidationRecord(
        id,
        s.getAttribute("category"),
        date,
        !s.getAttribute("sentence").equalsIgnoreCase("false"),
        text.getTextContent().strip().replaceAll("\\s+", " "),
        expected,
        error,
        options);
  }

  private static Path dictionary(Path dir, Element env, String tag) {
    Element e = first(env, tag);
    return e == null || e.getTextContent().isBlank()
        ? null
        : dir.resolve(e.getTextContent().strip());
  }

  private static Element first(Element parent, String tag) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(tag)) {
        return e;
      }
    }
    return null;
  }
}
