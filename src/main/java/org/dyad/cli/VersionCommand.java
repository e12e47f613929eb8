package org.dyad.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code dyad version}: prints the version, as {@code dyad --version} does. */
@Command(name = "version", description = "Print Dyad's version.")
final class VersionCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().println(new DyadCli.Version().getVersion()[0]);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
