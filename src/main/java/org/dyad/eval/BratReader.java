package org.dyad.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Span;

/**
 * Reads the attributions of one PolNeAR brat standoff file ({@code .ann}) against its text.
 *
 * <p>Text-bound lines ({@code T5<TAB>Source 159 199<TAB>words}) give spans, several separated by
 * {@code ;}; event lines ({@code E2<TAB>Attribution:T8 Content:T7 Cue:T6 Source:T5}) tie them into
 * an attribution ({@code Attribution-no-source} has no Source; {@code Content2} is a second content
 * part). A span's words may run over several lines, so any line that does not start a new
 * annotation continues the one before. Notes and {@code Discard}/{@code Discuss} spans are ignored;
 * an attribution without content is skipped, since there is nothing to find.
 *
 * <p>Every span's recorded words are compared with the text at its offsets, and a difference fails
 * the file: that is how a text read with the wrong encoding, a byte-order mark or changed line ends
 * shows up, instead of as silently wrong scores. Brat counts offsets in code points; Java strings
 * in UTF-16 units; the two differ only past U+FFFF, which the same check catches. Stateless.
 */
public final class BratReader {
  private static final Pattern START = Pattern.compile("^([TERAMN#*]\\d*)\\t", Pattern.MULTILINE);
  private static final Pattern TEXT_BOUND = Pattern.compile("(\\S+) (\\d+ \\d+(?:;\\d+ \\d+)*)");
  private static final String OPEN = "\"\u201c\u2018";
  private static final String CLOSE = "\"\u201d\u2019";
  private static final String TRAILING = ",.;:?!\u2026 \n\t";

  private BratReader() {}

  /** A file whose offsets or syntax do not fit its text. */
  public static final class BratException extends Exception {
    private static final long serialVersionUID = 1L;

    public BratException(String message) {
      super(message);
    }
  }

  private record Bound(String type, List<Span> spans, String words) {}

  public static List<GoldAttribution> read(String text, String ann, String origin)
      throws BratException {
    Map<String, Bound> bounds = new HashMap<>();
    List<String[]> events = new ArrayList<>();
    List<int[]> starts = new ArrayList<>();
    Matcher m = START.matcher(ann);
    while (m.find()) {
      starts.add(new int[] {m.start(), m.end()});
    }
    for (int i = 0; i < starts.size(); i++) {
      int end = i + 1 < starts.size() ? starts.get(i + 1)[0] - 1 : ann.length();
      String id = ann.substring(starts.get(i)[0], starts.get(i)[1] - 1);
      String body = ann.substring(starts.get(i)[1], Math.max(starts.get(i)[1], end));
      if (id.startsWith("T")) {
        int tab = body.indexOf('\t');
        Matcher t = TEXT_BOUND.matcher(tab < 0 ? body : body.substring(0, tab));
        if (tab < 0 || !t.matches()) {
          throw new BratException(origin + ": " + id + ": not a text-bound annotation: " + body);
        }
        List<Span> spans = new ArrayList<>();
        for (String part : t.group(2).split(";")) {
          String[] be = part.split(" ");
          int b = Integer.parseInt(be[0]);
          int e = Integer.parseInt(be[1]);
          if (e > text.length() || b > e) {
            throw new BratException(
                origin
                    + ": "
                    + id
                    + ": span "
                    + part
                    + " is outside the text of "
                    + text.length()
                    + " characters");
          }
          spans.add(new Span(b, e));
        }
        String words = body.substring(tab + 1).replaceAll("\\s+$", "");
        String atOffsets = GoldAttribution.words(spans, text).replaceAll("\\s+$", "");
        if (!atOffsets.equals(words)) {
          throw new BratException(
              origin
                  + ": "
                  + id
                  + ": the text at "
                  + t.group(2)
                  + " is \""
                  + atOffsets
                  + "\", the annotation says \""
                  + words
                  + "\": offsets do not index the text");
        }
        bounds.put(id, new Bound(t.group(1), spans, words));
      } else if (id.startsWith("E")) {
        events.add(new String[] {id, body.strip()});
      }
    }
    List<GoldAttribution> out = new ArrayList<>();
    for (String[] e : events) {
      List<Span> source = new ArrayList<>();
      List<Span> cue = new ArrayList<>();
      List<Span> content = new ArrayList<>();
      for (String arg : e[1].split("\\s+")) {
        int colon = arg.indexOf(':');
        if (colon < 0) {
          throw new BratException(origin + ": " + e[0] + ": argument without a role: " + arg);
        }
        String role = arg.substring(0, colon);
        Bound b = bounds.get(arg.substring(colon + 1));
        if (b == null) {
          throw new BratException(origin + ": " + e[0] + ": no text-bound annotation " + arg);
        }
        switch (role.replaceAll("\\d+$", "")) {
          case "Source" -> source.addAll(b.spans());
          case "Cue" -> cue.addAll(b.spans());
          case "Content" -> content.addAll(b.spans());
          default -> {
            // the trigger (Attribution, Attribution-no-source) repeats the cue
          }
        }
      }
      if (content.isEmpty()) {
        continue;
      }
      content.sort(null);
      source.sort(null);
      cue.sort(null);
      out.add(new GoldAttribution(e[0], source, cue, content, isDirect(text, content)));
    }
    return out;
  }

  /**
   * Whether content is a verbatim quotation: it opens with a quotation mark (its first character,
   * or the one just before it) and closes with one (its last character before trailing punctuation,
   * or the one just after it). Annotators sometimes include the marks and sometimes not; both
   * count. A quoted phrase inside a paraphrase ("called it 'a disgrace'") is not direct: it neither
   * opens nor closes the content. Double marks and curly single marks count (headlines quote with
   * single marks); the straight apostrophe does not, since it ends possessives.
   */
  public static boolean isDirect(String text, List<Span> content) {
    int begin = content.get(0).begin();
    int end = content.get(content.size() - 1).end();
    while (begin < end && Character.isWhitespace(text.charAt(begin))) {
      begin++;
    }
    boolean open =
        begin < text.length() && OPEN.indexOf(text.charAt(begin)) >= 0
            || before(text, begin) >= 0 && OPEN.indexOf(text.charAt(before(text, begin))) >= 0;
    int last = end;
    while (last > begin && TRAILING.indexOf(text.charAt(last - 1)) >= 0) {
      last--;
    }
    boolean close = last > begin && CLOSE.indexOf(text.charAt(last - 1)) >= 0;
    if (!close) {
      int after = end;
      while (after < text.length() && TRAILING.indexOf(text.charAt(after)) >= 0) {
        after++;
      }
      close = after < text.length() && CLOSE.indexOf(text.charAt(after)) >= 0;
    }
    return open && close;
  }

  private static int before(String text, int offset) {
    int i = offset - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i--;
    }
    return i;
  }
}
