package org.dyad.coding.quote;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.coding.ResolvedMention;
import org.dyad.model.Actor;
import org.dyad.model.Quote;
import org.dyad.model.QuoteSieve;
import org.dyad.model.Sentence;
import org.dyad.model.Span;

/**
 * {@code Q.dash-signature}: "“…”― Pamela Padilla", a name after a dash behind the closing mark on
 * the same line: an actor when one is mentioned there, else the name as written. Immutable.
 */
final class DashSignatureSieve implements PassageSieve {
  private static final Pattern DASH_NAME =
      Pattern.compile(
          "^[\"\u201d\u2019']?\\s*[\u2015\u2014\u2013-]{1,2}\\s*([A-Z][\\p{L}.'\\-]+(?:"
              + " [A-Z]?[\\p{L}.'\\-]+){0,4})");

  @Override
  public QuoteSieve id() {
    return QuoteSieve.DASH_SIGNATURE;
  }

  @Override
  public Quote attribute(PassageScope scope) {
    String text = scope.text();
    int closeAt = scope.content().end();
    int end = text.indexOf('\n', closeAt);
    String after = text.substring(closeAt, end < 0 ? text.length() : end);
    Matcher m = DASH_NAME.matcher(after);
    if (!m.find()) {
      return null;
    }
    Span span = new Span(closeAt + m.start(1), closeAt + m.end(1));
    int sentence = scope.article().sentenceOf(span.begin());
    Sentence s = scope.article().sentences().get(sentence);
    int token = s.tokenAt(span.begin());
    ResolvedMention mention = token < 0 ? null : scope.actors().mentionAt(sentence, token);
    Quote.Speaker speaker;
    if (mention != null && mention.actors().size() == 1) {
      Actor a = scope.actors().actor(mention.actors().get(0));
      speaker = new Quote.Speaker(a.id(), a.name(), mention.codes().get(0), mention.span());
    } else {
      speaker = new Quote.Speaker(null, m.group(1).strip(), null, span);
    }
    return scope.quote(speaker, "\u2015", id());
  }
}
