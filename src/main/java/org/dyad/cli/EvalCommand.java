package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.eval.AttributionEvaluation;
import org.dyad.eval.AttributionReport;
import org.dyad.eval.EventAlignment;
import org.dyad.eval.EventMatcher;
import org.dyad.eval.EventScorer;
import org.dyad.eval.GoldArticle;
import org.dyad.eval.GoldCorpora;
import org.dyad.eval.GoldEvent;
import org.dyad.eval.GoldFileException;
import org.dyad.eval.GoldFileReader;
import org.dyad.eval.MissReasons;
import org.dyad.eval.PlaceEvaluation;
import org.dyad.eval.PlaceGold;
import org.dyad.eval.PolnearCorpus;
import org.dyad.eval.PronounSpeakerFile;
import org.dyad.eval.ReportWriter;
import org.dyad.geo.Gazetteer;
import org.dyad.geo.LexiconPlaces;
import org.dyad.geo.PlaceResolver;
import org.dyad.model.Article;
import org.dyad.model.CodedArticle;
import org.dyad.pipeline.ArticleCoder;
import org.dyad.pipeline.Explanation;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dyad eval}: scores Dyad's events against a gold file, or its quotations against PolNeAR.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description =
        "Score events against hand-coded gold events, quotations against PolNeAR, or the"
            + " geocoder against hand-checked places (--places).",
    footer = {
      "",
      "Exit status: 0 scored, 2 bad command line or bad gold file (the message names the line),"
          + " 3 broken setup or unreadable corpus."
    })
final class EvalCommand implements Callable<Integer> {
  enum SplitChoice {
    train,
    dev,
    all
  }

  static final class Target {
    @Option(
        names = "--gold",
        paramLabel = "FILE",
        required = true,
        description =
            "Gold events file (JSON Lines, eval/README.md); with --places, the places file"
                + " (default: eval/places-gold.jsonl).")
    Path gold;

    @Option(
        names = "--attribution",
        paramLabel = "DIR",
        required = true,
        description = "PolNeAR corpus folder (train/, dev/, metadata.tsv).")
    Path attribution;
  }

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Target target;

  @Option(
      names = "--places",
      description =
          "Score the geocoder: country and city-or-division accuracy on hand-checked place"
              + " mentions.")
  boolean places;

  @Option(
      names = "--shared",
      paramLabel = "DIR",
      defaultValue = "../shared",
      description =
          "Folder the gold file's corpus paths are relative to (default: ${DEFAULT-VALUE}).")
  Path shared;

  @Option(
      names = "--split",
      defaultValue = "all",
      description = "PolNeAR split: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  SplitChoice split;

  @Option(
      names = "--pronoun-speakers",
      paramLabel = "FILE",
      description =
          "With --attribution: judge the speakers of pronoun sources against these annotated"
              + " antecedents (eval/polnear-dev-pronoun-speakers.jsonl).")
  Path pronounSpeakers;

  @Option(names = "--json", description = "Write the report as JSON.")
  boolean json;

  @Option(
      names = "--verbose",
      description = "List misses and false positives (events) or attribution errors.")
  boolean verbose;

  @Option(
      names = "--why",
      description =
          "With --gold: under each miss, every pattern tried at its trigger words and why it did"
              + " not fire.")
  boolean why;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--lexicon",
      paramLabel = "DIR",
      description = "Load the lexicon from this folder instead of the one shipped in the jar.")
  Path lexicon;

