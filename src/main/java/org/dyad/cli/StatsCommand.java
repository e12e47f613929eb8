package org.dyad.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.store.Store;
import org.dyad.store.StoreException;
import org.dyad.store.StoreStats;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyad stats}: what a store holds, for people: counts, date range, runs and size. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = "Show what a store holds: articles, events, quotations, runs, dates and size.",
    footer = {"", "Exit status: 0 shown, 2 bad command line, 3 the store cannot be opened."})
final class StatsCommand implements Callable<Integer> {
  @Option(
      names = "--store",
      paramLabel = "DIR",
      defaultValue = "dyad-data",
      description = "The store folder (default: ${DEFAULT-VALUE}).")
  Path store;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.exists(store.resolve(Store.DATABASE_FILE))) {
      err.println(
          "dyad: no store in " + store + " (create one with dyad ingest --store " + store + ")");
      err.flush();
      return DyadCli.EXIT_SETUP;
    }
    StoreStats st;
    try (Store s = Store.openReadOnly(store)) {
      st = StoreStats.of(s);
    } catch (StoreException e) {
      err.println("dyad: " + e.getMessage());
      err.flush();
      return DyadCli.EXIT_SETUP;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(line("store", store.toString()));
    out.println(
        line(
            "articles",
            n(st.articles())
                + (st.firstDate() == null
                    ? ""
                    : ", dated " + st.firstDate() + " to " + st.lastDate())
                + (st.undated() == 0 ? "" : ", " + n(st.undated()) + " without a date")));
    out.println(line("events", n(st.events())));
    out.println(line("quotations", n(st.quotations())));
    out.println(line("actors", n(st.actors())));
    StoreStats.Run last = st.lastRun();
    out.println(
        line(
            "runs",
            n(st.runs())
                + (last == null
                    ? ""
                    : String.format(
                        Locale.ROOT,
                        "; the last, #%d, started %s, %s: stored %,d, already stored %,d, failed %,d",
                        last.id(),
                        last.startedAt(),
                        last.finishedAt() == null
                            ? "did not finish"
                            : "finished " + last.finishedAt(),
                        last.stored(),
                        last.unchanged(),
                        last.failed()))));
    out.println(line("size", String.format(Locale.ROOT, "%.1f MB", st.bytes() / 1e6)));
    out.flush();
    return 0;
  }

  private static String line(String name, String value) {
    return String.format(Locale.ROOT, "%-11s %s", name, value);
  }

  private static String n(long count) {
    return String.format(Locale.ROOT, "%,d", count);
  }
}
