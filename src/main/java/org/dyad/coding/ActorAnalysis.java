package org.dyad.coding;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.ActorCode;
import org.dyad.model.Place;
import org.dyad.model.Sentence;
import org.dyad.model.Span;

/**
 * The actors of one article and where they are named: the output of {@link ActorResolver}, read by
 * the quote attributor and the event coder.
 *
 * <p>Immutable.
 */
public final class ActorAnalysis {
  private final List<Actor> actors;
  private final Map<Integer, List<ResolvedMention>> mentionsBySentence;
  private final Map<Integer, List<Place>> placesBySentence;
  private final Map<Integer, List<ResolvedMention>> descriptionsBySentence;
  private final List<Sentence> sentences;
  private final Map<String, java.util.Set<String>> titles;
  private final Map<Integer, List<Place>> countryWords;
  private final Map<String, String> genders;

  ActorAnalysis(
      List<Actor> actors,
      Map<Integer, List<ResolvedMention>> mentionsBySentence,
      Map<Integer, List<Place>> placesBySentence,
      Map<Integer, List<ResolvedMention>> descriptionsBySentence,
      List<Sentence> sentences,
      Map<String, java.util.Set<String>> titles,
      Map<Integer, List<Place>> countryWords,
      Map<String, String> genders) {
    this.genders = Map.copyOf(genders);
    this.titles = Map.copyOf(titles);
    this.countryWords = Map.copyOf(countryWords);
    this.actors = List.copyOf(actors);
    this.mentionsBySentence = Map.copyOf(mentionsBySentence);
    this.placesBySentence = Map.copyOf(placesBySentence);
    this.descriptionsBySentence = Map.copyOf(descriptionsBySentence);
    this.sentences = sentences;
  }

  public List<Actor> actors() {
    return actors;
  }

  /** Every place the article names where it is not an actor, in text order. */
  public List<Place> places() {
    return placesBySentence.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .flatMap(e -> e.getValue().stream())
        .toList();
  }

  public Actor actor(String id) {
    for (Actor a : actors) {
      if (a.id().equals(id)) {
        return a;
      }
    }
    return null;
  }

  public List<ResolvedMention> mentions(int sentence) {
    return mentionsBySentence.getOrDefault(sentence, List.of());
  }

  /** The actor mention that contains {@code token}, or null. */
  public ResolvedMention mentionAt(int sentence, int token) {
    Sentence s = sentences.get(sentence);
    int offset = s.token(token).span().begin();
    for (ResolvedMention m : mentions(sentence)) {
      if (m.span().contains(offset)) {
        return m;
      }
    }
    return null;
  }

  /**
   * An anonymous description ("a source", "regional analysts") whose head is {@code token}, or
   * null.
   */
  public ResolvedMention descriptionAt(int sentence, int token) {
    for (ResolvedMention m : descriptionsBySentence.getOrDefault(sentence, List.of())) {
      if (m.head() == token) {
        return m;
      }
    }
    return null;
  }

  /** A place named at {@code token}, or null. */
  public Place placeAt(int sentence, int token) {
    int offset = sentences.get(sentence).token(token).span().begin();
    for (Place p : placesBySentence.getOrDefault(sentence, List.of())) {
      if (p.span().contains(offset)) {
        return p;
      }
    }
    return null;
  }

  /**
   * The person a third-person pronoun at {@code token} most likely refers to: the nearest person
   * before it who is the subject of a clause in the same or the two previous sentences (the topic,
   * not a person merely named), else the nearest person named before it in the same or the three
   * previous sentences.
   */
  public ResolvedMention personBefore(int sentence, int token) {
    return personBefore(sentence, token, Set.of());
  }

