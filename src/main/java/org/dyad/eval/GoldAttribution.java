package org.dyad.eval;

import java.util.List;
import org.dyad.model.Span;

/**
 * One hand-annotated attribution of a PolNeAR article: who (source) is cited by which words (cue)
 * as saying or thinking what (content). Spans index the article text; discontinuous parts are
 * separate spans in text order.
 *
 * @param id the brat event id ({@code E3})
 * @param source the source's spans, empty for an attribution without a source ("it was reported")
 * @param cue the cue's spans
 * @param content the content's spans (never empty)
 * @param direct whether the content is a verbatim quotation: see {@link BratReader#isDirect}
 */
public record GoldAttribution(
    String id, List<Span> source, List<Span> cue, List<Span> content, boolean direct) {
  public GoldAttribution {
    source = List.copyOf(source);
    cue = List.copyOf(cue);
    content = List.copyOf(content);
    if (content.isEmpty()) {
      throw new IllegalArgumentException("attribution " + id + " has no content span");
    }
  }

  /** The words of a list of spans, joined by a space as brat joins discontinuous parts. */
  public static String words(List<Span> spans, String text) {
    return String.join(" ", spans.stream().map(s -> s.of(text)).toList());
  }

  public static boolean overlaps(List<Span> spans, Span other) {
    return spans.stream().anyMatch(s -> s.overlaps(other));
  }
}
