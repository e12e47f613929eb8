package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.lexicon.AttributionCues;
import org.dyad.model.Actor;
import org.dyad.model.ActorCode;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Dependency;
import org.dyad.model.Quote;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;

/**
 * Finds quotations and reported speech and says who said them, to whom, and through which channel.
 *
 * <p>Direct quotations are found by their marks ({@link QuoteMarks}); a short phrase without
 * closing punctuation is a {@code partial} (scare) quote. Speakers are found by sieves, in order,
 * and each quote records the one that fired: an attribution inside the closing mark ("…, said
 * Xi.”), a speech verb after the quote in the same sentence ("…,” Xinhua reported), one before it
 * ("Pompeo said: “…”"), a bare attribution in the next sentence, a label ("PENCE: “…”"), and the
 * previous quote's speaker for a quote with no attribution of its own. Indirect attribution is a
 * speech verb with a clausal complement ("Xinhua said Xi offered …"), "according to X", an aside
 * ("…, officials said"), and, as PolNeAR annotates it, beliefs, intentions, stances and findings: a
 * stance verb, adjective or noun with its complement ("Trump called for …", "a poll shows …",
 * "Graham is critical of …"), findings "in a poll", headline labels ("Poll: …"). A source is
 * whoever or whatever is the cue's subject: a person, a group, a poll or a document. A news medium
 * the words were told to ("told Yonhap") or that reported a speaker's words ("…, said Xi.” inside a
 * Xinhua report) is the channel. Uses only the tagger's and parser's output; adds no annotator.
 * Thread-safe: immutable.
 */
public final class QuoteAttributor {
  /** Reads attributions by the cue words of {@code lexicon/attribution-cues.tsv}. */
  public QuoteAttributor(AttributionCues cues) {
    this.speechCues = cues.of(AttributionCues.Kind.SPEECH);
    this.indirectCues = cues.of(AttributionCues.Kind.INDIRECT);
    this.nominalCues = cues.of(AttributionCues.Kind.NOMINAL);
    this.mediaNouns = cues.of(AttributionCues.Kind.MEDIA_NOUN);
    this.phraseVerbs = cues.of(AttributionCues.Kind.PHRASE_VERB);
    this.surveys = cues.of(AttributionCues.Kind.SURVEY);
    this.stanceVerbs = cues.of(AttributionCues.Kind.STANCE_VERB);
    this.stanceWords = cues.of(AttributionCues.Kind.STANCE_WORD);
    this.objectNotReported = cues.of(AttributionCues.Kind.OBJECT_NOT_REPORTED);
    this.audienceVerbs = cues.of(AttributionCues.Kind.AUDIENCE_VERB);
  }

  /** Verbs that attribute speech. */
  private final Set<String> speechCues;

  /** Nouns that report what their possessor said: "Iran's threat to close the strait". */
  private final Set<String> nominalCues;

  private final Set<String> mediaNouns;

  /** Verbs that introduce indirect speech with a clause ("X said that …"). */
  private final Set<String> indirectCues;

