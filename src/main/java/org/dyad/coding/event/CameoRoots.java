package org.dyad.coding.event;

/** Which CAMEO root a code has, for rules that hold for a range of roots. Stateless. */
final class CameoRoots {
  private CameoRoots() {}

  /** Whether {@code cameo} is a code whose root is from {@code first} to {@code last}. */
  static boolean within(String cameo, int first, int last) {
    if (cameo == null
        || cameo.length() < 2
        || !Character.isDigit(cameo.charAt(0))
        || !Character.isDigit(cameo.charAt(1))) {
      return false;
    }
    int root = Integer.parseInt(cameo.substring(0, 2));
    return root >= first && root <= last;
  }
}
