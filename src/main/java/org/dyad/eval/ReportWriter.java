package org.dyad.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.model.Quote;

/**
 * Writes evaluation reports as aligned tables for people and as JSON for machines. Ratios are
 * printed with three decimals; the JSON carries the counts as well, so nothing is lost to rounding.
 * Stateless.
 */
public final class ReportWriter {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReportWriter() {}

  public static String eventTable(EventReport r, boolean verbose) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "Events in %d articles%n%n", r.articles()));
    b.append(
        String.format(
            Locale.ROOT,
            "%-9s %6s %9s %8s %10s %7s %6s%n",
            "root",
            "gold",
            "produced",
            "matched",
            "precision",
            "recall",
            "F1"));
    prfRow(b, "overall", r.overall());
    for (Map.Entry<String, Prf> e : r.byKind().entrySet()) {
      prfRow(b, e.getKey(), e.getValue());
    }
    for (Map.Entry<String, Prf> e : r.byRoot().entrySet()) {
      prfRow(b, e.getKey(), e.getValue());
    }
    b.append(
        String.format(
            Locale.ROOT,
            "%nSentence and root agree in %d pairs: source country right in %d (%.3f), target"
                + " country right in %d (%.3f)%n",
            r.pairs(),
            r.sourceRight(),
            r.sourceAgreement(),
            r.targetRight(),
            r.targetAgreement()));
    if (verbose) {
      b.append(String.format(Locale.ROOT, "%nMisses (%d)%n", r.misses().size()));
      for (EventReport.Miss m : r.misses()) {
        b.append("  ")
            .append(m.article())
            .append("  ")
            .append(m.event().describe())
            .append(m.nearest() == null ? "" : "  nearest: " + m.nearest())
            .append("  in: ")
            .append(m.event().sentence())
            .append('\n');
      }
      b.append(String.format(Locale.ROOT, "%nFalse positives (%d)%n", r.falsePositives().size()));
      for (EventReport.Extra x : r.falsePositives()) {
        b.append("  ")
            .append(x.article())
            .append("  ")
            .append(x.source())
            .append(' ')
            .append(x.cameo())
            .append(' ')
            .append(x.target())
            .append(" '")
            .append(x.trigger())
            .append("' (")
            .append(x.rule())
            .append(")  in: ")
            .append(oneLine(x.sentence(), 100))
            .append('\n');
      }
    }
    return b.toString();
  }

  public static String eventJson(EventReport r) {
    ObjectNode root = JSON.createObjectNode();
    root.put("articles", r.articles());
    root.set("overall", prf(r.overall()));
    ObjectNode roots = root.putObject("by_root");
    r.byRoot().forEach((k, v) -> roots.set(k, prf(v)));
    if (!r.byKind().isEmpty()) {
      ObjectNode kinds = root.putObject("by_kind");
      r.byKind().forEach((k, v) -> kinds.set(k, prf(v)));
    }
    ObjectNode agreement = root.putObject("agreement");
    agreement.put("pairs", r.pairs());
    agreement.put("source_right", r.sourceRight());
    agreement.put("source", round(r.sourceAgreement()));
    agreement.put("target_right", r.targetRight());
    agreement.put("target", round(r.targetAgreement()));
    ArrayNode misses = root.putArray("misses");
    for (EventReport.Miss m : r.misses()) {
      ObjectNode o = misses.addObject();
      o.put("article", m.article());
      o.put("source", m.event().source());
      o.put("cameo", m.event().cameo());
      o.put("target", m.event().target());
      o.put("trigger", m.event().trigger());
      o.put("sentence", m.event().sentence());
      o.put("nearest", m.nearest());
    }
    ArrayNode extras = root.putArray("false_positives");
    for (EventReport.Extra x : r.falsePositives()) {
      ObjectNode o = extras.addObject();
      o.put("article", x.article());
      o.put("source", x.source());
      o.put("cameo", x.cameo());
      o.put("target", x.target());
      o.put("trigger", x.trigger());
      o.put("rule", x.rule());
      o.put("sentence", x.sentence());
      ArrayNode rules = o.putArray("rules");
      x.rules().forEach(rules::add);
    }
    ArrayNode hits = root.putArray("hits");
    for (EventReport.Hit h : r.hits()) {
      ObjectNode o = hits.addObject();
      o.put("article", h.article());
      o.put("source", h.event().source());
      o.put("cameo", h.event().cameo());
      o.put("target", h.event().target());
      o.put("trigger", h.event().trigger());
      o.put("sentence", h.event().sentence());
      ArrayNode rules = o.putArray("rules");
      h.rules().forEach(rules::add);
    }
    return write(root);
  }

  public static String attributionTable(List<AttributionReport> reports, boolean verbose) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "%-6s %-7s %8s %6s %8s %8s %8s %8s %7s %8s %8s %7s %10s%n",
            "split",
            "class",
            "articles",
            "gold",
            "content",
            "named",
            "nam|fnd",
            "pronoun",
            "judged",
            "pro|fnd",
            "pro|all",
            "dyad",
            "quote prec"));
    for (AttributionReport r : reports) {
      tallyRow(b, r, "direct", r.direct());
      tallyRow(b, r, "all", r.all());
    }
    b.append(
        "\ncontent: share of gold attributions a Dyad quotation covers at least half of. named: share"
            + " of those\nnaming a source (not a bare pronoun) whose content was found and speaker is"
            + " right; nam|fnd:\nthe same among found ones. pronoun: attributions whose source is a"
            + " bare pronoun; judged: of\nthose, the ones with an annotated antecedent"
            + " (--pronoun-speakers); pro|fnd: share of the judged\nones found whose speaker is the"
            + " antecedent; pro|all: the same among all judged ones. dyad:\nDyad's quotations (direct"
            + " ones in the direct row); quote prec: share of them overlapping a\ngold content.\n");
    if (verbose) {
      for (AttributionReport r : reports) {
        b.append(
            String.format(
                Locale.ROOT,
                "%nNot right in %s: content missed or partly found, no or wrong speaker, pronoun"
                    + " source without an antecedent (not judged)%n",
                r.label()));
        for (AttributionScorer.ArticleResult a : r.results()) {
          for (AttributionScorer.Judged j : a.judged()) {
            if (j.outcome() == AttributionScorer.Outcome.RIGHT
                || j.outcome() == AttributionScorer.Outcome.FOUND_NO_GOLD_SOURCE) {
              continue;
            }
            b.append("  ")
                .append(a.article())
                .append(' ')
                .append(j.gold().id())
                .append(' ')
                .append(j.outcome().name().toLowerCase(Locale.ROOT))
                .append(j.gold().direct() ? " direct" : "")
                .append("  source: ")
                .append(oneLine(GoldAttribution.words(j.gold().source(), a.text()), 40))
                .append(
                    j.antecedent() == null
                        ? ""
                        : " = " + String.join(" and ", j.antecedent().names()))
                .append("  cue: ")
                .append(oneLine(GoldAttribution.words(j.gold().cue(), a.text()), 30))
                .append("  content: ")
                .append(oneLine(GoldAttribution.words(j.gold().content(), a.text()), 60));
            Quote q = j.quote();
            if (q != null) {
              b.append("  dyad: ")
                  .append(q.kind().label())
                  .append(' ')
                  .append(q.speaker() == null ? "-" : q.speaker().name())
                  .append(" (")
                  .append(q.rule())
                  .append(')');
              if (j.outcome() == AttributionScorer.Outcome.CONTENT_PARTLY_FOUND) {
                // How much of the content the quotation's utterance covers, and the words of the
                // part that stands for it: where it stops short.
                b.append(
                        String.format(
                            Locale.ROOT, " covers %d%%: ", Math.round(100 * j.coverage())))
                    .append(oneLine(q.text(), 60));
              }
            }
            b.append('\n');
          }
        }
        b.append(
            String.format(
                Locale.ROOT,
                "%nQuotations overlapping no gold content in %s (they lower quote precision)%n",
                r.label()));
        for (AttributionScorer.ArticleResult a : r.results()) {
          for (Quote q : a.unmatched()) {
            b.append("  ")
                .append(a.article())
                .append("  ")
                .append(q.kind().label())
                .append(' ')
                .append(q.speaker() == null ? "-" : oneLine(q.speaker().name(), 30))
                .append(" (")
                .append(q.rule())
                .append(")  cue: ")
                .append(q.cue() == null ? "-" : q.cue())
                .append("  text: ")
                .append(oneLine(q.text(), 80))
                .append('\n');
          }
        }
      }
    }
    return b.toString();
  }

  public static String attributionJson(List<AttributionReport> reports) {
    ObjectNode root = JSON.createObjectNode();
    for (AttributionReport r : reports) {
      ObjectNode split = root.putObject(r.label());
      split.put("articles", r.articles());
      split.set("direct", tally(r.direct()));
      split.set("all", tally(r.all()));
    }
    return write(root);
  }

  private static void tallyRow(
      StringBuilder b, AttributionReport r, String label, AttributionReport.Tally t) {
    b.append(
        String.format(
            Locale.ROOT,
            "%-6s %-7s %8d %6d %8.3f %8.3f %8.3f %8d %7d %8s %8s %7d %10.3f%n",
            r.label(),
            label,
            r.articles(),
            t.attributions(),
            t.contentRecall(),
            t.speakerRecall(),
            t.speakerAccuracy(),
            t.pronounSources(),
            t.pronounJudged(),
            t.pronounJudged() == 0
                ? "-"
                : String.format(Locale.ROOT, "%.3f", t.pronounSpeakerAccuracy()),
            t.pronounJudged() == 0
                ? "-"
                : String.format(Locale.ROOT, "%.3f", t.pronounSpeakerRecall()),
            t.quotes(),
            t.quotePrecision()));
  }

  private static ObjectNode tally(AttributionReport.Tally t) {
    ObjectNode o = JSON.createObjectNode();
    o.put("attributions", t.attributions());
    o.put("content_found", t.contentFound());
    o.put("with_source", t.withSource());
    o.put("with_source_found", t.withSourceFound());
    o.put("speaker_right", t.speakerRight());
    o.put("pronoun_sources", t.pronounSources());
    o.put("pronoun_judged", t.pronounJudged());
    o.put("pronoun_found", t.pronounFound());
    o.put("pronoun_right", t.pronounRight());
    o.put("quotes", t.quotes());
    o.put("quotes_overlapping", t.quotesOverlapping());
    o.put("content_recall", round(t.contentRecall()));
    o.put("speaker_recall", round(t.speakerRecall()));
    o.put("speaker_accuracy", round(t.speakerAccuracy()));
    o.put("pronoun_speaker_recall", round(t.pronounSpeakerRecall()));
    o.put("pronoun_speaker_accuracy", round(t.pronounSpeakerAccuracy()));
    o.put("quote_precision", round(t.quotePrecision()));
    return o;
  }

  private static void prfRow(StringBuilder b, String label, Prf p) {
    b.append(
        String.format(
            Locale.ROOT,
            "%-9s %6d %9d %8d %10.3f %7.3f %6.3f%n",
            label,
            p.gold(),
            p.produced(),
            p.matched(),
            p.precision(),
            p.recall(),
            p.f1()));
  }

  private static ObjectNode prf(Prf p) {
    ObjectNode o = JSON.createObjectNode();
    o.put("gold", p.gold());
    o.put("produced", p.produced());
    o.put("matched", p.matched());
    o.put("precision", round(p.precision()));
    o.put("recall", round(p.recall()));
    o.put("f1", round(p.f1()));
    return o;
  }

  private static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }

  private static String oneLine(String s, int width) {
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() <= width ? one : one.substring(0, width - 1) + "\u2026";
  }

  private static String write(ObjectNode root) {
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values always serialises", e);
    }
  }
}
