package org.dyad.coding.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;

/**
 * Tells a quoted phrase that nobody is named for and that cannot be anyone's words: the value of a
 * markup attribute, a number or id, a lone pronoun, a name or title, a bracketed stage direction, a
 * handle or web address. The attributor drops such a phrase instead of listing it as a speakerless
 * quotation; a scare quote with words in it ("con artist") stays, since it may be someone's. Each
 * rule has an id in {@code lexicon/quote-sieves.tsv} (stage {@code unspoken}) and is read from the
 * marks, the characters and the part-of-speech tags alone, with no word list. Stateless.
 */
final class UnspokenPhrases {
  private final QuoteWords words;
  private final List<Rule> rules;

  /** The rules {@code rules}, reading the speech verbs of {@code words}. */
  UnspokenPhrases(QuoteWords words, List<Rule> rules) {
    this.words = words;
    this.rules = List.copyOf(rules);
  }

  /** One kind of phrase that is nobody's words. */
  enum Rule {
    /** The value of a markup attribute: {@code <tweet author="carlquintanilla" …>}. */
    MARKUP("Q.unspoken.markup"),
    /**
     * A number, date or id with nothing but digits and punctuation: "783499116076687360", "13th".
     */
    NUMBER("Q.unspoken.number"),
    /** A lone pronoun: Americans need to think about whether "he" is fit. */
    PRONOUN("Q.unspoken.pronoun"),
    /**
     * A name or title, every word capitalised but for articles, prepositions and conjunctions, in a
     * sentence that does not capitalise its own words (not a headline): the film "War On Drugs"; a
     * single word only when it is a proper noun: a dog named "Bobby".
     */
    NAME("Q.unspoken.name"),
    /** A bracketed stage direction in a transcript: "(CROSSTALK.)". */
    STAGE_DIRECTION("Q.unspoken.stage-direction"),
    /** A handle, hashtag or web address: "@realDonaldTrump", "pic.twitter.com/". */
    HANDLE("Q.unspoken.handle");

    private final String id;

    Rule(String id) {
      this.id = id;
    }

    String id() {
      return id;
    }

    /**
     * The rule with {@code id}.
     *
     * @throws IllegalArgumentException when no rule has it
     */
    static Rule ofId(String id) {
      for (Rule r : values()) {
        if (r.id.equals(id)) {
          return r;
        }
      }
      throw new IllegalArgumentException("lexicon/quote-sieves.tsv: no unspoken rule " + id);
    }
  }

  /** Tags of the words a title leaves in lower case: articles, prepositions, conjunctions, "to". */
  private static final Set<String> TITLE_SMALL_TAGS = Set.of("DT", "IN", "CC", "TO", "POS");

  private static final Pattern NUMBER =
      Pattern.compile(
          "[\\p{Punct}\\p{Sc}\\s]*\\d[\\d\\p{Punct}\\p{Sc}\\s]*(st|nd|rd|th|s)?\\p{Punct}*");
  private static final Pattern HANDLE =
      Pattern.compile(
          "[@#]\\w+\\p{Punct}?|\\S*://\\S*|www\\.\\S+|[\\w-]+(\\.[\\w-]+)*\\.[a-z]{2,}/\\S*");

  /** The first rule that says the passage is nobody's words, or null. */
  Rule match(AnnotatedArticle article, QuoteMarks.Passage passage) {
    for (Rule r : rules) {
      if (matches(r, article, passage)) {
        return r;
      }
    }
    return null;
  }

  private boolean matches(Rule rule, AnnotatedArticle article, QuoteMarks.Passage passage) {
    String text = article.text();
    String s = passage.content().of(text).strip();
    if (s.isEmpty()) {
      return false;
    }
    if (rule != Rule.MARKUP && rule != Rule.HANDLE && isSaid(article, passage)) {
      return false;
    }
    return switch (rule) {
      case MARKUP -> isAttributeValue(text, passage.open());
      case NUMBER -> NUMBER.matcher(s).matches();
      case HANDLE -> HANDLE.matcher(s).matches();
      case STAGE_DIRECTION -> isBracketed(s);
      case PRONOUN -> isLonePronoun(words(article, passage.content()));
      case NAME -> isName(article, passage.content());
    };
  }

