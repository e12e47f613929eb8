package org.dyad.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and checks one request's query parameters: each getter returns the value or null when it is
 * absent, and throws {@link BadParameter} naming the parameter when it is malformed. A parameter
 * the endpoint does not know is refused rather than silently ignored. Immutable; one per request.
 */
final class Params {
  static final int MAX_SIZE = 500;
  static final int DEFAULT_SIZE = 50;
  private static final Pattern CODE = Pattern.compile("([A-Z]{3})+");
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N} .'’-]{1,100}");
  private static final Pattern ROOT = Pattern.compile("\\d{2}");

  /** A parameter the request got wrong; the server answers 400 with its name and the reason. */
  static final class BadParameter extends RuntimeException {
    private final String parameter;

    BadParameter(String parameter, String message) {
      super(message);
      this.parameter = parameter;
    }

    String parameter() {
      return parameter;
    }
  }

  private final Context ctx;

  Params(Context ctx, String... known) {
    this.ctx = ctx;
    Set<String> allowed = Set.of(known);
    for (String name : ctx.queryParamMap().keySet()) {
      if (!allowed.contains(name)) {
        throw new BadParameter(
            name,
            "unknown parameter '"
                + name
                + "'"
                + (allowed.isEmpty() ? "" : "; this endpoint takes " + String.join(", ", known)));
      }
    }
  }

  private String raw(String name) {
    if (ctx.queryParams(name).size() > 1) {
      throw new BadParameter(name, "'" + name + "' is given more than once");
    }
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  /** The page number, from 0. */
  int page() {
    return integer("page", 0, 0, 1_000_000);
  }

  /** Rows per page, 1 to {@value #MAX_SIZE}. */
  int size() {
    return integer("size", DEFAULT_SIZE, 1, MAX_SIZE);
  }

  int integer(String name, int absent, int min, int max) {
    String v = raw(name);
    if (v == null) {
      return absent;
    }
    try {
      int n = Integer.parseInt(v);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below with the range
    }
    throw new BadParameter(
        name, "'" + name + "' must be a whole number from " + min + " to " + max + ", not " + v);
  }

  /** Free text, at most 500 characters. */
  String text(String name) {
    String v = raw(name);
    if (v != null && v.length() > 500) {
      throw new BadParameter(name, "'" + name + "' is longer than 500 characters");
    }
    return v;
  }

  /** A CAMEO actor code: upper-case letter triples such as USA or CHNGOV. */
  String code(String name) {
    return code(name, raw(name));
  }

  static String code(String name, String v) {
    if (v != null && !CODE.matcher(v).matches()) {
      throw new BadParameter(
          name,
          "'"
              + name
              + "' must be a CAMEO actor code, upper-case letter triples such as USA or CHNGOV, not "
              + v);
    }
    return v;
  }

  /** An actor code, or part of a name (letters, digits, spaces, . ' -). */
  String actor(String name) {
    String v = raw(name);
    if (v != null && !CODE.matcher(v).matches() && !NAME.matcher(v).matches()) {
      throw new BadParameter(
          name,
          "'"
              + name
              + "' must be an actor code (USA, CHNGOV) or part of a name (letters, digits, spaces),"
              + " not "
              + v);
    }
    return v;
  }

  /** A dyad {@code SOURCE,TARGET} of actor codes, as two codes. */
  String[] dyad(String name) {
    String v = raw(name);
    if (v == null) {
      return null;
    }
    String[] sides = v.split(",", -1);
    if (sides.length != 2) {
      throw new BadParameter(name, "'" + name + "' must be SOURCE,TARGET (e.g. CHN,PRK), not " + v);
    }
    return new String[] {code(name, sides[0].strip()), code(name, sides[1].strip())};
  }

  /** A CAMEO root code, two digits. */
  String root(String name) {
    String v = raw(name);
    if (v != null && !ROOT.matcher(v).matches()) {
      throw new BadParameter(name, "'" + name + "' must be a two-digit CAMEO root, not " + v);
    }
    return v;
  }

  /** An ISO date, YYYY-MM-DD. */
  LocalDate date(String name) {
    String v = raw(name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new BadParameter(name, "'" + name + "' must be an ISO date (YYYY-MM-DD), not " + v);
    }
  }

  /** true or false; absent is false. */
  boolean flag(String name) {
    String v = raw(name);
    if (v == null || v.equals("false")) {
      return false;
    }
    if (v.equals("true")) {
      return true;
    }
    throw new BadParameter(name, "'" + name + "' must be true or false, not " + v);
  }
}
