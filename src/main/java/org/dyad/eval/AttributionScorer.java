package org.dyad.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.model.Actor;
import org.dyad.model.CodedArticle;
import org.dyad.model.Quote;
import org.dyad.model.Span;

/**
 * Judges Dyad's quotations for one article against its hand-annotated attributions.
 *
 * <p><b>Content found</b> (issue 16, item 4): the Dyad utterance with most characters in common
 * with the attribution's content covers at least half of the content's characters; one that
 * overlaps it by less is {@link Outcome#CONTENT_PARTLY_FOUND} and counts as not found. An utterance
 * is what Dyad claims one person said at one go ({@link Quote#utterance()}): the direct parts of
 * “A,” she said. “B.” are one, and their spans together are measured against the content, so the
 * scorer judges what Dyad claims rather than how the writer cut it; any other quotation is an
 * utterance of its own, but for the two sides of reported speech its cue cuts ("The museum, he
 * said, would …"), which are one. Of the utterance, the part with most characters in common with
 * the content stands for it (its speaker is the utterance's). Quote precision still counts each
 * part. <b>Speaker right</b> (only for attributions that name a source, and only when the content
 * was found): that quotation's speaker
 *
 * <ol>
 *   <li>has its span overlapping the gold source (Dyad's own words for the speaker, "he" included),
 *       or
 *   <li>is an actor with a mention overlapping the gold source (Dyad resolved "Caddell" in this
 *       sentence to the actor it names), or
 *   <li>is a person whose surname (the last word of the actor's name) is a capitalised word of the
 *       gold source ("Pat Caddell" for "longtime Democratic pollster Pat Caddell").
 * </ol>
 *
 * Nothing looser counts: not a shared common noun ("officials"), not a code. A gold source that is
 * only a pronoun ("he", "she", "who") does not say whom it means: it is judged against the
 * antecedent a reader annotated ({@link PronounAntecedent}, by {@link AntecedentMatch}) when there
 * is one, and otherwise counted apart ({@link Outcome#PRONOUN_SOURCE}) rather than guessed.
 * Stateless.
 */
public final class AttributionScorer {
  /** What became of one hand-annotated attribution. */
  public enum Outcome {
    /** Content found and speaker right. */
    RIGHT,
    /** Content found; the gold attribution names no source, so the speaker is not judged. */
    FOUND_NO_GOLD_SOURCE,
    /**
     * Content found; the gold source is a pronoun ("he said"), which the annotation does not
     * resolve, so whether Dyad's speaker is the right person cannot be told.
     */
    PRONOUN_SOURCE,
    /** Content found, but Dyad names no speaker. */
    NO_SPEAKER,
    /** Content found, speaker wrong. */
    WRONG_SPEAKER,
    /** A Dyad quotation overlaps the content but covers less than half of it: not found. */
    CONTENT_PARTLY_FOUND,
    /** No Dyad quotation overlaps the content. */
    CONTENT_MISSED;

    /** Whether the content counts as found. */
    public boolean found() {
      return this != CONTENT_MISSED && this != CONTENT_PARTLY_FOUND;
    }
  }

  /**
   * One attribution judged: the gold annotation, the Dyad quotation taken for it (or null), the
   * outcome, the annotated antecedent of its pronoun source (or null), and the share of the
   * content's characters the quotation's utterance covers.
   */
  public record Judged(
      String article,
      GoldAttribution gold,
      Quote quote,
      Outcome outcome,
      PronounAntecedent antecedent,
      double coverage) {
    /** Whether the speaker was judged against an annotated antecedent of a pronoun source. */
    public boolean pronounJudged() {
      return antecedent != null;
    }
  }

  /**
   * An article judged: every attribution, how many of Dyad's quotations (direct ones, and all)
   * overlap some gold content, for precision, and those that overlap none (what lowers it, listed
   * by {@code --verbose}).
   */
  public record ArticleResult(
      String article,
      String text,
      List<Judged> judged,
      int quotes,
      int quotesOverlapping,
      int directQuotes,
      int directQuotesOverlapping,
      List<Quote> unmatched) {
    public ArticleResult {
      judged = List.copyOf(judged);
      unmatched = List.copyOf(unmatched);
    }
  }

  private AttributionScorer() {}

  public static ArticleResult judge(List<GoldAttribution> gold, CodedArticle coded) {
    return judge(gold, coded, Map.of());
  }