  /**
   * A phrase someone is reported to say: right after a speech verb (punctuation between allowed),
   * or one that repeats a word, as a chant does.
   */
  private boolean isSaid(AnnotatedArticle article, QuoteMarks.Passage passage) {
    List<Token> inside = words(article, passage.content());
    Set<String> seen = new java.util.HashSet<>();
    for (Token t : inside) {
      if (!seen.add(t.word().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    Sentence s = article.sentences().get(article.sentenceOf(passage.open()));
    Token before = null;
    for (Token t : s.tokens()) {
      if (t.span().end() <= passage.open() && (hasLetter(t.word()) || hasDigit(t.word()))) {
        before = t;
      }
    }
    if (before != null && isSpeechVerb(before) && !words.audienceVerbs().contains(before.lemma())) {
      return true; // but told "Fox and Friends" names whom it was said to
    }
    int end = passage.content().end();
    Sentence closing = article.sentences().get(article.sentenceOf(Math.max(0, end - 1)));
    int after = 0;
    for (Token t : closing.tokens()) {
      if (t.span().begin() > end && hasLetter(t.word()) && after++ < 3 && isSpeechVerb(t)) {
        return true; // “Denver,” he answered.
      }
    }
    return false;
  }

  private boolean isSpeechVerb(Token t) {
    return t.isVerb() && words.speech().contains(t.lemma());
  }

  /** An opening mark right after {@code name=}: the value of a markup attribute. */
  private static boolean isAttributeValue(String text, int open) {
    if (open < 2 || text.charAt(open - 1) != '=') {
      return false;
    }
    char c = text.charAt(open - 2);
    return Character.isLetterOrDigit(c) || c == '-' || c == '_';
  }

  private static boolean isBracketed(String s) {
    char first = s.charAt(0);
    char last = s.charAt(s.length() - 1);
    return (first == '(' && last == ')' || first == '[' && last == ']')
        && s.indexOf(first, 1) < 0
        && s.lastIndexOf(last, s.length() - 2) < 0;
  }

  private static boolean isLonePronoun(List<Token> words) {
    return words.size() == 1 && words.get(0).isPronoun();
  }

  /**
   * Every word of the passage capitalised but for a title's small words (and numbers), a proper
   * noun when only one is, and not all in capitals (shouting, not a title); the sentence around has
   * a lower-case word that is not a small word, so it is not a headline.
   */
  private static boolean isName(AnnotatedArticle article, Span content) {
    List<Token> words = words(article, content);
    if (words.isEmpty()) {
      return false;
    }
    int capitalised = 0;
    boolean allCaps = true;
    for (Token t : words) {
      if (t.isCapitalized()) {
        capitalised++;
        allCaps &= t.word().equals(t.word().toUpperCase(java.util.Locale.ROOT));
      } else if (hasLetter(t.word()) && !TITLE_SMALL_TAGS.contains(t.pos())) {
        return false;
      }
    }
    if (capitalised == 0 || allCaps && capitalised > 1) {
      return false;
    }
    if (capitalised == 1 && words.stream().noneMatch(UnspokenPhrases::isName)) {
      return false;
    }
    return hasLowerCaseWordAround(article, content);
  }

  private static boolean isName(Token t) {
    return t.isCapitalized() && (t.isProperNoun() || !t.ner().equals("O"));
  }

  private static boolean hasLowerCaseWordAround(AnnotatedArticle article, Span content) {
    Sentence s = article.sentences().get(article.sentenceOf(content.begin()));
    for (Token t : s.tokens()) {
      // A clitic ("n't", "'s") is lower case in a headline too: "Blacks Don't Rally".
      boolean clitic = t.index() > 0 && s.token(t.index() - 1).span().end() == t.span().begin();
      if (!content.overlaps(t.span())
          && !clitic
          && hasLetter(t.word())
          && Character.isLowerCase(t.word().charAt(0))
          && !TITLE_SMALL_TAGS.contains(t.pos())) {
        return true;
      }
    }
    return false;
  }

  /** The tokens inside {@code content} that have a letter or digit. */
  private static List<Token> words(AnnotatedArticle article, Span content) {
    List<Token> out = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      if (!s.span().overlaps(content)) {
        continue;
      }
      for (Token t : s.tokens()) {
        if (content.contains(t.span()) && (hasLetter(t.word()) || hasDigit(t.word()))) {
          out.add(t);
        }
      }
    }
    return out;
  }

  private static boolean hasLetter(String w) {
    return w.codePoints().anyMatch(Character::isLetter);
  }

  private static boolean hasDigit(String w) {
    return w.codePoints().anyMatch(Character::isDigit);
  }
}
