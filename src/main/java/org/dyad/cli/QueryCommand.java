package org.dyad.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.model.Mode;
import org.dyad.store.EventFilter;
import org.dyad.store.EventQuery;
import org.dyad.store.RowFormat;
import org.dyad.store.Store;
import org.dyad.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyad query}: finds stored events by actor, dyad, code, mode, date and text. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = "Find events in a store.",
    footer = {
      "",
      "ACTOR is a CAMEO actor code (upper-case letter triples: CHN matches CHN, CHNGOV, CHNMIL ...)"
          + " or a name, matched case-insensitively anywhere in the actor's name or in the event's"
          + " words.",
      "",
      "Exit status: 0 the query ran (even with no events), 2 bad command line, 3 the store cannot"
          + " be opened or the text query cannot be read."
    })
final class QueryCommand implements Callable<Integer> {
  @Option(
      names = "--store",
      paramLabel = "DIR",
      defaultValue = "dyad-data",
      description = "The store folder (default: ${DEFAULT-VALUE}).")
  Path store;

  @Option(
      names = "--wait",
      paramLabel = "SECONDS",
      defaultValue = "30",
      description =
          "While an ingest stores a batch, wait up to this long for the store (default:"
              + " ${DEFAULT-VALUE}).")
  int waitSeconds;

  @Option(names = "--actor", paramLabel = "ACTOR", description = "Either side of the event.")
  String actor;

  @Option(names = "--source", paramLabel = "ACTOR", description = "The side that acts.")
  String source;

  @Option(names = "--target", paramLabel = "ACTOR", description = "The side acted on.")
  String target;

  @Option(
      names = "--dyad",
      paramLabel = "SOURCE,TARGET",
      description = "Events from SOURCE to TARGET, e.g. CHN,PRK.")
  String dyad;

  @Option(
      names = "--either-direction",
      description = "With --dyad: also events from TARGET to SOURCE.")
  boolean eitherDirection;

  @Option(
      names = "--cameo",
      paramLabel = "CODE",
      description = "CAMEO event code or its prefix: 04 matches 040, 042, 0431 ...")
  String cameo;

  @Option(names = "--root", paramLabel = "NN", description = "CAMEO root code (two digits).")
  String root;

  @Option(names = "--plover", paramLabel = "TYPE", description = "PLOVER event type, e.g. CONSULT.")
  String plover;

  @Option(names = "--quad", paramLabel = "1-4", description = "Quad class.")
  Integer quad;

  @Option(
      names = "--mode",
      paramLabel = "MODE",
      description = "asserted, negated, hypothetical or future.")
  Mode mode;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Events on or after.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Events on or before.")
  LocalDate to;

  @Option(
      names = "--text",
      paramLabel = "QUERY",
      description =
          "Full text over sentences and quotations (Lucene syntax: nuclear AND talks,"
              + " \"socialist cause\"); an event matches when its sentence or its quotation does.")
  String text;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  RowFormat format;

  @Option(names = "--limit", paramLabel = "N", description = "At most N events (default: all).")
  int limit;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write here instead of standard output.")
  Path output;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    EventFilter filter;
    try {
      String[] d = dyad == null ? null : dyad.split(",", -1);
      if (d != null && (d.length != 2 || d[0].isBlank() || d[1].isBlank())) {
        throw new IllegalArgumentException("--dyad takes SOURCE,TARGET, e.g. CHN,PRK: " + dyad);
      }
      filter =
          new EventFilter(
              actor,
              source,
              target,
              d == null ? null : d[0].strip(),
              d == null ? null : d[1].strip(),
              eitherDirection,
              cameo,
              root,
              plover,
              quad,
              mode,
              from,
              to,
              text,
              limit);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.exists(store.resolve(Store.DATABASE_FILE))) {
      err.println(
          "dyad: no store in " + store + " (create one with dyad ingest --store " + store + ")");
      err.flush();
      return DyadCli.EXIT_SETUP;
    }
    // Read-only, so a query can run beside "dyad serve" (DuckDB lets readers share a file).
    try (Store s = Store.openReadOnly(store, Duration.ofSeconds(waitSeconds));
        Writer out = open(output)) {
      List<String> columns = new ArrayList<>();
      boolean[] first = {true};
      new EventQuery(s)
          .run(
              filter,
              row -> {
                try {
                  if (first[0]) {
                    columns.addAll(row.keySet());
                    String header = format.header(columns);
                    if (header != null) {
                      out.write(header + "\n");
                    }
                    first[0] = false;
                  }
                  out.write(format.row(row) + "\n");
                } catch (IOException e) {
                  throw new UncheckedIOException("cannot write output", e);
                }
              });
    } catch (StoreException e) {
      err.println("dyad: " + e.getMessage());
      err.flush();
      return DyadCli.EXIT_SETUP;
    }
    return 0;
  }

  private Writer open(Path file) throws IOException {
    if (file == null) {
      return new BufferedWriter(spec.commandLine().getOut()) {
        @Override
        public void close() throws IOException {
          flush(); // never close standard output
        }
      };
    }
    return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
  }
}
