package org.dyad.input;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the article from an HTML page with jsoup: the headline from {@code <h1>} or {@code
 * <title>}, the body from {@code <article>} (else {@code <main>}, else {@code <body>}) as one
 * paragraph per block element, without navigation, scripts, forms, asides and
 * "related"/"share"/"newsletter" furniture; the date from the usual publication metadata; the id
 * from the content ({@link ArticleReader#contentId}). Stateless.
 */
final class HtmlExtractor {
  private static final String FURNITURE =
      "nav, header, footer, aside, script, style, noscript, form, iframe, "
          + "svg, button, figure figcaption, [role=navigation], [aria-hidden=true], "
          + "[class~=(?i)(related|share|social|comment|newsletter|advert|promo|breadcrumb|subscribe|byline-tools|"
          + "recommend|trending|most-read|footer|sidebar)], "
          + "[id~=(?i)(related|share|social|comment|newsletter|advert|promo|breadcrumb|subscribe|sidebar)]";

  private HtmlExtractor() {}

  static Article extract(String html, String origin) throws InputException {
    Document doc = Jsoup.parse(html);
    String title = "";
    Element h1 = doc.selectFirst("h1");
    if (h1 != null && !h1.text().isBlank()) {
      title = h1.text();
    } else if (!doc.title().isBlank()) {
      title = doc.title();
    }
    LocalDate date = metaDate(doc);
    Element root = bodyRoot(doc);
    root.select(FURNITURE).remove();
    root.select("h1").remove();
    List<String> paragraphs = new ArrayList<>();
    for (Element e : root.select("p, h2, h3, h4, li, blockquote, pre")) {
      boolean nested = false;
      for (Element parent : e.parents()) {
        if (parent == root) {
          break;
        }
        nested |= parent.is("p, li, blockquote");
      }
      if (nested) {
        continue; // its text is in its parent's
      }
      String t = e.text().strip();
      if (!t.isEmpty()) {
        paragraphs.add(t);
      }
    }
    String text = paragraphs.isEmpty() ? root.text() : String.join("\n\n", paragraphs);
    Element canonical = doc.selectFirst("link[rel=canonical]");
    String url = canonical == null ? null : canonical.attr("href");
    Element site = doc.selectFirst("meta[property=og:site_name]");
    title = TextCleaner.clean(title);
    text = TextCleaner.clean(text);
    return new Article(
        ArticleReader.contentId(title, text),
        date,
        title,
        text,
        url == null || url.isBlank() ? null : url,
        site == null ? null : site.attr("content"),
        origin);
  }

  private static Element bodyRoot(Document doc) throws InputException {
    Element root = doc.selectFirst("article");
    if (root == null) {
      root = doc.selectFirst("main");
    }
    if (root == null) {
      root = doc.body();
    }
    if (root == null) {
      throw new InputException("HTML page has no body");
    }
    return root;
  }

  private static LocalDate metaDate(Document doc) {
    for (String css :
        List.of(
            "meta[property=article:published_time]",
            "meta[name=date]",
            "meta[name=pubdate]",
            "meta[itemprop=datePublished]",
            "time[datetime]")) {
      Element e = doc.selectFirst(css);
      if (e == null) {
        continue;
      }
      String v = e.hasAttr("content") ? e.attr("content") : e.attr("datetime");
      if (v.length() >= 10) {
        try {
          return LocalDate.parse(v.substring(0, 10));
        } catch (DateTimeParseException ignored) {
          // not an ISO date: try the next source
        }
      }
    }
    return null;
  }
}
