package org.dyad.coding.quote;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.TestEngine;
import org.dyad.coding.ActorAnalysis;
import org.dyad.coding.ActorResolver;
import org.dyad.lexicon.Lexicon;
import org.dyad.lexicon.LexiconLoader;
import org.dyad.lexicon.NameIndex;
import org.dyad.lexicon.QuoteSieveOrder;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.Quote;
import org.dyad.model.QuoteSieve;
import org.dyad.nlp.FirstNameGender;

/**
 * Runs the attribution sieves on a hand-written sentence, all of them or only some, so that a
 * sieve's test shows what that sieve alone finds.
 */
final class SieveFixture {
  private static final LocalDate DATE = LocalDate.of(2019, 3, 1);

  private static final class Holder {
    static final Lexicon LEXICON = LexiconLoader.fromClasspath().load();
    static final ActorResolver ACTORS =
        new ActorResolver(LEXICON, new NameIndex(LEXICON), FirstNameGender.load());
    static final QuoteWords WORDS =
        QuoteWords.of(
            LEXICON.attributionCues(),
            LEXICON.wordLists(),
            Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr."));
  }

  private SieveFixture() {}

  /** The quotations that only the sieves {@code only} find (the partial ones kept apart). */
  static List<Quote> only(String text, QuoteSieve... only) {
    List<QuoteSieveOrder.Row> rows = new ArrayList<>();
    for (QuoteSieve s : only) {
      rows.add(new QuoteSieveOrder.Row(s.id(), stageOf(s), Set.of("dyad")));
    }
    return run(text, new QuoteSieveOrder(rows));
  }

  /** The quotations the shipped sieve order finds. */
  static List<Quote> all(String text) {
    return run(text, Holder.LEXICON.attributionCues().sieves());
  }

  /** The shipped sieve order with the sieve {@code id} switched off. */
  static QuoteSieveOrder without(String id) {
    return new QuoteSieveOrder(
        shipped().sieves().stream().filter(r -> !r.id().equals(id)).toList());
  }

  static QuoteSieveOrder shipped() {
    return Holder.LEXICON.attributionCues().sieves();
  }

  static List<Quote> run(String text, QuoteSieveOrder order) {
    return run(text, order, Holder.WORDS);
  }

  /** The shipped cue words, for a test that takes some out. */
  static QuoteWords words() {
    return Holder.WORDS;
  }

  /** The quotations the shipped sieve order finds with the cue words {@code words}. */
  static List<Quote> run(String text, QuoteWords words) {
    return run(text, shipped(), words);
  }

  private static List<Quote> run(String text, QuoteSieveOrder order, QuoteWords words) {
    AnnotatedArticle article =
        TestEngine.annotator().annotate(new Article("t", DATE, "", text, null, null, "test"));
    ActorAnalysis actors = Holder.ACTORS.resolve(article);
    return new QuotationFinder(words, order, "dyad").attribute(article, actors);
  }

  /** The first quotation of {@code kind}. */
  static Quote first(List<Quote> quotes, Quote.Kind kind) {
    return quotes.stream().filter(q -> q.kind() == kind).findFirst().orElseThrow();
  }

  private static String stageOf(QuoteSieve s) {
    return switch (s) {
      case PARTIAL_SUBJECT, PARTIAL_CLAIM_OWNER -> "partial";
      default -> s.label().startsWith("indirect:") ? "indirect" : "direct";
    };
  }
}
