package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.dyad.lexicon.Lexicon;
import org.dyad.lexicon.VerbPattern;
import org.dyad.lexicon.WordNetSuggester;
import org.dyad.lexicon.WordNetSuggester.Relation;
import org.dyad.lexicon.WordNetSuggester.Suggestion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dyad lexicon suggest}: writes WordNet-derived pattern proposals as a TSV for review.
 *
 * <p>The only command that opens WordNet; it refers to the suggester only inside {@link #call()},
 * so building the command line for other commands does not load it.
 */
@Command(
    name = "suggest",
    mixinStandardHelpOptions = true,
    description = {
      "Propose verb patterns from WordNet, as a TSV for review.",
      "Each pattern's frame with a synonym (or a direct hypernym) of its trigger, from the"
          + " trigger's most frequent senses, where the lexicon has no such pattern yet. Reviewed"
          + " lines go into lexicon/verbs/wordnet.tsv (docs/wordnet-expansion.md)."
    },
    footer = {"", "Exit status: 0 written, 2 bad command line, 3 broken setup (invalid lexicon)."})
final class LexiconSuggestCommand implements Callable<Integer> {
  static final String HEADER =
      "pattern\tpos\tcode\tsource_id\tsource_pattern\trelation\tsynset\tsense_rank\tsense_count"
          + "\tsynonym_rank\tsynonym_senses\tsynonym_count\texisting_codes\tgloss";

  @Option(
      names = "--root",
      paramLabel = "RR",
      split = ",",
      description = "Only patterns of these CAMEO root classes (01-20); repeatable.")
  List<String> roots = List.of();

  @Option(
      names = "--code",
      paramLabel = "CODE",
      description = "Only patterns with this CAMEO code or one of its sub-codes.")
  String code;

  @Option(
      names = "--senses",
      paramLabel = "N",
      defaultValue = "2",
      description =
          "Expand a trigger's N most frequent senses (default: ${DEFAULT-VALUE}); senses after the"
              + " first are skipped when WordNet's tagged corpus never saw the trigger in them.")
  int senses;

  @Option(
      names = "--relations",
      paramLabel = "REL",
      split = ",",
      defaultValue = "synonym,hypernym",
      description =
          "Related words to propose: synonym, hypernym, hyponym (default: ${DEFAULT-VALUE}).")
  Set<Relation> relations;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write here instead of standard output.")
  Path output;

  @Option(
      names = "--lexicon",
      paramLabel = "DIR",
      description = "Load the lexicon from this folder instead of the one shipped in the jar.")
  Path lexicon;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (senses < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--senses must be at least 1");
    }
    for (String r : roots) {
      if (!r.matches("0[1-9]|1[0-9]|20")) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--root must be a CAMEO root class 01-20: " + r);
      }
    }
    Lexicon lx = Engine.lexicon(lexicon);
    Predicate<VerbPattern> selected =
        p ->
            // Hand-written patterns only: a synonym of a WordNet synonym drifts from the meaning.
            p.id().startsWith("V.")
                && (roots.isEmpty() || roots.contains(p.code().substring(0, 2)))
                && (code == null || p.code().startsWith(code));
    WordNetSuggester suggester =
        new WordNetSuggester(
            WordNetSuggester.openWordNet(),
            senses,
            relations.isEmpty() ? EnumSet.allOf(Relation.class) : relations);
    List<Suggestion> suggestions = suggester.suggest(lx.patterns(), selected);
    Writer out =
        output == null
            ? spec.commandLine().getOut()
            : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
    try {
      out.write(HEADER + "\n");
      for (Suggestion s : suggestions) {
        out.write(line(s) + "\n");
      }
    } finally {
      if (output == null) {
        out.flush(); // never close standard output
      } else {
        out.close();
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    err.println(
        "suggest: "
            + suggestions.size()
            + " suggestions from "
            + lx.patterns().stream().filter(selected).count()
            + " patterns");
    err.flush();
    return 0;
  }

  static String line(Suggestion s) {
    return String.join(
        "\t",
        s.pattern(),
        s.pos().name(),
        s.code(),
        s.source().id(),
        s.source().source(),
        s.relation().name().toLowerCase(java.util.Locale.ROOT),
        s.synset(),
        String.valueOf(s.senseRank()),
        String.valueOf(s.senseCount()),
        String.valueOf(s.synonymRank()),
        String.valueOf(s.synonymSenses()),
        String.valueOf(s.synonymCount()),
        s.existingCodes().isEmpty() ? "-" : String.join("|", s.existingCodes()),
        s.gloss().replace('\t', ' '));
  }
}
