package org.dyad.coding.quote;

import static org.dyad.coding.quote.QuoteText.isQuoteMark;
import static org.dyad.coding.quote.QuoteText.within;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.dyad.model.Dependency;
import org.dyad.model.Quote;
import org.dyad.model.QuoteSieve;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;

/**
 * {@code Q.indirect-complement}: "Trump called for a ban", "A Bloomberg poll shows Clinton ahead",
 * "Graham is critical of Trump": a stance, intention or evidence verb (or a stance adjective or
 * noun with a subject) whose subject is a source, and its complements (object, infinitive,
 * prepositional object, and the modifiers after them, as PolNeAR's spans run) as what is
 * attributed. Cues inside a direct quotation are the speaker's own words and attribute nothing
 * here. Immutable.
 */
final class StanceComplementSieve implements SentenceSieve {
  private final Speakers speakers;

  StanceComplementSieve(Speakers speakers) {
    this.speakers = speakers;
  }

  @Override
  public QuoteSieve id() {
    return QuoteSieve.INDIRECT_COMPLEMENT;
  }

  @Override
  public List<Quote> find(SentenceScope scope) {
    List<Quote> out = new ArrayList<>();
    Sentence s = scope.sentence();
    List<Span> marked = scope.marked();
    BitSet attributed = scope.attributed();
    QuoteWords words = speakers.words();
    for (Token t : s.tokens()) {
      if (!isStanceCue(s, t) || attributed.get(t.index()) || within(marked, t.span())) {
        continue;
      }
      Quote.Speaker speaker = null;
      int subject = -1;
      for (int subj : Speakers.subjects(s, t.index())) {
        if (speaker == null && !within(marked, s.token(subj).span())) {
          speaker = speakers.subjectAt(scope.article(), scope.actors(), s, subj);
          subject = subj;
        }
      }
      if (speaker == null) {
        speaker = speakers.controller(scope.article(), scope.actors(), s, t.index(), marked);
      }
      if (speaker == null && !speakers.unnamedShare(s, t.index())
          || speaker != null && isForce(t, speaker)) {
        continue; // "56 percent would vote for Clinton" reports with no speaker (SurveyShares)
      }
      int first = Integer.MAX_VALUE;
      int last = -1;
      for (Dependency d : s.children(t.index())) {
        boolean complement =
            isComplement(d.relation())
                // "The appeals court ruled that …", "Mexico demanded that …": a stance verb's
                // clause, when no clause sieve before this one took the verb as its cue
                || d.relation().equals("ccomp")
                || d.relation().equals("advmod")
                    && words.answerWords().contains(s.token(d.dependent()).lemma())
                || !t.isVerb()
                    && (d.relation().equals("ccomp")
                        || d.relation().equals("acl:to")
                        || d.relation().startsWith("nmod:")
                            && isComplement("obl:" + d.relation().substring(5)));
        boolean object = d.relation().equals("obj") || d.relation().equals("iobj");
        if (!complement
            || d.dependent() == subject
            || setOffParticiple(s, t.index(), d)
            || object && words.objectNotReported().contains(t.lemma())
            || words.audienceVerbs().contains(t.lemma())
                && (object || d.relation().equals("obl:to"))) {
          continue;
        }
        int[] range = s.subtreeRange(d.dependent());
        if (range[0] <= t.index() && range[1] >= t.index()) {
          continue;
        }
        if (t.isVerb() && range[1] < t.index() && range[1] < subject) {
          // "On Monday, Moore called the remarks …": a phrase set before the speaker frames the
          // sentence; what the verb attributes follows it.
          continue;
        }
        first = Math.min(first, range[0]);
        last = Math.max(last, range[1]);
      }
      if (last < 0) {
        continue;
      }
      // The content runs on through the modifiers after it, as PolNeAR's spans do: "shows Clinton
      // ahead among wealthy voters".
      for (Dependency d : s.children(t.index())) {
        String r = d.relation();
        if (d.dependent() > last
            && (r.equals("advmod") || r.startsWith("obl") || trails(s, d.dependent(), r))) {
          last = Math.max(last, s.subtreeRange(d.dependent())[1]);
        }
      }
      while (first <= last
          && (isQuoteMark(s.token(first).word()) || s.token(first).pos().equals("IN"))) {
        first++; // "called for a ban": the preposition belongs to the cue
      }
      while (last > first
          && (isQuoteMark(s.token(last).word()) || ",.".contains(s.token(last).word()))) {
        last--;
      }
      int taken = first <= last ? attributed.nextSetBit(first) : -1;
      if (taken > first + 1 && taken <= last && s.token(taken - 1).word().equals(",")) {
        // "mocked Romney for …, claiming that …": a participle set off after the complement,
        // taken as a cue of its own, ends it
        last = QuoteText.trimmed(s, first, taken - 1)[1];
      }
      if (first > last
          || first <= t.index() && last >= t.index()
          || attributed.nextSetBit(first) >= 0 && attributed.nextSetBit(first) <= last) {
        continue; // "quoted Lavrov as saying that …": the speech verb inside reports it
      }
      boolean woven = WovenQuotations.allWoven(scope.direct(), s, first, last, speaker, t.word());
      last = WovenQuotations.lastToken(scope.direct(), s, first, last, speaker, t.word());
      if (last < first) {
        continue;
      }
      Span content = s.spanOf(first, last);
      if (!woven && QuoteText.overlapsDirectFromOutside(scope.direct(), content, null)
          || QuoteText.isPartial(scope.direct(), content, speaker)) {
        continue;
      }
      out.add(QuoteText.indirect(scope.text(), content, speaker, t.word(), List.of(), id()));
      // One cue reports one clause: "…, he added." is not an aside as well.
      attributed.set(t.index());
    }
    return out;
  }

