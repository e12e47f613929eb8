package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.output.QuoteListWriter;
import org.dyad.pipeline.ArticleCoder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad quotes}: lists each article's quotations grouped by speaker. */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = "List quotations by speaker, with kind, cue, channel and audience.",
    footer = {
      "",
      "Exit status: 0 all inputs read, 1 some inputs could not be read or coded, 2 bad command"
          + " line, 3 broken setup."
    })
final class QuotesCommand implements Callable<Integer> {
  enum Format {
    table,
    jsonl
  }

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description = "Files, folders or - for standard input, as for 'dyad code'.")
  List<String> inputs;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "Publication date for inputs that carry none.")
  LocalDate date;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--lexicon",
      paramLabel = "DIR",
      description = "Load the lexicon from this folder instead of the one shipped in the jar.")
  java.nio.file.Path lexicon;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    ArticleCoder coder = Engine.coder(lexicon);
    PrintWriter err = spec.commandLine().getErr();
    QuoteListWriter writer = new QuoteListWriter();
    PrintWriter sink = spec.commandLine().getOut();
    int failures =
        CodingRun.run(
            coder,
            inputs,
            date,
            null,
            threads,
            err,
            c -> {
              sink.print(
                  format == Format.jsonl ? writer.toJson(c) + "\n" : writer.toTable(c) + "\n");
              sink.flush();
            });
    return failures == 0 ? 0 : DyadCli.EXIT_INPUT_ERRORS;
  }
}
