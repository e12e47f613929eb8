package org.dyad.golden;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One hand-coded golden file: the article it reads and the actors, quotations and events expected
 * of it.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
record GoldenCase(
    @JsonProperty("case") String name,
    Input input,
    String date,
    List<ExpectedActor> actors,
    List<ExpectedQuote> quotes,
    List<ExpectedEvent> events) {

  record Input(String corpus, String id) {}

  record ExpectedActor(String name, String code) {}

  record ExpectedQuote(
      String text,
      String kind,
      String speaker,
      String code,
      List<String> via,
      String audience,
      String known_failure) {}

  record ExpectedEvent(
      String source,
      String target,
      String cameo,
      String trigger,
      String sentence,
      String date,
      String mode,
      String known_failure) {}
}
