package org.dyad.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.dyad.lexicon.CodingProfile;
import org.dyad.lexicon.Lexicon;
import org.dyad.lexicon.LexiconLoader;
import org.dyad.nlp.CoreNlpAnnotator;
import org.dyad.pipeline.Annotator;
import org.dyad.pipeline.ArticleCoder;
import picocli.CommandLine;

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
    return coder(lexicon, lexicon.profile());
  }

  /**
   * As {@link #coder(Path)}, with the event rules {@code rulesOff} switched off.
   *
   * @throws CommandLine.ParameterException naming the ids the rules file does not have
   */
  static ArticleCoder coder(Path lexiconDir, List<String> rulesOff, CommandLine commandLine) {
    Lexicon lexicon = lexicon(lexiconDir);
    CodingProfile profile;
    try {
      profile = lexicon.profile().without(Set.copyOf(rulesOff));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(commandLine, "--rules-off: " + e.getMessage());
    }
    return coder(lexicon, profile);
  }

  private static ArticleCoder coder(Lexicon lexicon, CodingProfile profile) {
    Lazy<Annotator> corenlp = new Lazy<>(CoreNlpAnnotator::new);
    return new ArticleCoder(article -> corenlp.get().annotate(article), lexicon, profile);
  }
}
