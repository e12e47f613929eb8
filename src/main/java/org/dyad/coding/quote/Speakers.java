package org.dyad.coding.quote;

import static org.dyad.coding.quote.QuoteText.isMark;
import static org.dyad.coding.quote.QuoteText.isPunctuation;
import static org.dyad.coding.quote.QuoteText.nounPhrase;
import static org.dyad.coding.quote.QuoteText.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.coding.ActorAnalysis;
import org.dyad.coding.ResolvedMention;
import org.dyad.model.Actor;
import org.dyad.model.ActorCode;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Dependency;
import org.dyad.model.Quote;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;

/**
 * Says who a token names as a speaker: an actor of the article, a pronoun's antecedent, a role
 * description of someone named before, or a description that stands as it is ("a source"); and
 * finds the speaker of a cue without a subject of its own. Shared by the sieves; it decides no
 * attribution itself. Thread-safe: immutable.
 */
final class Speakers {
  private final QuoteWords words;
  private final java.util.Set<String> rules;

  /**
   * The id of the speaker rule that an active participle's noun speaks as a subject would: "an
   * outside group backing Marco Rubio", "polls showing Clinton ahead", "emails showing that …"; not
   * a speech verb's ("a statement saying …").
   */
  static final String PARTICIPLE_NOUN = "Q.speaker.participle-noun";

  /** Every speaker rule's id ({@code lexicon/quote-sieves.tsv}, stage {@code speaker}). */
  static final java.util.Set<String> RULES =
      java.util.Set.of(SurveyShares.POPULATION, SurveyShares.UNNAMED, PARTICIPLE_NOUN);

  /** Speakers by {@code words}, with the speaker rules {@code rules} on ({@link SurveyShares}). */
  Speakers(QuoteWords words, java.util.Set<String> rules) {
    this.words = words;
    this.rules = java.util.Set.copyOf(rules);
  }

  Speakers(QuoteWords words) {
    this(words, java.util.Set.of());
  }

  /**
   * {@code Q.speaker.share-unnamed}: whether the cue at {@code cue} has as its subject a survey's
   * share of people the sentence does not name ("Twenty-four percent said …"), whose words are
   * reported with no speaker.
   */
  boolean unnamedShare(Sentence s, int cue) {
    if (!rules.contains(SurveyShares.UNNAMED)) {
      return false;
    }
    List<Integer> subjects = subjects(s, cue);
    return !subjects.isEmpty()
        && SurveyShares.isShare(s, subjects.get(0))
        && SurveyShares.population(s, subjects.get(0)) < 0;
  }

  QuoteWords words() {
    return words;
  }

  /**
   * A speech verb; a sentence-initial "Said" counts although the tagger takes it for a name ("Said
   * Ellis: “…”").
   */
  boolean isCue(Token t) {
    return t.isVerb() && words.speech().contains(t.lemma())
        || t.index() == 0
            && !t.word().isEmpty()
            && Character.isUpperCase(t.word().charAt(0))
            && words.initialCues().contains(t.word().toLowerCase(Locale.ROOT))
            && t.word().substring(1).equals(t.word().substring(1).toLowerCase(Locale.ROOT));
  }

  /** The speaker named at token {@code t}: an actor, a pronoun's antecedent, or a description. */
  Quote.Speaker speakerAt(AnnotatedArticle article, ActorAnalysis actors, Sentence s, int t) {
    return speakerAt(article, actors, s, t, false);
  }

  /**
   * The speaker that is the subject of a cue at token {@code t}. Beyond {@link #speakerAt}, any
   * noun phrase is a source here ("a Bloomberg poll shows", "73 percent said"), a relative pronoun
   * is its antecedent, and a plural or first-person pronoun is kept as it stands ("they said"):
   * PolNeAR attributes to documents, polls and groups as much as to people.
   */
  Quote.Speaker subjectAt(AnnotatedArticle article, ActorAnalysis actors, Sentence s, int t) {
    for (Dependency d : s.parents(t)) {
      if (d.relation().equals("ref") && d.governor() >= 0) {
        return speakerAt(article, actors, s, d.governor(), true); // "Smith, who said …"
      }
    }
    return speakerAt(article, actors, s, t, true);
  }

