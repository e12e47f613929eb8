package org.dyad.cli;

import java.time.LocalDate;
import org.dyad.model.Mode;
import org.dyad.store.EventFilter;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options that select events, shared by {@code dyad query} and {@code dyad export} so both read
 * a filter the same way.
 */
final class EventFilterOptions {
  static final String ACTOR_HELP =
      "ACTOR is a CAMEO actor code (upper-case letter triples: CHN matches CHN, CHNGOV, CHNMIL ...)"
          + " or a name, matched case-insensitively anywhere in the actor's name or in the event's"
          + " words; letter triples in lower case (chn) are tried as both.";

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

  /** True when no option here was given. */
  boolean isEmpty() {
    return actor == null
        && source == null
        && target == null
        && dyad == null
        && cameo == null
        && root == null
        && plover == null
        && quad == null
        && mode == null
        && from == null
        && to == null
        && text == null;
  }

  /** The filter the options give; a bad combination is a usage error of {@code spec}'s command. */
  EventFilter filter(CommandLine.Model.CommandSpec spec, int limit) {
    try {
      String[] d = dyad == null ? null : dyad.split(",", -1);
      if (d != null && (d.length != 2 || d[0].isBlank() || d[1].isBlank())) {
        throw new IllegalArgumentException("--dyad takes SOURCE,TARGET, e.g. CHN,PRK: " + dyad);
      }
      return new EventFilter(
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
  }
}
