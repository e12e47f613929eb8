package org.dyad.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.dyad.server.DyadServer;
import org.dyad.store.Store;
import org.dyad.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyad serve}: the JSON API and web page over a store, until the process is stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Browse a store in a web page, or query it over a JSON API.",
    footer = {
      "",
      "The store is opened read-only and released between requests, so 'dyad ingest', 'query',"
          + " 'export' and other servers can use it too. With --allow-ingest it is opened for"
          + " writing and POST /api/articles codes and stores articles: a write must send JSON"
          + " (application/json or application/x-ndjson), name this server in Host and Origin, and"
          + " carry the token printed at start-up as 'Authorization: Bearer TOKEN'.",
      "",
      "Exit status: 0 stopped, 2 bad command line, 3 the store cannot be opened or the port is"
          + " taken."
    })
final class ServeCommand implements Callable<Integer> {
  @Option(
      names = "--store",
      paramLabel = "DIR",
      defaultValue = "dyad-data",
      description = "The store folder (default: ${DEFAULT-VALUE}).")
  Path store;

  @Option(
      names = "--port",
      paramLabel = "P",
      defaultValue = "7070",
      description = "The port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      description =
          "The address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for"
              + " every interface).")
  String host;

  @Option(
      names = "--wait",
      paramLabel = "SECONDS",
      defaultValue = "30",
      description =
          "While another process stores a batch, wait up to this long for the store (default:"
              + " ${DEFAULT-VALUE}).")
  int waitSeconds;

  @Option(
      names = "--allow-ingest",
      description = "Accept articles over HTTP (POST /api/articles) and store them.")
  boolean allowIngest;

  @Option(
      names = "--lexicon",
      paramLabel = "DIR",
      description = "With --allow-ingest: code with the lexicon in this folder.")
  Path lexicon;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--port must be from 0 to 65535, not " + port);
    }
    try {
      InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--host must be an address or name of this machine (such as 127.0.0.1, ::1 or 0.0.0.0),"
              + " not '"
              + host
              + "'");
    }
    PrintWriter err = spec.commandLine().getErr();
    Duration wait = Duration.ofSeconds(Math.max(0, waitSeconds));
    Store opened;
    try {
      opened = allowIngest ? Store.open(store, wait) : Store.openReadOnly(store, wait);
    } catch (StoreException e) {
      err.println("dyad: " + e.getMessage());
      err.flush();
      return DyadCli.EXIT_SETUP;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    String token = allowIngest ? newToken() : null;
    try (Store s = opened;
        DyadServer server =
            new DyadServer(
                s, allowIngest ? Engine.coder(lexicon)::code : null, token, Clock.systemUTC())) {
      int bound;
      try {
        bound = server.start(host, port);
      } catch (RuntimeException e) {
        err.println("dyad: cannot listen on " + host + ":" + port + ": " + rootMessage(e));
        err.flush();
        return DyadCli.EXIT_SETUP;
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println(
          "dyad serve: http://"
              + (host.contains(":") ? "[" + host + "]" : host)
              + ":"
              + bound
              + "/ ("
              + (allowIngest ? "ingest over HTTP on" : "read-only")
              + ", store "
              + store
              + "); Ctrl-C stops");
      if (allowIngest) {
        out.println(
            "dyad serve: to post articles send the header 'Authorization: Bearer " + token + "'");
      }
      out.flush();
      // Ctrl-C runs the shutdown hooks, and the JVM halts when they end: the hook waits until
      // this thread has closed the server and the store.
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    stopped.countDown();
                    try {
                      closed.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                  },
                  "dyad-serve-stop"));
      stopped.await();
    } finally {
      closed.countDown();
    }
    return 0;
  }

  /** 128 random bits: what a write must show, so no other web page or user can post. */
  private static String newToken() {
    byte[] bytes = new byte[16];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static String rootMessage(Throwable e) {
    while (e.getCause() != null) {
      e = e.getCause();
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }
}
