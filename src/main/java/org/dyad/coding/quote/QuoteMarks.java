package org.dyad.coding.quote;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.dyad.model.Span;

/**
 * Finds quoted passages by their marks: curly and straight, double and single, guillemets and low-9
 * marks, nested quotations kept inside the outer one.
 *
 * <p>A single curly or straight mark followed by a letter is an apostrophe ("Korea’s", "don't") and
 * is not a quotation mark. A quotation still open at the end of a paragraph is closed there: when
 * the next paragraph opens with a mark, the quotation continues (the newspaper convention), which
 * {@link Passage#continues()} records. Stateless.
 */
final class QuoteMarks {
  private QuoteMarks() {}

  /**
   * One quoted passage.
   *
   * @param content the words between the marks
   * @param open where the opening mark is
   * @param closed whether a closing mark was found (false: the passage ran to the paragraph end)
   * @param continues whether it continues a quotation left open in the previous paragraph
   */
  record Passage(Span content, int open, boolean closed, boolean continues) {}

  private record Open(int at, char mark) {}

  static List<Passage> find(String text, List<Span> paragraphs) {
    List<Passage> out = new ArrayList<>();
    boolean previousLeftOpen = false;
    for (Span p : paragraphs) {
      Deque<Open> stack = new ArrayDeque<>();
      boolean continuing = previousLeftOpen;
      previousLeftOpen = false;
      boolean firstInParagraph = true;
      for (int i = p.begin(); i < p.end(); i++) {
        char c = text.charAt(i);
        char prev = i > 0 ? text.charAt(i - 1) : ' ';
        char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        int lineBreak = isDoubleOpen(c) || c == '"' ? lineStart(text, p.begin(), i) : -1;
        if (lineBreak >= 0 && stack.size() == 1 && isDoubleFamily(stack.peek().mark())) {
          // A line that opens with a mark while a double quotation is still open: the paragraph
          // convention on single line breaks, so the open quotation ends at the line's end and
          // this one may continue it ("… African-American.\n“I have been …,” added Clyburn).
          Open o = stack.pop();
          out.add(
              new Passage(
                  trim(text, o.at() + 1, lineBreak),
                  o.at(),
                  false,
                  continuing && firstInParagraph));
          firstInParagraph = true;
          continuing = true;
          stack.push(new Open(i, c));
          continue;
        }
        if (isDoubleOpen(c) || isSingleOpen(c) && opensSingle(prev, next)) {
          stack.push(new Open(i, c));
          continue;
        }
        if (c == '"'
            && !stack.isEmpty()
            && stack.peek().mark() == '"'
            && stack.size() == 1
            && Character.isWhitespace(prev)
            && Character.isLetterOrDigit(next)) {
          // A straight mark that can only open while one is open: the writer forgot to close the
          // last one.
          Open o = stack.pop();
          out.add(
              new Passage(
                  trim(text, o.at() + 1, i), o.at(), false, continuing && firstInParagraph));
          firstInParagraph = false;
          stack.push(new Open(i, c));
          continue;
        }
        if (c == '"' || c == '\'') {
          // A straight double mark also closes a curly one when it stands where a closing mark
          // does ("“Immunity deals should not be a requirement for cooperating with the FBI,"").
          boolean canClose =
              !stack.isEmpty()
                  && (stack.peek().mark() == c
                      || (c == '"' && stack.peek().mark() == '\u201c'
                              || c == '\'' && stack.peek().mark() == '\u2018')
                          && !Character.isWhitespace(prev)
                          && !Character.isLetterOrDigit(next));
          boolean canOpen =
              c == '"'
                  ? !Character.isLetterOrDigit(prev) || stack.isEmpty()
                  : opensSingle(prev, next);
          if (canClose && !(c == '\'' && Character.isLetter(next))) {
            Open o = stack.pop();
            if (stack.isEmpty()) {
              out.add(
                  new Passage(
                      trim(text, o.at() + 1, i), o.at(), true, continuing && firstInParagraph));
              firstInParagraph = false;
            }
          } else if (canOpen && (c == '"' || stack.isEmpty() || stack.peek().mark() != '\'')) {
            stack.push(new Open(i, c));
          }
          continue;
        }
        if (isDoubleClose(c)
            || c == '\u2019' && !Character.isLetter(next)
            || c == '\u00bb'
            || c == '\u203a') {
          if (isDoubleClose(c)
              && stack.size() > 1
              && isSingleFamily(stack.peek().mark())
              && matches(second(stack).mark(), c)) {
            stack.pop(); // an inner single quotation left open: the double mark closes both
          }
          if (!stack.isEmpty() && matches(stack.peek().mark(), c)) {
            Open o = stack.pop();
            if (stack.isEmpty()) {
              out.add(
                  new Passage(
                      trim(text, o.at() + 1, i), o.at(), true, continuing && firstInParagraph));
              firstInParagraph = false;
            }
          }
        }
      }
      // Only an unclosed double (or guillemet) quotation runs on; a stray single mark is an
      // apostrophe.
      Open outer = null;
      for (Open o : stack) {
        outer = o;
      }
      if (outer != null && !isSingleFamily(outer.mark())) {
        out.add(
            new Passage(
                trim(text, outer.at() + 1, p.end()),
                outer.at(),
                false,
                continuing && firstInParagraph));
        previousLeftOpen = true;
      }
    }
    out.removeIf(q -> q.content().length() == 0);
    return out;
  }

  /** The mark opened before the innermost one. */
  private static Open second(Deque<Open> stack) {
    java.util.Iterator<Open> it = stack.iterator();
    it.next();
    return it.next();
  }

  /**
   * The line break before offset {@code i} when only spaces lie between them and the break is
   * inside the paragraph starting at {@code begin}, else -1.
   */
  private static int lineStart(String text, int begin, int i) {
    int k = i - 1;
    while (k > begin
        && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '\r')) {
      k--;
    }
    return k > begin && text.charAt(k) == '\n' ? k : -1;
  }

  private static boolean isDoubleFamily(char c) {
    return c == '"' || isDoubleOpen(c);
  }

  private static boolean isDoubleOpen(char c) {
    return c == '\u201c' || c == '\u00ab' || c == '\u201e';
  }

  private static boolean isDoubleClose(char c) {
    return c == '\u201d';
  }

  private static boolean isSingleOpen(char c) {
    return c == '\u2018' || c == '\u2039';
  }

  private static boolean isSingleFamily(char c) {
    return c == '\'' || c == '\u2018' || c == '\u2039';
  }

  private static boolean opensSingle(char prev, char next) {
    return !Character.isLetterOrDigit(prev)
        && (Character.isLetterOrDigit(next) || next == '"' || next == '\u201c');
  }

  private static boolean matches(char open, char close) {
    return switch (close) {
      case '\u201d' -> open == '\u201c' || open == '\u201e' || open == '"';
      case '\u2019' -> open == '\u2018' || open == '\'';
      case '\u00bb' -> open == '\u00ab';
      case '\u203a' -> open == '\u2039';
      default -> false;
    };
  }

  private static Span trim(String text, int begin, int end) {
    while (begin < end && Character.isWhitespace(text.charAt(begin))) {
      begin++;
    }
    while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new Span(begin, end);
  }
}
