package org.dyad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dyad} command line: news text in, event data out. */
@Command(
    name = "dyad",
    mixinStandardHelpOptions = true,
    versionProvider = DyadCli.Version.class,
    description = "Turns news text into event data: actors, CAMEO/PLOVER events and quotations.",
    subcommands = {
      CodeCommand.class,
      ExplainCommand.class,
      EvalCommand.class,
      QuotesCommand.class,
      ValidateCommand.class,
      IngestCommand.class,
      QueryCommand.class,
      ExportCommand.class,
      ServeCommand.class,
      StatsCommand.class,
      DeleteCommand.class,
      BenchCommand.class,
      LexiconCommand.class,
      VersionCommand.class,
      CommandLine.HelpCommand.class
    })
public final class DyadCli implements Runnable {
  /** Exit status when some inputs could not be read or coded; the others were still written. */
  public static final int EXIT_INPUT_ERRORS = 1;

  /** Exit status for a command line that picocli rejects. */
  public static final int EXIT_USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
  }

  /** Exit status when Dyad's own setup is broken: an invalid lexicon file, an unwritable output. */
  public static final int EXIT_SETUP = 3;

  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new DyadCli()).setCaseInsensitiveEnumValuesAllowed(true);
    // Every date option of every command: a bad date is one line that says what to write, not the
    // parser's exception.
    cli.registerConverter(java.time.LocalDate.class, DyadCli::date);
    cli.setParameterExceptionHandler(DyadCli::usageError);
    // Reports and quotation lists print curly quotes and names in any script: UTF-8 whatever the
    // platform's default, as 'dyad code' writes.
    cli.setOut(
        new java.io.PrintWriter(
            new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8),
            true));
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          Throwable cause = e;
          while (cause.getCause() != null
              && !(cause instanceof org.dyad.lexicon.LexiconFormatException)
              && !(cause instanceof java.io.IOException)) {
            cause = cause.getCause();
          }
          // A bug has no message of its own: name it and where it happened, for the report.
          String message =
              cause.getMessage() != null
                  ? cause.getMessage()
                  : "internal error "
                      + cause
                      + java.util.Arrays.stream(cause.getStackTrace())
                          .filter(f -> f.getClassName().startsWith("org.dyad."))
                          .findFirst()
                          .map(f -> " at " + f)
                          .orElse("");
          commandLine.getErr().println("dyad: " + message);
          commandLine.getErr().flush();
          return EXIT_SETUP;
        });
    return cli;
  }

  static java.time.LocalDate date(String value) {
    try {
      return java.time.LocalDate.parse(value);
    } catch (java.time.format.DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not a date: write YYYY-MM-DD, e.g. 2018-06-20");
    }
  }

  /**
   * A bad command line is one line naming the problem and where help is; the whole usage only when
   * no command is given at all.
   */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    java.io.PrintWriter err = cmd.getErr();
    if (cmd.getCommand() instanceof DyadCli) {
      err.println(e.getMessage());
      cmd.usage(err);
    } else {
      CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
      err.println(e.getMessage() + " (see " + cmd.getCommandSpec().qualifiedName() + " --help)");
    }
    err.flush();
    return EXIT_USAGE;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** Reads the version from the jar manifest, or says it is a development build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = DyadCli.class.getPackage().getImplementationVersion();
      return new String[] {"dyad " + (v == null ? "0.1.0" : v)};
    }
  }
}
