package org.dyad.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Links the events that report one happening into a story event (README, "One event, many
 * reports"). The rule:
 *
 * <ol>
 *   <li>Two mentions can be linked only when they have the same source actor code, the same target
 *       actor code (both none for a one-sided event) and the same CAMEO root. A mention whose
 *       source is not coded, whose target is named but not coded, or which has no date (neither the
 *       event's nor the article's) is a story of its own.
 *   <li>Within one such key, mentions are taken in order of day, article id, sentence and event id.
 *       The first one not yet linked opens a story on its day; the story takes every later mention
 *       not yet linked of that day and the next whose place is unknown or the story's place (the
 *       place's name, case ignored). The story's place is its first known place.
 * </ol>
 *
 * A story thus spans at most two days, and the result depends only on the set of mentions, never on
 * the order they were stored in. A story's id is made from its first report's article and event
 * ids. Stateless.
 */
final class StoryLinker {
  private StoryLinker() {}

  /**
   * One stored event as the linker sees it.
   *
   * @param day the event's date, else its article's; null when neither is known
   * @param articleDate the article's date (orders the first report); may be null
   * @param publisher the article's source (outlet); null when it names none
   * @param place the place's name as written; null when unknown
   */
  record Mention(
      long globalEventId,
      String articleId,
      String eventId,
      int sentence,
      LocalDate day,
      LocalDate articleDate,
      String publisher,
      String sourceCode,
      String targetCode,
      boolean hasTarget,
      String cameoRoot,
      String place) {
    public Mention {
      Objects.requireNonNull(articleId, "articleId");
      Objects.requireNonNull(eventId, "eventId");
    }

    /** Whether this mention may be linked to another at all (rule 1). */
    boolean linkable() {
      return day != null
          && sourceCode != null
          && cameoRoot != null
          && (targetCode != null || !hasTarget);
    }

    String placeKey() {
      return place == null || place.isBlank()
          ? null
          : place.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
  }

  /**
   * A story event: its mentions (first report first), counts and place.
   *
   * @param sources the distinct publishers of its articles; articles that name none count together
   *     as one unknown source
   */
  record Story(String id, List<Mention> mentions, int articles, int sources, String place) {
    Story {
      mentions = List.copyOf(mentions);
      if (mentions.isEmpty()) {
        throw new IllegalArgumentException("a story has at least one mention: " + id);
      }
    }

    Mention first() {
      return mentions.get(0);
    }

    LocalDate firstDay() {
      return mentions.stream()
          .map(Mention::day)
          .filter(Objects::nonNull)
          .min(LocalDate::compareTo)
          .orElse(null);
    }

    LocalDate lastDay() {
      return mentions.stream()
          .map(Mention::day)
          .filter(Objects::nonNull)
          .max(LocalDate::compareTo)
          .orElse(null);
    }
  }

  /** The order mentions are taken in within a key. */
  private static final Comparator<Mention> BY_DAY =
      Comparator.comparing(Mention::day, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Mention::articleId)
          .thenComparingInt(Mention::sentence)
          .thenComparing(Mention::eventId);

  /** The first report: the earliest article (by its date, then id), then its first mention. */
  private static final Comparator<Mention> FIRST_REPORT =
      Comparator.comparing(Mention::articleDate, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Mention::articleId)
          .thenComparingInt(Mention::sentence)
          .thenComparing(Mention::eventId);

  /** Links {@code mentions} (any order) into stories, in first-report order. */
  static List<Story> link(List<Mention> mentions) {
    Map<List<String>, List<Mention>> byKey = new LinkedHashMap<>();
    List<Story> stories = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.linkable()) {
        byKey
            .computeIfAbsent(
                List.of(m.sourceCode(), String.valueOf(m.targetCode()), m.cameoRoot()),
                k -> new ArrayList<>())
            .add(m);
      } else {
        stories.add(story(List.of(m)));
      }
    }
    for (List<Mention> same : byKey.values()) {
      List<Mention> ordered = new ArrayList<>(same);
      ordered.sort(BY_DAY);
      boolean[] linked = new boolean[ordered.size()];
      for (int i = 0; i < ordered.size(); i++) {
        if (linked[i]) {
          continue;
        }
        Mention opener = ordered.get(i);
        LocalDate lastDay = opener.day().plusDays(1);
        String place = opener.placeKey();
        List<Mention> members = new ArrayList<>(List.of(opener));
        linked[i] = true;
        for (int j = i + 1; j < ordered.size() && !ordered.get(j).day().isAfter(lastDay); j++) {
          Mention m = ordered.get(j);
          String p = m.placeKey();
          if (linked[j] || (p != null && place != null && !p.equals(place))) {
            continue;
          }
          members.add(m);
          linked[j] = true;
          if (place == null) {
            place = p;
          }
        }
        stories.add(story(members));
      }
    }
    stories.sort(Comparator.comparing(Story::first, FIRST_REPORT));
    return stories;
  }

  private static Story story(List<Mention> members) {
    List<Mention> ordered = new ArrayList<>(members);
    ordered.sort(FIRST_REPORT);
    Set<String> articles = new HashSet<>();
    Set<String> sources = new HashSet<>();
    String place = null;
    for (Mention m : ordered) {
      articles.add(m.articleId());
      sources.add(m.publisher() == null ? "" : m.publisher());
    }
    for (Mention m : members) {
      if (place == null && m.placeKey() != null) {
        place = m.place().strip();
      }
    }
    Mention first = ordered.get(0);
    return new Story(id(first), ordered, articles.size(), sources.size(), place);
  }

  /** A story's id: {@code S} and 16 hex digits of a hash of its first report's ids. */
  static String id(Mention first) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(
                  (first.articleId() + '\u0000' + first.eventId())
                      .getBytes(StandardCharsets.UTF_8));
      return "S" + HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
