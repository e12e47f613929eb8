package org.dyad.lexicon;

/** A lexicon file that does not follow its format; the message names the file and line. */
public final class LexiconFormatException extends RuntimeException {
  public LexiconFormatException(String origin, int line, String message) {
    super(origin + ":" + line + ": " + message);
  }
}