  /**
   * Judges an article whose pronoun sources have annotated antecedents, by attribution id; those
   * without one stay {@link Outcome#PRONOUN_SOURCE}.
   */
  public static ArticleResult judge(
      List<GoldAttribution> gold, CodedArticle coded, Map<String, PronounAntecedent> antecedents) {
    String id = coded.article().id();
    List<Judged> out = new ArrayList<>();
    Map<String, List<Quote>> utterances = utterances(coded.quotes());
    for (GoldAttribution annotated : gold) {
      GoldAttribution g = withLabelsUnswapped(annotated, coded.article().text());
      Quote best = null;
      int bestOverlap = 0;
      for (List<Quote> utterance : utterances.values()) {
        int overlap = 0;
        Quote part = null;
        int partOverlap = 0;
        for (Quote q : utterance) {
          int o = overlap(g.content(), q.span());
          overlap += o; // the parts do not overlap one another: their sum is their union's
          if (o > partOverlap) {
            part = q;
            partOverlap = o;
          }
        }
        if (overlap > bestOverlap) {
          best = part;
          bestOverlap = overlap;
        }
      }
      boolean pronoun =
          !g.source().isEmpty()
              && isPronoun(GoldAttribution.words(g.source(), coded.article().text()));
      PronounAntecedent antecedent = pronoun ? antecedents.get(g.id()) : null;
      Outcome o;
      if (best == null) {
        o = Outcome.CONTENT_MISSED;
      } else if (2 * bestOverlap < length(g.content())) {
        o = Outcome.CONTENT_PARTLY_FOUND;
      } else if (g.source().isEmpty()) {
        o = Outcome.FOUND_NO_GOLD_SOURCE;
      } else if (pronoun && antecedent == null) {
        o = Outcome.PRONOUN_SOURCE;
      } else if (best.speaker() == null) {
        o = Outcome.NO_SPEAKER;
      } else if (antecedent != null) {
        o =
            AntecedentMatch.right(antecedent, best.speaker(), actorOf(best.speaker(), coded))
                ? Outcome.RIGHT
                : Outcome.WRONG_SPEAKER;
      } else {
        o = speakerRight(g, best, coded) ? Outcome.RIGHT : Outcome.WRONG_SPEAKER;
      }
      int n = length(g.content());
      out.add(new Judged(id, g, best, o, antecedent, n == 0 ? 0 : (double) bestOverlap / n));
    }
    int overlapping = 0;
    int direct = 0;
    int directOverlapping = 0;
    List<Quote> unmatched = new ArrayList<>();
    for (Quote q : coded.quotes()) {
      boolean any = gold.stream().anyMatch(g -> GoldAttribution.overlaps(g.content(), q.span()));
      overlapping += any ? 1 : 0;
      if (!any) {
        unmatched.add(q);
      }
      if (q.kind() == Quote.Kind.DIRECT) {
        direct++;
        directOverlapping +=
            gold.stream()
                    .anyMatch(g -> g.direct() && GoldAttribution.overlaps(g.content(), q.span()))
                ? 1
                : 0;
      }
    }
    return new ArticleResult(
        id,
        coded.article().text(),
        out,
        coded.quotes().size(),
        overlapping,
        direct,
        directOverlapping,
        unmatched);
  }

  /**
   * The attribution with source and cue exchanged when the annotator swapped their labels: a source
   * that is one lower-case word ("said") and a cue that opens with a capital in mid-sentence
   * ("Hester") in “…,” said Hester. A pronoun source ("he") and a cue opening a sentence
   * ("According to officials") are as annotated.
   */
  static GoldAttribution withLabelsUnswapped(GoldAttribution g, String text) {
    if (g.source().size() != 1 || g.cue().isEmpty()) {
      return g;
    }
    String source = GoldAttribution.words(g.source(), text).strip();
    String cue = GoldAttribution.words(g.cue(), text).strip();
    if (!source.matches("\\p{Ll}+")
        || isPronoun(source)
        || cue.isEmpty()
        || !Character.isUpperCase(cue.codePointAt(0))) {
      return g;
    }
    int k = g.cue().get(0).begin() - 1;
    while (k >= 0 && text.charAt(k) == ' ') {
      k--;
    }
    if (k < 0 || ".!?\n".indexOf(text.charAt(k)) >= 0) {
      return g; // the cue opens a sentence: its capital says nothing
    }
    return new GoldAttribution(g.id(), g.cue(), g.source(), g.content(), g.direct());
  }

  static boolean speakerRight(GoldAttribution g, Quote q, CodedArticle coded) {
    Quote.Speaker s = q.speaker();
    if (s.span() != null && GoldAttribution.overlaps(g.source(), s.span())) {
      return true;
    }
    Actor actor = actorOf(s, coded);
    if (actor == null) {
      return false;
    }
    for (Span m : actor.mentions()) {
      if (GoldAttribution.overlaps(g.source(), m)) {
        return true;
      }
    }
    if (actor.kind() != Actor.Kind.PERSON) {
      return false;
    }
    String surname = surname(actor.name());
    if (surname == null) {
      return false;
    }
    for (String w :
        GoldAttribution.words(g.source(), coded.article().text()).split("[^\\p{L}'-]+")) {
      if (w.equals(surname)) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.Set<String> PRONOUNS =
      java.util.Set.of(
          "he", "she", "they", "we", "i", "it", "you", "him", "her", "them", "us", "me", "who",
          "which", "that", "his", "its", "their");

  /** True when a source is a bare pronoun: "he", "She", "who". */
  static boolean isPronoun(String source) {
    return PRONOUNS.contains(source.strip().toLowerCase(Locale.ROOT));
  }

  /** The last capitalised word of a name, past suffixes such as "Jr.", or null. */
  static String surname(String name) {
    String[] words = name.split("[^\\p{L}'-]+");
    for (int i = words.length - 1; i >= 0; i--) {
      String w = words[i];
      String lower = w.toLowerCase(Locale.ROOT);
      if (w.length() >= 2
          && Character.isUpperCase(w.charAt(0))
          && !lower.equals("jr")
          && !lower.equals("sr")
          && !lower.equals("ii")
          && !lower.equals("iii")) {
        return w;
      }
    }
    return null;
  }

  private static Actor actorOf(Quote.Speaker s, CodedArticle coded) {
    return s.actor() == null
        ? null
        : coded.actors().stream().filter(a -> a.id().equals(s.actor())).findFirst().orElse(null);
  }

  /** The quotations by utterance, in order. */
  static Map<String, List<Quote>> utterances(List<Quote> quotes) {
    Map<String, List<Quote>> out = new java.util.LinkedHashMap<>();
    for (Quote q : quotes) {
      out.computeIfAbsent(q.utterance(), k -> new ArrayList<>()).add(q);
    }
    return out;
  }

  private static int length(List<Span> spans) {
    return spans.stream().mapToInt(Span::length).sum();
  }

  private static int overlap(List<Span> spans, Span q) {
    int n = 0;
    for (Span s : spans) {
      n += Math.max(0, Math.min(s.end(), q.end()) - Math.max(s.begin(), q.begin()));
    }
    return n;
  }
}
