package org.dyad.coding.quote;

import static org.dyad.coding.quote.QuoteText.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.dyad.coding.ActorAnalysis;
import org.dyad.coding.ResolvedMention;
import org.dyad.model.Actor;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Dependency;
import org.dyad.model.Quote;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;

/**
 * Whom "he" or "she" means when it is the subject of a direct quotation's cue ("“…,” he said"), by
 * the steps of stage {@code pronoun} in {@code lexicon/quote-sieves.tsv}, in their order; the first
 * that names a person wins. Persons named only inside quotation marks are never the answer: a
 * speaker does not speak of themselves by name. Immutable.
 */
final class PronounSpeakers {
  /** How many sentences back a step looks past the last one that spoke of the same person. */
  private static final int SENTENCE_REACH = 3;

  /** How many paragraphs may lie between the previous quotation and the pronoun. */
  private static final int PARAGRAPH_REACH = 2;

  /** The steps, each with its id in {@code lexicon/quote-sieves.tsv}. */
  enum Step {
    /**
     * The one person of the pronoun's gender the article first names since the previous quotation:
     * “…,” McConnell said. House Speaker Paul Ryan, R-Wis., … “…,” he said.
     */
    NEWCOMER("Q.pronoun.newcomer"),
    /**
     * After an excerpt of someone's narrative about a person ("McCrummen reports: “Melanie thought
     * … She wasn't …”"), that person: the excerpt's author never calls herself "she".
     */
    EXCERPT_SUBJECT("Q.pronoun.excerpt-subject"),
    /** In a run of quotations, the speaker of the one before: “…,” Clinton said. “…,” he said. */
    PREVIOUS_SPEAKER("Q.pronoun.previous-speaker"),
    /**
     * The person the passage is about: the nearest named subject of a clause before the quotation,
     * a speech verb's subject first, reaching back through sentences whose subject is the same
     * pronoun.
     */
    TOPIC("Q.pronoun.topic"),
    /** The nearest person named before, outside quotation marks. */
    NAMED_BEFORE("Q.pronoun.named-before");

    private final String id;

    Step(String id) {
      this.id = id;
    }

    String id() {
      return id;
    }

    static Step ofId(String id) {
      for (Step s : values()) {
        if (s.id.equals(id)) {
          return s;
        }
      }
      throw new IllegalArgumentException("lexicon/quote-sieves.tsv: " + id + " is no pronoun step");
    }
  }

  private final Speakers speakers;
  private final List<Step> steps;
  private final Function<String, String> genderOfFirstName;

  PronounSpeakers(Speakers speakers, List<Step> steps, Function<String, String> genderOfFirstName) {
    this.speakers = speakers;
    this.steps = List.copyOf(steps);
    this.genderOfFirstName = genderOfFirstName;
  }

  /** Whether token {@code t} is a pronoun these steps resolve: "he", "she". */
  boolean resolves(Token t) {
    return t.isPronoun() && wanted(t) != null;
  }

