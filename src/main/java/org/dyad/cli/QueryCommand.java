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
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
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
      EventFilterOptions.ACTOR_HELP,
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

  @CommandLine.Mixin EventFilterOptions filterOptions;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  RowFormat format;

  @Option(names = "--limit", paramLabel = "N", description = "At most N events (default: all).")
  int limit;

  @Option(
      names = "--stories",
      description =
          "List story events (the events of many reports linked into one, see README) instead of"
              + " events: each story with at least one matching event, once.")
  boolean stories;

  @Option(
      names = "--full",
      description =
          "With --format table, write every value whole (source and target words, trigger, ids)"
              + " instead of cutting it to its column.")
  boolean full;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write here instead of standard output.")
  Path output;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    EventFilter filter = filterOptions.filter(spec, limit);
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
      RowFormat.Layout layout = stories ? RowFormat.STORIES : RowFormat.EVENTS;
      EventQuery query = new EventQuery(s);
      Consumer<List<String>> header = columns -> write(out, format.header(columns, layout));
      Consumer<Map<String, Object>> rows = row -> write(out, format.row(row, layout, full));
      int found =
          stories ? query.runStories(filter, header, rows) : query.run(filter, header, rows);
      if (found == 0) {
        // Said on standard error, so the output stays a valid (empty) table, CSV or JSONL file.
        err.println("dyad: 0 " + (stories ? "story events" : "events") + " match");
        err.flush();
      }
    } catch (StoreException e) {
      err.println("dyad: " + e.getMessage());
      err.flush();
      return DyadCli.EXIT_SETUP;
    }
    return 0;
  }

  private static void write(Writer out, String line) {
    if (line == null) {
      return;
    }
    try {
      out.write(line + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write output", e);
    }
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
