package org.dyad.eval;

/** A gold file that cannot be read; the message names the file and line. */
public final class GoldFileException extends Exception {
  private static final long serialVersionUID = 1L;

  public GoldFileException(String message) {
    super(message);
  }
}
