package org.dyad.store;

import java.sql.Connection;

/** The store's connection, for tests outside this package that check rows directly. */
public final class StoreAccess {
  private StoreAccess() {}

  public static Connection connection(Store store) {
    return store.connection();
  }
}
