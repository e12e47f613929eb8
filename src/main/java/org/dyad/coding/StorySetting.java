package org.dyad.coding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.Place;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Where an article is set: the country its dateline, the places it names and the states and
 * institutions it names as actors point to.
 *
 * <p>It gives two answers. {@link #mostNamed()} is the country the story names most as an actor,
 * which owns the state institutions it names without a country ("the government", "MPs"): a
 * national press names its own that way. {@link #country()} is the one country the story is set in,
 * or null when it is set in several, for groups of people named by kind ("voters", "protesters"),
 * who are where the story happens. People outside their roles count one point a mention, whether
 * subject or not, and one mention never counts: a "John Smith" matched to a British party leader's
 * base code does not make a story British. The publisher's country stands in for groups only in a
 * story that names no other country at all: a BBC story about protesters in Beijing is set in
 * China. For the institutions, a country must be named more than once, or as a subject, to outweigh
 * the publisher's. Immutable.
 */
final class StorySetting {
  /**
   * A dateline ("DALLAS (AP) —") says where the reporter stands, nearly always where it happens.
   */
  static final int DATELINE_WEIGHT = 4;

  /** The lead's subject is whom the story is about ("France today protested over Canada's …"). */
  static final int LEAD_SUBJECT_WEIGHT = 4;

  private final String mostNamed;
  private final String country;
  private final String why;
  private final boolean namesNoOtherCountry;

  private StorySetting(String mostNamed, String country, String why, boolean namesNoOtherCountry) {
    this.mostNamed = mostNamed;
    this.country = country;
    this.why = why;
    this.namesNoOtherCountry = namesNoOtherCountry;
  }

  /**
   * Sieve {@code A.article.story-setting}: the story's country and setting. A story that names no
   * country at all is about its publisher's ("MPs urged the government …" in the BBC), when the
   * input says which that is.
   */
  static final ArticleSieve SIEVE =
      d -> {
        d.setting =
            of(
                d.perSentence,
                d.sentences,
                d.places,
                d.countriesNamed,
                d.article.article().homeCountry());
        d.salient = d.setting.mostNamed();
        if (d.salient == null) {
          d.salient = d.article.article().homeCountry();
        }
      };

  /**
   * @param mentions each sentence's mentions, coded so far by the dictionaries
   * @param places each sentence's places with their countries (the dateline's among them)
   * @param countriesNamed every country a word of the article names, adjectives included
   * @param home the publisher's country, or null
   */
  static StorySetting of(
      List<List<Mention>> mentions,
      List<Sentence> sentences,
      Map<Integer, List<Place>> places,
      Set<String> countriesNamed,
      String home) {
    Map<String, Integer> named = new LinkedHashMap<>();
    Map<String, Integer> people = new LinkedHashMap<>();
    for (List<Mention> ms : mentions) {
      for (Mention m : ms) {
        if (m.code() == null || !m.code().isState() || m.kind() == Actor.Kind.GROUP) {
          continue;
        }
        Sentence s = sentences.get(m.sentence());
        int head = Phrases.headOf(s, m.first(), m.last());
        boolean subject = s.parents(head).stream().anyMatch(d -> d.relation().startsWith("nsubj"));
        int weight = subject ? (m.sentence() == 0 ? LEAD_SUBJECT_WEIGHT : 2) : 1;
        if (outsideRole(m)) {
          people.merge(m.code().country(), 1, Integer::sum);
        } else {
          named.merge(m.code().country(), weight, Integer::sum);
        }
      }
    }
    Place dateline = sentences.isEmpty() ? null : dateline(sentences.get(0), places.get(0));
    if (dateline != null && dateline.country() != null) {
      named.merge(dateline.country(), DATELINE_WEIGHT, Integer::sum);
    }
    // People outside their roles are weak evidence (the name may be someone else's): one point a
    // mention, wherever it stands, and never one mention alone ("John Smith").
    people.forEach(
        (country, mentioned) -> {
          if (mentioned >= 2) {
            named.merge(country, mentioned, Integer::sum);
          }
        });
    Map<String, Integer> setting = new LinkedHashMap<>(named);
    Set<String> located = new java.util.HashSet<>();
    for (List<Place> ps : places.values()) {
      for (Place p : ps) {
        if (p.country() != null) {
          located.add(p.country());
          if (p != dateline) {
            setting.merge(p.country(), 1, Integer::sum);
          }
        }
      }
    }
    String mostNamed = top(named);
    if (home != null && mostNamed != null && named.get(mostNamed) < 2) {
      // One passing mention that is no clause's subject ("misled the country over Iraq") does not
      // make the story another country's: its institutions stay the publisher's.
      mostNamed = home;
    }
    String top = top(setting);
    if (top == null) {
      // No country at all: the publisher's, unless a word points abroad ("Chinese students").
      boolean homeOnly = home != null && countriesNamed.stream().allMatch(home::equals);
      return new StorySetting(null, homeOnly ? home : null, "publisher's country", homeOnly);
    }
    int first = setting.get(top);
    int second =
        setting.entrySet().stream()
            .filter(e -> !e.getKey().equals(top))
            .mapToInt(Map.Entry::getValue)
            .max()
            .orElse(0);
    // Set in one country: it outweighs every other at least twice over, and when the story says
    // where things happen, it is one of those places' countries (British ministers touring Africa
    // are a story set in Africa, in no one country).
    String country =
        first >= 2 * second && (located.isEmpty() || located.contains(top)) ? top : null;
    String why =
        dateline != null && top.equals(dateline.country())
            ? "dateline " + dateline.name()
            : "most named";
    boolean alone =
        country != null
            && countriesNamed.stream().allMatch(country::equals)
            && located.stream().allMatch(country::equals);
    return new StorySetting(mostNamed, country, why, alone);
  }

  /** A person coded by the base code a dictionary gives outside any role: no institution. */
  private static boolean outsideRole(Mention m) {
    return m.kind() == Actor.Kind.PERSON
        && m.sieve() == ActorSieve.DICTIONARY_BASE
        && !m.plusAgent();
  }

  private static String top(Map<String, Integer> score) {
    return score.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  /** The country the story names most as an actor (its dateline counting), or null. */
  String mostNamed() {
    return mostNamed;
  }

  /** The one country the story is set in, or null. */
  String country() {
    return country;
  }

  /**
   * Whether the story names no country but the one it is set in: its companies are that country's,
   * whereas a story that names others may name foreign firms acting there.
   */
  boolean namesNoOtherCountry() {
    return namesNoOtherCountry;
  }

  /** The rule suffix that says how the setting was found: "setting USA (dateline WASHINGTON)". */
  String rule() {
    return "setting " + country + " (" + why + ")";
  }

  private static Place dateline(Sentence s, List<Place> places) {
    int end = datelineEnd(s);
    if (end < 0 || places == null) {
      return null;
    }
    int begin = s.token(0).span().begin();
    for (Place p : places) {
      if (p.span().begin() == begin && p.span().end() == s.token(end).span().end()) {
        return p;
      }
    }
    return null;
  }

  private static final Set<String> DASHES = Set.of("—", "–", "-", "--", "---");

  /**
   * The last token of the place a dateline opens the article with ("WASHINGTON (AP) —", "MEXICO
   * CITY, Feb. 8 (UPI) —", "Philadelphia (AFP) –", "DALLAS —"), or -1 when the first sentence opens
   * with none. Without an agency in parentheses the place must be written in capitals.
   */
  static int datelineEnd(Sentence s) {
    List<Token> t = s.tokens();
    int k = 0;
    while (k < t.size()
        && t.get(k).isProperNoun()
        && Character.isUpperCase(t.get(k).word().charAt(0))) {
      k++;
    }
    if (k == 0 || k >= t.size()) {
      return -1;
    }
    int end = k - 1;
    int i = k;
    if (t.get(i).word().equals(",")) {
      // ", Lebanon" or ", Feb. 8": a wider place or the day before the agency
      int limit = i + 5;
      i++;
      while (i < t.size()
          && i < limit
          && !DASHES.contains(t.get(i).word())
          && !t.get(i).word().equals("(")) {
        i++;
      }
    }
    if (i < t.size() && t.get(i).word().equals("(")) {
      int close = i + 1;
      while (close < t.size() && close <= i + 4 && !t.get(close).word().equals(")")) {
        close++;
      }
      if (close >= t.size() || close > i + 4) {
        return -1;
      }
      return close + 1 < t.size() && DASHES.contains(t.get(close + 1).word()) ? end : -1;
    }
    boolean capitals = true;
    for (int j = 0; j <= end; j++) {
      String w = t.get(j).word();
      capitals &= w.equals(w.toUpperCase(Locale.ROOT));
    }
    return capitals && i < t.size() && DASHES.contains(t.get(i).word()) ? end : -1;
  }
}
