package org.dyad.store;

/**
 * A store that cannot be opened, read or written: locked by another process, from a newer Dyad, or
 * failing underneath. The message says which store and what to do.
 */
public class StoreException extends RuntimeException {
  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
