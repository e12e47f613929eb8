package org.dyad.store;

/**
 * A text query the index cannot read (unbalanced quotes, a dangling AND): the caller's mistake, not
 * the store's, so a server can answer it as a bad request.
 */
public final class TextQueryException extends StoreException {
  public TextQueryException(String message) {
    super(message);
  }
}
