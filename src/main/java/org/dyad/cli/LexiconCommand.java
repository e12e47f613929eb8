package org.dyad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code dyad lexicon}: tools for the people who edit the lexicon. */
@Command(
    name = "lexicon",
    mixinStandardHelpOptions = true,
    description = "Tools for lexicon editors: propose patterns for review.",
    subcommands = {LexiconSuggestCommand.class})
final class LexiconCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
  }
}
