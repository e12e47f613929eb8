package org.dyad.cli;

import java.nio.file.Path;
import org.dyad.lexicon.Lexicon;
import org.dyad.lexicon.LexiconLoader;
import org.dyad.nlp.CoreNlpAnnotator;
import org.dyad.pipeline.Annotator;
import org.dyad.pipeline.ArticleCoder;

/**
 * Builds the coding pipeline the commands share: the lexicon (shipped or from a folder) and
 * CoreNLP.
 */
final class Engine {
  private Engine() {}

  static Lexicon lexicon(Path dir) {
    return dir == null
        ? LexiconLoader.fromClasspath().load()
        : LexiconLoader.fromDirectory(dir).load();
  }

  /**
   * The lexicon is loaded (and checked) at once; CoreNLP, which takes seconds, only when the first
   * article arrives, so a run with nothing readable to code fails fast.
   */
  static ArticleCoder coder(Path lexiconDir) {
    Lexicon lexicon = lexicon(lexiconDir);
    Lazy<Annotator> corenlp = new Lazy<>(CoreNlpAnnotator::new);
    return new ArticleCoder(article -> corenlp.get().annotate(article), lexicon);
  }
}
