package org.dyad.coding.quote;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Actor;
import org.dyad.model.Quote;
import org.dyad.model.QuoteSieve;
import org.dyad.model.Span;

/**
 * {@code Q.transcript-label}: the speaker a transcript paragraph opens with ("WALLACE: …", "Mr
 * Pence: …"), before the opening mark or just inside it ("“PENCE: Well, …"): a person whose name
 * contains the label's last word, or the label itself. Immutable.
 */
final class TranscriptLabelSieve implements PassageSieve {
  private static final Pattern LABEL =
      Pattern.compile("^\\s*([A-Z][A-Za-z.'\\-]+(?: [A-Z][A-Za-z.'\\-]+){0,2}):\\s");

  @Override
  public QuoteSieve id() {
    return QuoteSieve.TRANSCRIPT_LABEL;
  }

  @Override
  public Quote attribute(PassageScope scope) {
    int offset = scope.passage().open();
    Span content = scope.content();
    Span paragraph = scope.article().paragraphs().get(scope.article().paragraphOf(offset));
    String text = scope.text();
    Span where = paragraph;
    Matcher m = LABEL.matcher(paragraph.of(text));
    if (!m.find() || paragraph.begin() + m.end() > offset + 1) {
      where = content;
      m = LABEL.matcher(content.of(text));
      if (!m.find()) {
        return null;
      }
    }
    String name = m.group(1);
    Span span = new Span(where.begin() + m.start(1), where.begin() + m.end(1));
    String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    for (Actor a : scope.actors().actors()) {
      if (a.kind() == Actor.Kind.PERSON
          && Arrays.stream(a.name().toLowerCase(Locale.ROOT).split("\\s+"))
              .anyMatch(last::equals)) {
        return scope.quote(new Quote.Speaker(a.id(), a.name(), a.code(), span), ":", id());
      }
    }
    return scope.quote(new Quote.Speaker(null, name, null, span), ":", id());
  }
}
