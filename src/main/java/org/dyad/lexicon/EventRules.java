package org.dyad.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of the event coder ({@code lexicon/event-rules.tsv}, kind {@code event-rules}), each
 * with its id, the layer it acts in, the coding profiles that have it on, and what it does, in file
 * order (the order in which the {@code refine} rules are tried). Immutable.
 */
public record EventRules(List<Rule> rules) {
  /** The layers a rule may act in, in the order the coder runs them. */
  public static final List<String> LAYERS =
      List.of(
          "trigger", "pattern", "mode", "source", "target", "arg", "select", "refine", "assemble");

  /** The coding profiles a rule may be on in. */
  public static final List<String> PROFILES = List.of("dyad", "petrarch");

  /** No rules: a lexicon without an event-rules file. */
  public static final EventRules NONE = new EventRules(List.of());

  /**
   * One rule.
   *
   * @param id {@code R.<layer>.<name>}, stable forever
   * @param profiles the profiles that have it on
   * @param note what it does, with an example
   */
  public record Rule(String id, String layer, Set<String> profiles, String note) {
    public Rule {
      profiles = Set.copyOf(profiles);
    }
  }

  public EventRules {
    rules = List.copyOf(rules);
  }

  /** Reads the rows of an {@code event-rules} file: id, layer, profiles, note. */
  static EventRules read(LexiconFile file) {
    List<Rule> rules = new ArrayList<>();
    for (LexiconFile.Row r : file.rows()) {
      String id = r.get(0);
      String layer = r.get(1);
      if (!LAYERS.contains(layer)) {
        throw new LexiconFormatException(
            file.origin(), r.line(), "unknown layer '" + layer + "'; expected one of " + LAYERS);
      }
      if (!id.matches("R\\." + layer + "\\.[a-z0-9]+(-[a-z0-9]+)*")) {
        throw new LexiconFormatException(
            file.origin(),
            r.line(),
            "id must be R." + layer + ".<name> (lower-case words joined by '-'), found " + id);
      }
      List<String> profiles = r.list(2);
      if (profiles.isEmpty() || !PROFILES.containsAll(profiles)) {
        throw new LexiconFormatException(
            file.origin(),
            r.line(),
            "profiles must be one or more of "
                + PROFILES
                + " joined by '|', found '"
                + r.get(2)
                + "'");
      }
      if (r.get(3).isEmpty()) {
        throw new LexiconFormatException(
            file.origin(), r.line(), "the note must say what the rule does, with an example");
      }
      rules.add(new Rule(id, layer, new LinkedHashSet<>(profiles), r.get(3)));
    }
    return new EventRules(rules);
  }

  /** The ids of the rules, in file order. */
  public List<String> ids() {
    return rules.stream().map(Rule::id).toList();
  }
}