  /**
   * "Syrian troops attacked the rebels": a stance verb that also names force, done by soldiers,
   * police or militants, is force and reports no words ({@code force-verb} cues, {@code
   * armed-sector} sectors).
   */
  private boolean isForce(Token cue, Quote.Speaker speaker) {
    return speakers.words().forceVerbs().contains(cue.lemma())
        && speaker.code() != null
        && speaker.code().sector() != null
        && speakers.words().armedSectors().contains(speaker.code().sector());
  }

  /** A verb, adjective or noun that attributes its complement to its subject. */
  private boolean isStanceCue(Sentence s, Token t) {
    if (t.isVerb()) {
      if (t.lemma().equals("speak")) {
        // "spoke of …", "spoke out about …": speaking counts with what was spoken of
        return s.hasChild(t.index(), "obl:about")
            || s.hasChild(t.index(), "obl:of")
            || s.hasChild(t.index(), "obl:against");
      }
      return speakers.words().stanceVerbs().contains(t.lemma()) || regards(s, t) || finds(s, t);
    }
    return (t.isAdjective() || t.isNoun())
        && speakers.words().stanceWords().contains(t.lemma())
        && s.hasChild(t.index(), "nsubj");
  }

  /**
   * "Mr. Obama sees Mr. Netanyahu as captured by …", "Cruz cast the race as a two-man contest",
   * "black voters saw that Obama could win": a verb of regarding ({@code regard-verb} cues) holds a
   * view only with an "as" phrase or a clause; "saw the game", "cast a ballot" report nothing.
   */
  private boolean regards(Sentence s, Token t) {
    return speakers.words().regardVerbs().contains(t.lemma())
        && (s.hasChild(t.index(), "obl:as")
            || s.hasChild(t.index(), "advcl:as")
            || s.hasChild(t.index(), "ccomp") && s.hasChild(t.index(), "nsubj"));
  }

  /**
   * {@code Q.complement-trailing-clause}: a subordinate clause the parse hung on the cue after what
   * it attributes belongs to it, as PolNeAR's spans run: "accusing her of being asleep [when the
   * late-night calls came in]". A participle set off after it ("…, saying …") is an act of its own,
   * so is a conjunct of the cue, and a contrast ("although he did keep up …") is the writer's.
   */
  private static boolean trails(Sentence s, int dependent, String relation) {
    String opener = s.token(s.subtreeRange(dependent)[0]).pos();
    return switch (relation) {
        // when, why, because or after what: the circumstance of what is attributed
      case "advcl", "advcl:when", "advcl:because", "advcl:after", "advcl:before", "advcl:since" ->
          opener.equals("IN") || opener.equals("WRB");
      case "xcomp" -> true;
        // "although …", "while …": the writer's contrast, not the speaker's words
      default -> false;
    };
  }

  /**
   * "A June poll found Trump receiving 20 percent support", "A Field Poll put his support at 5
   * percent": a verb of finding ({@code finding-verb} cues) reports what it found only when its
   * subject is a poll, study or record ({@code survey} and {@code finding-source} cues); "the
   * police found the car" reports nothing.
   */
  private boolean finds(Sentence s, Token t) {
    return speakers.words().findingVerbs().contains(t.lemma())
        && s.childrenOf(t.index(), "nsubj").stream()
            .anyMatch(
                n ->
                    speakers
                        .words()
                        .findingSources()
                        .contains(s.token(n).lemma().toLowerCase(java.util.Locale.ROOT)));
  }

  /**
   * "…, Twitter announced, gaining 22,000 followers": a participle the parse hung on the cue after
   * a comma that follows it is an act of its own, not what the cue reports.
   */
  private static boolean setOffParticiple(Sentence s, int cue, Dependency d) {
    int first = s.subtreeRange(d.dependent())[0];
    return (d.relation().equals("dep") || d.relation().equals("xcomp"))
        && s.token(d.dependent()).pos().equals("VBG")
        && first == d.dependent()
        && first > cue + 1
        && s.token(first - 1).word().equals(",");
  }

  /** Relations from a cue to what it attributes, besides a clause ("ccomp"). */
  private static boolean isComplement(String relation) {
    return switch (relation) {
      case "xcomp",
              "obj",
              "dep",
              "obl:to",
              "obl:as",
              "obl:for",
              "obl:on",
              "obl:about",
              "obl:of",
              "obl:against",
              "obl:over",
              "obl:with",
              "advcl:to",
              "advcl:as",
              "advcl:if",
              // a gerund after the preposition: "called for reducing …", "accused Holt of being …"
              "advcl:for",
              "advcl:of",
              "advcl:about",
              "advcl:on",
              "advcl:against",
              "advcl:over",
              "advcl:by" ->
          true;
      default -> false;
    };
  }
}