  /**
   * As {@link #personBefore(int, int)}, passing over mentions of the actors in {@code notThese}: a
   * quotation's speaker calls themselves "I", so a "he" inside it is someone else.
   */
  public ResolvedMention personBefore(int sentence, int token, Set<String> notThese) {
    int offset = sentences.get(sentence).token(token).span().begin();
    String pronoun = sentences.get(sentence).token(token).lemma();
    String wanted =
        ActorWords.SHIPPED.of("female-pronoun").contains(pronoun)
            ? "FEMALE"
            : ActorWords.SHIPPED.of("male-pronoun").contains(pronoun) ? "MALE" : null;
    ResolvedMention reporter = reportingRoleHolder(sentence, token, wanted);
    if (reporter != null && reporter.actors().stream().noneMatch(notThese::contains)) {
      return reporter;
    }
    for (boolean subjectsOnly : new boolean[] {true, false}) {
      for (int s = sentence; s >= Math.max(0, sentence - (subjectsOnly ? 2 : 3)); s--) {
        List<ResolvedMention> ms = mentions(s);
        for (int i = ms.size() - 1; i >= 0; i--) {
          ResolvedMention m = ms.get(i);
          if (m.span().begin() < offset
              && isPerson(m)
              && m.actors().stream().noneMatch(notThese::contains)
              && (!subjectsOnly || isSubject(s, m))
              && compatible(m, wanted)) {
            return m;
          }
        }
      }
    }
    return null;
  }

  /**
   * Singular role nouns that name one person ("a British minister", "the spokesman"), as opposed to
   * institutions ("the government said he …" speaks of somebody else). Nouns ending in "man",
   * "woman" or "person" are included too.
   */
  private static final Set<String> PERSON_ROLE_NOUNS = ActorWords.SHIPPED.of("person-role-noun");

  /**
   * "A British minister said he had given …": a subject "he"/"she" of a clause reported by a
   * singular role noun naming one person (an actor with no name of its own) is that person, when no
   * person is named between them. Null otherwise.
   */
  private ResolvedMention reportingRoleHolder(int sentence, int token, String wanted) {
    if (wanted == null) {
      return null;
    }
    Sentence s = sentences.get(sentence);
    int clause = -1;
    for (var d : s.parents(token)) {
      if (d.relation().startsWith("nsubj")) {
        clause = d.governor();
      }
    }
    if (clause < 0) {
      return null;
    }
    int verb = -1;
    for (var d : s.parents(clause)) {
      if (d.baseRelation().equals("ccomp")) {
        verb = d.governor();
      }
    }
    if (verb < 0) {
      return null;
    }
    for (var d : s.dependencies()) {
      if (d.governor() != verb
          || !d.relation().equals("nsubj")
          || d.dependent() >= token
          || !s.token(d.dependent()).pos().equals("NN")) {
        continue;
      }
      String noun = s.token(d.dependent()).lemma().toLowerCase(java.util.Locale.ROOT);
      boolean female = noun.endsWith("woman");
      boolean personNoun =
          PERSON_ROLE_NOUNS.contains(noun)
              || noun.endsWith("man")
              || female
              || noun.endsWith("person");
      if (!personNoun || female && wanted.equals("MALE")) {
        return null;
      }
      ResolvedMention m = mentionAt(sentence, d.dependent());
      if (m == null
          || m.actors().size() != 1
          || m.codes().get(0) == null
          || actor(m.actors().get(0)).kind() == Actor.Kind.PERSON) {
        return null;
      }
      int offset = s.token(token).span().begin();
      for (ResolvedMention other : mentions(sentence)) {
        if (other.span().begin() > m.span().begin()
            && other.span().begin() < offset
            && isPerson(other)) {
          return null; // a person named nearer
        }
      }
      return m;
    }
    return null;
  }

  /**
   * The person a definite role description refers to ("the prime minister", "the French
   * president"): the most recently named person whose titles include every role word, from the same
   * country when one is named.
   */
  public ResolvedMention personWithTitle(
      int sentence, int offset, List<String> roleWords, String country) {
    for (int s = sentence; s >= 0; s--) {
      List<ResolvedMention> ms = mentions(s);
      for (int i = ms.size() - 1; i >= 0; i--) {
        ResolvedMention m = ms.get(i);
        if (m.span().begin() >= offset || !isPerson(m)) {
          continue;
        }
        String id = m.actors().get(0);
        java.util.Set<String> t = titles.getOrDefault(id, java.util.Set.of());
        Actor a = actor(id);
        if (t.containsAll(roleWords) && (country == null || country.equals(a.country()))) {
          return m;
        }
      }
    }
    return null;
  }

  /**
   * The country a word at {@code token} names or qualifies ("French", "Chinese", "Britain"), or
   * null.
   */
  public String countryOfWord(int sentence, int token) {
    int offset = sentences.get(sentence).token(token).span().begin();
    for (Place p : countryWords.getOrDefault(sentence, List.of())) {
      if (p.span().contains(offset)) {
        return p.country();
      }
    }
    return null;
  }

