package org.dyad.spark;

import java.io.Serializable;

/**
 * A record the job could not code, with where it came from ({@code file} or {@code file:line}) and
 * why, in the words {@code dyad code} uses for the same problem.
 */
record Reject(String origin, String message) implements Serializable {
  @Override
  public String toString() {
    return origin + ": " + message;
  }
}
