package org.dyad.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.lexicon.CountryEntry;
import org.dyad.lexicon.DictionaryName;
import org.dyad.lexicon.NameIndex;
import org.dyad.lexicon.PersonEntry;
import org.dyad.model.Actor;
import org.dyad.model.ActorCode;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Place;
import org.dyad.model.Sentence;
import org.dyad.model.Span;

/**
 * Merges the coded mentions of an article into actors: mentions of one dictionary entry or one name
 * are one actor, a partial name joins the person named before whose name contains it ("Kim" after
 * "Kim Jong Un"; with rule {@code A.rule.surname-most-named} on, of several such the one named most
 * often so far: "Cruz said" after Ted Cruz's wife Heidi Cruz is Ted Cruz), a definite role phrase
 * joins the person seen before with that title ("the French president"), and a group joins the
 * states or people named last. With rule {@code A.rule.nationality-only} on, a state the article
 * names only by an adjective is an actor too. Thread-safe: holds only immutable dictionaries.
 */
final class MentionMerger {
  /** The CAMEO sector of a state's parliamentary opposition. */
  private static final String OPPOSITION = "OPP";

  private final List<CountryEntry> countries;
  private final java.util.function.Function<String, String> genderOfFirstName;
  private final boolean nationalityOnly;
  private final boolean mostNamed;

  MentionMerger(
      List<CountryEntry> countries,
      java.util.function.Function<String, String> genderOfFirstName,
      boolean nationalityOnly,
      boolean mostNamed) {
    this.countries = countries;
    this.genderOfFirstName = genderOfFirstName;
    this.nationalityOnly = nationalityOnly;
    this.mostNamed = mostNamed;
  }

  /**
   * The rule suffix of a state the article names only by an adjective ("Soviet membership"): the
   * event coder's article parties leave such a state out.
   */
  private static final String ADJECTIVE_ONLY = " nationality only";

