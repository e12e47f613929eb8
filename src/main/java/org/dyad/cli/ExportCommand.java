package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.dyad.store.Exporter;
import org.dyad.store.Store;
import org.dyad.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyad export}: writes a store's contents as GDELT, PLOVER, JSON Lines, CSV or Parquet. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Export a store's articles, actors, events and quotations.",
    footer = {
      "",
      "gdelt: events.gdelt.tsv (GDELT 2.0's 61 event columns, no header) and mentions.gdelt.tsv"
          + " (its 16 mention columns); plover: events.plover.jsonl; jsonl, csv, parquet:"
          + " articles, actors, events and quotes, one file each. Column names are in the README.",
      "",
      "The event options (--actor ... --text) select events as for dyad query: the event formats"
          + " hold those events, the table formats those events and the articles they come from"
          + " with their actors and quotations. --since-run N keeps the articles stored (new or"
          + " replaced) by runs after run N; dyad stats shows the last run.",
      "",
      EventFilterOptions.ACTOR_HELP,
      "",
      "Exit status: 0 exported, 2 bad command line, 3 the store cannot be opened or the output"
          + " folder cannot be written."
    })
final class ExportCommand implements Callable<Integer> {
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

  @Option(names = "--format", required = true, description = "${COMPLETION-CANDIDATES}.")
  Exporter.Format format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      defaultValue = "dyad-export",
      description =
          "Folder to write the files into, created if needed (default: ${DEFAULT-VALUE}).")
  Path output;

  @CommandLine.Mixin EventFilterOptions filterOptions;

  @Option(
      names = "--since-run",
      paramLabel = "N",
      description = "Only the articles stored by runs after run N, and their rows.")
  Integer sinceRun;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (sinceRun != null && sinceRun < 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--since-run takes a run number, 0 or more: " + sinceRun);
    }
    Exporter.Selection selection =
        new Exporter.Selection(
            filterOptions.isEmpty() ? null : filterOptions.filter(spec, 0), sinceRun);
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.exists(store.resolve(Store.DATABASE_FILE))) {
      err.println(
          "dyad: no store in " + store + " (create one with dyad ingest --store " + store + ")");
      err.flush();
      return DyadCli.EXIT_SETUP;
    }
    try (Store s = Store.openReadOnly(store, Duration.ofSeconds(waitSeconds))) {
      for (Path file : new Exporter(s).export(format, output, selection)) {
        err.println("dyad: wrote " + file);
      }
      err.flush();
    } catch (StoreException e) {
      err.println("dyad: " + e.getMessage());
      err.flush();
      return DyadCli.EXIT_SETUP;
    }
    return 0;
  }
}
