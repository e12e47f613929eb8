package org.dyad.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.dyad.model.Article;

/**
 * Fingerprints what an article says (id, date, title, text, url, source) and the publisher's home
 * country it is coded with, so ingest can tell an article already stored from a changed version of
 * it or one coded with other settings. The origin (file and line) is left out: the same story read
 * from another file is the same story. Stateless.
 */
public final class ContentHash {
  private ContentHash() {}

  public static String of(Article a) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String part :
          new String[] {
            a.id(),
            a.date() == null ? "" : a.date().toString(),
            a.title(),
            a.text(),
            a.url() == null ? "" : a.url(),
            a.source() == null ? "" : a.source()
          }) {
        md.update(part.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0); // a separator no field contains, so "ab"+"c" differs from "a"+"bc"
      }
      // Only when there is one, so articles without keep the hashes earlier versions stored.
      if (a.homeCountry() != null) {
        md.update(("home_country=" + a.homeCountry()).getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(md.digest()).substring(0, 32);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