  /**
   * The countries the words inside {@code span} name or qualify, in text order: one token may hold
   * two ("U.S.-Japanese", "anti-French").
   */
  public List<String> countriesWithin(int sentence, Span span) {
    List<String> out = new java.util.ArrayList<>();
    for (Place p : countryWords.getOrDefault(sentence, List.of())) {
      if (span.contains(p.span().begin()) && !out.contains(p.country())) {
        out.add(p.country());
      }
    }
    return out;
  }

  /**
   * The last word naming or qualifying {@code country} that starts before {@code offset} and no
   * more than {@code reach} characters before it ("the U.S. raids"), or null.
   */
  public Span lastCountryWordBefore(String country, int offset, int reach) {
    Span last = null;
    for (List<Place> words : countryWords.values()) {
      for (Place p : words) {
        int begin = p.span().begin();
        if (p.country().equals(country)
            && begin < offset
            && offset - begin <= reach
            && (last == null || begin > last.begin())) {
          last = p.span();
        }
      }
    }
    return last;
  }

  /**
   * The international or non-governmental organisation named most recently before {@code offset} in
   * this or the three sentences before: what "the group", "the bloc", "the alliance" refer to.
   */
  public ResolvedMention organizationBefore(int sentence, int offset) {
    return namedBefore(sentence, offset, 3, code -> !code.isState());
  }

  /**
   * The state named by its name most recently before {@code offset}, in this sentence or the one
   * before: what "the country" refers to. Null when there is none.
   */
  public ResolvedMention stateBefore(int sentence, int offset) {
    return namedBefore(sentence, offset, 1, code -> code.isState() && code.sector() == null);
  }

  /** The news medium named most recently before {@code offset}: what "the newspaper" refers to. */
  public ResolvedMention mediumBefore(int sentence, int offset) {
    return namedBefore(sentence, offset, sentence, code -> "MED".equals(code.sector()));
  }

  /**
   * The coded single-actor mention that passes {@code test}, named last before {@code offset} in
   * this sentence or the {@code reach} sentences before: what a description of its kind ("the
   * company", "the union") refers to. Null when there is none.
   */
  public ResolvedMention describedBefore(
      int sentence, int offset, int reach, java.util.function.Predicate<ResolvedMention> test) {
    for (int s = sentence; s >= 0 && s >= sentence - reach; s--) {
      List<ResolvedMention> ms = mentions(s);
      for (int i = ms.size() - 1; i >= 0; i--) {
        ResolvedMention m = ms.get(i);
        if (m.span().begin() < offset
            && m.actors().size() == 1
            && m.codes().get(0) != null
            && test.test(m)) {
          return m;
        }
      }
    }
    return null;
  }

  /**
   * The single-actor mention whose code passes {@code kind}, named last before {@code offset} in
   * this sentence or the {@code reach} sentences before; null when there is none.
   */
  private ResolvedMention namedBefore(
      int sentence, int offset, int reach, java.util.function.Predicate<ActorCode> kind) {
    for (int s = sentence; s >= 0 && s >= sentence - reach; s--) {
      List<ResolvedMention> ms = mentions(s);
      for (int i = ms.size() - 1; i >= 0; i--) {
        ResolvedMention m = ms.get(i);
        if (m.span().begin() < offset
            && m.actors().size() == 1
            && m.codes().get(0) != null
            && kind.test(m.codes().get(0))) {
          return m;
        }
      }
    }
    return null;
  }

  /**
   * A known gender that differs from the pronoun's rules the person out; an unknown one does not.
   */
  private boolean compatible(ResolvedMention m, String wanted) {
    String g = genders.get(m.actors().get(0));
    return wanted == null || g == null || g.equals(wanted);
  }

  private boolean isPerson(ResolvedMention m) {
    return m.actors().size() == 1 && actor(m.actors().get(0)).kind() == Actor.Kind.PERSON;
  }

  private boolean isSubject(int sentence, ResolvedMention m) {
    return sentences.get(sentence).parents(m.head()).stream()
        .anyMatch(d -> d.relation().startsWith("nsubj"));
  }
}