  @Option(
      names = "--rules-off",
      paramLabel = "ID",
      split = ",",
      description =
          "Event rules to switch off for this run, by id: lexicon/event-rules.tsv lists them.")
  List<String> rulesOff = List.of();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    if (places) {
      if (target != null && target.attribution != null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--places takes --gold FILE, not --attribution");
      }
      return places(target == null ? Path.of("eval/places-gold.jsonl") : target.gold);
    }
    if (target == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "Error: Missing required argument (specify one of these): (--gold=FILE |"
              + " --attribution=DIR)");
    }
    return target.gold != null ? events() : attribution();
  }

  private int places(Path goldFile) throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<PlaceGold> gold;
    try {
      gold = PlaceGold.read(goldFile, shared);
    } catch (GoldFileException e) {
      err.println("dyad: " + e.getMessage());
      err.flush();
      return DyadCli.EXIT_USAGE;
    }
    LexiconPlaces names = new LexiconPlaces(Engine.lexicon(lexicon));
    Gazetteer gazetteer = Gazetteer.load();
    PlaceEvaluation.Report report =
        PlaceEvaluation.run(gold, new PlaceResolver(() -> gazetteer, names), names, gazetteer);
    out.print(
        json
            ? String.format(
                java.util.Locale.ROOT,
                "{\"mentions\":%d,\"country_right\":%d,\"country_accuracy\":%.4f,"
                    + "\"fine_mentions\":%d,\"fine_right\":%d,\"fine_accuracy\":%.4f}%n",
                report.mentions(),
                report.countryRight(),
                report.countryAccuracy(),
                report.fineMentions(),
                report.fineRight(),
                report.fineAccuracy())
            : report.table(verbose));
    out.flush();
    return 0;
  }

  private int events() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<GoldArticle> gold;
    List<Article> articles;
    try {
      gold = GoldFileReader.read(target.gold);
      articles = GoldCorpora.articles(gold, target.gold, shared);
    } catch (GoldFileException e) {
      err.println("dyad: " + e.getMessage());
      err.flush();
      return DyadCli.EXIT_USAGE;
    }
    ArticleCoder coder = Engine.coder(lexicon, rulesOff, spec.commandLine());
    List<CodedArticle> coded = new ArrayList<>();
    List<Explanation> explained = new ArrayList<>();
    if (why) {
      inParallel(
          articles,
          coder::explain,
          e -> {
            explained.add(e);
            coded.add(e.coded());
          });
    } else {
      inParallel(articles, coder::code, coded::add);
    }
    List<EventScorer.Scored> scored = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      scored.add(new EventScorer.Scored(gold.get(i), coded.get(i)));
    }
    var report = EventScorer.score(scored);
    out.print(
        json
            ? ReportWriter.eventJson(report) + "\n"
            : ReportWriter.eventTable(report, verbose || why));
    if (why && !json) {
      out.print(whyMissed(gold, explained));
    }
    out.flush();
    return 0;
  }

  private <R> void inParallel(
      List<Article> articles,
      java.util.function.Function<Article, R> work,
      java.util.function.Consumer<R> sink) {
    try (OrderedParallel<Article, R> workers = new OrderedParallel<>(threads, work, sink)) {
      articles.forEach(workers::submit);
      workers.finish();
    }
  }

  /** Each article's misses with the patterns tried at their trigger words. */
  private static String whyMissed(List<GoldArticle> gold, List<Explanation> explained) {
    StringBuilder b = new StringBuilder("\nWhy missed\n");
    for (int i = 0; i < gold.size(); i++) {
      EventAlignment a =
          EventMatcher.align(
              gold.get(i).events(), explained.get(i).coded(), EventMatcher.Strictness.CORE);
      for (int g : a.missedGold()) {
        GoldEvent miss = gold.get(i).events().get(g);
        b.append("  ").append(gold.get(i).id()).append("  ").append(miss.describe()).append('\n');
        List<String> reasons = MissReasons.of(miss, explained.get(i));
        if (reasons.isEmpty()) {
          b.append("      no pattern at these words\n");
        }
        for (String r : reasons) {
          b.append("      ").append(r).append('\n');
        }
      }
    }
    return b.toString();
  }

  private int attribution() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PolnearCorpus corpus = new PolnearCorpus(target.attribution);
    String sum = corpus.checksum();
    if (!sum.equals(PolnearCorpus.EXPECTED_SHA256)) {
      err.println(
          "dyad: warning: this PolNeAR corpus differs from the one Dyad's figures were measured on"
              + " (SHA-256 of file list and sizes "
              + sum
              + ", expected "
              + PolnearCorpus.EXPECTED_SHA256
              + "): the scores are not comparable with README.md");
      err.flush();
    }
    PronounSpeakerFile pronouns = null;
    if (pronounSpeakers != null) {
      try {
        pronouns = PronounSpeakerFile.read(pronounSpeakers);
      } catch (GoldFileException e) {
        err.println("dyad: " + e.getMessage());
        err.flush();
        return DyadCli.EXIT_USAGE;
      }
    }
    ArticleCoder coder = Engine.coder(lexicon, rulesOff, spec.commandLine());
    List<AttributionReport> reports = new ArrayList<>();
    for (PolnearCorpus.Split s : PolnearCorpus.Split.values()) {
      if (split == SplitChoice.all || split.name().equals(s.name())) {
        PronounSpeakerFile forSplit = pronouns != null && pronouns.split() == s ? pronouns : null;
        reports.add(
            AttributionEvaluation.run(s.name(), corpus.entries(s), coder::code, threads, forSplit));
      }
    }
    out.print(
        json
            ? ReportWriter.attributionJson(reports) + "\n"
            : ReportWriter.attributionTable(reports, verbose));
    out.flush();
    return 0;
  }
}
