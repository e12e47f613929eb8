package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dyad.model.Actor;
import org.dyad.model.Article;
import org.dyad.model.Dependency;
import org.dyad.model.Event;
import org.dyad.model.Quote;
import org.dyad.model.Sentence;
import org.dyad.model.Token;
import org.dyad.pipeline.Explanation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dyad explain}: shows why a text was coded as it was, for dictionary editors: the parse,
 * the actors with the dictionary entries and rules that found them, every pattern tried at every
 * trigger with the reason it failed or that it fired, and the resulting events and quotations.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = "Show the parse, actors, patterns tried and events for a sentence or text.")
final class ExplainCommand implements Callable<Integer> {
  @Parameters(
      arity = "1",
      paramLabel = "TEXT",
      description = "The sentence or text to explain, or - to read it from standard input.")
  String text;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "The article date (default: today). Roles and relative dates depend on it.")
  LocalDate date;

  @Option(names = "--lexicon", paramLabel = "DIR", description = "Use the lexicon in this folder.")
  Path lexicon;

  @Option(
      names = "--rules-off",
      paramLabel = "ID",
      split = ",",
      description =
          "Event rules to switch off for this run, by id: lexicon/event-rules.tsv lists them.")
  List<String> rulesOff = List.of();

  @Option(
      names = "--home-country",
      paramLabel = "ISO3",
      description =
          "The publisher's own country (GBR for the BBC), for role nouns in a story that names no"
              + " country.")
  String homeCountry;

  @Option(names = "--all", description = "Also list patterns that failed (default: only matches).")
  boolean all;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Today's date comes from here, so tests can fix it. */
  java.time.Clock clock = java.time.Clock.systemDefaultZone();

  @Override
  public Integer call() throws IOException {
    String body =
        text.equals("-") ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8) : text;
    LocalDate day = date == null ? LocalDate.now(clock) : date;
    if (homeCountry != null && !homeCountry.matches("[A-Z]{3}")) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--home-country must be an ISO 3166 alpha-3 code such as GBR, found \""
              + homeCountry
              + "\"");
    }
    Article article = new Article("explain", day, "", body.strip(), null, null, "command line");
    Explanation x =
        Engine.coder(lexicon, rulesOff, spec.commandLine())
            .explain(homeCountry == null ? article : article.withHomeCountry(homeCountry));
    PrintWriter out = spec.commandLine().getOut();
    String t = x.coded().article().text();
    for (Sentence s : x.annotated().sentences()) {
      out.printf(Locale.ROOT, "Sentence %d: %s%n%nParse:%n", s.index(), s.span().of(t));
      for (Token tok : s.tokens()) {
        StringBuilder heads = new StringBuilder();
        for (Dependency d : s.parents(tok.index())) {
          heads.append(' ').append(d.relation()).append('<').append(d.governor());
        }
        out.printf(
            Locale.ROOT,
            "  %3d %-16s %-14s %-5s %-13s%s%n",
            tok.index(),
            tok.word(),
            tok.lemma(),
            tok.pos(),
            tok.ner().equals("O") ? "" : tok.ner(),
            heads);
      }
      out.printf(Locale.ROOT, "%nPatterns tried:%n");
      int lastTrigger = -1;
      boolean any = false;
      for (Explanation.Attempt a : x.attempts()) {
        boolean matched = !a.outcome().startsWith("no ") && !a.outcome().startsWith("needs ");
        if (a.sentence() != s.index() || !(all || matched)) {
          continue;
        }
        if (a.trigger() != lastTrigger) {
          out.printf(Locale.ROOT, "  at '%s' (%s):%n", s.token(a.trigger()).word(), a.trigger());
          lastTrigger = a.trigger();
        }
        out.printf(
            Locale.ROOT,
            "    %-10s %-5s %s %-40s %s%n",
            a.pattern().id(),
            a.pattern().code(),
            a.pattern().pos(),
            a.pattern().source(),
            a.outcome());
        any = true;
      }
      if (!any) {
        out.printf(Locale.ROOT, "  (none%s)%n", all ? "" : "; --all lists patterns that failed");
      }
      boolean header = false;
      for (Explanation.Decision d : x.decisions()) {
        if (d.sentence() != s.index()) {
          continue;
        }
        if (!header) {
          out.printf(
              Locale.ROOT,
              "%nLayer decisions (trigger, arguments, refinement and mode, assembly):%n");
          header = true;
        }
        out.printf(
            Locale.ROOT,
            "  at '%s' (%s) %-9s %s%n",
            s.token(d.trigger()).word(),
            d.trigger(),
            d.layer(),
            d.decision());
      }
      out.println();
    }
    out.printf(Locale.ROOT, "Actors:%n");
    for (Actor a : x.coded().actors()) {
      out.printf(
          Locale.ROOT,
          "  %-4s %-28s %-8s %-12s entry %-22s sieve %-16s rule %s%n",
          a.id(),
          a.name(),
          a.code() == null ? "-" : a.code(),
          a.kind().name().toLowerCase(Locale.ROOT),
          a.entry() == null ? "-" : a.entry(),
          a.sieve() == null ? "-" : a.sieve(),
          a.rule() == null ? "-" : a.rule());
    }
    out.printf(Locale.ROOT, "%nEvents:%n");
    for (Event e : x.coded().events()) {
      out.printf(
          Locale.ROOT,
          "  %-4s %s %s %s  '%s'  %s  %s  rule %s%n       rules %s%n",
          e.id(),
          e.source().code(),
          e.cameo(),
          e.target() == null ? "-" : e.target().code(),
          e.trigger(),
          e.mode().label(),
          e.date(),
          e.rule(),
          String.join(" ", e.rules()));
    }
    out.printf(Locale.ROOT, "%nQuotations:%n");
    for (Quote q : x.coded().quotes()) {
      out.printf(
          Locale.ROOT,
          "  %-4s %-8s %-24s sieve %-26s rule %-20s \"%s\"%n",
          q.id(),
          q.kind().label(),
          q.speaker() == null ? "-" : q.speaker().name(),
          q.sieve().id(),
          q.rule(),
          q.text());
    }
    out.flush();
    return 0;
  }
}
