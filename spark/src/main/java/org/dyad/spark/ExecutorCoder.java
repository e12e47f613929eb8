package org.dyad.spark;

import java.nio.file.Path;
import org.dyad.lexicon.Lexicon;
import org.dyad.lexicon.LexiconLoader;
import org.dyad.nlp.CoreNlpAnnotator;
import org.dyad.pipeline.ArticleCoder;

/**
 * The one {@link ArticleCoder} of this JVM (a Spark executor, or the driver in local mode), built
 * on first use and then shared by every task the JVM runs.
 *
 * <p>A static holder breaks the house rule of no static mutable state, deliberately: Spark gives no
 * hook that runs once per executor, tasks are deserialized fresh, and CoreNLP's models take ~10 s
 * and ~1.5 GB to load, so anything narrower than the JVM would load them once per task. The coder
 * is immutable after construction and thread-safe, so concurrent tasks share it. The lexicon folder
 * is part of the key: a JVM that served a job with another lexicon builds a new coder.
 */
final class ExecutorCoder {
  private static String lexiconKey;
  private static ArticleCoder coder;

  private ExecutorCoder() {}

  /** The coder for {@code lexiconDir} (null: the lexicon shipped in the jar). */
  static synchronized ArticleCoder get(String lexiconDir) {
    String key = lexiconDir == null ? "" : lexiconDir;
    if (coder == null || !key.equals(lexiconKey)) {
      Lexicon lexicon =
          lexiconDir == null
              ? LexiconLoader.fromClasspath().load()
              : LexiconLoader.fromDirectory(Path.of(lexiconDir)).load();
      coder = new ArticleCoder(new CoreNlpAnnotator(), lexicon);
      lexiconKey = key;
    }
    return coder;
  }
}
