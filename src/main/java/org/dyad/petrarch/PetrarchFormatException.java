package org.dyad.petrarch;

/**
 * A PETRARCH dictionary or validation file Dyad cannot read; the message names the file and line.
 */
public final class PetrarchFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PetrarchFormatException(String origin, int line, String message) {
    super(origin + (line > 0 ? ":" + line : "") + ": " + message);
  }
}