  /** The person the pronoun at token {@code t} of {@code s} means, or null when no step knows. */
  Quote.Speaker resolve(PassageScope scope, Sentence s, int t) {
    for (Step step : steps) {
      Quote.Speaker found =
          switch (step) {
            case NEWCOMER -> newcomer(scope, s, t);
            case EXCERPT_SUBJECT -> excerptSubject(scope, s, t);
            case PREVIOUS_SPEAKER -> previousSpeaker(scope, s, t);
            case TOPIC -> topic(scope, s, t);
            case NAMED_BEFORE -> namedBefore(scope, s, t);
          };
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /**
   * The person of the pronoun's gender the article names for the first time between the previous
   * direct quotation (at most the paragraph before the pronoun's) and the pronoun, outside
   * quotation marks, when the first name says the gender, no person who may be meant is named after
   * them, their sentence's main clause is not another such person's, and no clause before them has
   * the same pronoun as subject (“…,” Obama said. He praised Joe Biden, … “…,” he said: still
   * Obama). A newcomer introduced by name and role is who speaks next.
   */
  private Quote.Speaker newcomer(PassageScope scope, Sentence s, int t) {
    Quote previous = scope.previous();
    String gender = wanted(s.token(t));
    if (previous == null || gender == null) {
      return null;
    }
    AnnotatedArticle article = scope.article();
    ActorAnalysis actors = scope.actors();
    int offset = s.token(t).span().begin();
    int paragraph = article.paragraphOf(offset);
    int from =
        Math.max(
            previous.span().end(), article.paragraphs().get(Math.max(0, paragraph - 1)).begin());
    List<String> previousActor =
        previous.speaker() == null || previous.speaker().actor() == null
            ? List.of()
            : List.of(previous.speaker().actor());
    ResolvedMention last = null;
    Sentence lastSentence = null;
    for (Sentence between : article.sentences()) {
      if (between.span().end() <= from || between.span().begin() >= offset) {
        continue;
      }
      for (ResolvedMention m : actors.mentions(between.index())) {
        if (m.span().begin() >= from
            && m.span().begin() < offset
            && !within(scope.marked(), m.span())
            && isPerson(actors, m)
            && between.token(m.head()).isProperNoun()
            && compatible(scope, actors.actor(m.actors().get(0)), gender)
            && !(m.actors().equals(previousActor) && lastSentence == between)) {
          // The last person named who may be meant; the previous speaker named again in the
          // newcomer's sentence is spoken of ("… and he does believe McConnell is correct").
          last = m;
          lastSentence = between;
        }
      }
    }
    if (last == null) {
      return null;
    }
    Actor a = actors.actor(last.actors().get(0));
    boolean firstNamedHere = a.mentions().get(0).begin() >= from;
    if (!firstNamedHere
        || !gender.equals(genderOf(scope.text(), a))
        || otherMainSubject(scope, lastSentence, a, gender)
        || samePronounSubjectBetween(scope, from, last.span().begin(), lower(s.token(t)))) {
      return null;
    }
    return speakerOf(actors, last);
  }

  /**
   * Whether a main clause or a speech verb of {@code s} has as subject a person other than {@code
   * a} whom a pronoun of {@code gender} may mean: “Christie, who has campaigned for Donald Trump,
   * blasted Clinton”; “Trump said praise from Vladimir Putin would not …”.
   */
  private boolean otherMainSubject(PassageScope scope, Sentence s, Actor a, String gender) {
    ActorAnalysis actors = scope.actors();
    for (Dependency d : s.dependencies()) {
      if (d.governor() >= 0
          && d.relation().equals("nsubj")
          && (QuoteText.isMainClause(s, d.governor()) || speakers.isCue(s.token(d.governor())))) {
        ResolvedMention m = actors.mentionAt(s.index(), d.dependent());
        if (m != null
            && isPerson(actors, m)
            && !m.actors().get(0).equals(a.id())
            && compatible(scope, actors.actor(m.actors().get(0)), gender)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a clause between the offsets, outside quotation marks, has {@code pronoun} as subject.
   */
  private boolean samePronounSubjectBetween(
      PassageScope scope, int from, int until, String pronoun) {
    AnnotatedArticle article = scope.article();
    for (Sentence each : article.sentences()) {
      if (each.span().end() <= from || each.span().begin() >= until) {
        continue;
      }
      for (int k = 0; k < each.tokens().size(); k++) {
        Token w = each.token(k);
        if (w.span().begin() >= from
            && w.span().begin() < until
            && w.isPronoun()
            && lower(w).equals(pronoun)
            && !within(scope.marked(), w.span())
            && isSubjectLike(each, k)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The person an excerpt of narrative is about, when the previous direct quotation is one: it runs
   * over two sentences or more, has no first-person word, has the pronoun as a clause's subject at
   * least twice, and names as a subject one person of the pronoun's gender other than its speaker.
   * Speech about someone ("Obama has failed. He has weakened us") has its speaker's "I" or "we".
   */
  private Quote.Speaker excerptSubject(PassageScope scope, Sentence s, int t) {
    Quote previous = scope.previous();
    String gender = wanted(s.token(t));
    if (previous == null || gender == null || previous.kind() != Quote.Kind.DIRECT) {
      return null;
    }
    String pronoun = lower(s.token(t));
    String speaker =
        previous.speaker() == null || previous.speaker().actor() == null
            ? null
            : previous.speaker().actor();
    ActorAnalysis actors = scope.actors();
    AnnotatedArticle article = scope.article();
    int sentences = 0;
    int pronounSubjects = 0;
    ResolvedMention about = null;
    for (Sentence each : article.sentences()) {
      if (each.span().end() <= previous.span().begin()
          || each.span().begin() >= previous.span().end()) {
        continue;
      }
      sentences++;
      for (int k = 0; k < each.tokens().size(); k++) {
        Token w = each.token(k);
        if (!previous.span().contains(w.span())) {
          continue;
        }
        if (speakers.words().firstPersonPronouns().contains(lower(w))) {
          return null;
        }
        if (w.isPronoun() && lower(w).equals(pronoun) && isSubjectLike(each, k)) {
          pronounSubjects++;
        }
      }
      for (ResolvedMention m : actors.mentions(each.index())) {
        if (previous.span().contains(m.span())
            && isPerson(actors, m)
            && each.token(m.head()).isProperNoun()
            && isSubjectLike(each, m.head())
            && !m.actors().get(0).equals(speaker)
            && compatible(scope, actors.actor(m.actors().get(0)), gender)) {
          if (about != null && !about.actors().equals(m.actors())) {
            return null; // two people it may be about
          }
          about = m;
        }
      }
    }
    return sentences >= 2 && pronounSubjects >= 2 && about != null
        ? speakerOf(actors, about)
        : null;
  }

  /**
   * The previous direct quotation's speaker, a named person of the pronoun's gender, when it ends
   * at most two paragraphs before and no other person of that gender became a clause's subject
   * outside quotation marks since.
   */
  private Quote.Speaker previousSpeaker(PassageScope scope, Sentence s, int t) {
    Quote previous = scope.previous();
    if (previous == null || previous.speaker() == null || previous.speaker().actor() == null) {
      return null;
    }
    ActorAnalysis actors = scope.actors();
    Actor a = actors.actor(previous.speaker().actor());
    String gender = wanted(s.token(t));
    if (a == null || a.kind() != Actor.Kind.PERSON || !compatible(scope, a, gender)) {
      return null;
    }
    AnnotatedArticle article = scope.article();
    int offset = s.token(t).span().begin();
    if (article.paragraphOf(offset) - article.paragraphOf(previous.span().end())
        > PARAGRAPH_REACH) {
      return null;
    }
    for (Sentence between : article.sentences()) {
      if (between.span().end() <= previous.span().end() || between.span().begin() >= offset) {
        continue;
      }
      for (ResolvedMention m : actors.mentions(between.index())) {
        if (m.span().begin() >= previous.span().end()
            && m.span().begin() < offset
            && !within(scope.marked(), m.span())
            && isPerson(actors, m)
            && !m.actors().get(0).equals(a.id())
            && isSubjectLike(between, m.head())
            && compatible(scope, actors.actor(m.actors().get(0)), gender)) {
          return null; // "Pence defended him. “…,” he said": the new subject speaks
        }
      }
    }
    return previous.speaker();
  }

  /**
   * The nearest person of the pronoun's gender named as a clause's subject before the quotation
   * opens, outside quotation marks: in each sentence the subject of a speech verb first, then a
   * main clause's, then the others from the last. A sentence whose first such subject is the same
   * pronoun speaks of the same person: the search passes it and reaches further back.
   */
  private Quote.Speaker topic(PassageScope scope, Sentence s, int t) {
    AnnotatedArticle article = scope.article();
    ActorAnalysis actors = scope.actors();
    String pronoun = lower(s.token(t));
    String gender = wanted(s.token(t));
    int until = Math.min(scope.passage().open(), s.token(t).span().begin());
    int start = article.sentenceOf(until);
    int left = SENTENCE_REACH + 1;
    for (int i = start; i >= 0 && left > 0; i--, left--) {
      Sentence each = article.sentences().get(i);
      boolean samePronoun = false;
      for (int subj : subjectsBySalience(each)) {
        Token w = each.token(subj);
        if (w.span().begin() >= until || within(scope.marked(), w.span())) {
          continue;
        }
        if (w.isPronoun() && lower(w).equals(pronoun)) {
          // "He added a note of caution, should Clinton attempt …": the sentence is about "he",
          // unless a person named before it in the sentence is whom it means ("Scott bristles at
          // the suggestion he won't be ready").
          ResolvedMention earlier = namedSubjectBefore(scope, each, subj, gender);
          if (earlier != null) {
            return speakerOf(actors, earlier);
          }
          samePronoun = true;
          break;
        }
        ResolvedMention m = actors.mentionAt(i, subj);
        if (m != null
            && isPerson(actors, m)
            && compatible(scope, actors.actor(m.actors().get(0)), gender)) {
          return speakerOf(actors, m);
        }
      }
      if (samePronoun) {
        left = SENTENCE_REACH + 1; // "She says …. She says …": still the same person
      }
    }
    return null;
  }

  /**
   * The person of {@code gender} who is a clause's subject before token {@code t} of {@code s},
   * nearest first, outside quotation marks, or null.
   */
  private ResolvedMention namedSubjectBefore(PassageScope scope, Sentence s, int t, String gender) {
    ActorAnalysis actors = scope.actors();
    for (int k = t - 1; k >= 0; k--) {
      ResolvedMention m = actors.mentionAt(s.index(), k);
      if (m != null
          && m.head() == k
          && !within(scope.marked(), m.span())
          && isPerson(actors, m)
          && isSubjectLike(s, k)
          && compatible(scope, actors.actor(m.actors().get(0)), gender)) {
        return m;
      }
    }
    return null;
  }

  /** The nearest person named before the pronoun, outside quotation marks, by the actor coder. */
  private Quote.Speaker namedBefore(PassageScope scope, Sentence s, int t) {
    ActorAnalysis actors = scope.actors();
    java.util.Set<String> quotedOnly = new java.util.HashSet<>();
    for (int tries = 0; tries < 8; tries++) {
      ResolvedMention m = actors.personBefore(s.index(), t, quotedOnly);
      if (m == null) {
        return null;
      }
      if (!within(scope.marked(), m.span())) {
        return speakerOf(actors, m);
      }
      quotedOnly.addAll(m.actors()); // "“… Donald Trump …,” he said": not Trump
    }
    return null;
  }

  /**
   * The subjects of a sentence's clauses, most telling first: a speech verb's, then the others from
   * the last. Only a verb's own subject counts, not the one an infinitive borrows ("expects Clinton
   * to recover").
   */
  private List<Integer> subjectsBySalience(Sentence s) {
    List<Integer> speech = new ArrayList<>();
    List<Integer> root = new ArrayList<>();
    List<Integer> other = new ArrayList<>();
    for (Dependency d : s.dependencies()) {
      if (d.governor() < 0) {
        continue;
      }
      boolean cue = speakers.isCue(s.token(d.governor()));
      if (cue && invertedSubject(s, d)) {
        speech.add(d.dependent()); // "…, noted NBC's Dante Chinni"
      } else if (d.relation().equals("nsubj")) {
        (cue ? speech : QuoteText.isMainClause(s, d.governor()) ? root : other).add(d.dependent());
      }
    }
    speech.sort((a, b) -> b - a);
    other.sort((a, b) -> b - a);
    speech.addAll(root);
    speech.addAll(other);
    return speech;
  }

  /** A speech verb's subject the parser took for its object: "…, noted NBC's Dante Chinni". */
  private static boolean invertedSubject(Sentence s, Dependency d) {
    return d.relation().equals("obj")
        && d.dependent() > d.governor()
        && QuoteText.invertible(s, d.governor())
        && s.token(d.dependent()).isProperNoun()
        && !s.hasChild(d.governor(), "nsubj");
  }

  /** A clause's subject, or a speech verb's subject in inverted order. */
  private boolean isSubjectLike(Sentence s, int head) {
    return s.parents(head).stream()
        .anyMatch(
            d ->
                d.relation().equals("nsubj")
                    || d.governor() >= 0
                        && speakers.isCue(s.token(d.governor()))
                        && invertedSubject(s, d));
  }

  /**
   * Whether actor {@code a} may be what a pronoun of {@code gender} means: an unknown gender does
   * not rule anyone out. The gender is that of the first name, else of a title the article gives
   * ("Mr. Obama", "Mrs. Clinton").
   */
  private boolean compatible(PassageScope scope, Actor a, String gender) {
    if (gender == null) {
      return true;
    }
    String known = genderOf(scope.text(), a);
    return known == null || known.equals(gender);
  }

  private String genderOf(String text, Actor a) {
    int space = a.name().indexOf(' ');
    if (space > 0) {
      String g = genderOfFirstName.apply(a.name().substring(0, space));
      if (g != null) {
        return g;
      }
    }
    for (Span m : a.mentions()) {
      String before = text.substring(Math.max(0, m.begin() - 6), m.begin()).strip();
      String title = before.substring(before.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
      QuoteWords w = speakers.words();
      if (w.maleTitles().contains(title)) {
        return "MALE";
      }
      if (w.femaleTitles().contains(title)) {
        return "FEMALE";
      }
    }
    return null;
  }

  /** The gender a pronoun asks for ({@code male-pronoun}, {@code female-pronoun}), or null. */
  private String wanted(Token pronoun) {
    String w = lower(pronoun);
    QuoteWords words = speakers.words();
    return words.malePronouns().contains(w)
        ? "MALE"
        : words.femalePronouns().contains(w) ? "FEMALE" : null;
  }

  private static boolean isPerson(ActorAnalysis actors, ResolvedMention m) {
    return m.actors().size() == 1
        && actors.actor(m.actors().get(0)) != null
        && actors.actor(m.actors().get(0)).kind() == Actor.Kind.PERSON;
  }

  private static Quote.Speaker speakerOf(ActorAnalysis actors, ResolvedMention m) {
    Actor a = actors.actor(m.actors().get(0));
    return new Quote.Speaker(a.id(), a.name(), m.codes().get(0), m.span());
  }

  private static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }
}
