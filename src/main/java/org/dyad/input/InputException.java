package org.dyad.input;

/** A file or record that cannot be read as an article; the message says why, for people. */
public final class InputException extends Exception {
  public InputException(String message) {
    super(message);
  }
}
