package org.dyad.coding.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dyad.lexicon.QuoteSieveOrder;
import org.dyad.model.QuoteSieve;
import org.dyad.nlp.FirstNameGender;

/**
 * The attribution sieves a coding profile runs, in the order of {@code lexicon/quote-sieves.tsv}:
 * each id there names one sieve class; an id no class has, or one listed under another stage, is an
 * error when the attributor is built, so a misspelt id cannot switch a sieve off silently.
 * Immutable.
 *
 * @param partial the sieves for a quoted phrase
 * @param direct the sieves for a quoted passage
 * @param sentence the sieves for reported speech in a sentence
 */
record QuoteSieves(
    List<PassageSieve> partial, List<PassageSieve> direct, List<SentenceSieve> sentence) {

  QuoteSieves {
    partial = List.copyOf(partial);
    direct = List.copyOf(direct);
    sentence = List.copyOf(sentence);
  }

  /** The id of a span rule: {@link IndirectClauseSieve#misparsedEnd}. */
  static final String MODAL_AFTER_CLAUSE = "Q.span.modal-after-clause";

  /** The id of a span rule: both sides of "according to" in mid-sentence (IndirectAccordingTo). */
  static final String ACCORDING_TO_BOTH_SIDES = "Q.span.according-to-both-sides";

  /** Every span rule's id. */
  static final java.util.Set<String> SPAN_RULES =
      java.util.Set.of(MODAL_AFTER_CLAUSE, ACCORDING_TO_BOTH_SIDES);

  /** The sieves {@code profile} has on, built over {@code words}. */
  static QuoteSieves of(QuoteWords words, QuoteSieveOrder order, String profile) {
    List<String> speakerRules = order.enabled("speaker", profile);
    for (String id : speakerRules) {
      if (!Speakers.RULES.contains(id)) {
        throw new IllegalArgumentException("lexicon/quote-sieves.tsv: no speaker rule " + id);
      }
    }
    Speakers speakers = new Speakers(words, java.util.Set.copyOf(speakerRules));
    for (String id : order.enabled("span", profile)) {
      if (!SPAN_RULES.contains(id)) {
        throw new IllegalArgumentException("lexicon/quote-sieves.tsv: no span rule " + id);
      }
    }
    List<PronounSpeakers.Step> steps =
        order.enabled("pronoun", profile).stream().map(PronounSpeakers.Step::ofId).toList();
    CueQuote cues =
        new CueQuote(speakers, new PronounSpeakers(speakers, steps, Genders.FIRST_NAMES));
    Map<QuoteSieve, PassageSieve> passages =
        byId(
            List.of(
                new PartialSubjectSieve(speakers),
                new PartialClaimOwnerSieve(speakers),
                new InsideClosingMarkSieve(speakers),
                new AfterQuoteSieve(speakers, cues),
                new LeadInSieve(speakers, cues),
                new AfterSentenceSieve(speakers, cues),
                new BeforeQuoteSieve(speakers, cues),
                new ColonLabelSieve(speakers),
                new AccordingToSieve(speakers),
                new DashSignatureSieve(),
                new TranscriptLabelSieve(),
                new ColonBeforeSieve(speakers, cues),
                new ReportedBeforeSieve(speakers, cues),
                new TopicBeforeSieve(),
                new ContinuesSieve()),
            PassageSieve::id);
    Map<QuoteSieve, SentenceSieve> sentences =
        byId(
            List.of(
                new SubjectClauseSieve(speakers),
                new IndirectClauseSieve(
                    speakers, order.enabled("span", profile).contains(MODAL_AFTER_CLAUSE)),
                new ObjectClauseSieve(speakers),
                new ParticipleCueSieve(speakers),
                new RaisedSubjectSieve(speakers),
                new StanceComplementSieve(speakers),
                new PassiveAgentSieve(speakers),
                new ReportingNounSieve(speakers),
                new ParentheticalCueSieve(speakers),
                new ParatacticClauseSieve(speakers),
                new TrailingCueSieve(speakers),
                new AsideSieve(speakers),
                new IndirectAccordingToSieve(
                    speakers, order.enabled("span", profile).contains(ACCORDING_TO_BOTH_SIDES)),
                new InSurveySieve(speakers),
                new HeadlineLabelSieve(speakers),
                new AskedQuestionSieve(),
                new UnownedReportSieve(speakers),
                new NounObjectSieve(speakers)),
            SentenceSieve::id);
    return new QuoteSieves(
        pick(order.enabled("partial", profile), passages, "partial"),
        pick(order.enabled("direct", profile), passages, "direct"),
        pick(order.enabled("indirect", profile), sentences, "indirect"));
  }

  /** The first-name genders, read once: the list is large and never changes. */
  private static final class Genders {
    static final FirstNameGender FIRST_NAMES = FirstNameGender.load();
  }

  private static <T> Map<QuoteSieve, T> byId(List<T> sieves, Function<T, QuoteSieve> id) {
    Map<QuoteSieve, T> out = new java.util.EnumMap<>(QuoteSieve.class);
    sieves.forEach(s -> out.put(id.apply(s), s));
    return out;
  }

  private static <T> List<T> pick(List<String> ids, Map<QuoteSieve, T> known, String stage) {
    List<T> out = new ArrayList<>();
    for (String id : ids) {
      T sieve = known.get(QuoteSieve.ofId(id));
      if (sieve == null || stage.equals("partial") != isPartial(QuoteSieve.ofId(id))) {
        throw new IllegalArgumentException(
            "lexicon/quote-sieves.tsv: " + id + " is no sieve of stage " + stage);
      }
      out.add(sieve);
    }
    return out;
  }

  private static boolean isPartial(QuoteSieve id) {
    return id == QuoteSieve.PARTIAL_SUBJECT || id == QuoteSieve.PARTIAL_CLAIM_OWNER;
  }
}
