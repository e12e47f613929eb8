package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.store.Store;
import org.dyad.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad delete}: removes articles, with all their rows, from a store by id. */
@Command(
    name = "delete",
    mixinStandardHelpOptions = true,
    description = "Delete articles and everything coded from them from a store, by id.",
    footer = {
      "",
      "Ids the store does not hold are named and skipped. Exit status: 0 every id was deleted, 1"
          + " some ids were not in the store, 2 bad command line, 3 the store cannot be opened."
    })
final class DeleteCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "ID", description = "Article ids (article_id).")
  List<String> ids = new ArrayList<>();

  @Option(
      names = "--ids-from",
      paramLabel = "FILE",
      description = "Also the ids in FILE, one a line (- for standard input).")
  Path idsFrom;

  @Option(
      names = "--store",
      paramLabel = "DIR",
      defaultValue = "dyad-data",
      description = "The store folder (default: ${DEFAULT-VALUE}).")
  Path store;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    List<String> all = new ArrayList<>(ids);
    if (idsFrom != null) {
      List<String> lines =
          idsFrom.toString().equals("-")
              ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()
              : Files.readAllLines(idsFrom, StandardCharsets.UTF_8);
      lines.stream().map(String::strip).filter(l -> !l.isEmpty()).forEach(all::add);
    }
    if (all.isEmpty()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "give the ids of the articles to delete, or --ids-from FILE");
    }
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.exists(store.resolve(Store.DATABASE_FILE))) {
      err.println("dyad: no store in " + store);
      err.flush();
      return DyadCli.EXIT_SETUP;
    }
    try (Store s = Store.open(store)) {
      List<String> missing =
          all.stream().distinct().filter(id -> s.contentHash(id) == null).toList();
      int deleted = s.delete(all);
      for (String id : missing) {
        err.println("dyad: no article \"" + id + "\" in " + store + "; skipped");
      }
      err.println(
          String.format(
              Locale.ROOT,
              "dyad: deleted %,d articles; the store %s holds %,d articles",
              deleted,
              store,
              s.articleCount()));
      err.flush();
      return missing.isEmpty() ? 0 : DyadCli.EXIT_INPUT_ERRORS;
    } catch (StoreException e) {
      err.println("dyad: " + e.getMessage());
      err.flush();
      return DyadCli.EXIT_SETUP;
    }
  }
}
