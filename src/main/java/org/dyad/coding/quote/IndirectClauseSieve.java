package org.dyad.coding.quote;

import static org.dyad.coding.quote.QuoteText.isQuoteMark;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Quote;
import org.dyad.model.QuoteSieve;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;

/**
 * {@code Q.indirect-clause}: an indirect cue verb and the clause it reports ("Xinhua said Xi
 * offered …", "Lavrov was quoted by Interfax as saying that …"). The clause stops before a direct
 * quotation inside it, which has its own attribution; a cue inside a direct quotation reports only
 * within it. Takes the cue. Immutable.
 */
final class IndirectClauseSieve implements SentenceSieve {
  private final Speakers speakers;
  private final boolean modalAfterClause;

  /**
   * The sieve over {@code speakers}; {@code modalAfterClause} mends a that-clause the parse cut
   * before its modal ({@code Q.span.modal-after-clause}, {@link #misparsedEnd}).
   */
  IndirectClauseSieve(Speakers speakers, boolean modalAfterClause) {
    this.speakers = speakers;
    this.modalAfterClause = modalAfterClause;
  }

  @Override
  public QuoteSieve id() {
    return QuoteSieve.INDIRECT_CLAUSE;
  }

  @Override
  public List<Quote> find(SentenceScope scope) {
    List<Quote> out = new ArrayList<>();
    Sentence s = scope.sentence();
    List<Quote> direct = scope.direct();
    for (Token t : s.tokens()) {
      if (!t.isVerb()
          || !speakers.words().indirect().contains(t.lemma())
          || scope.attributed().get(t.index())
          || isObliged(s, t.index())) {
        continue;
      }
      List<Integer> clauses = new ArrayList<>(s.childrenOf(t.index(), "ccomp"));
      if (clauses.isEmpty()) {
        clauses.addAll(whClauses(s, t.index()));
      }
      List<Span> reported = new ArrayList<>();
      for (int c : clauses) {
        if (conjoinedToAnother(s, c, clauses)) {
          // "Pernod said it was seeking acquisitions but refused to comment": the enhanced graph
          // gives "said" both conjuncts, whose subtrees are the same clause; report it once.
          continue;
        }
        int[] range = s.subtreeRange(c);
        if (modalAfterClause) {
          range[1] = misparsedEnd(s, c, range[1]);
        }
        int first = range[0];
        while (first <= range[1]
            && (s.token(first).lemma().equals("that") && s.token(first).pos().equals("IN")
                || isQuoteMark(s.token(first).word()))) {
          first++;
        }
        int last = ConjoinedReports.lastToken(s, t.index(), range[1], speakers.words());
        while (last > first
            && (isQuoteMark(s.token(last).word()) || ",.".contains(s.token(last).word()))) {
          last--;
        }
        if (first > last) {
          continue;
        }
        Quote around = QuoteText.enclosingDirect(direct, t.span());
        List<Quote.Channel> via = new ArrayList<>();
        Quote.Speaker speaker = speaker(scope, t.index(), around, via);
        if (speaker == null && (around != null || !speakers.unnamedShare(s, t.index()))) {
          continue; // "Twenty-four percent said …" reports with no speaker (SurveyShares)
        }
        boolean woven =
            around == null && WovenQuotations.allWoven(direct, s, first, last, speaker, t.word());
        if (around == null) {
          last = WovenQuotations.lastToken(direct, s, first, last, speaker, t.word());
          if (last < first) {
            continue;
          }
        }
        Span content = s.spanOf(first, last);
        if (!woven && QuoteText.overlapsDirectFromOutside(direct, content, t.span())
            || content.contains(t.span())
            || reported.contains(content)) {
          continue; // "Analysts said that the deal is aimed at …": two edges, one clause
        }
        if (around != null && !around.span().contains(content)) {
          continue; // "…,” Xinhua reported: the parser hung the attribution under a verb inside
        }
        if (QuoteText.isPartial(direct, content, speaker)) {
          continue;
        }
        if (around != null && Speakers.isMedia(around.speaker()) && !Speakers.isMedia(speaker)) {
          via.add(new Quote.Channel(around.speaker().name(), around.speaker().code()));
        }
        out.add(QuoteText.indirect(scope.text(), content, speaker, t.word(), via, id()));
        reported.add(content);
        scope.attributed().set(t.index());
      }
    }
    return out;
  }