  private Quote.Speaker speakerAt(
      AnnotatedArticle article, ActorAnalysis actors, Sentence s, int t, boolean subject) {
    if (words.honorifics().contains(s.token(t).word().toLowerCase(Locale.ROOT))
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
    if (m == null) {
      // "Trump's GOP primary rival Sen. Marco Rubio said": the parser may hang the name that
      // follows a description on it as "dep" rather than "appos"
      for (int a : s.childrenOf(t, "dep")) {
        if (s.token(a).pos().startsWith("NNP")) {
          m = actors.mentionAt(s.index(), a);
          if (m != null) {
            break;
          }
        }
      }
    }
    Token token = s.token(t);
    if (m == null && token.isPronoun() && words.personPronouns().contains(token.lemma())) {
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
    if (m == null
        && subject
        // "they said"; "all agreed that …": a quantifier standing alone as the subject is tagged
        // a determiner or an adjective
        && !token.isNoun()
        && words.subjectPronouns().contains(token.lemma())) {
      return new Quote.Speaker(null, token.word(), null, token.span());
    }
    if (m == null && isMoney(s, t)) {
      return null; // "4bn euros thought to be held …": an amount of money says nothing
    }
    if (m == null && subject && SurveyShares.isShare(s, t)) {
      // "58 percent of Republicans say …": the people a share is of speak for it
      // (Q.speaker.share-population); a number never does.
      int people = rules.contains(SurveyShares.POPULATION) ? SurveyShares.population(s, t) : -1;
      return people >= 0 && people != t ? speakerAt(article, actors, s, people, true) : null;
    }
    if (m == null && subject && token.pos().equals("CD")) {
      // "Six in 10 say …", "34% said …", "nine were charged": a count or a survey's share is what
      // a poll found or how many did something, no speaker a reader can name.
      return null;
    }
    if (m == null
        && subject
        && (token.lemma().equalsIgnoreCase("one") || token.lemma().equalsIgnoreCase("half"))
        && s.children(t).stream()
            .allMatch(
                d ->
                    s.token(d.dependent()).isPronoun()
                        || !s.token(d.dependent()).isNoun()
                            && !s.token(d.dependent()).pos().equals("CD"))) {
      // "No-one knows", "Half of them argue …": no one a reader can name ("One of the directors
      // said" names them)
      return null;
    }
    if (token.isNoun() && words.timeWords().contains(token.lemma())) {
      return null; // "…,” Flynn said Thursday morning: a date is no speaker
    }
    if (token.isNoun()) {
      Span span = nounPhrase(s, t);
      ResolvedMention holder = roleHolder(actors, s, t, span);
      if (holder != null) {
        Actor a = actors.actor(holder.actors().get(0));
        return new Quote.Speaker(a.id(), a.name(), holder.codes().get(0), span);
      }
      if (!subject && actors.descriptionAt(s.index(), t) == null && !token.isProperNoun()) {
        // Only role nouns and names speak: "footage", "tweets" and "73 percent" say nothing.
        return null;
      }
      if (subject
          && (isCounted(s, t, span) || isShare(token))
          && actors.descriptionAt(s.index(), t) == null) {
        // "The 337,000 new jobs …", "the 3.3% fall …", "6,000 job losses …": a counted thing
        // that is not a person, a group of people or a share of them says nothing.
        return null;
      }
      return new Quote.Speaker(null, span.of(article.text()), null, span);
    }
    return null;
  }

  /**
   * Whether the noun phrase {@code phrase} headed at {@code t} counts something that is neither a
   * name nor a share: it has a number, and its head is a common noun other than "%" or "percent"
   * ("42% of them say …" is a survey's share of people).
   */
  private static boolean isCounted(Sentence s, int t, Span phrase) {
    Token head = s.token(t);
    if (head.isProperNoun() || head.word().equals("%") || head.lemma().equals("percent")) {
      return false;
    }
    for (int k = s.tokenAt(phrase.begin()); k >= 0 && k < t; k++) {
      Token w = s.token(k);
      boolean number = w.pos().equals("CD") || Character.isDigit(w.word().charAt(0));
      // "one study", "a 2014 study": one thing, or a year, is no count
      if (number && !w.lemma().equals("one") && !w.word().matches("(1[89]|20)\\d\\d")) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code head} heads a share: "34%", "73 percent". */
  private static boolean isShare(Token head) {
    return head.word().equals("%") || head.lemma().equals("percent");
  }

  /** Whether the noun phrase headed at {@code t} is an amount of money: a number and a currency. */
  private boolean isMoney(Sentence s, int t) {
    Span phrase = nounPhrase(s, t);
    boolean number = false;
    boolean currency = false;
    for (int k = s.tokenAt(phrase.begin()); k >= 0 && k <= t; k++) {
      Token w = s.token(k);
      number |= w.pos().equals("CD") || Character.isDigit(w.word().charAt(0)); // "750m"
      currency |= w.isNoun() && words.moneyUnits().contains(w.lemma());
    }
    return number && currency;
  }

  /**
   * "The prime minister", "the French president": a definite role description names a person seen
   * before.
   */
  private ResolvedMention roleHolder(ActorAnalysis actors, Sentence s, int head, Span phrase) {
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
        country = actors.countryOfWord(s.index(), k);
        if (country != null) {
          continue;
        }
      }
      if (w.isNoun()) {
        roleWords.add(w.lemma());
      }
    }
    if (roleWords.size() == 1 && words.mediaNouns().contains(roleWords.get(0))) {
      return actors.mediumBefore(s.index(), phrase.begin()); // "the newspaper", "the agency"
    }
    return roleWords.isEmpty()
        ? null
        : actors.personWithTitle(s.index(), phrase.begin(), roleWords, country);
  }

  /**
   * The verb's active subjects, nearest before it first: a parse that gives "responded" two
   * subjects in "… where the focus would be, Devine responded" means the one next to it. A passive
   * subject is what is said or thought, not who says it: "4bn euros is thought to be held
   * offshore", "200,000 shoppers were expected".
   */
  static List<Integer> subjects(Sentence s, int verb) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : s.children(verb)) {
      String r = d.relation();
      if ((r.equals("nsubj") || r.startsWith("nsubj:"))
          && !(r.equals("nsubj:pass") && hasNumber(s, d.dependent()))) {
        out.add(d.dependent());
      }
    }
    out.sort((a, b) -> (a < verb) != (b < verb) ? (a < verb ? -1 : 1) : a < verb ? b - a : a - b);
    return out;
  }

  /**
   * Whether the noun phrase headed at {@code head} has a number: counted people or things as a
   * passive subject ("500 officials are accused of …", "70% of bondholders are expected to …",
   * "200,000 shoppers were expected …") are spoken of, not speaking.
   */
  private static boolean hasNumber(Sentence s, int head) {
    for (int k = s.tokenAt(nounPhrase(s, head).begin()); k >= 0 && k <= head; k++) {
      if (s.token(k).pos().equals("CD")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The speaker of a cue without a subject of its own: the noun a participle describes ("footage of
   * Clinton asking, “…”") or the subject of the clause a participle or conjunct hangs from ("Trump
   * was defensive, saying …", "Trump laughed and said …"), up to three clauses up.
   */
  Quote.Speaker controller(
      AnnotatedArticle article, ActorAnalysis actors, Sentence s, int cue, List<Span> marked) {
    return controller(article, actors, s, cue, marked, 3);
  }

  /**
   * The person a recording shows, when the parse hung the participle on the recording: "footage of
   * Hillary Clinton asking, “…”" is Clinton's question, not the footage's. The person is named in
   * an "of" phrase of the noun at {@code noun}, right before the participle at {@code cue} ("the
   * death of Terence Crutcher in Tulsa, arguing …" is not Crutcher's argument).
   */
  Quote.Speaker personShown(
      AnnotatedArticle article, ActorAnalysis actors, Sentence s, int noun, int cue) {
    for (Dependency d : s.children(noun)) {
      if (d.relation().equals("nmod:of") && d.dependent() == cue - 1) {
        ResolvedMention m = actors.mentionAt(s.index(), d.dependent());
        if (m != null
            && m.actors().size() == 1
            && actors.actor(m.actors().get(0)).kind() == Actor.Kind.PERSON) {
          return speakerAt(article, actors, s, d.dependent());
        }
      }
    }
    return null;
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
      // Only an active participle's noun speaks: "footage of Clinton asking"; "the 337,000 jobs
      // added", "4bn euros thought to be held" and "money to support the cause" are what is said.
      if (r.equals("acl") && s.token(d.governor()).isNoun()) {
        Quote.Speaker shown = personShown(article, actors, s, d.governor(), cue);
        if (shown != null) {
          return shown;
        }
        // Q.speaker.participle-noun: "a group backing Rubio", "polls showing Clinton ahead": the
        // noun an active participle describes is its subject, whatever kind of noun it is; not a
        // speech verb's ("a statement saying …" is its author's words, found by other sieves)
        return rules.contains(PARTICIPLE_NOUN)
                && s.token(cue).pos().equals("VBG")
                && !words.speech().contains(s.token(cue).lemma())
            ? subjectAt(article, actors, s, d.governor())
            : speakerAt(article, actors, s, d.governor());
      }
      if (r.equals("advcl") || r.startsWith("conj") || r.equals("xcomp") || r.equals("dep")) {
        if (!s.token(d.governor()).isVerb()) {
          continue;
        }
        // subjects(): counted people as a passive subject are spoken of there too ("About 500
        // officials are accused of … claiming salaries for …")
        for (int subj : subjects(s, d.governor())) {
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
  Quote.Speaker nameBetween(
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

  /**
   * "Douglas Brinkley, a historian who attended the session, recalled": the name before the
   * apposition that ends at token {@code comma}, or null.
   */
  Quote.Speaker pastApposition(
      AnnotatedArticle article, ActorAnalysis actors, Sentence s, int comma, List<Span> marked) {
    int j = comma - 1;
    while (j > 0
        && !s.token(j).word().equals(",")
        && !s.token(j).isVerb()
        && !isMark(s.token(j))
        && !within(marked, s.token(j).span())) {
      j--;
    }
    if (j > 0 && s.token(j).word().equals(",") && s.token(j - 1).isProperNoun()) {
      return speakerAt(article, actors, s, j - 1);
    }
    return null;
  }

  /** A speaker named through a medium that quoted them. */
  record Quoted(Quote.Speaker speaker, List<Quote.Channel> via) {}

  /**
   * "Reuters quoted Lavrov as saying …", "Lavrov was quoted by Interfax as saying …": the person
   * quoted is the speaker and the medium the channel, whether the cue is "quote" itself or the
   * "saying" under it.
   */
  Quoted quotedBy(AnnotatedArticle article, ActorAnalysis actors, Sentence s, int cue) {
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
  static void addInterviewChannel(
      ActorAnalysis actors, Sentence s, int cue, List<Quote.Channel> via) {
    for (Dependency d : s.children(cue)) {
      if (d.relation().equals("obl:in") && s.token(d.dependent()).lemma().equals("interview")) {
        for (int w : s.childrenOf(d.dependent(), "nmod:with")) {
          addIfMedia(actors, actors.mentionAt(s.index(), w), via);
        }
      }
    }
  }

  static void addIfMedia(ActorAnalysis actors, ResolvedMention m, List<Quote.Channel> via) {
    if (m == null || m.actors().size() != 1) {
      return;
    }
    ActorCode code = m.codes().get(0);
    if (code != null && "MED".equals(code.sector())) {
      via.add(new Quote.Channel(actors.actor(m.actors().get(0)).name(), code));
    }
  }

  static boolean isMedia(Quote.Speaker s) {
    return s != null && s.code() != null && "MED".equals(s.code().sector());
  }
}
