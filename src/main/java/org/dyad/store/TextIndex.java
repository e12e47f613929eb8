package org.dyad.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;

/**
 * A Lucene full-text index over the stored sentences and quotations, kept in the store folder
 * ({@code text-index/}) and derived entirely from the database.
 *
 * <p>It is brought up to date after each committed batch by indexing every article whose {@code
 * batch} is newer than the last batch recorded in the index's own commit data; so a crash between
 * the database commit and the index commit is repaired when the store is next opened. English
 * stemming: "talks" finds "talk". Used from one thread. A read-only index (for a read-only store)
 * has no writer and searches what the last writer committed.
 */
final class TextIndex implements AutoCloseable {
  static final String FOLDER = "text-index";
  private static final String BATCH = "dyad.batch";

  /** One matching sentence or quotation. {@code sentence} is -1 for a quotation. */
  record Hit(String articleId, int sentence, String quoteId) {}

  private final FSDirectory directory;
  private final boolean readOnly;
  private IndexWriter writer;
  private final EnglishAnalyzer analyzer = new EnglishAnalyzer();

  TextIndex(Path storeDir) throws IOException {
    this(storeDir, false);
  }

  TextIndex(Path storeDir, boolean readOnly) throws IOException {
    directory = FSDirectory.open(storeDir.resolve(FOLDER));
    this.readOnly = readOnly;
  }

  /**
   * The writer, opened when first needed: Lucene's write lock would stop a reader beside a running
   * ingest, so a reader takes none, and a writable store takes it only to index.
   */
  private IndexWriter writer() throws IOException {
    if (readOnly) {
      throw new IllegalStateException("a read-only text index has no writer");
    }
    if (writer == null) {
      writer =
          new IndexWriter(
              directory,
              new IndexWriterConfig(analyzer)
                  .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
    }
    return writer;
  }

  long indexedBatch() throws IOException {
    Iterable<Map.Entry<String, String>> data = writer().getLiveCommitData();
    if (data != null) {
      for (Map.Entry<String, String> e : data) {
        if (e.getKey().equals(BATCH)) {
          return Long.parseLong(e.getValue());
        }
      }
    }
    return 0;
  }

  /** Removes the sentences and quotations of {@code articleIds}, then commits. */
  void delete(List<String> articleIds) throws IOException {
    IndexWriter w = writer();
    for (String id : articleIds) {
      w.deleteDocuments(new Term("article", id));
    }
    w.commit();
  }

  /** Indexes the articles stored in batches after the index's last one, then commits. */
  void catchUp(Connection db) throws SQLException, IOException {
    long after = indexedBatch();
    long newest = after;
    Set<String> articles = new LinkedHashSet<>();
    try (PreparedStatement ps =
        db.prepareStatement("SELECT article_id, batch FROM articles WHERE batch > ?")) {
      ps.setLong(1, after);
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          articles.add(r.getString(1));
          newest = Math.max(newest, r.getLong(2));
        }
      }
    }
    if (articles.isEmpty()) {
      return;
    }
    IndexWriter writer = writer();
    for (String id : articles) {
      writer.deleteDocuments(new Term("article", id));
    }
    try (PreparedStatement ps =
        db.prepareStatement(
            "SELECT s.article_id, s.sentence, s.text FROM sentences s JOIN articles a"
                + " ON a.article_id = s.article_id WHERE a.batch > ?")) {
      ps.setLong(1, after);
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          Document d = new Document();
          d.add(new StringField("article", r.getString(1), Field.Store.YES));
          d.add(new StoredField("sentence", r.getInt(2)));
          d.add(new TextField("text", r.getString(3), Field.Store.NO));
          writer.addDocument(d);
        }
      }
    }
    try (PreparedStatement ps =
        db.prepareStatement(
            "SELECT q.article_id, q.quote_id, q.text FROM quotes q JOIN articles a"
                + " ON a.article_id = q.article_id WHERE a.batch > ?")) {
      ps.setLong(1, after);
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          Document d = new Document();
          d.add(new StringField("article", r.getString(1), Field.Store.YES));
          d.add(new StoredField("quote", r.getString(2)));
          d.add(new TextField("text", r.getString(3), Field.Store.NO));
          writer.addDocument(d);
        }
      }
    }
    writer.setLiveCommitData(Map.of(BATCH, Long.toString(newest)).entrySet());
    writer.commit();
  }

  /**
   * Every sentence and quotation matching {@code query} in Lucene's classic syntax ({@code nuclear
   * AND talks}, {@code "socialist cause"}).
   */
  List<Hit> search(String query) throws IOException {
    Query q;
    try {
      q = new QueryParser("text", analyzer).parse(query);
    } catch (ParseException e) {
      throw new TextQueryException(
          "cannot read the text query \"" + query + "\": " + e.getMessage());
    }
    List<Hit> hits = new ArrayList<>();
    if (writer == null && !DirectoryReader.indexExists(directory)) {
      return hits;
    }
    try (DirectoryReader reader =
        writer == null ? DirectoryReader.open(directory) : DirectoryReader.open(writer)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      int max = Math.max(1, reader.numDocs());
      var stored = searcher.storedFields();
      for (ScoreDoc sd : searcher.search(q, max).scoreDocs) {
        Document d = stored.document(sd.doc);
        var sentence = d.getField("sentence");
        hits.add(
            new Hit(
                d.get("article"),
                sentence == null ? -1 : sentence.numericValue().intValue(),
                d.get("quote")));
      }
    }
    return hits;
  }

  @Override
  public void close() throws IOException {
    try {
      if (writer != null) {
        writer.close();
      }
    } finally {
      directory.close();
    }
  }
}
