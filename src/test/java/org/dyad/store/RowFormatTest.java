package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code dyad query --format table}: headings, and whole values with {@code --full}. */
class RowFormatTest {
  static final RowFormat.Layout TWO =
      new RowFormat.Layout(List.of("date", "source_text"), List.of(10, 12));

  @Test
  void theTableStartsWithTheColumnNames() {
    assertEquals("date        source_text", RowFormat.table.header(List.of("ignored"), TWO));
  }

  @Test
  void aLongValueIsCutToItsColumnUnlessFull() {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("date", "1987-03-01");
    row.put("source_text", "the Organization of Petroleum Exporting Countries");
    assertEquals("1987-03-01  the Organiz…", RowFormat.table.row(row, TWO));
    String full = RowFormat.table.row(row, TWO, true);
    assertTrue(full.endsWith("the Organization of Petroleum Exporting Countries"), full);
  }
}
