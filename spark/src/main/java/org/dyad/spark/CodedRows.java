package org.dyad.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One article's rows of the exported tables, as {@link org.dyad.store.ExportRows} built them, or
 * the reason it could not be coded. Events are numbered from 1 within the article: global ids are
 * known only once every earlier article's events are counted, and the job shifts them then.
 */
record CodedRows(long ordinal, LocalDate date, Map<String, List<List<Object>>> rows, Reject reject)
    implements Serializable {
  int eventCount() {
    return rows == null ? 0 : rows.get("events").size();
  }
}