  ActorAnalysis merge(
      AnnotatedArticle article,
      List<List<Mention>> mentions,
      Map<Integer, List<Place>> places,
      List<List<DictionaryHit>> agentHits,
      List<List<DictionaryHit>> allHits) {
    LocalDate date = article.article().date();
    List<Builder> builders = new ArrayList<>();
    Map<Integer, List<ResolvedMention>> resolved = new HashMap<>();
    for (List<Mention> ms : mentions) {
      for (Mention m : ms) {
        Builder holder = roleHolder(article.sentences().get(m.sentence()), m, builders);
        List<Builder> targets =
            m.kind() == Actor.Kind.GROUP
                ? groupMembers(m, builders)
                : List.of(holder != null ? holder : builderFor(m, builders));
        List<Mention> members = new ArrayList<>(List.of(m));
        if (m.kind() != Actor.Kind.GROUP && holder == null && !m.alsoCodes().isEmpty()) {
          // A role noun distributed over several owners: one actor each, all at this phrase.
          targets = new ArrayList<>(targets);
          for (ActorCode c : m.alsoCodes()) {
            Mention member = m.withCode(c);
            members.add(member);
            targets.add(builderFor(member, builders));
          }
        }
        if (targets.isEmpty()) {
          continue;
        }
        for (int i = 0; i < targets.size(); i++) {
          Builder b = targets.get(i);
          Mention mb = members.size() > 1 ? members.get(i) : m;
          b.mentions.add(m.span());
          if (m.kind() == Actor.Kind.PERSON) {
            b.titles.addAll(titleWords(article.sentences().get(m.sentence()), m, date));
          }
          if (b.code == null && mb.code() != null && m.kind() != Actor.Kind.GROUP) {
            b.code = mb.code();
            b.rule = mb.explained();
            b.sieve = mb.sieve();
          }
        }
        Sentence s = article.sentences().get(m.sentence());
        List<ActorCode> codes = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
          Builder b = targets.get(i);
          Mention mb = members.size() > 1 ? members.get(i) : m;
          boolean sameEntry = m.dictionary() == null || m.dictionary().entryId().equals(b.entry);
          // "Mr Howard" after "Tory leader Michael Howard": a surname coded a private citizen only
          // because nothing coded it alone is the person named before, with that person's code.
          boolean privateOnly = mb.sieve() == ActorSieve.PRIVATE_PERSON && b.code != null;
          codes.add(
              m.kind() == Actor.Kind.GROUP || mb.code() == null || !sameEntry || privateOnly
                  ? b.code
                  : mb.code());
        }
        resolved
            .computeIfAbsent(m.sentence(), k -> new ArrayList<>())
            .add(
                new ResolvedMention(
                    targets.stream().map(b -> b.id).toList(),
                    codes,
                    m.span(),
                    m.text(),
                    Phrases.headOf(s, m.first(), m.last())));
      }
    }
    List<Actor> actors = new ArrayList<>();
    for (Builder b : builders) {
      actors.add(
          new Actor(
              b.id,
              b.name,
              b.kind,
              b.code,
              b.entry,
              b.rule,
              b.mentions.stream().sorted().distinct().toList(),
              b.sieve == null ? null : b.sieve.id,
              null)); // a home is read from the phrases later (ActorHomes)
    }
    Map<String, Set<String>> titles = new HashMap<>();
    Map<String, String> genders = new HashMap<>();
    for (Builder b : builders) {
      titles.put(b.id, Set.copyOf(b.titles));
      if (b.kind == Actor.Kind.PERSON && b.name.contains(" ")) {
        String gender = genderOfFirstName.apply(b.name.substring(0, b.name.indexOf(' ')));
        if (gender != null) {
          genders.put(b.id, gender);
        }
      }
    }
    Map<Integer, List<Place>> countryWords = new HashMap<>();
    for (int i = 0; i < allHits.size(); i++) {
      for (DictionaryHit h : allHits.get(i)) {
        if (h.name().country() != null
            && (h.name().kind() == DictionaryName.Kind.ADJECTIVE
                || h.name().kind() == DictionaryName.Kind.COUNTRY)) {
          countryWords
              .computeIfAbsent(i, k -> new ArrayList<>())
              .add(new Place(h.name().form(), h.name().country().iso3(), h.span()));
        }
      }
    }
    // "opposes Soviet membership", "Iraqi charges": a state the article names only by an adjective
    // is still the one whose acts and things those are. It is an actor with those words as its
    // mentions, found by the coder through the adjective alone (no sentence-level mention, so
    // nothing else reads the adjective as a doer or target on its own).
    Map<String, String> entries = new HashMap<>();
    Set<String> states = new HashSet<>();
    for (Actor a : actors) {
      if (a.kind() == Actor.Kind.STATE && a.code() != null && a.code().sector() == null) {
        states.add(a.code().country());
      }
    }
    Map<String, List<Span>> adjectiveOnly = new LinkedHashMap<>();
    Map<String, String> names = new HashMap<>();
    for (int i = 0; i < allHits.size(); i++) {
      for (DictionaryHit h : allHits.get(i)) {
        int sentence = i;
        boolean insideMention =
            resolved.getOrDefault(sentence, List.of()).stream()
                .anyMatch(m -> m.span().contains(h.span().begin()));
        if (nationalityOnly
            && h.name().kind() == DictionaryName.Kind.ADJECTIVE
            && !insideMention // "Chinese police" is CHNCOP's, no separate China
            && !states.contains(h.name().country().iso3())) {
          adjectiveOnly
              .computeIfAbsent(h.name().country().iso3(), k -> new ArrayList<>())
              .add(h.span());
          names.put(h.name().country().iso3(), h.name().country().name());
          entries.put(h.name().country().iso3(), h.name().country().id());
        }
      }
    }
    adjectiveOnly.forEach(
        (country, spans) ->
            actors.add(
                new Actor(
                    "a" + (actors.size() + 1),
                    names.get(country),
                    Actor.Kind.STATE,
                    ActorCode.of(country, null),
                    entries.get(country),
                    "dictionary:" + entries.get(country) + ADJECTIVE_ONLY,
                    spans.stream().sorted().distinct().toList(),
                    ActorSieve.NATIONALITY_ONLY.id,
                    null)));
    return new ActorAnalysis(
        actors,
        resolved,
        places,
        descriptions(article, agentHits, resolved),
        article.sentences(),
        titles,
        countryWords,
        genders);
  }

  /** Mutable while merging only; never leaves this class. */
  private static final class Builder {
    final String id;
    final Actor.Kind kind;
    final String entry;
    final String key;
    String name;
    ActorCode code;
    String rule;
    ActorSieve sieve;
    final List<String> words;
    final List<Span> mentions = new ArrayList<>();
    final Set<String> titles = new HashSet<>();

    Builder(String id, Mention m, String key) {
      this.id = id;
      this.kind = m.kind();
      this.entry = m.dictionary() == null ? null : m.dictionary().entryId();
      this.key = key;
      this.name = canonicalName(m);
      // A state is the country itself; "Beijing" or "the Kremlin" code its government only where
      // they stand.
      boolean state = m.dictionary() != null && m.dictionary().country() != null;
      this.code = state ? ActorCode.of(m.dictionary().country().iso3(), null) : m.code();
      this.rule = state ? "dictionary:" + m.dictionary().country().id() : m.explained();
      this.sieve = state ? ActorSieve.DICTIONARY : m.sieve();
      this.words = new ArrayList<>(m.words());
    }

    static String canonicalName(Mention m) {
      if (m.dictionary() == null) {
        return m.text();
      }
      return switch (m.dictionary().kind()) {
        case PERSON -> m.dictionary().person().name();
        case ORGANIZATION -> m.dictionary().organization().name();
        default -> m.dictionary().country().name();
      };
    }
  }

  private Builder builderFor(Mention m, List<Builder> builders) {
    // A partial person name joins a person named before whose name contains it: the most recent,
    // or with rule A.rule.surname-most-named the one named most often so far.
    if (m.kind() == Actor.Kind.PERSON) {
      List<String> words = m.words();
      Builder best = null;
      for (int i = builders.size() - 1; i >= 0; i--) {
        Builder b = builders.get(i);
        if (b.kind == Actor.Kind.PERSON
            && !b.words.equals(words)
            && b.words.containsAll(words)
            && words.size() < b.words.size()
            && (best == null || mostNamed && b.mentions.size() > best.mentions.size())) {
          best = b;
        }
      }
      if (best != null) {
        return best;
      }
    }
    String key =
        m.dictionary() != null
            ? m.dictionary().entryId() + (m.alsoCodes().isEmpty() ? "" : ":" + m.code())
            : m.kind()
                + ":"
                + NameIndex.normalize(m.text())
                + (m.byRoleNoun() || m.sieve() == ActorSieve.PEOPLE || !m.alsoCodes().isEmpty()
                    ? ":" + m.code()
                    : "");
    for (Builder b : builders) {
      if (b.key.equals(key)) {
        if (b.name.length() < m.text().length() && m.dictionary() == null) {
          b.name = m.text();
        }
        return b;
      }
    }
    Builder b = new Builder("a" + (builders.size() + 1), m, key);
    builders.add(b);
    return b;
  }

  /**
   * Lower-case words of a person's titles: the words before the name and the dictionary role's
   * title.
   */
  private static Set<String> titleWords(Sentence s, Mention m, LocalDate date) {
    Set<String> words = new HashSet<>();
    for (int k = Phrases.leftChainStart(s, m.first()); k < m.first(); k++) {
      words.add(s.token(k).lemma());
    }
    if (m.dictionary() != null && m.dictionary().person() != null) {
      PersonEntry.Role role = m.dictionary().person().roleOn(date);
      if (role != null) {
        for (String w : role.title().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
          words.add(w);
        }
      }
    }
    return words;
  }

  /**
   * "The French president" after "Jacques Chirac": a definite role phrase refers to the person seen
   * before with that title and country, not to a new actor.
   */
  private static Builder roleHolder(Sentence s, Mention m, List<Builder> builders) {
    if (!m.byRoleNoun()
        || m.first() == 0
        || !s.token(m.first() - 1).lemma().equals("the")
        || m.code() == null) {
      return null;
    }
    String role = s.token(m.last()).lemma();
    for (int i = builders.size() - 1; i >= 0; i--) {
      Builder b = builders.get(i);
      if (b.kind == Actor.Kind.PERSON
          && b.titles.contains(role)
          && b.code != null
          && b.code.country().equals(m.code().country())
          && sameOrUnknownSector(b.code, m.code())) {
        return b;
      }
    }
    return null;
  }

  /**
   * Whether a role phrase's sector allows the person: "the shadow home secretary" (OPP) is not the
   * Home Secretary (GOV) named before, though both are secretaries. An opposition front bench
   * mirrors the government's titles; other sectors may differ for one person (a general who is
   * president is MIL in the dictionary and "the Pakistani president" GOV), so only the opposition
   * is kept apart.
   */
  private static boolean sameOrUnknownSector(ActorCode person, ActorCode role) {
    return person.sector() == null
        || role.sector() == null
        || OPPOSITION.equals(person.sector()) == OPPOSITION.equals(role.sector());
  }

  /** The two most recent states or people before a group reference. */
  private List<Builder> groupMembers(Mention m, List<Builder> builders) {
    List<Builder> out = new ArrayList<>();
    if (m.dictionary() != null) {
      // "the two Koreas": every country whose name contains the word.
      String word = m.dictionary().form().toLowerCase(Locale.ROOT);
      for (CountryEntry c : countries) {
        boolean named =
            c.names().stream()
                .anyMatch(n -> (" " + n.toLowerCase(Locale.ROOT) + " ").contains(" " + word + " "));
        if (named) {
          DictionaryName name =
              new DictionaryName(DictionaryName.Kind.COUNTRY, c.name(), c, null, null, null, null);
          out.add(
              builderFor(
                  new Mention(
                      m.sentence(),
                      m.first(),
                      m.last(),
                      m.span(),
                      c.name(),
                      Actor.Kind.STATE,
                      name,
                      ActorCode.of(c.iso3(), null),
                      ActorSieve.DICTIONARY,
                      "dictionary:" + c.id()),
                  builders));
        }
      }
      return out;
    }
    Actor.Kind wanted =
        m.sieve() == ActorSieve.GROUP_OF_STATES ? Actor.Kind.STATE : Actor.Kind.PERSON;
    List<Builder> byRecency = new ArrayList<>();
    // Builders are in order of first mention; recency is by last mention before this one.
    builders.stream()
        .filter(b -> b.kind == wanted && !b.mentions.isEmpty())
        .sorted(
            Comparator.comparing((Builder b) -> b.mentions.get(b.mentions.size() - 1)).reversed())
        .limit(2)
        .forEach(byRecency::add);
    return byRecency.size() == 2 ? byRecency : out;
  }

  /** Anonymous speakers and sources: role nouns with no name ("a source", "regional analysts"). */
  private static Map<Integer, List<ResolvedMention>> descriptions(
      AnnotatedArticle article,
      List<List<DictionaryHit>> agentHits,
      Map<Integer, List<ResolvedMention>> resolved) {
    Map<Integer, List<ResolvedMention>> out = new HashMap<>();
    String text = article.text();
    for (Sentence s : article.sentences()) {
      for (DictionaryHit a : agentHits.get(s.index())) {
        if (!s.token(a.last()).isNoun()) {
          continue;
        }
        int first = a.first();
        while (first > 0
            && (s.token(first - 1).isAdjective()
                || s.token(first - 1).pos().equals("DT")
                || s.token(first - 1).isNoun()
                || s.token(first - 1).pos().equals("CD"))) {
          first--;
        }
        Span span = s.spanOf(first, a.last());
        out.computeIfAbsent(s.index(), k -> new ArrayList<>())
            .add(new ResolvedMention(List.of(), List.of(), span, span.of(text), a.last()));
      }
    }
    return out;
  }
}
