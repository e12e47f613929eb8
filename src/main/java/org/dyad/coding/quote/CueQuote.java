package org.dyad.coding.quote;

import static org.dyad.coding.quote.QuoteText.within;

import java.util.ArrayList;
import java.util.List;
import org.dyad.coding.ResolvedMention;
import org.dyad.model.Dependency;
import org.dyad.model.Quote;
import org.dyad.model.QuoteSieve;
import org.dyad.model.Sentence;
import org.dyad.model.Span;

/**
 * A direct quotation attributed by a cue verb a sieve found: the verb's speaker (its subject, the
 * person a medium quoted, the subject of the clause it hangs from, an inverted subject, the name
 * right before it), its audience ("told reporters") and channels ("told Reuters", "in an interview
 * with CNN"). The sieves differ in where they look for the cue; what the cue gives is this class.
 * Thread-safe: immutable.
 */
final class CueQuote {
  private final Speakers speakers;
  private final PronounSpeakers pronouns;

  CueQuote(Speakers speakers, PronounSpeakers pronouns) {
    this.speakers = speakers;
    this.pronouns = pronouns;
  }

  /**
   * The passage attributed by the cue at token {@code cue} of {@code s}, or null without speaker.
   */
  Quote attribute(PassageScope scope, Sentence s, int cue, QuoteSieve sieve) {
    var article = scope.article();
    var actors = scope.actors();
    Span content = scope.content();
    List<Span> marked = scope.marked();
    Quote.Speaker speaker = null;
    List<Quote.Channel> via = new ArrayList<>();
    Speakers.Quoted quoted = speakers.quotedBy(article, actors, s, cue);
    if (quoted != null) {
      speaker = quoted.speaker();
      via.addAll(quoted.via());
    }
    for (int subj : Speakers.subjects(s, cue)) {
      if (speaker == null && !within(marked, s.token(subj).span())) {
        if (pronouns.resolves(s.token(subj))) {
          speaker = pronouns.resolve(scope, s, subj); // "“…,” he said"
        }
        if (speaker == null) {
          // "footage of Hillary Clinton asking, “…”": the parse made the footage the subject.
          speaker = speakers.personShown(article, actors, s, subj, cue);
        }
        if (speaker == null) {
          speaker = speakers.subjectAt(article, actors, s, subj);
        }
      }
    }
    if (speaker == null) {
      speaker = speakers.controller(article, actors, s, cue, marked);
    }
    boolean tell = s.token(cue).lemma().equals("tell");
    boolean after = content.end() <= s.token(cue).span().begin();
    if (speaker == null && after && !tell) {
      // "“…,” said the ruling": the parser takes the inverted subject for an object.
      for (int obj : s.childrenOf(cue, "obj")) {
        if (speaker == null && obj > cue && !within(marked, s.token(obj).span())) {
          speaker = speakers.subjectAt(article, actors, s, obj);
        }
      }
    }
    if (speaker == null && after) {
      // "“…,” Malkia Cyril, the executive director at …, told …": the parse hung the verb
      // elsewhere, but the first name between the closing mark and the verb is the speaker.
      speaker = speakers.nameBetween(article, actors, s, content.end(), cue, marked);
    }
    if (speaker == null
        && cue + 1 < s.tokens().size()
        && !tell
        && (after || QuoteText.invertible(s, cue))) {
      // Inverted order: "…,” said the minister. (After "told" comes the audience, not the speaker;
      // after a verb inside its clause, its object: "tweets accusing Alicia Machado of …".)
      int k = cue + 1;
      while (k < s.tokens().size() && s.token(k).pos().equals("DT")) {
        k++;
      }
      if (k < s.tokens().size() && (s.token(k).isNoun() || s.token(k).isPronoun())) {
        speaker = speakers.speakerAt(article, actors, s, k);
      }
    }
    if (speaker == null && !s.hasChild(cue, "nsubj")) {
      // "Protesters marching through the streets chanted “…”": the parse gave the subject to the
      // participle before the verb and left the verb none.
      int subj = participleSubject(s, cue);
      if (subj >= 0 && !within(marked, s.token(subj).span())) {
        speaker = speakers.subjectAt(article, actors, s, subj);
      }
    }
    if (speaker == null) {
      // A parse that misses the subject: the mention right before the verb.
      int k = QuoteText.beforeAdverbs(s, cue);
      if (k >= 0 && !content.contains(s.token(k).span())) {
        speaker = speakers.speakerAt(article, actors, s, k);
      }
      if (speaker == null && k > 0 && s.token(k).word().equals(",")) {
        speaker = speakers.pastApposition(article, actors, s, k, marked);
      }
    }
    if (speaker == null) {
      return null;
    }
    String audience = null;
    if (tell) {
      for (Dependency d : s.children(cue)) {
        if ((d.relation().equals("obj") || d.relation().equals("iobj"))
            && !content.contains(s.token(d.dependent()).span())) {
          ResolvedMention m = actors.mentionAt(s.index(), d.dependent());
          audience =
              m != null ? m.text() : QuoteText.nounPhrase(s, d.dependent()).of(article.text());
          Speakers.addIfMedia(actors, m, via);
        }
      }
    }
    Speakers.addInterviewChannel(actors, s, cue, via);
    return QuoteText.direct(
        article.text(), content, speaker, s.token(cue).word(), audience, via, sieve);
  }

  /**
   * The subject of a participle that stands between it and the verb at {@code cue}, with no finite
   * verb between them: "Protesters marching through the streets chanted".
   */
  private static int participleSubject(Sentence s, int cue) {
    for (int k = cue - 1; k >= 0; k--) {
      String pos = s.token(k).pos();
      if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD")) {
        return -1;
      }
      if (pos.equals("VBG") || pos.equals("VBN")) {
        for (int subj : s.childrenOf(k, "nsubj")) {
          if (subj < k) {
            return subj;
          }
        }
      }
    }
    return -1;
  }
}
