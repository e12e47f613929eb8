package org.dyad.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.dyad.lexicon.LexiconFile;
import org.dyad.lexicon.LexiconFormatException;
import org.junit.jupiter.api.Test;

/** {@link ActorWords}: the shipped file and the loader's checks. */
class ActorWordsTest {
  private static ActorWords read(String rows) {
    String text = "#! dyad-lexicon actor-words 2026.12.06\n" + rows;
    return ActorWords.read(
        LexiconFile.read(
            "test.tsv",
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
            "actor-words",
            4));
  }

  @Test
  void everyListTheSievesReadShipsWithWords() {
    for (String list : ActorWords.LISTS) {
      assertFalse(ActorWords.SHIPPED.of(list).isEmpty(), list);
    }
    assertTrue(ActorWords.SHIPPED.of("honorific").contains("mr"));
    assertTrue(ActorWords.SHIPPED.of("legislation-word").contains("Bill"), "case is kept");
    assertEquals(ActorResolver.HONORIFICS, ActorWords.SHIPPED.of("honorific"));
  }

  @Test
  void anUnknownListOrAWrongIdIsRejectedWithItsLine() {
    LexiconFormatException unknown =
        assertThrows(
            LexiconFormatException.class, () -> read("W.honorifics.mr\thonorifics\tmr\t-\n"));
    assertTrue(unknown.getMessage().contains("test.tsv:2"), unknown.getMessage());
    LexiconFormatException wrongId =
        assertThrows(
            LexiconFormatException.class, () -> read("W.honorific.sir\thonorific\tmr\t-\n"));
    assertTrue(wrongId.getMessage().contains("id must be W.honorific.mr"), wrongId.getMessage());
  }

  @Test
  void aListTheSievesReadMayNotBeMissing() {
    LexiconFormatException missing =
        assertThrows(
            LexiconFormatException.class, () -> read("W.honorific.mr\thonorific\tmr\t-\n"));
    assertTrue(missing.getMessage().contains("has no words"), missing.getMessage());
  }
}
