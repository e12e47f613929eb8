package org.dyad.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The usual gender of English-language first names, from the name list shipped in CoreNLP's models
 * jar ({@code namegender.combine.txt}, about 14,600 names), so "he said" after "Hillary Clinton and
 * Donald Trump" finds Trump. Returns "MALE", "FEMALE" or null for unknown names and for names the
 * list gives both genders ("Terry", "Jordan": about 290), which say nothing. Immutable.
 */
public final class FirstNameGender implements Function<String, String> {
  private static final String RESOURCE = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";
  private final Map<String, String> genders;

  private FirstNameGender(Map<String, String> genders) {
    this.genders = Map.copyOf(genders);
  }

  public static FirstNameGender load() {
    Map<String, String> out = new HashMap<>();
    try (InputStream in = FirstNameGender.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            RESOURCE + " is missing: the CoreNLP models jar is not on the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        String[] parts = line.split("\t");
        if (parts.length == 2 && (parts[1].equals("MALE") || parts[1].equals("FEMALE"))) {
          out.merge(
              parts[0].strip().toLowerCase(Locale.ROOT),
              parts[1],
              (was, now) -> was.equals(now) ? was : BOTH);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    out.values().removeIf(BOTH::equals);
    return new FirstNameGender(out);
  }

  /** A name listed with both genders, dropped once the list is read. */
  private static final String BOTH = "BOTH";

  @Override
  public String apply(String firstName) {
    return firstName == null ? null : genders.get(firstName.toLowerCase(Locale.ROOT));
  }
}