  /**
   * The indirect questions the parser hung on the cue as adverbial clauses: "Ham explained why he
   * backs Trump", "Lawmakers have not said when they would act". The clause opens with a wh-adverb
   * or "whether" right after the cue (or its object: "asked them why …") and has a subject of its
   * own, so "said when asked …" stays the time of the saying.
   */
  private static List<Integer> whClauses(Sentence s, int cue) {
    List<Integer> out = new ArrayList<>();
    int next = cue + 1;
    for (int o : s.childrenOf(cue, "obj")) {
      if (o > cue) {
        next = Math.max(next, s.subtreeRange(o)[1] + 1);
      }
    }
    for (int c : s.childrenOf(cue, "advcl")) {
      int first = s.subtreeRange(c)[0];
      if (c <= cue || first != next || !s.hasChild(c, "nsubj")) {
        continue;
      }
      Token w = s.token(first);
      if (w.pos().equals("WRB") || w.lemma().equalsIgnoreCase("whether")) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * {@code Q.span.modal-after-clause}: where a that-clause the parse cut short really ends: "he
   * believes that his efforts to slow the warming of the planet will be the most consequential
   * legacy": the parse made "to slow …" the clause, with "efforts" its subject, and hung "will be …
   * legacy" on the sentence above the cue. A that-clause with no finite verb of its own, followed
   * at once by a modal or auxiliary whose predicate lies after it, runs on to that predicate's end.
   */
  static int misparsedEnd(Sentence s, int c, int end) {
    Token head = s.token(c);
    boolean that = false;
    boolean finite = false;
    for (org.dyad.model.Dependency d : s.children(c)) {
      String r = d.relation();
      String lemma = s.token(d.dependent()).lemma();
      that |= r.equals("mark") && lemma.equals("that");
      finite |= r.startsWith("aux") || r.equals("cop");
    }
    // Only an infinitive or a gerund: a participle ("that British troops deployed in Iraq should
    // be replaced") is left to the event coder's R.arg.reporting-verb-speaker.
    boolean nonFinite = head.pos().equals("VB") || head.pos().equals("VBG");
    if (!that || finite || !nonFinite || !s.hasChild(c, "nsubj") || end + 1 >= s.tokens().size()) {
      return end;
    }
    Token next = s.token(end + 1);
    if (!next.pos().equals("MD")) {
      return end;
    }
    for (org.dyad.model.Dependency d : s.parents(end + 1)) {
      int g = d.governor();
      if ((d.relation().equals("aux") || d.relation().equals("cop")) && g > end + 1) {
        return Math.max(end, s.subtreeRange(g)[1]);
      }
    }
    return end;
  }

  /** Whether clause {@code c} is a conjunct of another of the cue's clauses. */
  private static boolean conjoinedToAnother(Sentence s, int c, List<Integer> clauses) {
    for (org.dyad.model.Dependency d : s.parents(c)) {
      if (d.relation().startsWith("conj") && d.governor() != c && clauses.contains(d.governor())) {
        return true;
      }
    }
    return false;
  }

  /** The cue's speaker: the person a medium quoted, its subject, or the clause's it hangs from. */
  private Quote.Speaker speaker(
      SentenceScope scope, int cue, Quote around, List<Quote.Channel> via) {
    var article = scope.article();
    var actors = scope.actors();
    Sentence s = scope.sentence();
    Quote.Speaker speaker = null;
    Speakers.Quoted quoted = speakers.quotedBy(article, actors, s, cue);
    if (quoted != null) {
      speaker = quoted.speaker();
      via.addAll(quoted.via());
    }
    for (int subj : Speakers.subjects(s, cue)) {
      if (speaker == null) {
        speaker = speakers.subjectAt(article, actors, s, subj);
      }
    }
    if (speaker == null && around == null) {
      speaker = speakers.controller(article, actors, s, cue, scope.marked());
    }
    if (speaker == null && around == null && !s.hasChild(cue, "nsubj")) {
      // "In a meeting with the Post Trump said that …": a parse that misses the subject.
      int k = QuoteText.beforeAdverbs(s, cue);
      if (k >= 0 && (s.token(k).isNoun() || s.token(k).isPronoun())) {
        speaker = speakers.subjectAt(article, actors, s, k);
      }
    }
    return speaker;
  }

  /**
   * "The UK and US must realise they cannot …": what someone must or should know or say is asked of
   * them, not said by them.
   */
  private static boolean isObliged(Sentence s, int cue) {
    return s.childrenOf(cue, "aux").stream()
        .map(a -> s.token(a).lemma())
        .anyMatch(l -> l.equals("must") || l.equals("should") || l.equals("ought"));
  }
}
