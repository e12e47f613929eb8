package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dyad.store.StoryLinker.Mention;
import org.dyad.store.StoryLinker.Story;
import org.junit.jupiter.api.Test;

/** The linking rule on hand-made mentions (README, "One event, many reports"). */
class StoryLinkerTest {
  private static final LocalDate DAY = LocalDate.of(1987, 3, 2);
  private static long nextId = 1;

  /** A mention of "USA accuses IRN" (root 11) in {@code article}, {@code days} after DAY. */
  private static Mention accuse(String article, int days, String place, String publisher) {
    return mention(article, "e1", days, "USA", "IRN", "11", place, publisher);
  }

  private static Mention mention(
      String article,
      String event,
      int days,
      String source,
      String target,
      String root,
      String place,
      String publisher) {
    LocalDate day = DAY.plusDays(days);
    return new Mention(
        nextId++,
        article,
        event,
        0,
        day,
        day,
        publisher,
        source,
        target,
        target != null,
        root,
        place);
  }

  /** The stories as sets of "article/event", for comparison whatever the order. */
  private static Set<String> groups(List<Story> stories) {
    return stories.stream()
        .map(
            s ->
                s.mentions().stream()
                    .map(m -> m.articleId() + "/" + m.eventId())
                    .sorted()
                    .collect(Collectors.joining(",")))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void theSameEventInTwoArticlesIsOneStoryWithTwoArticles() {
    List<Story> stories =
        StoryLinker.link(List.of(accuse("a", 0, null, "Reuters"), accuse("b", 0, null, "AP")));
    assertEquals(1, stories.size(), stories.toString());
    Story s = stories.get(0);
    assertEquals(2, s.articles());
    assertEquals(2, s.sources());
    assertEquals(2, s.mentions().size());
    assertEquals("a", s.first().articleId(), "the first report is the earliest article");
  }

  @Test
  void twoMentionsInOneArticleAreTwoMentionsOfOneArticle() {
    List<Story> stories =
        StoryLinker.link(
            List.of(
                mention("a", "e1", 0, "USA", "IRN", "11", null, "Reuters"),
                mention("a", "e2", 0, "USA", "IRN", "11", null, "Reuters"),
                mention("b", "e1", 0, "USA", "IRN", "11", null, "Reuters")));
    assertEquals(1, stories.size());
    assertEquals(3, stories.get(0).mentions().size());
    assertEquals(2, stories.get(0).articles());
    assertEquals(1, stories.get(0).sources());
  }

  @Test
  void twoDifferentEventsOnOneDayAreTwoStories() {
    List<Story> stories =
        StoryLinker.link(
            List.of(
                mention("a", "e1", 0, "USA", "IRN", "11", null, null),
                mention("b", "e1", 0, "USA", "IRN", "04", null, null),
                mention("c", "e1", 0, "USA", "IRQ", "11", null, null),
                mention("d", "e1", 0, "GBR", "IRN", "11", null, null)));
    assertEquals(4, stories.size(), groups(stories).toString());
  }

  @Test
  void adjacentDaysAreLinkedAndThreeDaysApartAreNot() {
    assertEquals(
        1,
        StoryLinker.link(List.of(accuse("a", 0, null, null), accuse("b", 1, null, null))).size());
    assertEquals(
        2,
        StoryLinker.link(List.of(accuse("a", 0, null, null), accuse("b", 3, null, null))).size());
    // A story spans at most two days: the third day's report opens a story of its own.
    assertEquals(
        Set.of("a/e1,b/e1", "c/e1"),
        groups(
            StoryLinker.link(
                List.of(
                    accuse("a", 0, null, null),
                    accuse("b", 1, null, null),
                    accuse("c", 2, null, null)))));
  }

  @Test
  void differentPlacesAreNotLinkedAndAnUnknownPlaceJoinsTheFirstKnownOne() {
    assertEquals(
        2,
        StoryLinker.link(List.of(accuse("a", 0, "Tehran", null), accuse("b", 0, "Geneva", null)))
            .size());
    assertEquals(
        1,
        StoryLinker.link(List.of(accuse("a", 0, "Tehran", null), accuse("b", 0, "  tehran ", null)))
            .size());
    assertEquals(
        Set.of("a/e1,b/e1", "c/e1"),
        groups(
            StoryLinker.link(
                List.of(
                    accuse("a", 0, "Tehran", null),
                    accuse("b", 0, null, null),
                    accuse("c", 0, "Geneva", null)))));
  }

  @Test
  void oneSidedEventsLinkButUncodedActorsAndUndatedEventsStandAlone() {
    assertEquals(
        1,
        StoryLinker.link(
                List.of(
                    mention("a", "e1", 0, "USA", null, "01", null, null),
                    mention("b", "e1", 0, "USA", null, "01", null, null)))
            .size());
    Mention uncodedTargetA =
        new Mention(nextId++, "a", "e2", 0, DAY, DAY, null, "USA", null, true, "01", null);
    Mention uncodedTargetB =
        new Mention(nextId++, "b", "e2", 0, DAY, DAY, null, "USA", null, true, "01", null);
    assertEquals(2, StoryLinker.link(List.of(uncodedTargetA, uncodedTargetB)).size());
    assertEquals(
        2,
        StoryLinker.link(
                List.of(
                    mention("a", "e3", 0, null, "IRN", "11", null, null),
                    mention("b", "e3", 0, null, "IRN", "11", null, null)))
            .size());
    Mention undatedA =
        new Mention(nextId++, "a", "e4", 0, null, null, null, "USA", "IRN", true, "11", null);
    Mention undatedB =
        new Mention(nextId++, "b", "e4", 0, null, null, null, "USA", "IRN", true, "11", null);
    assertEquals(2, StoryLinker.link(List.of(undatedA, undatedB)).size());
  }

  @Test
  void theOrderOfTheMentionsDoesNotChangeTheStories() {
    List<Mention> all = new ArrayList<>();
    String[] places = {null, "Tehran", "Geneva"};
    Random random = new Random(15);
    for (int i = 0; i < 60; i++) {
      all.add(
          mention(
              "art" + random.nextInt(20),
              "e" + i,
              random.nextInt(6),
              random.nextBoolean() ? "USA" : "GBR",
              random.nextBoolean() ? "IRN" : null,
              random.nextBoolean() ? "11" : "04",
              places[random.nextInt(3)],
              random.nextBoolean() ? "Reuters" : null));
    }
    List<Story> first = StoryLinker.link(all);
    for (int round = 0; round < 20; round++) {
      List<Mention> shuffled = new ArrayList<>(all);
      Collections.shuffle(shuffled, random);
      List<Story> again = StoryLinker.link(shuffled);
      assertEquals(groups(first), groups(again));
      assertEquals(first.stream().map(Story::id).toList(), again.stream().map(Story::id).toList());
    }
  }
}
