package org.dyad.golden;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.CodedArticle;
import org.dyad.model.Event;
import org.dyad.model.Quote;
import org.dyad.model.Span;

/**
 * Compares Dyad's output for one article with its golden file.
 *
 * <p>A quotation matches when its words start with the expected words, its kind is the same, its
 * speaker is the expected person (surname or description words in common) with the expected
 * country, and its channels include the expected ones. An event matches when root code, source
 * country and target country are the expected ones and it is in the expected sentence (and, where
 * the golden file says, on the expected date and in the expected mode). Sector differences are
 * reported, not failed: coders disagree on them most.
 */
final class GoldenMatcher {
  private static final Set<String> HONORIFICS =
      Set.of("mr", "mrs", "ms", "dr", "sir", "lord", "the", "a", "an");

  record Outcome(
      List<String> failures,
      List<String> knownFailuresNowPassing,
      List<String> notes,
      int expectedEvents,
      int matchedEvents,
      int producedEvents,
      int producedMatched) {}

  static Outcome compare(GoldenCase gold, CodedArticle coded) {
    List<String> failures = new ArrayList<>();
    List<String> nowPassing = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    String text = coded.article().text();
    for (GoldenCase.ExpectedQuote q : gold.quotes()) {
      String problem = quoteProblem(q, coded);
      record(problem, q.known_failure(), "quote \"" + q.text() + "\"", failures, nowPassing);
    }
    boolean[] used = new boolean[coded.events().size()];
    int matched = 0;
    for (GoldenCase.ExpectedEvent e : gold.events()) {
      int found = -1;
      for (int i = 0; i < coded.events().size(); i++) {
        if (eventMatches(e, coded.events().get(i), coded, text)) {
          found = i;
          break;
        }
      }
      if (found >= 0) {
        used[found] = true;
        matched++;
        Event got = coded.events().get(found);
        if (!sameCode(e.source(), got.source().code() == null ? null : got.source().code().code())
            || !sameCode(
                e.target(), got.target().code() == null ? null : got.target().code().code())) {
          notes.add(
              "sector differs for "
                  + describe(e)
                  + ": got "
                  + got.source().code()
                  + " -> "
                  + got.target().code());
        }
      }
      record(
          found >= 0 ? null : "not produced",
          e.known_failure(),
          "event " + describe(e),
          failures,
          nowPassing);
    }
    int producedMatched = 0;
    for (int i = 0; i < used.length; i++) {
      if (used[i]) {
        producedMatched++;
      } else {
        Event x = coded.events().get(i);
        notes.add(
            "extra event "
                + x.source().code()
                + " "
                + x.cameo()
                + " "
                + (x.target() == null ? "-" : x.target().code())
                + " '"
                + x.trigger()
                + "' ("
                + x.rule()
                + ") in: "
                + sentenceText(coded, x.sentence(), text));
      }
    }
    return new Outcome(
        failures,
        nowPassing,
        notes,
        gold.events().size(),
        matched,
        coded.events().size(),
        producedMatched);
  }

  private static void record(
      String problem,
      String knownFailure,
      String what,
      List<String> failures,
      List<String> nowPassing) {
    if (problem != null && knownFailure == null) {
      failures.add(what + ": " + problem);
    } else if (problem == null && knownFailure != null) {
      nowPassing.add(what + " (marked: " + knownFailure + ")");
    }
  }

  private static String quoteProblem(GoldenCase.ExpectedQuote q, CodedArticle coded) {
    String want = norm(q.text());
    String best = "not found";
    for (Quote got : coded.quotes()) {
      String words = norm(got.text());
      if (!(words.startsWith(want) || want.startsWith(words) && words.length() >= 10)) {
        continue;
      }
      if (!got.kind().label().equals(q.kind())) {
        best = "kind " + got.kind().label() + ", expected " + q.kind();
        continue;
      }
      if (q.speaker() == null) {
        if (got.speaker() != null && q.kind().equals("partial")) {
          best = "speaker " + got.speaker().name() + ", expected none";
          continue;
        }
        return null;
      }
      if (got.speaker() == null) {
        best = "no speaker, expected " + q.speaker();
        continue;
      }
      if (!sameSpeaker(q.speaker(), got.speaker().name())) {
        best = "speaker " + got.speaker().name() + ", expected " + q.speaker();
        continue;
      }
      if (q.code() != null
          && (got.speaker().code() == null
              || !got.speaker().code().code().startsWith(q.code().substring(0, 3)))) {
        best = "speaker code " + got.speaker().code() + ", expected " + q.code();
        continue;
      }
      for (String v : q.via() == null ? List.<String>of() : q.via()) {
        boolean has = got.via().stream().anyMatch(c -> sameSpeaker(v, c.name()));
        if (!has) {
          return "via "
              + got.via().stream().map(Quote.Channel::name).toList()
              + ", expected "
              + q.via();
        }
      }
      if (q.audience() != null
          && (got.audience() == null || !norm(got.audience()).contains(norm(q.audience())))) {
        return "audience " + got.audience() + ", expected " + q.audience();
      }
      return null;
    }
    return best;
  }

  static boolean sameSpeaker(String expected, String got) {
    Set<String> a = words(expected);
    Set<String> b = words(got);
    for (String w : a) {
      if (b.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> words(String s) {
    Set<String> out = new java.util.HashSet<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.length() >= 2 && !HONORIFICS.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  private static boolean eventMatches(
      GoldenCase.ExpectedEvent e, Event got, CodedArticle coded, String text) {
    if (!got.cameo().startsWith(e.cameo().substring(0, 2))) {
      return false;
    }
    if (got.source().code() == null
        || !got.source().code().country().equals(e.source().substring(0, 3))) {
      return false;
    }
    if (got.target() == null
        || got.target().code() == null
        || !got.target().code().country().equals(e.target().substring(0, 3))) {
      return false;
    }
    if (e.date() != null && (got.date() == null || !got.date().toString().equals(e.date()))) {
      return false;
    }
    if (e.mode() != null && !got.mode().label().equals(e.mode())) {
      return false;
    }
    return norm(sentenceText(coded, got.sentence(), text)).startsWith(norm(e.sentence()));
  }

  private static String sentenceText(CodedArticle coded, int sentence, String text) {
    Span s = coded.sentences().get(sentence);
    return s.of(text);
  }

  private static boolean sameCode(String expected, String got) {
    return got != null && got.equals(expected);
  }

  private static String describe(GoldenCase.ExpectedEvent e) {
    return e.source() + " " + e.cameo() + " " + e.target() + " '" + e.trigger() + "'";
  }

  /**
   * Folds quotation marks, apostrophes, entities and white space so prefixes compare on the words.
   */
  static String norm(String s) {
    return org.dyad.input.TextCleaner.clean(s)
        .replaceAll("[\u201c\u201d\"\u2018\u2019'`]", "")
        .replaceAll("\\s+", " ")
        .strip()
        .toLowerCase(Locale.ROOT);
  }
}
