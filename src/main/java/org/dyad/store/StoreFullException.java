package org.dyad.store;

/**
 * The disk (or the process's file size limit) refused to let the store grow. Nothing of the failing
 * batch was stored, and every earlier batch is intact; writing on would only fail again, so a run
 * stops here rather than reporting each later article as failed.
 */
public final class StoreFullException extends StoreException {
  public StoreFullException(String message, Throwable cause) {
    super(message, cause);
  }

  /** True when {@code message}, from DuckDB, Lucene or the OS, says a file could not grow. */
  static boolean isFull(String message) {
    String m = String.valueOf(message).toLowerCase(java.util.Locale.ROOT);
    return m.contains("no space left") || m.contains("file too large") || m.contains("disk quota");
  }
}
