package org.dyad.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.dyad.output.JsonArticleWriter;
import org.dyad.output.TableWriter;
import org.dyad.pipeline.ArticleCoder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad code}: reads articles and writes their actors, events and quotations. */
@Command(
    name = "code",
    mixinStandardHelpOptions = true,
    description = "Code news articles into actors, events and quotations.",
    footer = {
      "",
      "Exit status: 0 all inputs coded, 1 some inputs could not be read or coded (the others are"
          + " still written), 2 bad command line, 3 broken setup (invalid lexicon, unwritable output)."
    })
final class CodeCommand implements Callable<Integer> {
  enum Format {
    jsonl,
    table
  }

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description =
          "Files (.txt, .html, .json, .jsonl, optionally .gz), folders (read recursively), or - for"
              + " standard input.")
  List<String> inputs;

  @Option(
      names = "--format",
      defaultValue = "jsonl",
      description = "Output format: ${COMPLETION-CANDIDATES}" + " (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--full",
      description =
          "With --format table, write every name, trigger and quotation whole instead of cutting"
              + " it to its column.")
  boolean full;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "Publication date for inputs that carry none (plain text, most HTML).")
  LocalDate date;

  @Option(
      names = "--home-country",
      paramLabel = "ISO3",
      description =
          "The publisher's own country (ISO 3166 alpha-3, e.g. GBR for the BBC) for inputs that"
              + " carry none: a national paper's \"the government\" or \"MPs\" with no country"
              + " named are that country's.")
  String homeCountry;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write here instead of standard output.")
  Path output;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--lexicon",
      paramLabel = "DIR",
      description = "Load the lexicon from this folder instead of the one shipped in the jar.")
  Path lexicon;

  @Option(
      names = "--rules-off",
      paramLabel = "ID",
      split = ",",
      description =
          "Event rules to switch off for this run, by id: lexicon/event-rules.tsv lists them.")
  List<String> rulesOff = List.of();

  @Option(
      names = "--progress",
      paramLabel = "auto|lines|none",
      defaultValue = "auto",
      description =
          "auto (a line every 10 s on standard error, unless the output goes to this terminal),"
              + " lines or none (default: ${DEFAULT-VALUE}).")
  String progress;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    if (homeCountry != null && !homeCountry.matches("[A-Z]{3}")) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--home-country must be an ISO 3166 alpha-3 code such as GBR, found \""
              + homeCountry
              + "\"");
    }
    Progress.Style style = progressStyle();
    ArticleCoder coder = Engine.coder(lexicon, rulesOff, spec.commandLine());
    PrintWriter err = spec.commandLine().getErr();
    // A line every 10 s: long runs say how far they are; runs under 10 s say nothing more.
    Progress bar = new Progress(err, style, -1, System::nanoTime, TimeUnit.SECONDS.toNanos(10));
    JsonArticleWriter json = new JsonArticleWriter();
    TableWriter table = new TableWriter(full);
    int failures;
    try (Writer out = open(output)) {
      failures =
          CodingRun.run(
              coder,
              inputs,
              date,
              homeCountry,
              threads,
              err,
              bar,
              c -> {
                try {
                  out.write(
                      format == Format.jsonl ? json.toJson(c) + "\n" : table.toTable(c) + "\n");
                  out.flush();
                } catch (IOException e) {
                  throw new UncheckedIOException("cannot write output", e);
                }
              });
    }
    return failures == 0 ? 0 : DyadCli.EXIT_INPUT_ERRORS;
  }

  /**
   * Coded output on this terminal would be interleaved with progress lines: then auto shows none. A
   * bar is not offered, since the output may share the terminal.
   */
  private Progress.Style progressStyle() {
    return switch (progress) {
      case "auto" ->
          output == null && System.console() != null ? Progress.Style.none : Progress.Style.lines;
      case "lines" -> Progress.Style.lines;
      case "none" -> Progress.Style.none;
      default ->
          throw new CommandLine.ParameterException(
              spec.commandLine(),
              "--progress must be auto, lines or none, not \"" + progress + "\"");
    };
  }

  private Writer open(Path file) throws IOException {
    if (file == null) {
      return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
        @Override
        public void close() throws IOException {
          flush(); // never close standard output
        }
      };
    }
    return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
  }
}
