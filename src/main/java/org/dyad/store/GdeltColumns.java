package org.dyad.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The column names of GDELT 2.0's event table and mentions table, in GDELT's order; the files Dyad
 * writes carry no header, as GDELT's do, so these names are how to load them.
 */
public final class GdeltColumns {
  private GdeltColumns() {}

  /** The 61 columns of a GDELT 2.0 event export. */
  public static final List<String> EVENTS = events();

  /** The 16 columns of a GDELT 2.0 mentions file. */
  public static final List<String> MENTIONS =
      List.of(
          "GlobalEventID",
          "EventTimeDate",
          "MentionTimeDate",
          "MentionType",
          "MentionSourceName",
          "MentionIdentifier",
          "SentenceID",
          "Actor1CharOffset",
          "Actor2CharOffset",
          "ActionCharOffset",
          "InRawText",
          "Confidence",
          "MentionDocLen",
          "MentionDocTone",
          "MentionDocTranslationInfo",
          "Extras");

  private static List<String> events() {
    List<String> c =
        new ArrayList<>(List.of("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"));
    for (String actor : List.of("Actor1", "Actor2")) {
      for (String f :
          List.of(
              "Code",
              "Name",
              "CountryCode",
              "KnownGroupCode",
              "EthnicCode",
              "Religion1Code",
              "Religion2Code",
              "Type1Code",
              "Type2Code",
              "Type3Code")) {
        c.add(actor + f);
      }
    }
    c.addAll(
        List.of(
            "IsRootEvent",
            "EventCode",
            "EventBaseCode",
            "EventRootCode",
            "QuadClass",
            "GoldsteinScale",
            "NumMentions",
            "NumSources",
            "NumArticles",
            "AvgTone"));
    for (String geo : List.of("Actor1Geo", "Actor2Geo", "ActionGeo")) {
      for (String f :
          List.of(
              "Type",
              "FullName",
              "CountryCode",
              "ADM1Code",
              "ADM2Code",
              "Lat",
              "Long",
              "FeatureID")) {
        c.add(geo + "_" + f);
      }
    }
    c.add("DATEADDED");
    c.add("SOURCEURL");
    return Collections.unmodifiableList(c);
  }
}