  private static final Set<String> TIME_WORDS =
      Set.of(
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "today",
          "tonight",
          "yesterday",
          "tomorrow",
          "morning",
          "afternoon",
          "evening",
          "night",
          "day",
          "week",
          "weekend",
          "month",
          "year",
          "time",
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");

  /** Pronouns that stand for their speaker as they are: "they said", "we believe". */
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("they", "we", "i", "you", "it");

  private static final int MIN_DIRECT_WORDS = 8;
  private static final Set<String> HONORIFICS = ActorResolver.HONORIFICS;

  public List<Quote> attribute(AnnotatedArticle article, ActorAnalysis actors) {
    String text = article.text();
    List<Quote> quotes = new ArrayList<>();
    Quote previousDirect = null;
    int previousParagraph = -1;
    List<QuoteMarks.Passage> passages = QuoteMarks.find(text, article.paragraphs());
    List<Span> marked = passages.stream().map(QuoteMarks.Passage::content).toList();
    for (QuoteMarks.Passage passage : passages) {
      Span content = passage.content();
      boolean direct = isDirect(text, content, passage.closed());
      if (!direct) {
        quotes.add(partial(article, actors, content));
        continue;
      }
      int paragraph = article.paragraphOf(content.begin());
      Quote q = attributeDirect(article, actors, passage, marked);
      ResolvedMention topic =
          previousDirect == null
              ? null
              : newTopic(
                  article, actors, previousDirect.span().end(), passage.open(), previousDirect);
      if (q.speaker() == null && topic != null) {
        // Another person became the subject since the last quotation: the words are theirs.
        Actor a = actors.actor(topic.actors().get(0));
        q =
            new Quote(
                "",
                q.text(),
                q.span(),
                Quote.Kind.DIRECT,
                new Quote.Speaker(a.id(), a.name(), topic.codes().get(0), topic.span()),
                null,
                null,
                List.of(),
                "topic-before");
      }
      if (q.speaker() == null
          && previousDirect != null
          && previousDirect.speaker() != null
          && (paragraph == previousParagraph
              || paragraph == previousParagraph + 1
                  && (passage.continues() || startsParagraph(article, passage)))) {
        q =
            new Quote(
                "",
                q.text(),
                q.span(),
                Quote.Kind.DIRECT,
                previousDirect.speaker(),
                previousDirect.cue(),
                previousDirect.audience(),
                previousDirect.via(),
                "continues:" + previousDirect.rule());
      }
      quotes.add(q);
      previousDirect = q;
      previousParagraph = paragraph;
    }
    addReportedChannels(article, quotes);
    quotes.addAll(indirect(article, actors, quotes));
    quotes.sort((a, b) -> a.span().compareTo(b.span()));
    List<Quote> numbered = new ArrayList<>();
    for (Quote q : quotes) {
      numbered.add(q.withId("q" + (numbered.size() + 1)));
    }
    return numbered;
  }

  /**
   * Verbs whose subject uses a quoted phrase as its own words: "criticised nations taking a
   * 'spectator' role".
   */
  private final Set<String> phraseVerbs;

  /**
   * A quoted phrase: its speaker is the subject of the nearest speech or phrase verb before it in
   * the same sentence, when that verb's subject is someone ("Mr Blair said the Tories offered a
   * "hard right agenda""); scare quotes with no such verb have no speaker.
   */
  private Quote partial(AnnotatedArticle article, ActorAnalysis actors, Span content) {
    Sentence s = article.sentences().get(article.sentenceOf(content.begin()));
    Quote.Speaker speaker = null;
    String cue = null;
    for (Token t : s.tokens()) {
      if (t.span().end() > content.begin()) {
        break;
      }
      if (t.isVerb() && (speechCues.contains(t.lemma()) || phraseVerbs.contains(t.lemma()))) {
        for (int subj : s.childrenOf(t.index(), "nsubj")) {
          Quote.Speaker found = speakerAt(article, actors, s, subj);
          if (found != null && found.actor() != null) {
            speaker = found;
            cue = t.word();
          }
        }
      }
    }
    if (speaker == null) {
      // "Donald Trump's claim that there have been "thousands of shootings"": the claim's owner.
      for (Token t : s.tokens()) {
        int[] phrase = t.isNoun() ? s.subtreeRange(t.index()) : null;
        boolean around = phrase != null && s.spanOf(phrase[0], phrase[1]).contains(content.begin());
        if (t.span().end() <= content.begin()
            && around
            && t.isNoun()
            && nominalCues.contains(t.lemma())) {
          for (int owner : s.childrenOf(t.index(), "nmod:poss")) {
            Quote.Speaker found = speakerAt(article, actors, s, owner);
            if (found != null) {
              speaker = found;
              cue = t.word();
            }
          }
        }
      }
    }
    return new Quote(
        "",
        content.of(article.text()),
        content,
        Quote.Kind.PARTIAL,
        speaker,
        cue,
        null,
        List.of(),
        speaker == null ? "marks:partial" : "partial:subject-of-" + cue);
  }

  /**
   * A person, other than the previous quotation's speaker, who is the subject of a clause between
   * {@code from} and {@code to} outside quotation marks, or null.
   */
  private static ResolvedMention newTopic(
      AnnotatedArticle article, ActorAnalysis actors, int from, int to, Quote previous) {
    ResolvedMention found = null;
    for (Sentence s : article.sentences()) {
      if (s.span().begin() < from || s.span().begin() >= to) {
        // A sentence that the previous quotation is part of only goes on about its speaker's
        // words: "“…,” Mr. Obama said at the gala, where Mrs. Clinton also spoke. “…”"
        continue;
      }
      for (ResolvedMention m : actors.mentions(s.index())) {
        if (m.span().begin() < from || m.span().end() > to || m.actors().size() != 1) {
          continue;
        }
        Actor a = actors.actor(m.actors().get(0));
        // The subject of a main clause: "Rubio" in "said Murphy, using a term Rubio has used" is
        // not what the article goes on about.
        boolean subject =
            s.parents(m.head()).stream()
                .anyMatch(d -> d.relation().startsWith("nsubj") && isMainClause(s, d.governor()));
        boolean same = previous.speaker() != null && a.id().equals(previous.speaker().actor());
        if (a.kind() == Actor.Kind.PERSON && subject && !same) {
          found = m;
        }
      }
    }
    return found;
  }

  /** The root of the sentence, or a clause conjoined to it. */
  private static boolean isMainClause(Sentence s, int head) {
    return isMainClause(s, head, 4);
  }

  /** Enhanced graphs can conjoin in circles: at most {@code depth} conjunctions up. */
  private static boolean isMainClause(Sentence s, int head, int depth) {
    for (Dependency d : s.parents(head)) {
      if (d.governor() < 0
          || d.relation().equals("parataxis")
          || depth > 0
              && d.relation().startsWith("conj")
              && isMainClause(s, d.governor(), depth - 1)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsParagraph(AnnotatedArticle article, QuoteMarks.Passage p) {
    return article.paragraphs().get(article.paragraphOf(p.open())).begin() == p.open();
  }

  /**
   * A quotation is speech when it ends with punctuation inside its marks or is long; otherwise a
   * phrase.
   */
  private static boolean isDirect(String text, Span content, boolean closed) {
    String s = content.of(text).strip();
    if (s.isEmpty()) {
      return false;
    }
    char last = s.charAt(s.length() - 1);
    boolean punctuated = ",.?!;:\u2026\u2014-".indexOf(last) >= 0 || !closed;
    int words = s.split("\\s+").length;
    // A long quoted fragment that starts in lower case without closing punctuation is woven into
    // the
    // reporter's sentence ("would be "a Tory government not a Labour government""): a partial
    // quote.
    boolean startsSentence =
        Character.isUpperCase(s.codePointAt(0)) || !Character.isLetter(s.codePointAt(0));
    return punctuated && words >= 2 || words >= MIN_DIRECT_WORDS && startsSentence;
  }

  private Quote attributeDirect(
      AnnotatedArticle article,
      ActorAnalysis actors,
      QuoteMarks.Passage passage,
      List<Span> marked) {
    String text = article.text();
    Span content = passage.content();
    // Sieve 1: "…, said Xi." inside the closing mark.
    Quote inside = insideClose(article, actors, content);
    if (inside != null) {
      return inside;
    }
    int closeAt = content.end();
    Sentence s =
        article.sentences().get(article.sentenceOf(Math.max(content.begin(), closeAt - 1)));
    // Sieve 2: a speech verb after the closing mark in the same sentence; after a quotation that
    // closes on a comma, any verb whose subject follows the mark ("“…,” Toomey fumed").
    int tag = tagVerb(s, content, text);
    for (Token t : s.tokens()) {
      if (t.span().begin() > closeAt
          && (isCue(t) || t.index() == tag)
          && !insideAnotherQuote(text, closeAt, t.span().begin())) {
        Quote q = fromCue(article, actors, s, t.index(), content, marked, "after");
        if (q != null) {
          return q;
        }
      }
    }
    // A speech verb leading straight into the quotation attributes it before the next sentence
    // can: "He went on to say: “…” In the Commons, Mr Howard said …".
    Sentence opening = article.sentences().get(article.sentenceOf(passage.open()));
    int lead = leadIn(opening, passage.open());
    if (lead >= 0 && isCue(opening.token(lead))) {
      Quote q = fromCue(article, actors, opening, lead, content, marked, "before");
      if (q != null) {
        return q;
      }
    }
    // Sieve 2b: the quotation ends its sentence and the next one only attributes it:
    // "“Does anybody know …?” Graham asked."
    Quote next = nextSentenceCue(article, actors, s, content, marked);
    if (next != null) {
      return next;
    }
    // Sieve 3: a speech verb before the opening mark in the sentence that opens the quote.
    for (int i = opening.tokens().size() - 1; i >= 0; i--) {
      Token t = opening.token(i);
      if (t.span().end() <= passage.open() && (isCue(t) || i == lead && t.isVerb())) {
        // Any verb that leads straight into the quotation introduces it: "Trump boomed: “…”".
        Quote q = fromCue(article, actors, opening, i, content, marked, "before");
        if (q != null) {
          return q;
        }
      }
    }
    // Sieve 3c: a label without a verb: "Republican pollster Daron Shaw: “…”".
    Quote.Speaker labelled = colonLabel(article, actors, opening, passage.open(), marked);
    if (labelled != null) {
      return new Quote(
          "",
          content.of(text),
          content,
          Quote.Kind.DIRECT,
          labelled,
          ":",
          null,
          List.of(),
          "label");
    }
    // Sieve 3b: "According to Limbaugh, “…”".
    for (Dependency d : opening.dependencies()) {
      if ((d.relation().equals("obl:according_to") || d.relation().equals("nmod:according_to"))
          && opening.token(d.dependent()).span().end() <= passage.open()) {
        Quote.Speaker according = subjectAt(article, actors, opening, d.dependent());
        if (according != null) {
          return new Quote(
              "",
              content.of(text),
              content,
              Quote.Kind.DIRECT,
              according,
              "according to",
              null,
              List.of(),
              "according-to");
        }
      }
    }
    // Sieve 4a: a dash after the closing mark names the speaker: "“…”― Pamela Padilla".
    Quote.Speaker signed = dashSignature(article, actors, closeAt);
    if (signed != null) {
      return new Quote(
          "",
          content.of(text),
          content,
          Quote.Kind.DIRECT,
          signed,
          "\u2015",
          null,
          List.of(),
          "dash");
    }
    // Sieve 4: a transcript line, "PENCE: Well, look, …": the label names the speaker.
    Quote.Speaker label = transcriptLabel(article, actors, passage.open(), content);
    if (label != null) {
      return new Quote(
          "", content.of(text), content, Quote.Kind.DIRECT, label, ":", null, List.of(), "label");
    }
    // Sieve 5: the sentence before ends with a colon and a speech verb: "Caddell continued:" and
    // the
    // quotation opens the next sentence or paragraph.
    int before = opening.index() - 1;
    if (before >= 0) {
      Sentence prev = article.sentences().get(before);
      String prevText = prev.span().of(text).strip();
      if (prevText.endsWith(":")) {
        for (int i = prev.tokens().size() - 1; i >= 0; i--) {
          Token t = prev.token(i);
          if (speechCues.contains(t.lemma()) && t.isVerb()) {
            Quote q = fromCue(article, actors, prev, i, content, marked, "colon-before");
            if (q != null) {
              return q;
            }
          }
        }
      }
    }
    return new Quote(
        "", content.of(text), content, Quote.Kind.DIRECT, null, null, null, List.of(), "marks");
  }

  /**
   * The first verb after a quotation that closes on a comma, when only a noun phrase stands between
   * ("“…,” Toomey fumed", "“…,” the senator fumed"), or -1.
   */
  private static int tagVerb(Sentence s, Span content, String text) {
    String words = content.of(text).strip();
    if (words.isEmpty() || ",?!\u2014".indexOf(words.charAt(words.length() - 1)) < 0) {
      return -1;
    }
    boolean noun = false;
    for (Token t : s.tokens()) {
      if (t.span().begin() <= content.end()) {
        continue;
      }
      if (t.isVerb()) {
        return noun ? t.index() : -1;
      }
      if (t.isNoun() || t.isPronoun()) {
        noun = true;
      } else if (!t.pos().equals("DT")
          && !t.isAdjective()
          && !t.pos().equals("POS")
          && !t.pos().equals("CD")
          && !isMark(t)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The token right before an opening mark, past a colon or comma ("boomed: “"), or -1 when the
   * quotation does not follow its sentence's words directly.
   */
  private static int leadIn(Sentence s, int open) {
    int last = -1;
    for (Token t : s.tokens()) {
      if (t.span().end() <= open) {
        last = t.index();
      }
    }
    int skipped = 0;
    while (last >= 0 && (s.token(last).word().equals(":") || s.token(last).word().equals(","))) {
      last--;
      skipped++;
    }
    // Without the colon or comma, a quoted phrase is the verb's object ("was “where we …”"); a
    // quoted sentence is still speech ("yelled “You lie!”").
    int first = s.tokenAt(open + 1);
    boolean sentence = first >= 0 && s.token(first).isCapitalized();
    return skipped > 0 || sentence ? last : -1;
  }

  /**
   * "Republican pollster Daron Shaw: “…”", "Gillibrand on the transcripts: ‘…’": a colon right
   * before the quotation after words without a finite verb, whose first noun phrase names the
   * speaker.
   */
  private Quote.Speaker colonLabel(
      AnnotatedArticle article, ActorAnalysis actors, Sentence s, int open, List<Span> marked) {
    int colon = -1;
    for (Token t : s.tokens()) {
      if (t.span().end() <= open) {
        colon = t.index();
      }
    }
    if (colon < 1 || !s.token(colon).word().equals(":")) {
      return null;
    }
    int start = colon - 1;
    while (start > 0 && !within(marked, s.token(start - 1).span()) && !isMark(s.token(start - 1))) {
      start--;
    }
    int head = -1;
    int name = -1;
    for (int k = start; k < colon; k++) {
      Token t = s.token(k);
      if (t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP")) {
        return null;
      }
      if (t.isNoun() && (k == start || !s.token(k - 1).isNoun())) {
        int end = k;
        while (end + 1 < colon && s.token(end + 1).isNoun()) {
          end++;
        }
        head = head < 0 ? end : head;
        // The first name, not a heading in capitals: "TURNOUT — Michael P. McDonald: “…”".
        if (name < 0
            && t.isProperNoun()
            && !t.word().equals(t.word().toUpperCase(java.util.Locale.ROOT))) {
          name = end;
        }
      }
    }
    head = name >= 0 ? name : head;
    return head < 0 ? null : subjectAt(article, actors, s, head);
  }

  private static boolean isMark(Token t) {
    return isQuoteMark(t.word()) || t.word().equals("\u201d") || t.word().equals("''");
  }

  /**
   * A speech verb; a sentence-initial "Said" counts although the tagger takes it for a name ("Said
   * Ellis: “…”").
   */
  private boolean isCue(Token t) {
    return t.isVerb() && speechCues.contains(t.lemma())
        || t.index() == 0 && INITIAL_CUES.contains(t.word());
  }

  private static final Set<String> INITIAL_CUES =
      Set.of("Said", "Says", "Asked", "Added", "Wrote", "Tweeted", "Explained", "Replied");

  /**
   * The sentence right after a quotation that ends its own sentence, when that sentence is a bare
   * attribution: its root is a speech verb with nothing reported under it.
   */
  private Quote nextSentenceCue(
      AnnotatedArticle article, ActorAnalysis actors, Sentence s, Span content, List<Span> marked) {
    for (Token t : s.tokens()) {
      if (t.span().begin() > content.end() && !isPunctuation(t)) {
        return null; // the quotation's sentence goes on: sieve 2 has looked at it
      }
    }
    if (s.index() + 1 >= article.sentences().size()) {
      return null;
    }
    Sentence n = article.sentences().get(s.index() + 1);
    if (article.paragraphOf(n.span().begin()) != article.paragraphOf(content.end())
        || within(marked, n.token(0).span())) {
      return null;
    }
    for (Dependency d : n.dependencies()) {
      Token root = n.token(d.dependent());
      if (d.governor() < 0
          && (isCue(root) || root.isVerb() && stanceVerbs.contains(root.lemma()))
          && n.childrenOf(d.dependent(), "ccomp").isEmpty()
          && n.childrenOf(d.dependent(), "obj").isEmpty()) {
        return fromCue(article, actors, n, d.dependent(), content, marked, "after-sentence");
      }
    }
    return null;
  }

  private static final java.util.regex.Pattern DASH_NAME =
      java.util.regex.Pattern.compile(
          "^[\"\u201d\u2019']?\\s*[\u2015\u2014\u2013-]{1,2}\\s*([A-Z][\\p{L}.'\\-]+(?: [A-Z]?[\\p{L}.'\\-]+){0,4})");

  /** "“…”― Pamela Padilla": a signature after the closing mark, on the same line. */
  private static Quote.Speaker dashSignature(
      AnnotatedArticle article, ActorAnalysis actors, int closeAt) {
    String text = article.text();
    int end = text.indexOf('\n', closeAt);
    String after = text.substring(closeAt, end < 0 ? text.length() : end);
    java.util.regex.Matcher m = DASH_NAME.matcher(after);
    if (!m.find()) {
      return null;
    }
    Span span = new Span(closeAt + m.start(1), closeAt + m.end(1));
    int sentence = article.sentenceOf(span.begin());
    Sentence s = article.sentences().get(sentence);
    int token = s.tokenAt(span.begin());
    ResolvedMention mention = token < 0 ? null : actors.mentionAt(sentence, token);
    if (mention != null && mention.actors().size() == 1) {
      Actor a = actors.actor(mention.actors().get(0));
      return new Quote.Speaker(a.id(), a.name(), mention.codes().get(0), mention.span());
    }
    return new Quote.Speaker(null, m.group(1).strip(), null, span);
  }

  private static final java.util.regex.Pattern LABEL =
      java.util.regex.Pattern.compile(
          "^\\s*([A-Z][A-Za-z.'\\-]+(?: [A-Z][A-Za-z.'\\-]+){0,2}):\\s");

  /**
   * The speaker a transcript paragraph opens with ("WALLACE: …", "Mr Pence: …"): an actor whose
   * name contains the label, or the label itself.
   */
  private static Quote.Speaker transcriptLabel(
      AnnotatedArticle article, ActorAnalysis actors, int offset, Span content) {
    Span paragraph = article.paragraphs().get(article.paragraphOf(offset));
    String text = article.text();
    // The label stands before the opening mark, or just inside it ("“PENCE: Well, …").
    Span where = paragraph;
    java.util.regex.Matcher m = LABEL.matcher(paragraph.of(text));
    if (!m.find() || paragraph.begin() + m.end() > offset + 1) {
      where = content;
      m = LABEL.matcher(content.of(text));
      if (!m.find()) {
        return null;
      }
    }
    String name = m.group(1);
    Span span = new Span(where.begin() + m.start(1), where.begin() + m.end(1));
    String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
    for (Actor a : actors.actors()) {
      if (a.kind() == Actor.Kind.PERSON
          && java.util.Arrays.stream(a.name().toLowerCase(java.util.Locale.ROOT).split("\\s+"))
              .anyMatch(last::equals)) {
        return new Quote.Speaker(a.id(), a.name(), a.code(), span);
      }
    }
    return new Quote.Speaker(null, name, null, span);
  }

  private static boolean insideAnotherQuote(String text, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\u201c' || c == '"' || c == '\u00ab') {
        return true;
      }
    }
    return false;
  }

  /** "“…, said Xi.”" or "“…, Xi said.”": an attribution that ends the quoted words. */
  private Quote insideClose(AnnotatedArticle article, ActorAnalysis actors, Span content) {
    String text = article.text();
    Sentence s = article.sentences().get(article.sentenceOf(content.end() - 1));
    List<Token> inQuote = new ArrayList<>();
    for (Token t : s.tokens()) {
      if (content.contains(t.span())) {
        inQuote.add(t);
      }
    }
    int n = inQuote.size();
    while (n > 0 && ".!?".contains(inQuote.get(n - 1).word())) {
      n--;
    }
    int comma = -1;
    for (int i = n - 1; i >= Math.max(0, n - 8); i--) {
      if (inQuote.get(i).word().equals(",")) {
        comma = i;
        break;
      }
    }
    if (comma < 0 || comma == n - 1) {
      return null;
    }
    List<Token> tail = inQuote.subList(comma + 1, n);
    Token cue = null;
    for (Token t : tail) {
      if (speechCues.contains(t.lemma()) && t.isVerb()) {
        cue = t;
      }
    }
    if (cue == null || !(tail.get(0) == cue || tail.get(tail.size() - 1) == cue)) {
      return null;
    }
    Quote.Speaker speaker = null;
    for (Token t : tail) {
      if (t != cue && speaker == null) {
        speaker = speakerAt(article, actors, s, t.index());
      }
    }
    if (speaker == null) {
      return null;
    }
    Span words = new Span(content.begin(), inQuote.get(comma).span().begin());
    return new Quote(
        "",
        words.of(text),
        words,
        Quote.Kind.DIRECT,
        speaker,
        cue.word(),
        null,
        List.of(),
        "inside-close");
  }

  private Quote fromCue(
      AnnotatedArticle article,
      ActorAnalysis actors,
      Sentence s,
      int cue,
      Span content,
      List<Span> marked,
      String rule) {
    Quote.Speaker speaker = null;
    List<Quote.Channel> via = new ArrayList<>();
    Quoted quoted = quotedBy(article, actors, s, cue);
    if (quoted != null) {
      speaker = quoted.speaker();
      via.addAll(quoted.via());
    }
    for (int subj : subjects(s, cue)) {
      if (speaker == null && !within(marked, s.token(subj).span())) {
        speaker = subjectAt(article, actors, s, subj);
      }
    }
    if (speaker == null) {
      speaker = controller(article, actors, s, cue, marked);
    }
    if (speaker == null
        && content.end() <= s.token(cue).span().begin()
        && !s.token(cue).lemma().equals("tell")) {
      // "“…,” said the ruling": the parser takes the inverted subject for an object.
      for (int obj : s.childrenOf(cue, "obj")) {
        if (speaker == null && obj > cue && !within(marked, s.token(obj).span())) {
          speaker = subjectAt(article, actors, s, obj);
        }
      }
    }
    if (speaker == null && content.end() <= s.token(cue).span().begin()) {
      // "“…,” Malkia Cyril, the executive director at …, told …": the parse hung the verb
      // elsewhere,
      // but the first name between the closing mark and the verb is the speaker.
      speaker = nameBetween(article, actors, s, content.end(), cue, marked);
    }
    if (speaker == null && cue + 1 < s.tokens().size() && !s.token(cue).lemma().equals("tell")) {
      // Inverted order: "…,” said the minister. (After "told" comes the audience, not the speaker.)
      int k = cue + 1;
      while (k < s.tokens().size() && s.token(k).pos().equals("DT")) {
        k++;
      }
      if (k < s.tokens().size() && (s.token(k).isNoun() || s.token(k).isPronoun())) {
        speaker = speakerAt(article, actors, s, k);
      }
    }
    if (speaker == null) {
      // A parse that misses the subject: the mention right before the verb.
      int k = cue - 1;
      while (k >= 0 && (s.token(k).pos().equals("RB") || s.token(k).pos().equals("MD"))) {
        k--;
      }
      if (k >= 0 && !content.contains(s.token(k).span())) {
        speaker = speakerAt(article, actors, s, k);
      }
      if (speaker == null && k > 0 && s.token(k).word().equals(",")) {
        // "Douglas Brinkley, a historian who attended the session, recalled": past the apposition.
        int j = k - 1;
        while (j > 0
            && !s.token(j).word().equals(",")
            && !s.token(j).isVerb()
            && !isMark(s.token(j))
            && !within(marked, s.token(j).span())) {
          j--;
        }
        if (j > 0 && s.token(j).word().equals(",") && s.token(j - 1).isProperNoun()) {
          speaker = speakerAt(article, actors, s, j - 1);
        }
      }
    }
    if (speaker == null) {
      return null;
    }
    String audience = null;
    if (s.token(cue).lemma().equals("tell")) {
      for (Dependency d : s.children(cue)) {
        if ((d.relation().equals("obj") || d.relation().equals("iobj"))
            && !content.contains(s.token(d.dependent()).span())) {
          ResolvedMention m = actors.mentionAt(s.index(), d.dependent());
          audience = m != null ? m.text() : phrase(article.text(), s, d.dependent());
          addIfMedia(actors, m, via);
        }
      }
    }
    addInterviewChannel(actors, s, cue, via);
    Span words = content;
    return new Quote(
        "",
        words.of(article.text()),
        words,
        Quote.Kind.DIRECT,
        speaker,
        s.token(cue).word(),
        audience,
        via,
        rule);
  }

  /**
   * The verb's subjects, nearest before it first: a parse that gives "responded" two subjects in "…
   * where the focus would be, Devine responded" means the one next to it.
   */
  private static List<Integer> subjects(Sentence s, int verb) {
    List<Integer> out = new ArrayList<>(s.childrenOf(verb, "nsubj"));
    out.sort((a, b) -> (a < verb) != (b < verb) ? (a < verb ? -1 : 1) : a < verb ? b - a : a - b);
    return out;
  }

  private static boolean within(List<Span> marked, Span span) {
    for (Span m : marked) {
      if (m.contains(span)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The speaker of a cue without a subject of its own: the noun a participle describes ("footage of
   * Clinton asking, “…”") or the subject of the clause a participle or conjunct hangs from ("Trump
   * was defensive, saying …", "Trump laughed and said …").
   */
  private Quote.Speaker controller(
      AnnotatedArticle article, ActorAnalysis actors, Sentence s, int cue, List<Span> marked) {
    return controller(article, actors, s, cue, marked, 3);
  }

  /** Up to {@code depth} clauses up: "Trump gestured, then leaned in and boomed: “…”". */
  private Quote.Speaker controller(
      AnnotatedArticle article,
      ActorAnalysis actors,
      Sentence s,
      int cue,
      List<Span> marked,
      int depth) {
    for (int said : s.childrenOf(cue, "parataxis")) {
      // "…,” Cruz said, adding: “…”: the parse hung the clause with the subject under "adding".
      if (said < cue && isCue(s.token(said))) {
        for (int subj : subjects(s, said)) {
          if (!within(marked, s.token(subj).span())) {
            return subjectAt(article, actors, s, subj);
          }
        }
      }
    }
    for (Dependency d : s.parents(cue)) {
      if (d.governor() < 0) {
        continue;
      }
      // The base relation: "went on to say" is advcl:to.
      String r = d.baseRelation();
      if (r.equals("acl") && s.token(d.governor()).isNoun()) {
        return speakerAt(article, actors, s, d.governor());
      }
      if (r.equals("advcl") || r.startsWith("conj") || r.equals("xcomp") || r.equals("dep")) {
        if (!s.token(d.governor()).isVerb()) {
          continue;
        }
        for (int subj : s.childrenOf(d.governor(), "nsubj")) {
          if (!within(marked, s.token(subj).span())) {
            return subjectAt(article, actors, s, subj);
          }
        }
        if (depth > 1 && !s.hasChild(d.governor(), "nsubj")) {
          Quote.Speaker up = controller(article, actors, s, d.governor(), marked, depth - 1);
          if (up != null) {
            return up;
          }
        }
      }
    }
    return null;
  }

  /**
   * The first noun phrase between {@code from} and the cue, outside quotation marks, as speaker.
   */
  private Quote.Speaker nameBetween(
      AnnotatedArticle article,
      ActorAnalysis actors,
      Sentence s,
      int from,
      int cue,
      List<Span> marked) {
    for (int k = 0; k < cue; k++) {
      Token t = s.token(k);
      if (t.span().begin() < from || within(marked, t.span())) {
        continue;
      }
      if (t.isNoun() || t.isPronoun()) {
        int head = k;
        while (head + 1 < cue && s.token(head + 1).isNoun()) {
          head++;
        }
        return subjectAt(article, actors, s, head);
      }
      if (!t.pos().equals("DT") && !t.isAdjective() && !isPunctuation(t)) {
        return null;
      }
    }
    return null;
  }

  private static boolean isPunctuation(Token t) {
    return !t.word().isEmpty() && !Character.isLetterOrDigit(t.word().codePointAt(0));
  }

  /** A speaker named through a medium that quoted them. */
  private record Quoted(Quote.Speaker speaker, List<Quote.Channel> via) {}

  /**
   * "Reuters quoted Lavrov as saying …", "Lavrov was quoted by Interfax as saying …": the person
   * quoted is the speaker and the medium the channel, whether the cue is "quote" itself or the
   * "saying" under it.
   */
  private Quoted quotedBy(AnnotatedArticle article, ActorAnalysis actors, Sentence s, int cue) {
    int quote = -1;
    if (s.token(cue).lemma().equals("quote")) {
      quote = cue;
    } else {
      for (Dependency d : s.parents(cue)) {
        if (d.governor() >= 0 && s.token(d.governor()).lemma().equals("quote")) {
          quote = d.governor();
        }
      }
    }
    if (quote < 0) {
      return null;
    }
    Quote.Speaker person = null;
    List<Quote.Channel> via = new ArrayList<>();
    for (Dependency d : s.children(quote)) {
      String r = d.relation();
      if (r.equals("obj") || r.equals("nsubj:pass")) {
        person = speakerAt(article, actors, s, d.dependent());
      } else if (r.equals("nsubj") || r.equals("obl:agent") || r.equals("obl:by")) {
        addIfMedia(actors, actors.mentionAt(s.index(), d.dependent()), via);
      }
    }
    return person == null ? null : new Quoted(person, via);
  }

  /** "in an interview with CNN", "speaking to the BBC": the medium is the channel. */
  private static void addInterviewChannel(
      ActorAnalysis actors, Sentence s, int cue, List<Quote.Channel> via) {
    for (Dependency d : s.children(cue)) {
      if (d.relation().equals("obl:in") && s.token(d.dependent()).lemma().equals("interview")) {
        for (int w : s.childrenOf(d.dependent(), "nmod:with")) {
          addIfMedia(actors, actors.mentionAt(s.index(), w), via);
        }
      }
    }
  }

  private static void addIfMedia(ActorAnalysis actors, ResolvedMention m, List<Quote.Channel> via) {
    if (m == null || m.actors().size() != 1) {
      return;
    }
    ActorCode code = m.codes().get(0);
    if (code != null && "MED".equals(code.sector())) {
      via.add(new Quote.Channel(actors.actor(m.actors().get(0)).name(), code));
    }
  }

  /** The speaker named at token {@code t}: an actor, a pronoun's antecedent, or a description. */
  private Quote.Speaker speakerAt(
      AnnotatedArticle article, ActorAnalysis actors, Sentence s, int t) {
    return speakerAt(article, actors, s, t, false);
  }

  /**
   * The speaker that is the subject of a cue at token {@code t}. Beyond {@link #speakerAt}, any
   * noun phrase is a source here ("a Bloomberg poll shows", "73 percent said"), a relative pronoun
   * is its antecedent, and a plural or first-person pronoun is kept as it stands ("they said"):
   * PolNeAR attributes to documents, polls and groups as much as to people.
   */
  private Quote.Speaker subjectAt(
      AnnotatedArticle article, ActorAnalysis actors, Sentence s, int t) {
    for (Dependency d : s.parents(t)) {
      if (d.relation().equals("ref") && d.governor() >= 0) {
        return speakerAt(article, actors, s, d.governor(), true); // "Smith, who said …"
      }
    }
    return speakerAt(article, actors, s, t, true);
  }

  private Quote.Speaker speakerAt(
      AnnotatedArticle article, ActorAnalysis actors, Sentence s, int t, boolean subject) {
    if (HONORIFICS.contains(s.token(t).word().toLowerCase(java.util.Locale.ROOT))
        && t + 1 < s.tokens().size()) {
      t++; // "said Mr Davis": the name follows the honorific
    }
    ResolvedMention m = actors.mentionAt(s.index(), t);
    if (m == null) {
      for (int a : s.childrenOf(t, "appos")) {
        m = actors.mentionAt(s.index(), a);
        if (m != null) {
          break;
        }
      }
    }
    Token token = s.token(t);
    if (m == null && token.isPronoun() && Set.of("he", "she").contains(token.lemma())) {
      m = actors.personBefore(s.index(), t);
      if (m == null) {
        // Nobody named before: keep the pronoun itself, which still locates the speaker.
        return new Quote.Speaker(null, token.word(), null, token.span());
      }
    }
    if (m != null && m.actors().size() == 1) {
      Actor a = actors.actor(m.actors().get(0));
      return new Quote.Speaker(a.id(), a.name(), m.codes().get(0), m.span());
    }
    if (m == null && subject && token.isPronoun() && SUBJECT_PRONOUNS.contains(token.lemma())) {
      return new Quote.Speaker(null, token.word(), null, token.span());
    }
    if (m == null && subject && token.pos().equals("CD")) {
      return new Quote.Speaker(null, token.word(), null, token.span()); // "Six in 10 say …"
    }
    if (token.isNoun() && TIME_WORDS.contains(token.lemma())) {
      return null; // "…,” Flynn said Thursday morning: a date is no speaker
    }
    if (token.isNoun()) {
      Span span = nounPhrase(s, t);
      ResolvedMention holder = roleHolder(article, actors, s, t, span);
      if (holder != null) {
        Actor a = actors.actor(holder.actors().get(0));
        return new Quote.Speaker(a.id(), a.name(), holder.codes().get(0), span);
      }
      if (!subject && actors.descriptionAt(s.index(), t) == null && !token.isProperNoun()) {
        // Only role nouns and names speak: "footage", "tweets" and "73 percent" say nothing.
        return null;
      }
      return new Quote.Speaker(null, span.of(article.text()), null, span);
    }
    return null;
  }

  /**
   * "The prime minister", "the French president": a definite role description names a person seen
   * before.
   */
  private ResolvedMention roleHolder(
      AnnotatedArticle article, ActorAnalysis actors, Sentence s, int head, Span phrase) {
    int first = s.tokenAt(phrase.begin());
    if (first < 0 || !s.token(first).lemma().equals("the")) {
      return null;
    }
    List<String> roleWords = new ArrayList<>();
    String country = null;
    for (int k = first + 1; k <= head; k++) {
      Token w = s.token(k);
      ResolvedMention m = actors.mentionAt(s.index(), k);
      if (w.isAdjective() && m == null && Character.isUpperCase(w.word().charAt(0))) {
        country = countryOfAdjective(actors, s, k);
        if (country != null) {
          continue;
        }
      }
      if (w.isNoun()) {
        roleWords.add(w.lemma());
      }
    }
    if (roleWords.size() == 1 && mediaNouns.contains(roleWords.get(0))) {
      return actors.mediumBefore(s.index(), phrase.begin()); // "the newspaper", "the agency"
    }
    return roleWords.isEmpty()
        ? null
        : actors.personWithTitle(s.index(), phrase.begin(), roleWords, country);
  }

  private static String countryOfAdjective(ActorAnalysis actors, Sentence s, int k) {
    return actors.countryOfWord(s.index(), k);
  }

  /** Determiner, adjectives and nouns up to the head noun: "a source", "regional analysts". */
  private static Span nounPhrase(Sentence s, int head) {
    int first = head;
    while (first > 0) {
      Token p = s.token(first - 1);
      if (p.pos().equals("DT")
          || p.isAdjective()
          || p.isNoun()
          || p.pos().equals("CD")
          || p.pos().equals("PRP$")
          || p.pos().equals("POS")) {
        first--;
      } else {
        break;
      }
    }
    return s.spanOf(first, head);
  }

  private static String phrase(String text, Sentence s, int head) {
    return nounPhrase(s, head).of(text);
  }

  /**
   * A quote attributed inside its own marks to someone other than a news medium that speaks in the
   * same paragraph came through that medium: Xi's words in Xinhua's report.
   */
  private static void addReportedChannels(AnnotatedArticle article, List<Quote> quotes) {
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      if (q.kind() != Quote.Kind.DIRECT
          || q.speaker() == null
          || !q.via().isEmpty()
          || isMedia(q.speaker())) {
        continue;
      }
      int paragraph = article.paragraphOf(q.span().begin());
      for (Quote other : quotes) {
        if (other != q
            && other.kind() == Quote.Kind.DIRECT
            && isMedia(other.speaker())
            && article.paragraphOf(other.span().begin()) == paragraph) {
          quotes.set(
              i,
              new Quote(
                  q.id(),
                  q.text(),
                  q.span(),
                  q.kind(),
                  q.speaker(),
                  q.cue(),
                  q.audience(),
                  List.of(new Quote.Channel(other.speaker().name(), other.speaker().code())),
                  q.rule()));
          break;
        }
      }
    }
  }

  private static boolean isMedia(Quote.Speaker s) {
    return s != null && s.code() != null && "MED".equals(s.code().sector());
  }

  /**
   * An indirect quotation of {@code content}: the words between the spans are the reported clause.
   */
  private static Quote indirectQuote(
      String text,
      Span content,
      Quote.Speaker speaker,
      String cue,
      List<Quote.Channel> via,
      String rule) {
    return new Quote(
        "", content.of(text), content, Quote.Kind.INDIRECT, speaker, cue, null, via, rule);
  }

  /** "X said (that) …", "according to X, …": reported speech outside quotation marks. */
  private List<Quote> indirect(AnnotatedArticle article, ActorAnalysis actors, List<Quote> direct) {
    List<Quote> out = new ArrayList<>();
    String text = article.text();
    for (Sentence s : article.sentences()) {
      java.util.BitSet attributed = new java.util.BitSet();
      for (Token t : s.tokens()) {
        if (!t.isVerb() || !indirectCues.contains(t.lemma())) {
          continue;
        }
        for (int c : s.childrenOf(t.index(), "ccomp")) {
          int[] range = s.subtreeRange(c);
          int first = range[0];
          while (first <= range[1]
              && (s.token(first).lemma().equals("that") && s.token(first).pos().equals("IN")
                  || isQuoteMark(s.token(first).word()))) {
            first++;
          }
          int last = range[1];
          while (last > first
              && (isQuoteMark(s.token(last).word()) || ",.".contains(s.token(last).word()))) {
            last--;
          }
          if (first > last) {
            continue;
          }
          if (!enclosedBy(direct, t.span())) {
            last = clipBeforeDirect(direct, s, first, last);
            if (last < first) {
              continue;
            }
          }
          Span content = s.spanOf(first, last);
          if (overlapsDirectFromOutside(direct, content, t.span())) {
            continue;
          }
          if (content.contains(t.span())) {
            continue;
          }
          Quote around = enclosingDirect(direct, t.span());
          if (around != null && !around.span().contains(content)) {
            continue; // "…,” Xinhua reported: the parser hung the attribution under a verb inside
            // the quote
          }
          Quote.Speaker speaker = null;
          List<Quote.Channel> via = new ArrayList<>();
          Quoted quoted = quotedBy(article, actors, s, t.index());
          if (quoted != null) {
            speaker = quoted.speaker();
            via.addAll(quoted.via());
          }
          for (int subj : subjects(s, t.index())) {
            if (speaker == null) {
              speaker = subjectAt(article, actors, s, subj);
            }
          }
          if (speaker == null && around == null) {
            speaker = controller(article, actors, s, t.index(), marked(direct));
          }
          if (speaker == null && around == null && !s.hasChild(t.index(), "nsubj")) {
            // "In a meeting with the Post Trump said that …": a parse that misses the subject.
            int k = t.index() - 1;
            while (k >= 0 && (s.token(k).pos().equals("RB") || s.token(k).pos().equals("MD"))) {
              k--;
            }
            if (k >= 0 && (s.token(k).isNoun() || s.token(k).isPronoun())) {
              speaker = subjectAt(article, actors, s, k);
            }
          }
          if (speaker == null) {
            continue;
          }
          Quote enclosing = enclosingDirect(direct, t.span());
          if (enclosing != null && isMedia(enclosing.speaker()) && !isMedia(speaker)) {
            via.add(new Quote.Channel(enclosing.speaker().name(), enclosing.speaker().code()));
          }
          out.add(indirectQuote(text, content, speaker, t.word(), via, "indirect:ccomp"));
          attributed.set(t.index());
        }
      }
      out.addAll(complements(article, actors, s, direct, attributed));
      // "Iran's threat to close the strait": a reporting noun with its possessor as the speaker.
      for (Token t : s.tokens()) {
        if (!t.isNoun() || !nominalCues.contains(t.lemma())) {
          continue;
        }
        List<Integer> owners = s.childrenOf(t.index(), "nmod:poss");
        if (owners.isEmpty()) {
          continue;
        }
        for (Dependency d : s.children(t.index())) {
          boolean clause =
              d.relation().equals("acl:to")
                  || d.relation().equals("acl")
                  || d.relation().equals("ccomp")
                  || d.relation().equals("acl:that");
          if (!clause || !s.token(d.dependent()).isVerb()) {
            continue;
          }
          int[] range = s.subtreeRange(d.dependent());
          int first = range[0];
          while (first < range[1]
              && (s.token(first).lemma().equals("to") || s.token(first).lemma().equals("that"))) {
            first++;
          }
          Span content = s.spanOf(first, range[1]);
          Quote.Speaker speaker = speakerAt(article, actors, s, owners.get(0));
          if (speaker != null && !overlapsDirectFromOutside(direct, content, null)) {
            out.add(indirectQuote(text, content, speaker, t.word(), List.of(), "indirect:noun"));
          }
          break;
        }
      }
      // "…, sources said.": a speech verb hung after the clause it reports (parataxis).
      for (Token t : s.tokens()) {
        if (!t.isVerb() || !indirectCues.contains(t.lemma())) {
          continue;
        }
        for (Dependency d : s.parents(t.index())) {
          if (!d.relation().equals("parataxis") || d.governor() < 0 || d.governor() > t.index()) {
            continue;
          }
          if (!s.childrenOf(t.index(), "ccomp").isEmpty()) {
            continue;
          }
          int[] cue = s.subtreeRange(t.index());
          int first = 0;
          while (first < cue[0] && isQuoteMark(s.token(first).word())) {
            first++;
          }
          int last = cue[0] - 1;
          while (last > first
              && (isQuoteMark(s.token(last).word()) || ",.".contains(s.token(last).word()))) {
            last--;
          }
          if (last <= first) {
            continue;
          }
          Span content = s.spanOf(first, last);
          if (overlapsDirectFromOutside(direct, content, null)) {
            continue;
          }
          Quote.Speaker speaker = null;
          for (int subj : s.childrenOf(t.index(), "nsubj")) {
            speaker = subjectAt(article, actors, s, subj);
          }
          if (speaker != null) {
            out.add(indirectQuote(text, content, speaker, t.word(), List.of(), "indirect:after"));
            attributed.set(t.index());
          }
        }
      }
      out.addAll(asides(article, actors, s, direct, attributed));
      // "according to X": the rest of the sentence is X's; so is it "in a CNN poll".
      for (Dependency d : s.dependencies()) {
        boolean according =
            d.relation().equals("obl:according_to") || d.relation().equals("nmod:according_to");
        boolean inSurvey =
            (d.relation().equals("obl:in") || d.relation().equals("nmod:in"))
                && surveys.contains(s.token(d.dependent()).lemma())
                && d.governor() >= 0
                && !attributed.get(d.governor());
        if (!according && !inSurvey) {
          continue;
        }
        int[] phrase = s.subtreeRange(d.dependent());
        int caseStart = phrase[0];
        for (int c : s.childrenOf(d.dependent(), "case")) {
          caseStart = Math.min(caseStart, c);
        }
        Span content = contentAround(s, caseStart, phrase[1]);
        if (content == null || overlapsDirectFromOutside(direct, content, null)) {
          continue;
        }
        Quote.Speaker speaker = subjectAt(article, actors, s, d.dependent());
        if (speaker != null) {
          out.add(
              according
                  ? indirectQuote(
                      text, content, speaker, "according to", List.of(), "indirect:according-to")
                  : indirectQuote(text, content, speaker, "in", List.of(), "indirect:in-survey"));
        }
      }
    }
    out.addAll(headlineLabels(article, actors, direct));
    return out;
  }

  /**
   * Polls and studies whose findings a sentence reports "in" them: "in a CNN poll, Clinton led".
   */
  private final Set<String> surveys;

  /**
   * "Poll: Wealthy Voters Abandon Republican Party", "TRUMP: The deaths of …": a paragraph that
   * opens with a short label without a verb and a colon attributes the rest of the line to the
   * label (headlines and transcripts). Quoted lines are left to the direct quotation sieves.
   */
  private List<Quote> headlineLabels(
      AnnotatedArticle article, ActorAnalysis actors, List<Quote> direct) {
    List<Quote> out = new ArrayList<>();
    String text = article.text();
    for (Span p : article.paragraphs()) {
      int si = article.sentenceOf(p.begin());
      Sentence s = article.sentences().get(si);
      if (s.span().begin() < p.begin() || s.tokens().isEmpty() || !s.token(0).isCapitalized()) {
        continue;
      }
      int colon = -1;
      for (int k = 1; k < Math.min(7, s.tokens().size()); k++) {
        Token t = s.token(k);
        if (t.word().equals(":")) {
          colon = k;
          break;
        }
        if (t.isVerb() && !t.pos().equals("VBG") && !t.pos().equals("VBN") || isMark(t)) {
          break;
        }
      }
      if (colon < 0 || colon + 1 >= s.tokens().size()) {
        continue;
      }
      int head = -1;
      for (int k = 0; k < colon; k++) {
        if (s.token(k).isNoun() && head < 0) {
          head = k;
          while (head + 1 < colon && s.token(head + 1).isNoun()) {
            head++;
          }
        }
      }
      int begin = s.token(colon + 1).span().begin();
      int end = text.indexOf('\n', begin);
      end = end < 0 || end > p.end() ? p.end() : end;
      while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      if (head < 0 || end <= begin) {
        continue;
      }
      Span content = new Span(begin, end);
      boolean quoted = false;
      for (Quote q : direct) {
        quoted |= q.kind() == Quote.Kind.DIRECT && q.span().overlaps(content);
      }
      Quote.Speaker speaker = quoted ? null : subjectAt(article, actors, s, head);
      // Past the headline, only a name labels a line ("PENCE: …"); "Success: …" is a heading.
      boolean headline = p.begin() == article.paragraphs().get(0).begin();
      boolean named =
          speaker != null
              && (speaker.actor() != null
                  || s.token(head)
                      .word()
                      .equals(s.token(head).word().toUpperCase(java.util.Locale.ROOT)));
      if (speaker != null && (headline || named)) {
        out.add(indirectQuote(text, content, speaker, ":", List.of(), "indirect:label"));
      }
    }
    return out;
  }

  /**
   * Verbs whose subject holds, wants, judges or shows what their complement says, beyond the speech
   * verbs: "Trump called for …", "a poll shows Clinton ahead", "Graham criticized the party's …".
   * Drawn from PolNeAR's train split: every verb that heads an annotated cue at least ten times and
   * in at least half of its uses outside quoted content.
   */
  private final Set<String> stanceVerbs;

  /**
   * Adjectives and nouns that attribute a stance to their subject: "Graham is critical of Trump",
   * "Clinton aides were coy about …", "Schultz is a defender of RT". The adjectives are those that
   * head a cue in PolNeAR's train split at least four times and in a third of their uses.
   */
  private final Set<String> stanceWords;

  /**
   * Verbs whose bare object is not what they report: "concluded a meeting", "added a line". In
   * PolNeAR's train split these head a cue with only an object less than 45% of the time.
   */
  private final Set<String> objectNotReported;

  /** Verbs whose object is the audience: "told reporters", "asked the senator about …". */
  private final Set<String> audienceVerbs;

  /** A verb, adjective or noun that attributes its complement to its subject. */
  private boolean isStanceCue(Sentence s, Token t) {
    if (t.isVerb()) {
      if (t.lemma().equals("speak")) {
        // "spoke of …", "spoke out about …": speaking counts with what was spoken of
        return s.hasChild(t.index(), "obl:about")
            || s.hasChild(t.index(), "obl:of")
            || s.hasChild(t.index(), "obl:against");
      }
      return stanceVerbs.contains(t.lemma());
    }
    return (t.isAdjective() || t.isNoun())
        && stanceWords.contains(t.lemma())
        && s.hasChild(t.index(), "nsubj");
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
              "advcl:if" ->
          true;
      default -> false;
    };
  }

  /**
   * "Trump called for a ban", "A Bloomberg poll shows Clinton ahead", "Clinton criticized his
   * remarks": a stance, intention or evidence verb whose subject is a source, and its complements
   * (object, infinitive, prepositional object) as what is attributed. Verbs inside a direct
   * quotation are the speaker's own words and attribute nothing here.
   */
  private List<Quote> complements(
      AnnotatedArticle article,
      ActorAnalysis actors,
      Sentence s,
      List<Quote> direct,
      java.util.BitSet attributed) {
    List<Quote> out = new ArrayList<>();
    List<Span> marked = marked(direct);
    for (Token t : s.tokens()) {
      if (!isStanceCue(s, t) || attributed.get(t.index()) || within(marked, t.span())) {
        continue;
      }
      Quote.Speaker speaker = null;
      int subject = -1;
      for (int subj : subjects(s, t.index())) {
        if (speaker == null && !within(marked, s.token(subj).span())) {
          speaker = subjectAt(article, actors, s, subj);
          subject = subj;
        }
      }
      if (speaker == null) {
        speaker = controller(article, actors, s, t.index(), marked);
      }
      if (speaker == null) {
        continue;
      }
      int first = Integer.MAX_VALUE;
      int last = -1;
      for (Dependency d : s.children(t.index())) {
        boolean complement =
            isComplement(d.relation())
                || d.relation().equals("advmod")
                    && Set.of("so", "yes", "no").contains(s.token(d.dependent()).lemma())
                || !t.isVerb()
                    && (d.relation().equals("ccomp")
                        || d.relation().equals("acl:to")
                        || d.relation().startsWith("nmod:")
                            && isComplement("obl:" + d.relation().substring(5)));
        boolean object = d.relation().equals("obj") || d.relation().equals("iobj");
        if (!complement
            || d.dependent() == subject
            || object && objectNotReported.contains(t.lemma())
            || audienceVerbs.contains(t.lemma()) && (object || d.relation().equals("obl:to"))) {
          continue;
        }
        int[] range = s.subtreeRange(d.dependent());
        if (range[0] <= t.index() && range[1] >= t.index()) {
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
        if (d.dependent() > last && (r.equals("advmod") || r.startsWith("obl"))) {
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
      if (first > last
          || first <= t.index() && last >= t.index()
          || attributed.nextSetBit(first) >= 0 && attributed.nextSetBit(first) <= last) {
        continue; // "quoted Lavrov as saying that …": the speech verb inside reports it
      }
      last = clipBeforeDirect(direct, s, first, last);
      if (last < first) {
        continue;
      }
      Span content = s.spanOf(first, last);
      if (overlapsDirectFromOutside(direct, content, null)) {
        continue;
      }
      out.add(
          indirectQuote(
              article.text(), content, speaker, t.word(), List.of(), "indirect:complement"));
    }
    return out;
  }

  /**
   * "…, top black lawmakers said Friday.", "All of which, he said, would help …": a speech verb
   * with nothing reported under it, set off by a comma from the clause it reports, which the parse
   * did not hang under it. The reported words are the longer side of the aside.
   */
  private List<Quote> asides(
      AnnotatedArticle article,
      ActorAnalysis actors,
      Sentence s,
      List<Quote> direct,
      java.util.BitSet attributed) {
    List<Quote> out = new ArrayList<>();
    List<Span> marked = marked(direct);
    int n = s.tokens().size();
    for (Token t : s.tokens()) {
      int cue = t.index();
      if (!t.isVerb()
          || !indirectCues.contains(t.lemma())
          || attributed.get(cue)
          || within(marked, t.span())
          || s.hasChild(cue, "ccomp")
          || s.hasChild(cue, "obj")
          || s.hasChild(cue, "xcomp")) {
        continue;
      }
      int subject = -1;
      for (int subj : s.childrenOf(cue, "nsubj")) {
        if (subj < cue) {
          subject = subj;
        }
      }
      int k = cue - 1;
      while (k >= 0 && (s.token(k).pos().equals("RB") || s.token(k).pos().equals("MD"))) {
        k--;
      }
      if (subject < 0 && k >= 0 && (s.token(k).isNoun() || s.token(k).isPronoun())) {
        subject = k;
      }
      if (subject < 0 || subject != k) {
        continue; // the subject must stand right before the verb: "…, he said"
      }
      int np = s.tokenAt(nounPhrase(s, subject).begin());
      if (np < 2 || !s.token(np - 1).word().equals(",")) {
        continue;
      }
      int[] before = trimmed(s, 0, np - 2);
      int[] after = null;
      for (int j = cue + 1; j < n; j++) {
        if (s.token(j).word().equals(",")) {
          after = trimmed(s, j + 1, n - 1);
          break;
        }
        if (s.token(j).isVerb()) {
          break;
        }
      }
      int[] side = after != null && after[1] - after[0] > before[1] - before[0] ? after : before;
      if (side[1] - side[0] < 2) {
        continue;
      }
      Span content = s.spanOf(side[0], side[1]);
      if (overlapsDirectFromOutside(direct, content, null) || within(marked, content)) {
        continue;
      }
      Quote.Speaker speaker = subjectAt(article, actors, s, subject);
      if (speaker != null) {
        out.add(
            indirectQuote(article.text(), content, speaker, t.word(), List.of(), "indirect:aside"));
        attributed.set(cue);
      }
    }
    return out;
  }

  /** Tokens {@code first..last} without quotation marks, punctuation and a dateline at the ends. */
  private static int[] trimmed(Sentence s, int first, int last) {
    while (first <= last && (isPunctuation(s.token(first)) || s.token(first).pos().equals("CC"))) {
      first++;
    }
    for (int k = first; k <= Math.min(last, first + 3); k++) {
      if (s.token(k).word().equals("\u2015") || s.token(k).word().equals("--")) {
        first = k + 1; // "WASHINGTON ― …"
      }
    }
    while (last >= first && isPunctuation(s.token(last))) {
      last--;
    }
    return new int[] {first, last};
  }

  private static boolean enclosedBy(List<Quote> direct, Span span) {
    return enclosingDirect(direct, span) != null;
  }

  /**
   * The last token of a reported clause that stops before any direct quotation in it: "noted that
   * Trump paid nothing ― Trump boasted, “That makes me smart.”" reports up to "nothing", and the
   * quotation has its own attribution. -1 when the clause opens with the quotation.
   */
  private static int clipBeforeDirect(List<Quote> direct, Sentence s, int first, int last) {
    Span content = s.spanOf(first, last);
    int cut = Integer.MAX_VALUE;
    for (Quote q : direct) {
      if (q.kind() == Quote.Kind.DIRECT && q.span().overlaps(content)) {
        cut = Math.min(cut, q.span().begin());
      }
    }
    if (cut == Integer.MAX_VALUE) {
      return last;
    }
    int end = first - 1;
    for (int k = first; k <= last && s.token(k).span().end() < cut; k++) {
      end = k;
    }
    while (end >= first && (isPunctuation(s.token(end)) || s.token(end).pos().equals("CC"))) {
      end--;
    }
    // A clause whose own words before the quotation are a word or two is the quotation's lead-in.
    return end - first < 2 ? -1 : end;
  }

  private static List<Span> marked(List<Quote> quotes) {
    List<Span> out = new ArrayList<>();
    for (Quote q : quotes) {
      if (q.kind() == Quote.Kind.DIRECT) {
        out.add(q.span());
      }
    }
    return out;
  }

  /** The sentence without the "according to …" phrase and its punctuation. */
  private static Span contentAround(Sentence s, int phraseFirst, int phraseLast) {
    int first = 0;
    int last = s.tokens().size() - 1;
    while (last >= 0 && ".!?".contains(s.token(last).word())) {
      last--;
    }
    if (phraseFirst <= first) {
      first = phraseLast + 1;
      while (first <= last && s.token(first).word().equals(",")) {
        first++;
      }
    } else {
      last = phraseFirst - 1;
      while (last >= first && s.token(last).word().equals(",")) {
        last--;
      }
    }
    while (first <= last && s.token(first).pos().equals("CC")) {
      first++;
    }
    return first <= last ? s.spanOf(first, last) : null;
  }

  private static boolean isQuoteMark(String w) {
    return w.equals("``")
        || w.equals("''")
        || w.equals("\"")
        || w.equals("\u201c")
        || w.equals("\u201d")
        || w.equals("'")
        || w.equals("\u2018")
        || w.equals("\u2019");
  }

  /**
   * Whether the clause is (part of) a direct quote that the cue verb attributes from outside its
   * marks.
   */
  private static boolean overlapsDirectFromOutside(List<Quote> direct, Span content, Span cue) {
    for (Quote q : direct) {
      if (q.kind() == Quote.Kind.PARTIAL) {
        continue;
      }
      if (q.span().overlaps(content) && (cue == null || !q.span().contains(cue))) {
        return true;
      }
    }
    return false;
  }

  private static Quote enclosingDirect(List<Quote> direct, Span span) {
    for (Quote q : direct) {
      if (q.kind() == Quote.Kind.DIRECT && q.span().contains(span)) {
        return q;
      }
    }
    return null;
  }
}
