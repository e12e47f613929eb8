package org.dyad.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read from input: the body text that every offset indexes, plus metadata.
 *
 * @param id stable identifier: the input's own, or a hash of the title and text ({@code sha1-…})
 * @param date publication date, or null when neither the input nor the command line gives one
 * @param title headline, or "" when there is none
 * @param text body text; all spans index this string
 * @param url where the article came from, or null
 * @param source publisher or feed name, or null
 * @param origin where Dyad read it: file path and line, for messages
 * @param homeCountry the publisher's own country (ISO 3166 alpha-3, "GBR" for the BBC), or null: a
 *     national paper names its own country's institutions without it ("the government", "MPs")
 */
public record Article(
    String id,
    LocalDate date,
    String title,
    String text,
    String url,
    String source,
    String origin,
    String homeCountry) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    title = title == null ? "" : title;
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id must not be blank (origin=" + origin + ")");
    }
    if (homeCountry != null && !homeCountry.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException(
          "home country must be an ISO 3166 alpha-3 code such as GBR, found \""
              + homeCountry
              + "\" (origin="
              + origin
              + ")");
    }
  }

  /** An article whose publisher's country is not known. */
  public Article(
      String id,
      LocalDate date,
      String title,
      String text,
      String url,
      String source,
      String origin) {
    this(id, date, title, text, url, source, origin, null);
  }

  public Article withDate(LocalDate newDate) {
    return new Article(id, newDate, title, text, url, source, origin, homeCountry);
  }

  public Article withHomeCountry(String country) {
    return new Article(id, date, title, text, url, source, origin, country);
  }
}
