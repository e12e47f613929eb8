package org.dyad.eval;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.input.ArticleReader;
import org.dyad.input.ReadResult;
import org.dyad.model.Article;

/**
 * Finds the articles a gold file refers to in the shared corpora, read as {@code dyad code} reads
 * them (so offsets and cleaning are the same) and dated as the gold file says. Each corpus file is
 * read once. Stateless.
 */
public final class GoldCorpora {
  private GoldCorpora() {}

  /**
   * The articles of {@code gold}, in its order.
   *
   * @param goldFile the gold file, for messages
   * @param shared the folder the gold file's corpus paths are relative to
   * @throws GoldFileException naming the gold file's line when a corpus or an article is missing
   */
  public static List<Article> articles(List<GoldArticle> gold, Path goldFile, Path shared)
      throws GoldFileException {
    Map<String, Map<String, Article>> corpora = new HashMap<>();
    List<Article> out = new ArrayList<>();
    for (GoldArticle g : gold) {
      String where = goldFile + ":" + g.line();
      Path corpus = shared.resolve(g.corpus());
      if (!Files.isRegularFile(corpus)) {
        throw new GoldFileException(where + ": corpus " + corpus + " does not exist");
      }
      Map<String, Article> byId = corpora.computeIfAbsent(g.corpus(), c -> read(corpus));
      Article a = byId.get(g.id());
      if (a == null) {
        throw new GoldFileException(where + ": article \"" + g.id() + "\" is not in " + corpus);
      }
      out.add(
          g.homeCountry() == null
              ? a.withDate(g.date())
              : a.withDate(g.date()).withHomeCountry(g.homeCountry()));
    }
    return out;
  }

  private static Map<String, Article> read(Path corpus) {
    Map<String, Article> m = new LinkedHashMap<>();
    new ArticleReader(null, new ByteArrayInputStream(new byte[0]))
        .read(
            List.of(corpus.toString()),
            r -> {
              if (r instanceof ReadResult.Ok ok) {
                m.put(ok.article().id(), ok.article());
              }
            });
    // A text or HTML file has no id of its own (the reader gives it a content hash): gold files
    // name it by its file name, so the one article of such a file also answers to that name.
    if (m.size() == 1
        && !corpus.getFileName().toString().matches("(?i).*\\.(jsonl|ndjson|json)(\\.gz)?")) {
      Article a = m.values().iterator().next();
      String stem = corpus.getFileName().toString().replaceAll("(?i)(\\.[a-z]+)?(\\.gz)?$", "");
      m.put(
          stem,
          new Article(
              stem,
              a.date(),
              a.title(),
              a.text(),
              a.url(),
              a.source(),
              a.origin(),
              a.homeCountry()));
    }
    return m;
  }
}
