package org.dyad.model;

/**
 * A half-open character range {@code [begin, end)} into an article's text.
 *
 * <p>Immutable and thread-safe.
 */
public record Span(int begin, int end) implements Comparable<Span> {
  public Span {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException(
          "span must satisfy 0 <= begin <= end: begin=" + begin + ", end=" + end);
    }
  }

  public int length() {
    return end - begin;
  }

  public boolean contains(Span other) {
    return begin <= other.begin && other.end <= end;
  }

  public boolean contains(int offset) {
    return begin <= offset && offset < end;
  }

  public boolean overlaps(Span other) {
    return begin < other.end && other.begin < end;
  }

  public String of(String text) {
    return text.substring(begin, end);
  }

  @Override
  public int compareTo(Span o) {
    return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
  }

  @Override
  public String toString() {
    return "[" + begin + ", " + end + ")";
  }
}
