package org.dyad.coding;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.lexicon.CountryEntry;
import org.dyad.lexicon.DictionaryName;
import org.dyad.lexicon.Lexicon;
import org.dyad.lexicon.NameIndex;
import org.dyad.lexicon.PersonEntry;
import org.dyad.model.Actor;
import org.dyad.model.ActorCode;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Dependency;
import org.dyad.model.Place;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;

/**
 * Finds the actors of an article, codes them and merges their mentions.
 *
 * <p>Sieves, in order: dictionary names (people with date-bounded roles, organisations, countries,
 * capitals, metonyms); named entities found by CoreNLP, coded from their titles and appositions
 * ("Foreign Ministry spokesman Geng Shuang", "Duyeon Kim, senior fellow at … in Seoul"); role nouns
 * with a country ("Chinese officials"); plural references ("the two communist powers"). Mentions
 * are merged by dictionary entry, and a partial name joins the most recent person whose name
 * contains it ("Kim" after "Kim Jong Un"). Every code records the rule that gave it. Thread-safe:
 * holds only immutable dictionaries.
 */
public final class ActorResolver {
  /** Words before a name that are no part of it ("Mr Straw" is "Straw"); shared with the quotes. */
  static final Set<String> HONORIFICS = ActorWords.SHIPPED.of("honorific");

  /** Title words that make the holder a former office-holder: CAMEO codes them as elites. */
  private static final Set<String> FORMER = ActorWords.SHIPPED.of("former-word");

  private static final Set<String> LOCATIVE = ActorWords.SHIPPED.of("locative-preposition");
  private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY");

  /**
   * The opposition and parties, which like the state's institutions belong to the article's country
   * when none is named: "the shadow chancellor", "the Tory spokesman", "the opposition".
   */
  private static final Set<String> NATIONAL_POLITICS_SECTORS = Set.of("OPP", "PTY");

  /**
   * Rebels, insurgents and separatists, who named without a country take up arms against their own
   * state: the one whose government or forces the sentence names, else the article's.
   */
  private static final Set<String> INSURGENT_SECTORS = Set.of("REB", "INS", "SEP");

  private static final Set<String> STATE_GROUP_NOUNS = ActorWords.SHIPPED.of("state-group-noun");
  private static final Set<String> PERSON_GROUP_NOUNS = ActorWords.SHIPPED.of("person-group-noun");

  private final Lexicon lexicon;
  private final NameIndex names;

  private final Map<String, List<PersonEntry>> bySurname;

  private final NameSectorSieve nameSectors;

  private final java.util.function.Function<String, String> genderOfFirstName;

  public ActorResolver(Lexicon lexicon, NameIndex names) {
    this(lexicon, names, firstName -> null);
  }

  /**
   * @param genderOfFirstName "MALE", "FEMALE" or null for a first name, so that "he" and "she" find
   *     the right person
   */
  public ActorResolver(
      Lexicon lexicon,
      NameIndex names,
      java.util.function.Function<String, String> genderOfFirstName) {
    this.lexicon = lexicon;
    this.names = names;
    this.genderOfFirstName = genderOfFirstName;
    this.nameSectors = new NameSectorSieve(lexicon.nameSectors());
    Map<String, List<PersonEntry>> index = new HashMap<>();
    for (PersonEntry p : lexicon.people()) {
      String[] words = p.name().split("\\s+");
      if (words.length >= 2) {
        index
            .computeIfAbsent(
                words[words.length - 1].toLowerCase(Locale.ROOT), k -> new ArrayList<>())
            .add(p);
      }
    }
    this.bySurname = Map.copyOf(index);
    Set<String> titles = new HashSet<>(HONORIFICS);
    for (org.dyad.lexicon.AgentEntry a : lexicon.agents()) {
      for (String noun : a.nouns()) {
        if (!noun.contains(" ")) {
          titles.add(BareSurnameSieve.bare(noun));
        }
      }
    }
    this.titleWords = Set.copyOf(titles);
  }

  /** One-word titles and honorifics ("gen", "president", "mr"), lower case without a final dot. */
  private final Set<String> titleWords;

  private boolean dyadConventions() {
    return lexicon.conventions() == Lexicon.Conventions.DYAD;
  }

  /**
   * "Mr Straw" in 2005: a bare surname names the one dictionary person with that surname who held a
   * role on the article's date, or nobody when that is not unique.
   */
  private PersonEntry officeHolderBySurname(String surname, LocalDate date) {
    PersonEntry found = null;
    for (PersonEntry p : bySurname.getOrDefault(surname.toLowerCase(Locale.ROOT), List.of())) {
      if (p.roleOn(date) != null) {
        if (found != null) {
          return null;
        }
        found = p;
      }
    }
    return found;
  }

  public ActorAnalysis resolve(AnnotatedArticle article) {
    LocalDate date = article.article().date();
    String text = article.text();
    List<List<Mention>> perSentence = new ArrayList<>();
    List<List<Hit>> agentHits = new ArrayList<>();
    List<List<Hit>> allHits = new ArrayList<>();
    Map<Integer, List<Place>> places = new HashMap<>();
    Set<String> countriesNamed = new HashSet<>();
    for (Sentence s : article.sentences()) {
      List<Hit> hits = dictionaryHits(text, s);
      allHits.add(hits);
      for (Hit h : hits) {
        if (h.name.country() != null && h.name.kind() != DictionaryName.Kind.METONYM) {
          countriesNamed.add(h.name.country().iso3());
        }
      }
    }
    // "the North" is North Korea only where the article names Korea; elsewhere ("the North Wales
    // Business Club") it is no hit at all, so no rule takes a country from it.
    for (int i = 0; i < allHits.size(); i++) {
      allHits.set(
          i, allHits.get(i).stream().filter(h -> metonymAllowed(h.name, countriesNamed)).toList());
    }
    for (Sentence s : article.sentences()) {
      List<Hit> hits = allHits.get(s.index());
      List<Hit> agents =
          hits.stream().filter(h -> h.name.kind() == DictionaryName.Kind.AGENT).toList();
      agentHits.add(agents);
      List<Place> sentencePlaces = new ArrayList<>();
      perSentence.add(findMentions(text, s, hits, agents, countriesNamed, date, sentencePlaces));
      places.put(s.index(), sentencePlaces);
    }
    if (dyadConventions()) {
      BareSurnameSieve.apply(perSentence, titleWords);
    }
    // PETRARCH has no article's country: what its dictionaries do not code stays uncoded.
    StorySetting setting =
        dyadConventions()
            ? StorySetting.of(
                perSentence,
                article.sentences(),
                places,
                countriesNamed,
                article.article().homeCountry())
            : null;
    String salient = setting == null ? null : setting.mostNamed();
    if (salient == null && dyadConventions()) {
      // A story that names no country at all is about its publisher's ("MPs urged the
      // government …" in the BBC), when the input says which that is.
      salient = article.article().homeCountry();
    }
    Map<Mention, Hit> described =
        dyadConventions()
            ? DescriptionSieve.descriptionsAfter(perSentence, agentHits, article.sentences())
            : Map.of();
    List<List<Mention>> coded = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      List<Mention> out = new ArrayList<>();
      coded.add(out);
      for (Mention m : perSentence.get(s.index())) {
        Mention shortForm =
            dyadConventions() ? OrganizationShortNameSieve.shortFormNamedBefore(m, coded) : null;
        if (shortForm != null) {
          out.add(shortForm);
          continue;
        }
        if (OrganizationShortNameSieve.isOrganizationAnaphor(m, s)) {
          Mention named = OrganizationShortNameSieve.organizationNamedBefore(m, s, coded);
          if (named != null) {
            out.add(named);
            continue;
          }
          if (m.sieve() == ActorSieve.ORGANIZATION_ANAPHOR) {
            continue; // a capitalised word after "the" that names nothing named before
          }
        }
        boolean kindOnly = ofKindOnly(m, agentHits.get(s.index()));
        Mention before =
            dyadConventions()
                ? RoleAntecedentSieve.sameRoleBefore(m, coded, article.sentences(), kindOnly)
                : null;
        if (before == null && dyadConventions()) {
          before = RoleAntecedentSieve.administrationBefore(m, coded, article.sentences());
        }
        Mention possessor =
            before == null && dyadConventions()
                ? RoleAntecedentSieve.possessorSubject(m, s, out)
                : null;
        if (before == null && possessor == null && dyadConventions()) {
          possessor = stateOpposed(m, perSentence.get(s.index()), agentHits.get(s.index()));
        }
        out.add(
            before != null
                ? m.settledBy(" as " + before.text()).withCode(before.code())
                : m.code() == null && possessor != null
                    ? codeFromContext(
                            m,
                            s,
                            allHits.get(s.index()),
                            agentHits.get(s.index()),
                            possessor.code().country(),
                            null,
                            null)
                        .withRuleOf(m.settledBy(" of " + possessor.text()))
                    : m.code() == null
                        ? codeByPlace(
                            m,
                            s,
                            allHits.get(s.index()),
                            agentHits.get(s.index()),
                            places.get(s.index()),
                            setting,
                            salient,
                            described.get(m))
                        : m);
      }
    }
    if (dyadConventions()) {
      EmployerSieve.apply(coded, article.sentences());
      PrivatePersonSieve.apply(coded, setting, article.article().homeCountry());
    }
    return merge(article, coded, places, agentHits, allHits);
  }

  /** False for a metonym that needs a country the article never names ("the North" needs Korea). */
  private static boolean metonymAllowed(DictionaryName d, Set<String> countriesNamed) {
    if (d.kind() != DictionaryName.Kind.METONYM) {
      return true;
    }
    Set<String> requires = d.metonym().requires();
    return requires.isEmpty() || requires.stream().anyMatch(countriesNamed::contains);
  }

  /**
   * An uncoded mention coded by where the story puts it before anything else: a group of people
   * ({@link GroupSettingSieve}), or a role noun waiting for the article's country whose own phrase
   * names a place ("the government in Kabul"; for police, its sentence: "Police arrested dozens of
   * protesters in Moscow"); else from its context ({@link #codeFromContext}).
   */
  private Mention codeByPlace(
      Mention m,
      Sentence s,
      List<Hit> hits,
      List<Hit> agents,
      List<Place> places,
      StorySetting setting,
      String salient,
      Hit description) {
    String sector = null;
    for (Hit a : agents) {
      if (a.first >= m.first() && a.last == m.last()) {
        sector = a.name.agent().sector();
      }
    }
    if (m.awaiting() == Awaiting.STORY_SETTING) {
      return GroupSettingSieve.code(m, s, sector, places, setting);
    }
    if (m.awaiting() == Awaiting.WHERE_THEY_ARE) {
      return codeEthnicGroup(m, s, hits, agents, places, setting);
    }
    // Not the armed forces and spies, whom a place names where they serve ("troops … based in
    // Brunei"), nor embassies and envoys, which it names where they are posted.
    if (m.awaiting() == Awaiting.ARTICLE_COUNTRY
        && sector != null
        && !sector.equals("MIL")
        && !sector.equals("SPY")
        && !STATIONED_NOUNS.contains(s.token(m.last()).lemma())) {
      Place own = GroupSettingSieve.placeInPhrase(m, s, places);
      if (own != null) {
        return m.settledBy(" in place " + own.name()).withCode(ActorCode.of(own.country(), sector));
      }
      Place near =
          sector.equals("COP") || sector.equals("UAF")
              ? GroupSettingSieve.onlyCountryOfSentence(s, places)
              : null;
      if (near == null && sector.equals("UAF")) {
        // Attackers no one names act where their victims are: "killed 12 people in Kabul".
        near = GroupSettingSieve.onlyCountryNamedIn(s, places);
      }
      if (near != null) {
        return m.settledBy(" in sentence place " + near.name())
            .withCode(ActorCode.of(near.country(), sector));
      }
    }
    return codeFromContext(m, s, hits, agents, salient, setting, description);
  }

  /**
   * The rule suffix of a state the article names only by an adjective ("Soviet membership"): the
   * event coder's article parties leave such a state out.
   */
  private static final String ADJECTIVE_ONLY = " nationality only";

  /** The sieve id of such a state's actor, which the event coder reads. */
  public static final String NATIONALITY_ONLY_SIEVE = ActorSieve.NATIONALITY_ONLY.id;

  /**
   * For rebels named without a country, the state institution their sentence names ("Gbagbo broke a
   * ceasefire with rebels", "troops clashed with insurgents"): they are that state's rebels.
   */
  private static Mention stateOpposed(Mention m, List<Mention> sentence, List<Hit> agents) {
    if (m.code() != null || m.awaiting() != Awaiting.ARTICLE_COUNTRY) {
      return null;
    }
    boolean insurgent =
        agents.stream()
            .anyMatch(
                h ->
                    h.last == m.last()
                        && h.name.agent().sector() != null
                        && INSURGENT_SECTORS.contains(h.name.agent().sector()));
    if (!insurgent) {
      return null;
    }
    for (Mention other : sentence) {
      if (other != m
          && other.code() != null
          && other.code().isState()
          && other.code().sector() != null
          && STATE_SECTORS.contains(other.code().sector())) {
        return other;
      }
    }
    return null;
  }

  private static final String ORGANIZATION_ANAPHOR = "anaphor:organization";

  /** Whether the mention is a role noun that takes its sector from an owner it does not have. */
  private static boolean ofKindOnly(Mention m, List<Hit> agents) {
    return m.code() == null
        && m.awaiting() == Awaiting.ARTICLE_COUNTRY
        && agents.stream().anyMatch(h -> h.last == m.last() && h.name.agent().sector() == null);
  }

  /**
   * The name an "of" phrase gives its role noun: the one written there, or, when that is a
   * country's possessive, the organisation it owns ("members of Britain's ruling Conservative
   * Party" are the party's); null when the country owns something no dictionary names.
   */
  private static Hit possessed(Sentence s, List<Hit> hits, Hit named, boolean dyad) {
    if (named == null || !dyad || !possessive(s, named.last) || named.name.country() == null) {
      return named;
    }
    int j = named.last + 2;
    while (j < s.tokens().size() - 1
        && (s.token(j).isAdjective()
            || s.token(j).pos().equals("VBG") // "Britain's ruling Conservative Party"
            || s.token(j).pos().equals("VBN"))) {
      j++;
    }
    Hit owned = hitAt(hits, j);
    return owned != null && owned.name.kind() == DictionaryName.Kind.ORGANIZATION ? owned : null;
  }

  /** Words that end the name of a law or a draft of one: "Gambling Bill", "Terrorism Act". */
  private static final Set<String> LEGISLATION_WORDS = ActorWords.SHIPPED.of("legislation-word");

  /**
   * Whether a named entity is a law's title: its last word is "Bill" or "Act" after a capitalised
   * word, or, with nothing before it, follows a capitalised word the tagger left out ("Gambling
   * Bill" tagged as the person "Bill").
   */
  private static boolean namesLegislation(Sentence s, int first, int last) {
    if (!LEGISLATION_WORDS.contains(s.token(last).word())) {
      return false;
    }
    int before = last - 1;
    return before >= 0 && before >= first - 1 && s.token(before).isCapitalized();
  }

  /** Whether a possessive "'s" follows token {@code last}. */
  private static boolean possessive(Sentence s, int last) {
    return last + 1 < s.tokens().size() && s.token(last + 1).pos().equals("POS");
  }

  /** Whether "the" or "this" starts the common-noun phrase ending right before {@code first}. */
  private static boolean definiteBefore(Sentence s, int first) {
    int k = first - 1;
    while (k >= 0 && s.token(k).isNoun() && !s.token(k).isProperNoun()) {
      k--;
    }
    return k >= 0
        && k < first - 1
        && (s.token(k).lemma().equals("the") || s.token(k).lemma().equals("this"));
  }

  /** One dictionary match in a sentence, by token range. */
  record Hit(int first, int last, Span span, DictionaryName name) {}

  private List<Hit> dictionaryHits(String text, Sentence s) {
    Set<Integer> ends = new HashSet<>();
    for (Token t : s.tokens()) {
      ends.add(t.span().end());
    }
    List<Hit> actorHits = new ArrayList<>();
    List<Hit> agentHits = new ArrayList<>();
    List<Hit> otherHits = new ArrayList<>();
    int nextActor = 0;
    int nextAgent = 0;
    int nextOther = 0;
    for (Token t : s.tokens()) {
      if (!Character.isLetterOrDigit(t.word().charAt(0))) {
        continue;
      }
      for (NameIndex.Hit hit : names.match(text, t.span().begin(), ends)) {
        int last = s.tokenAt(hit.end() - 1);
        DictionaryName best = best(hit.names(), true);
        if (best != null && t.index() >= nextActor) {
          actorHits.add(new Hit(t.index(), last, new Span(hit.begin(), hit.end()), best));
          nextActor = last + 1;
        }
        DictionaryName agent = best(hit.names(), false);
        if (agent != null && t.index() >= nextAgent) {
          agentHits.add(new Hit(t.index(), last, new Span(hit.begin(), hit.end()), agent));
          nextAgent = last + 1;
        }
        DictionaryName other = placeOrPeople(hit.names());
        if (other != null && t.index() >= nextOther && !insidePersonName(s, t.index(), last)) {
          otherHits.add(new Hit(t.index(), last, new Span(hit.begin(), hit.end()), other));
          nextOther = last + 1;
        }
      }
    }
    // "Gaza City", "Washington state": a longer place is the place, not the country or capital in
    // it; a place inside a longer name ("the New York Times") is part of that name.
    actorHits.removeIf(
        h ->
            otherHits.stream()
                .anyMatch(
                    o ->
                        o.first <= h.first
                            && o.last >= h.last
                            && o.last - o.first > h.last - h.first));
    otherHits.removeIf(
        o -> actorHits.stream().anyMatch(h -> h.first <= o.last && h.last >= o.first));
    // "National Security Council", "the Labour Ministry": an organisation's name inside a longer
    // role noun written as one capitalised name is no name of its own (not the UN's "Security
    // Council", not the Labour Party); "a former Labour minister" is still the party's.
    actorHits.removeIf(
        h ->
            h.name.kind() == DictionaryName.Kind.ORGANIZATION
                && agentHits.stream()
                    .anyMatch(
                        a ->
                            a.first <= h.first
                                && a.last >= h.last
                                && a.last - a.first > h.last - h.first
                                && capitalised(s, a.first, a.last)));
    agentHits.removeIf(a -> rankInCompanyName(s, a, actorHits));
    // "the Trade Unions Congress", "the National Farmers Union": the end of a longer organisation's
    // name is not the organisation the dictionary knows by that end ("Congress"), unless the words
    // before it are names of their own ("U.S. Congress" is matched whole, "Chinese" is a
    // nationality).
    List<Hit> named = new ArrayList<>(actorHits);
    named.addAll(otherHits);
    actorHits.removeIf(
        h ->
            h.name.kind() == DictionaryName.Kind.ORGANIZATION
                && insideLongerOrganizationName(s, h.first, named));
    // "a New Mexico Republican", "New Jersey": a place named after a country is not the country (a
    // longer dictionary name such as "Papua New Guinea" matched before this).
    actorHits.removeIf(
        h -> h.name.country() != null && h.first > 0 && s.token(h.first - 1).word().equals("New"));
    List<Hit> all = new ArrayList<>(actorHits);
    all.addAll(agentHits);
    all.addAll(otherHits);
    all.sort(Comparator.comparingInt(Hit::first));
    return all;
  }

  /**
   * Whether the tokens before {@code first} are capitalised words of the same organisation name, as
   * the named-entity tagger reads it, none of which any dictionary hit covers.
   */
  private static boolean insideLongerOrganizationName(Sentence s, int first, List<Hit> named) {
    if (first == 0 || !"ORGANIZATION".equals(s.token(first).ner())) {
      return false;
    }
    int k = first - 1;
    boolean longer = false;
    while (k >= 0 && "ORGANIZATION".equals(s.token(k).ner())) {
      int at = k;
      String w = s.token(k).word();
      if (!Character.isUpperCase(w.charAt(0))
          || s.token(k).isAdjective()
          || named.stream().anyMatch(o -> o.first <= at && o.last >= at)) {
        return false;
      }
      longer = true;
      k--;
    }
    return longer;
  }

  /** Whether every word of tokens [first, last] starts with a capital letter. */
  private static boolean capitalised(Sentence s, int first, int last) {
    for (int k = first; k <= last; k++) {
      String w = s.token(k).word();
      if (Character.isLetter(w.charAt(0)) && !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** Military ranks, which as a capitalised title word can also begin a company's name. */
  private static final Set<String> RANKS = ActorWords.SHIPPED.of("rank");

  /**
   * Capitalised common nouns and adjectives that, after a rank word, make a company's name
   * ("General Electric", "General Motors"), not a title before a person's name.
   */
  private static final Set<String> COMPANY_WORDS = ActorWords.SHIPPED.of("company-word");

  /**
   * Whether a rank word ("General", "Major") starts the name of a company or organisation rather
   * than titling a person: the next word is capitalised and either completes a dictionary
   * organisation's name begun by the rank, or is tagged with the rank as one organisation by the
   * named-entity tagger, or is a common word companies are named with ("General Electric", "General
   * Motors", "General Dynamics").
   */
  private static boolean rankInCompanyName(Sentence s, Hit a, List<Hit> actorHits) {
    if (a.first != a.last
        || !"MIL".equals(a.name.agent().sector())
        || !RANKS.contains(s.token(a.first).word().toLowerCase(Locale.ROOT))
        || !Character.isUpperCase(s.token(a.first).word().charAt(0))
        || a.last + 1 >= s.tokens().size()) {
      return false;
    }
    Token next = s.token(a.last + 1);
    if (!Character.isUpperCase(next.word().charAt(0))) {
      return false;
    }
    for (Hit h : actorHits) {
      if (h.name.kind() == DictionaryName.Kind.ORGANIZATION
          && h.first == a.first
          && h.last > a.last) {
        return true;
      }
    }
    return COMPANY_WORDS.contains(next.word().toLowerCase(Locale.ROOT))
        || s.token(a.first).ner().equals("ORGANIZATION") && next.ner().equals("ORGANIZATION");
  }

  /** The most specific actor name (people, then organisations, then places), or the agent noun. */
  private static DictionaryName best(List<DictionaryName> candidates, boolean actorNames) {
    DictionaryName best = null;
    for (DictionaryName d : candidates) {
      if (actorNames ? !d.isActorName() : d.kind() != DictionaryName.Kind.AGENT) {
        continue;
      }
      if (best == null || d.kind().ordinal() > best.kind().ordinal()) {
        best = d;
      }
    }
    return best;
  }

  /** A place or a people without a state among a match's names, or null. */
  private static DictionaryName placeOrPeople(List<DictionaryName> candidates) {
    for (DictionaryName d : candidates) {
      if (d.kind() == DictionaryName.Kind.PLACE || d.kind() == DictionaryName.Kind.ETHNIC_GROUP) {
        return d;
      }
    }
    return null;
  }

  /** Whether the tagger reads any of tokens [first, last] as a person's name: "Virginia Woolf". */
  private static boolean insidePersonName(Sentence s, int first, int last) {
    for (int k = first; k <= last; k++) {
      if (s.token(k).ner().equals("PERSON")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPlace(Hit h) {
    return h.name.kind() == DictionaryName.Kind.PLACE;
  }

  /** The place named at {@code token}, or null. */
  private static Hit placeHitAt(List<Hit> hits, int token) {
    for (Hit h : hits) {
      if (isPlace(h) && h.first <= token && token <= h.last) {
        return h;
      }
    }
    return null;
  }

  /** The country an actor's name or a place at {@code token} names, or null. */
  private static String countryAt(List<Hit> hits, int token) {
    Hit h = hitAt(hits, token);
    if (h != null) {
      return countryOf(h);
    }
    Hit p = placeHitAt(hits, token);
    return p == null ? null : countryOrPlace(p);
  }

  private List<Mention> findMentions(
      String text,
      Sentence s,
      List<Hit> hits,
      List<Hit> agents,
      Set<String> countriesNamed,
      LocalDate date,
      List<Place> places) {
    List<Mention> out = new ArrayList<>();
    boolean[] taken = new boolean[s.tokens().size()];
    List<int[]> nerSpans = nerSpans(s);
    // Named entities that contain dictionary names keep the longer name: "Chinese Academy of
    // Agricultural
    // Sciences" is one organisation, "Duyeon Kim" is not the "Kim" of the dictionary.
    for (int[] ner : nerSpans) {
      boolean dictionaryCovers = false;
      for (Hit h : hits) {
        if (h.name.isActorName() && h.first <= ner[0] && h.last >= ner[1]) {
          dictionaryCovers = true;
        }
      }
      String label = s.token(ner[0]).ner();
      if (dictionaryCovers || label.equals("PERSON") && isTitle(s, agents, ner[0], ner[1])) {
        continue;
      }
      if (!label.equals("PERSON") && placeCovers(hits, ner[0], ner[1])) {
        continue; // "Kurdish militias in Afrin": a place the tagger took for an organisation
      }
      if (namesLegislation(s, ner[0], ner[1])) {
        continue; // "the government's Gambling Bill", "the Terrorism Act": a text, not an actor
      }
      boolean containsCountryWordOnly = true;
      boolean containsActorName = false;
      for (Hit h : hits) {
        if (h.name.isActorName() && h.first >= ner[0] && h.last <= ner[1]) {
          containsActorName = true;
          if (h.name.kind() == DictionaryName.Kind.PERSON
              || h.name.kind() == DictionaryName.Kind.ORGANIZATION) {
            containsCountryWordOnly = label.equals("PERSON");
          }
        }
      }
      if (containsActorName
          && !containsCountryWordOnly
          && label.equals("ORGANIZATION")
          && namedForPerson(s, hits, ner[0], ner[1], text)) {
        containsCountryWordOnly = true; // "the Clinton Foundation" is no Clinton
      }
      boolean orgNoun = endsWithAgent(agents, ner[1]);
      Actor.Kind kind;
      if (label.equals("PERSON")) {
        kind = Actor.Kind.PERSON;
      } else if (label.equals("ORGANIZATION") || (label.equals("LOCATION") && orgNoun)) {
        kind = Actor.Kind.ORGANIZATION;
      } else {
        continue;
      }
      if (containsActorName && !containsCountryWordOnly) {
        continue;
      }
      if (kind == Actor.Kind.PERSON && ner[0] == ner[1] && containsActorName) {
        continue;
      }
      mark(taken, ner[0], ner[1]);
      PersonEntry holder =
          kind == Actor.Kind.PERSON && ner[0] == ner[1] && dyadConventions()
              ? officeHolderBySurname(s.token(ner[0]).word(), date)
              : null;
      if (holder != null && !countriesNamed.contains(holder.roleOn(date).code().country())) {
        holder = null; // "Dr Fox" in a British story is not Mexico's President Fox
      }
      if (holder != null) {
        PersonEntry.Role role = holder.roleOn(date);
        out.add(
            new Mention(
                s.index(),
                ner[0],
                ner[1],
                s.spanOf(ner[0], ner[1]),
                s.spanOf(ner[0], ner[1]).of(text),
                kind,
                new DictionaryName(
                    DictionaryName.Kind.PERSON,
                    s.token(ner[0]).word(),
                    null,
                    null,
                    null,
                    holder,
                    null),
                role.code(),
                ActorSieve.DICTIONARY,
                "dictionary:" + holder.id() + " by surname, role " + role.title()));
        continue;
      }
      out.add(
          new Mention(
              s.index(),
              ner[0],
              ner[1],
              s.spanOf(ner[0], ner[1]),
              s.spanOf(ner[0], ner[1]).of(text),
              kind,
              null,
              null,
              null,
              null));
    }
    for (Hit h : hits) {
      if (!h.name.isActorName() || isTaken(taken, h.first, h.last)) {
        continue;
      }
      DictionaryName d = h.name;
      String words = h.span.of(text);
      switch (d.kind()) {
        case PERSON -> {
          int orgEnd = placesAllowed() ? organizationNamedFor(s, hits, h, text, taken) : -1;
          if (orgEnd >= 0) {
            // "the Carter Center" with no entity tagged: the organisation, not the person.
            Span span = s.spanOf(h.first, orgEnd);
            out.add(
                new Mention(
                    s.index(),
                    h.first,
                    orgEnd,
                    span,
                    span.of(text),
                    Actor.Kind.ORGANIZATION,
                    null,
                    null,
                    null,
                    null));
            mark(taken, h.first, orgEnd);
            continue;
          }
          PersonEntry p = d.person();
          PersonEntry.Role role = p.roleOn(date);
          ActorCode code = role != null ? role.code() : p.base();
          String rule =
              role != null
                  ? "dictionary:" + p.id() + " role " + role.title()
                  : "dictionary:" + p.id() + (p.base() != null ? " base" : "");
          out.add(
              new Mention(
                  s.index(),
                  h.first,
                  h.last,
                  h.span,
                  words,
                  Actor.Kind.PERSON,
                  d,
                  code,
                  role == null && p.base() != null
                      ? ActorSieve.DICTIONARY_BASE
                      : ActorSieve.DICTIONARY,
                  rule));
        }
        case ORGANIZATION ->
            out.add(
                new Mention(
                    s.index(),
                    h.first,
                    h.last,
                    h.span,
                    words,
                    Actor.Kind.ORGANIZATION,
                    d,
                    d.organization().code(),
                    ActorSieve.DICTIONARY,
                    "dictionary:" + d.organization().id(),
                    d.organization().alsoCodes()));
        case COUNTRY, CAPITAL -> {
          boolean dateline =
              s.index() == 0 && h.first == 0 && h.last == StorySetting.datelineEnd(s);
          if (placesAllowed() && (isLocative(s, h.first, h.last) || dateline)) {
            places.add(new Place(words, d.country().iso3(), h.span));
            continue;
          }
          if (isPluralGroup(s, h)) {
            out.add(
                new Mention(
                    s.index(),
                    h.first,
                    h.last,
                    h.span,
                    words,
                    Actor.Kind.GROUP,
                    d,
                    null,
                    ActorSieve.COUNTRIES_NAMED,
                    "group:countries named " + d.form()));
            mark(taken, h.first, h.last);
            continue;
          }
          String sector = d.kind() == DictionaryName.Kind.CAPITAL ? "GOV" : null;
          Mention owned =
              ownedRoleNoun(text, s, h, agents, ActorCode.of(d.country().iso3(), sector));
          if (owned != null) {
            out.add(owned);
            mark(taken, owned.first(), owned.last());
            continue;
          }
          out.add(
              new Mention(
                  s.index(),
                  h.first,
                  h.last,
                  h.span,
                  words,
                  Actor.Kind.STATE,
                  d,
                  ActorCode.of(d.country().iso3(), sector),
                  ActorSieve.DICTIONARY,
                  "dictionary:" + d.country().id() + (sector == null ? "" : " capital")));
        }
        case METONYM -> {
          Set<String> requires = d.metonym().requires();
          if (!requires.isEmpty() && requires.stream().noneMatch(countriesNamed::contains)) {
            continue;
          }
          if (placesAllowed() && isLocative(s, h.first, h.last)) {
            places.add(new Place(words, d.country().iso3(), h.span));
            continue;
          }
          Mention owned =
              ownedRoleNoun(
                  text, s, h, agents, ActorCode.of(d.country().iso3(), d.metonym().sector()));
          if (owned != null) {
            out.add(owned);
            mark(taken, owned.first(), owned.last());
            continue;
          }
          out.add(
              new Mention(
                  s.index(),
                  h.first,
                  h.last,
                  h.span,
                  words,
                  Actor.Kind.STATE,
                  d,
                  ActorCode.of(d.country().iso3(), d.metonym().sector()),
                  ActorSieve.DICTIONARY,
                  "dictionary:" + d.country().id() + " metonym"));
        }
        case ADJECTIVE -> {
          Token t = s.token(h.last);
          // A nationality word is an actor only when it heads its phrase: "the Chinese", "Britons".
          boolean head = t.isNoun() && !isModifier(s, h.last);
          if (head && countedPeople(s, h.last)) {
            // "Hundreds of ethnic Serbs", "three Britons": people counted are the country's
            // people, not its state.
            out.add(
                new Mention(
                    s.index(),
                    h.first,
                    h.last,
                    h.span,
                    words,
                    // Not the state's entry: these people are no mention of the state itself.
                    Actor.Kind.ORGANIZATION,
                    null,
                    ActorCode.of(d.country().iso3(), "CVL"),
                    ActorSieve.DICTIONARY,
                    "dictionary:" + d.country().id() + " people"));
          } else if (head) {
            out.add(
                new Mention(
                    s.index(),
                    h.first,
                    h.last,
                    h.span,
                    words,
                    Actor.Kind.STATE,
                    d,
                    ActorCode.of(d.country().iso3(), null),
                    ActorSieve.DICTIONARY,
                    "dictionary:" + d.country().id() + " nationality"));
          } else {
            continue; // a modifier ("Russian troops"): the phrase it modifies may be the actor
          }
        }
        default -> {}
      }
      mark(taken, h.first, h.last);
    }
    int dateline = s.index() == 0 && placesAllowed() ? StorySetting.datelineEnd(s) : -1;
    for (Hit h : hits) {
      // "voters in Ohio", "DALLAS (AP) —": a place after "in" or in the dateline is where things
      // happen, with the country it lies in. Elsewhere a place is no actor; it may still own a role
      // noun ("Ohio voters") or title a name ("Ohio Gov. John Kasich").
      if (isPlace(h)
          && !isTaken(taken, h.first, h.last)
          && placesAllowed()
          && (isLocative(s, h.first, h.last) || h.first == 0 && h.last == dateline)) {
        places.add(new Place(h.span.of(text), h.name.place().country(), h.span));
        mark(taken, h.first, h.last);
      }
    }
    for (int[] ner : nerSpans) {
      if (s.token(ner[0]).ner().equals("LOCATION")
          && !isTaken(taken, ner[0], ner[1])
          && isLocative(s, ner[0], ner[1])) {
        places.add(new Place(s.spanOf(ner[0], ner[1]).of(text), null, s.spanOf(ner[0], ner[1])));
      }
    }
    addGroupMentions(text, s, hits, out, taken);
    addUntaggedTitledNames(text, s, hits, agents, out, taken);
    if (dyadConventions()) {
      addShortNameCandidates(text, s, hits, out, taken);
    }
    if (dyadConventions()) {
      addEthnicGroupMentions(text, s, hits, agents, out, taken);
    }
    addRoleNounMentions(text, s, hits, agents, out, taken);
    if (lexicon.conventions() == Lexicon.Conventions.PETRARCH) {
      composeAgents(text, s, agents, out);
    }
    distributeOverOwners(text, s, hits, agents, out);
    distributeOverRoleNouns(text, s, agents, out);
    out.sort(Comparator.comparingInt(Mention::first));
    return out;
  }

  /**
   * Role nouns whose holder a capital or a government building before them places rather than owns:
   * "the Moscow embassy", "our Beijing correspondent" and "Nairobi sources" are in that city, not
   * its government's.
   */
  private static final Set<String> STATIONED_NOUNS = ActorWords.SHIPPED.of("stationed-noun");

  /** Nouns a country's name before them gives a subject, not an owner: "Iraq intelligence". */
  private static final Set<String> TOPIC_NOUNS = ActorWords.SHIPPED.of("topic-noun");

  /**
   * "the Tehran leadership", "Washington officials", "Pentagon officials", "Iraq officials": a
   * country's name, capital or metonym written as a noun modifier of a role noun heading its phrase
   * makes one actor with the role noun, as a nationality adjective does ("the Iranian leadership").
   * A role noun of inherited sector ('*') takes the owner's (a capital's is GOV, the Pentagon's
   * MIL); a country's own name gives GOV, as "US officials" does. Null when {@code h} modifies no
   * role noun, or one a capital only places.
   */
  private static Mention ownedRoleNoun(
      String text, Sentence s, Hit h, List<Hit> agents, ActorCode owner) {
    for (Hit a : agents) {
      if (a.first != h.last + 1
          || !s.token(a.last).isNoun()
          || isModifier(s, a.last)
          || !modifies(s, h.last, a.first, a.last)) {
        continue;
      }
      String sector = a.name.agent().sector();
      if (h.name.kind() != DictionaryName.Kind.COUNTRY && !standsForState(s, a, sector)
          || TOPIC_NOUNS.contains(s.token(a.last).lemma())) {
        return null;
      }
      ActorCode code =
          sector != null
              ? ActorCode.of(owner.country(), sector)
              : owner.sector() != null ? owner : ActorCode.of(owner.country(), "GOV");
      String of =
          switch (h.name.kind()) {
            case CAPITAL -> " of capital " + h.name.form();
            case METONYM -> " of metonym " + h.name.form();
            default -> " of " + h.name.country().id();
          };
      return Mention.roleNoun(
          text,
          s,
          h.first,
          a.last,
          code,
          a.name.agent().id(),
          "role-noun:" + a.name.agent().id() + of,
          List.of());
    }
    return null;
  }

  /**
   * A capital or a government building stands for the state's government, its forces and the media
   * it speaks through ("Tehran radio"), not for whatever is merely there ("a Tehran mosque").
   */
  private static boolean standsForState(Sentence s, Hit a, String sector) {
    return !STATIONED_NOUNS.contains(s.token(a.last).lemma())
        && (sector == null || STATE_SECTORS.contains(sector) || sector.equals("MED"));
  }

  /** Whether the parse hangs token {@code t} on a word of [first, last] as a noun modifier. */
  private static boolean modifies(Sentence s, int t, int first, int last) {
    for (Dependency d : s.parents(t)) {
      if (d.governor() >= first
          && d.governor() <= last
          && (d.baseRelation().equals("compound") || d.baseRelation().equals("amod"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a mention is a role noun composed with the country that owns it: GONGOV, DNKMED. */
  private static boolean isRolePhrase(Mention m) {
    return m.kind() == Actor.Kind.ORGANIZATION
        && m.dictionary() == null
        && m.code() != null
        && m.code().isState()
        && m.code().sector() != null
        && (m.byRoleNoun() || m.plusAgent());
  }

  private static boolean isAgentToken(List<Hit> agents, int token) {
    for (Hit a : agents) {
      if (a.first <= token && token <= a.last) {
        return true;
      }
    }
    return false;
  }

  /**
   * A role noun owned by coordinated countries belongs to each: "the ambassadors of Arnor,
   * Osgiliath and Gondor" are ARNGOV, OSGGOV and GONGOV, "the French and German governments" FRAGOV
   * and DEUGOV. The conjuncts are the parse's, of an owner word inside the role phrase (not of the
   * role noun itself: "the Danish government and Sweden" are two actors); each must be a country,
   * and the phrase grows over them.
   */
  private static void distributeOverOwners(
      String text, Sentence s, List<Hit> hits, List<Hit> agents, List<Mention> out) {
    for (Mention r : List.copyOf(out)) {
      if (!isRolePhrase(r) || !r.alsoCodes().isEmpty()) {
        continue;
      }
      String sector = r.code().code().substring(3);
      List<ActorCode> also = new ArrayList<>();
      List<Mention> absorbed = new ArrayList<>();
      int first = r.first();
      int last = r.last();
      for (int k = r.first(); k <= r.last(); k++) {
        if (isAgentToken(agents, k)) {
          continue;
        }
        for (int c : conjuncts(s, k)) {
          if (r.covers(c)) {
            continue;
          }
          Mention m = mentionCovering(out, c);
          Hit h = hitAt(hits, c);
          String country;
          if (m != null) {
            // "the Paris, Amsterdam and Lisbon stock exchanges": a capital owns as its country
            // does.
            boolean plainCountry =
                m.kind() == Actor.Kind.STATE
                    && m.dictionary() != null
                    && m.code() != null
                    && (m.code().code().length() == 3
                        || m.dictionary().kind() == DictionaryName.Kind.CAPITAL);
            if (!plainCountry || absorbed.contains(m)) {
              continue;
            }
            country = m.code().country();
            absorbed.add(m);
            first = Math.min(first, m.first());
            last = Math.max(last, m.last());
          } else if (h != null
              && h.name.country() != null
              && (h.name.kind() == DictionaryName.Kind.COUNTRY
                  || h.name.kind() == DictionaryName.Kind.ADJECTIVE)) {
            country = h.name.country().iso3();
            first = Math.min(first, h.first);
            last = Math.max(last, h.last);
          } else {
            continue;
          }
          ActorCode code = withSector(ActorCode.of(country, null), sector);
          if (!code.equals(r.code()) && !also.contains(code)) {
            also.add(code);
          }
        }
      }
      if (also.isEmpty()) {
        continue;
      }
      boolean clear = true;
      for (Mention m : out) {
        if (m != r && !absorbed.contains(m) && m.first() <= last && m.last() >= first) {
          clear = false; // another actor inside the grown phrase: leave it as it is
        }
      }
      if (!clear) {
        continue;
      }
      out.removeAll(absorbed);
      out.remove(r);
      Span span = s.spanOf(first, last);
      out.add(
          new Mention(
              s.index(),
              first,
              last,
              span,
              span.of(text),
              r.kind(),
              null,
              r.code(),
              r.sieve(),
              r.explained() + " distributed",
              also,
              Awaiting.NOTHING,
              r.role(),
              r.plusAgent()));
    }
  }

  /**
   * The words coordinated with {@code token}, whichever the parse made the first conjunct: "French"
   * and "German" in "the French and German governments" are each other's.
   */
  private static Set<Integer> conjuncts(Sentence s, int token) {
    Set<Integer> seen = new LinkedHashSet<>();
    Deque<Integer> queue = new ArrayDeque<>(List.of(token));
    while (!queue.isEmpty()) {
      int t = queue.poll();
      if (!seen.add(t)) {
        continue;
      }
      queue.addAll(s.childrenOf(t, "conj"));
      for (Dependency d : s.parents(t)) {
        if (d.baseRelation().equals("conj") && d.governor() >= 0) {
          queue.add(d.governor());
        }
      }
    }
    seen.remove(token);
    return seen;
  }

  /**
   * Coordinated role nouns share their owner: "Danish media and government" are DNKMED and DNKGOV,
   * "lawmakers and officials in Fornost" FORLEG and FORGOV. A role noun joined by the parse's
   * conjunction to a role phrase, and with no country of its own (none, or only the article's),
   * takes the phrase's owners with its own sector.
   */
  private static void distributeOverRoleNouns(
      String text, Sentence s, List<Hit> agents, List<Mention> out) {
    for (Hit a : agents) {
      String sector = a.name.agent().sector();
      if (sector == null || !s.token(a.last).isNoun()) {
        continue;
      }
      Mention own = mentionCovering(out, a.last);
      if (own != null && !(own.code() == null && own.awaiting() == Awaiting.ARTICLE_COUNTRY)) {
        continue;
      }
      Mention partner = null;
      Hit partnerNoun = null;
      for (Mention r : out) {
        if (!isRolePhrase(r)) {
          continue;
        }
        for (Hit b : agents) {
          if (b == a || !r.covers(b.last) || b.name.agent().sector() == null) {
            continue;
          }
          if (conjuncts(s, b.last).contains(a.last)) {
            partner = r;
            partnerNoun = b;
          }
        }
      }
      if (partner == null) {
        continue;
      }
      String partnerSector = partnerNoun.name.agent().sector();
      List<ActorCode> codes = new ArrayList<>();
      codes.add(partner.code());
      codes.addAll(partner.alsoCodes());
      List<ActorCode> mine = new ArrayList<>();
      for (ActorCode c : codes) {
        String owner =
            c.code().length() > 3 && c.code().endsWith(partnerSector)
                ? c.code().substring(0, c.code().length() - partnerSector.length())
                : c.code().substring(0, 3);
        ActorCode code = withSector(new ActorCode(owner), sector);
        if (!mine.contains(code)) {
          mine.add(code);
        }
      }
      out.remove(own);
      if (mine.equals(codes) && (own == null || own.code() == null)) {
        // "infantry and armour of the Revolutionary Guards", "soldiers and marines": coordinated
        // role nouns coded alike are one actor, so the phrase grows over both.
        int first = Math.min(a.first, partner.first());
        int last = Math.max(a.last, partner.last());
        if (first < partner.first()
            ? adjacentBefore(s, a.last, partner.first(), out)
            : adjacentBefore(s, partner.last(), a.first, out)) {
          out.remove(partner);
          out.add(
              Mention.roleNoun(
                      text,
                      s,
                      first,
                      last,
                      partner.code(),
                      partner.role(),
                      partner.explained() + " and " + a.name.agent().id(),
                      partner.alsoCodes())
                  .sievedAs(partner));
          continue;
        }
      }
      out.add(
          Mention.roleNoun(
              text,
              s,
              a.first,
              a.last,
              mine.get(0),
              a.name.agent().id(),
              "role-noun:" + a.name.agent().id() + " coordinated with " + partner.text(),
              mine.subList(1, mine.size())));
    }
  }

  /**
   * Whether only a coordinating conjunction or commas (no other actor) lie between tokens {@code
   * end} and {@code start}: "infantry and armour".
   */
  private static boolean adjacentBefore(Sentence s, int end, int start, List<Mention> out) {
    for (int k = end + 1; k < start; k++) {
      Token t = s.token(k);
      if (!(t.pos().equals("CC") || t.word().equals(",")) || mentionCovering(out, k) != null) {
        return false;
      }
    }
    return start > end + 1;
  }

  /** PETRARCH codes every name as an actor; Dyad reads a country after "in" as a place. */
  private boolean placesAllowed() {
    return lexicon.conventions() == Lexicon.Conventions.DYAD;
  }

  /**
   * PETRARCH's noun-phrase coding: a role noun adds its code to the actor of its phrase, named
   * before it ("the Calenardhon government", "Gondor's police"), right after it as a title ("Prime
   * Minister Romendacil"), or after "of", "in" or "from" ("soldiers from Gondor"). The actor's
   * mention grows to cover the role noun, so the phrase's head finds it; codes it already has are
   * not repeated (White House, USAGOV, + officials is USAGOV).
   */
  private static void composeAgents(String text, Sentence s, List<Hit> agents, List<Mention> out) {
    for (Hit a : agents) {
      String sector = a.name.agent().sector();
      if (sector == null || mentionCovering(out, a.last) != null) {
        continue;
      }
      Mention left = null;
      int k = a.first - 1;
      // "Ithilen's awful and evil minister": a coordinated modifier stays in the phrase.
      while (k >= 0
          && mentionCovering(out, k) == null
          && (isPhraseWord(s.token(k)) || s.token(k).pos().equals("CC"))) {
        k--;
      }
      if (k >= 0 && mentionCovering(out, k) != null && k < a.first) {
        Mention m = mentionCovering(out, k);
        boolean sameWords = k == a.first - 1 || isPhraseWord(s.token(a.first - 1));
        left = sameWords && m.code() != null && m.kind() != Actor.Kind.GROUP ? m : null;
      }
      Mention right = mentionCovering(out, a.last + 1);
      if (right != null && (right.code() == null || right.kind() == Actor.Kind.GROUP)) {
        right = null;
      }
      Mention after = null;
      if (left == null && right == null && a.last + 2 < s.tokens().size()) {
        String next = s.token(a.last + 1).lemma();
        int j = a.last + 2;
        while (j < s.tokens().size() && s.token(j).pos().equals("DT")) {
          j++;
        }
        Mention m = j < s.tokens().size() ? mentionCovering(out, j) : null;
        if (ActorWords.SHIPPED.of("owner-after-preposition").contains(next)
            && m != null
            && m.code() != null) {
          after = m;
        }
      }
      Mention owner = left != null ? left : right != null ? right : after;
      if (owner == null) {
        continue;
      }
      Mention head = right != null ? right : owner;
      int first = left != null ? left.first() : a.first;
      int last = right != null ? right.last() : after != null ? after.last() : a.last;
      out.remove(left);
      out.remove(right);
      out.remove(after);
      Span span = s.spanOf(first, last);
      // A titled person stays that person; "Russian police" and "Russian students" are actors of
      // their own, not Russia.
      boolean person = right != null;
      out.add(
          new Mention(
              s.index(),
              first,
              last,
              span,
              span.of(text),
              person ? head.kind() : Actor.Kind.ORGANIZATION,
              person ? head.dictionary() : null,
              withSector(owner.code(), sector),
              owner.sieve(),
              owner.explained() + " + agent " + a.name.agent().id(),
              List.of(),
              Awaiting.NOTHING,
              owner.role(),
              true));
    }
  }

  private static boolean isPhraseWord(Token t) {
    return t.isAdjective() || t.isNoun() || t.pos().equals("POS") || t.pos().equals("HYPH");
  }

  static Mention mentionCovering(List<Mention> mentions, int token) {
    for (Mention m : mentions) {
      if (m.covers(token)) {
        return m;
      }
    }
    return null;
  }

  /** The code with the sector's three-letter groups it does not already have appended. */
  static ActorCode withSector(ActorCode code, String sector) {
    StringBuilder b = new StringBuilder(code.code());
    for (int i = 0; i + 3 <= sector.length(); i += 3) {
      String group = sector.substring(i, i + 3);
      boolean present = false;
      for (int j = 3; j + 3 <= code.code().length(); j += 3) {
        present |= code.code().substring(j, j + 3).equals(group);
      }
      if (!present) {
        b.append(group);
      }
    }
    return new ActorCode(b.toString());
  }

  private static List<int[]> nerSpans(Sentence s) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < s.tokens().size()) {
      String label = s.token(i).ner();
      if (label.equals("O")) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < s.tokens().size() && s.token(j + 1).ner().equals(label)) {
        j++;
      }
      // Strip a possessive or punctuation the tagger swept in, and honorifics: "Ms Short" is
      // "Short".
      int end = j;
      while (end > i && !Character.isLetterOrDigit(s.token(end).word().charAt(0))) {
        end--;
      }
      int begin = i;
      while (begin < end && HONORIFICS.contains(s.token(begin).word().toLowerCase(Locale.ROOT))) {
        begin++;
      }
      // No person's name opens with an article: the tagger's "An Eriadorian" is a nationality.
      while (begin < end && label.equals("PERSON") && s.token(begin).pos().equals("DT")) {
        begin++;
      }
      out.add(new int[] {begin, end});
      i = j + 1;
    }
    return out;
  }

  /**
   * Whether [first, last] lies inside a role noun: the tagger's "Prince" of "Kuwait's Crown Prince"
   * is a title, no name, and the role noun's phrase is the actor. After an honorific it is a name
   * ("Mr King").
   */
  private static boolean isTitle(Sentence s, List<Hit> agents, int first, int last) {
    if (first > 0 && HONORIFICS.contains(s.token(first - 1).word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (Hit a : agents) {
      if (a.first <= first && last <= a.last) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an organisation the tagger found is named after a dictionary person: the only actor
   * names inside it are people's, and its own words after them give it a sector other than the
   * state's ("the Clinton Foundation"; not "the Trump Organization", whose last word gives no
   * sector, nor "the Reagan Administration", the person's government).
   */
  private boolean namedForPerson(Sentence s, List<Hit> hits, int first, int last, String text) {
    int lastPerson = -1;
    for (Hit h : hits) {
      if (h.name.isActorName() && h.first >= first && h.last <= last) {
        if (h.name.kind() != DictionaryName.Kind.PERSON) {
          return false;
        }
        lastPerson = Math.max(lastPerson, h.last);
      }
    }
    NameSectorSieve.Match m = nameSectors.match(s, first, last, s.spanOf(first, last).of(text));
    return lastPerson >= 0
        && m != null
        && m.first() > lastPerson
        && !STATE_SECTORS.contains(m.sector());
  }

  /**
   * The last token of an organisation named after the dictionary person {@code h} that the tagger
   * did not tag: capitalised words right after the name, untaken, ending in words that give a
   * sector ("the Carter Center"); -1 when there is none.
   */
  private int organizationNamedFor(
      Sentence s, List<Hit> hits, Hit h, String text, boolean[] taken) {
    int end = h.last;
    while (end + 1 < s.tokens().size()
        && isUntaggedNameWord(s.token(end + 1))
        && !isTaken(taken, end + 1, end + 1)
        && !overlapsHit(hits, end + 1, end + 1)) {
      end++;
    }
    if (end == h.last) {
      return -1;
    }
    NameSectorSieve.Match m = nameSectors.match(s, h.first, end, s.spanOf(h.first, end).of(text));
    return m != null && m.first() > h.last && m.last() == end && !STATE_SECTORS.contains(m.sector())
        ? end
        : -1;
  }

  /**
   * A people without a state as an actor, coded once every sentence is read ({@link
   * EthnicGroupSieve}): named alone ("the Kurds"), or by its adjective before a role noun ("Kurdish
   * militias", "Kurdish officials") or an armed group's ground ("Kurdish positions"). A nationality
   * right before it is part of the phrase ("Syrian Kurds").
   */
  private static void addEthnicGroupMentions(
      String text,
      Sentence s,
      List<Hit> hits,
      List<Hit> agents,
      List<Mention> out,
      boolean[] taken) {
    for (Hit h : hits) {
      if (h.name.kind() != DictionaryName.Kind.ETHNIC_GROUP || isTaken(taken, h.first, h.last)) {
        continue;
      }
      int last = -1;
      for (Hit a : agents) {
        if (a.first == h.last + 1
            && s.token(a.last).isNoun()
            && !isModifier(s, a.last)
            && !isTaken(taken, a.first, a.last)) {
          last = a.last;
        }
      }
      int next = h.last + 1;
      if (last < 0
          && next < s.tokens().size()
          && EthnicGroupSieve.ARMED_NOUNS.contains(s.token(next).lemma())
          && !isModifier(s, next)) {
        last = next;
      }
      if (last < 0 && s.token(h.last).isNoun() && !isModifier(s, h.last)) {
        last = h.last; // "the Kurds"
      }
      if (last < 0) {
        continue;
      }
      int first = h.first;
      Hit before = hitAt(hits, first - 1);
      if (before != null
          && before.name.kind() == DictionaryName.Kind.ADJECTIVE
          && !isTaken(taken, before.first, before.last)) {
        first = before.first;
      }
      out.add(
          new Mention(
                  s.index(),
                  first,
                  last,
                  s.spanOf(first, last),
                  s.spanOf(first, last).of(text),
                  Actor.Kind.ORGANIZATION,
                  null,
                  null,
                  ActorSieve.PEOPLE,
                  "people:" + h.name.ethnicGroup().id())
              .awaiting(Awaiting.WHERE_THEY_ARE));
      mark(taken, first, last);
    }
  }

  /** The people's code for a mention made by {@link #addEthnicGroupMentions}. */
  private static Mention codeEthnicGroup(
      Mention m,
      Sentence s,
      List<Hit> hits,
      List<Hit> agents,
      List<Place> places,
      StorySetting setting) {
    Hit people = null;
    for (Hit h : hits) {
      if (h.name.kind() == DictionaryName.Kind.ETHNIC_GROUP && m.covers(h.first)) {
        people = h;
      }
    }
    if (people == null) {
      return m;
    }
    String noun = m.last() == people.last ? null : s.token(m.last()).lemma();
    String agentSector = null;
    for (Hit a : agents) {
      if (a.last == m.last() && a.first > people.last) {
        agentSector = a.name.agent().sector();
      }
    }
    Hit nationality = hitAt(hits, m.first());
    String country =
        nationality != null && nationality.name.kind() == DictionaryName.Kind.ADJECTIVE
            ? nationality.name.country().iso3()
            : null;
    return EthnicGroupSieve.code(
        m,
        s,
        people.name.ethnicGroup(),
        EthnicGroupSieve.sector(agentSector, noun),
        country,
        places,
        setting);
  }

  /** People something happened to: a place before them says where it happened. */
  private static final Set<String> SUFFERERS = ActorWords.SHIPPED.of("sufferer-noun");

  /** Whether a role noun among tokens [from, to] names someone something happened to. */
  private static boolean sufferedThere(Sentence s, List<Hit> agents, int from, int to) {
    for (Hit a : agents) {
      if (a.first >= from && a.last <= to && SUFFERERS.contains(s.token(a.last).lemma())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the tagger finds a person's name among tokens [from, to]. */
  private static boolean personNamedAfter(Sentence s, int from, int to) {
    for (int k = from; k <= to && k < s.tokens().size(); k++) {
      if (s.token(k).ner().equals("PERSON")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a place before role noun {@code a} is whose it is: people and institutions of a sector
   * of their own and officials ("Ohio voters", "Texas officials"), not a body named for what it is
   * about ("his Benghazi committee") or its topic ("Iraq intelligence").
   */
  private static boolean ownedByPlace(Sentence s, Hit a) {
    String id = a.name.agent().id();
    return (a.name.agent().sector() != null
            || id.equals("A.official")
            || id.equals("A.senior-official")
            || id.equals("A.top-official"))
        && !TOPIC_NOUNS.contains(s.token(a.last).lemma());
  }

  /** Whether a place's name covers tokens [first, last]. */
  private static boolean placeCovers(List<Hit> hits, int first, int last) {
    for (Hit h : hits) {
      if (isPlace(h) && h.first <= first && h.last >= last) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWithAgent(List<Hit> agents, int last) {
    for (Hit a : agents) {
      if (a.last == last && a.name.agent().sector() != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a plural nationality noun is counted or qualified as people: "Hundreds of ethnic
   * Serbs", "three Britons", "ordinary Iraqis"; "the Chinese" and "the Americans" may be their
   * states.
   */
  private static boolean countedPeople(Sentence s, int noun) {
    if (!s.token(noun).pos().endsWith("S")) {
      return false;
    }
    for (Dependency d : s.children(noun)) {
      String r = d.relation();
      if (r.equals("nummod") || r.equals("det:qmod")) {
        return true;
      }
      if (r.equals("amod") && PEOPLE_QUALIFIERS.contains(s.token(d.dependent()).lemma())) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> PEOPLE_QUALIFIERS = ActorWords.SHIPPED.of("people-qualifier");

  /** A name after "in", "at", "near" … is where something happened, not who did it. */
  private static boolean isLocative(Sentence s, int first, int last) {
    int head = headOf(s, first, last);
    for (int c : s.childrenOf(head, "case")) {
      if (LOCATIVE.contains(s.token(c).lemma())) {
        return true;
      }
    }
    if (first > 0) {
      String prev = s.token(first - 1).lemma();
      String prev2 = first > 1 ? s.token(first - 2).lemma() : "";
      return LOCATIVE.contains(prev) || (prev.equals("the") && LOCATIVE.contains(prev2));
    }
    return false;
  }

  /**
   * "the two Koreas": a plural country name is a group of countries, handled with the plural
   * references.
   */
  private static boolean isPluralGroup(Sentence s, Hit h) {
    return s.token(h.last).pos().equals("NNPS")
        && s.token(h.last).word().endsWith("s")
        && !h.name.form().endsWith("s");
  }

  /** Whether token {@code i} modifies the next noun rather than heading its own phrase. */
  /**
   * Whether a role noun names who issued what it modifies: "a foreign ministry statement", "an army
   * communique" (the ministry of the article's country issued it).
   */
  private static boolean issuesStatement(Sentence s, int i) {
    for (var d : s.parents(i)) {
      if (d.baseRelation().equals("compound")
          && d.governor() >= 0
          && ISSUED_NOUNS.contains(s.token(d.governor()).lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> ISSUED_NOUNS = ActorWords.SHIPPED.of("issued-noun");

  private static boolean isModifier(Sentence s, int i) {
    for (var d : s.parents(i)) {
      String r = d.baseRelation();
      if (r.equals("compound") || r.equals("amod")) {
        return true;
      }
    }
    return i + 1 < s.tokens().size() && s.token(i + 1).isNoun();
  }

  /** The token of [first, last] whose governor lies outside the range. */
  static int headOf(Sentence s, int first, int last) {
    for (int i = last; i >= first; i--) {
      boolean inside = false;
      for (var d : s.parents(i)) {
        if (d.governor() >= first && d.governor() <= last && !d.relation().endsWith(":xsubj")) {
          inside = true;
        }
      }
      if (!inside) {
        return i;
      }
    }
    return last;
  }

  /**
   * "the two communist powers", "the two dictators", "the two Koreas": several actors named at
   * once.
   */
  private void addGroupMentions(
      String text, Sentence s, List<Hit> hits, List<Mention> out, boolean[] taken) {
    for (int i = 0; i + 1 < s.tokens().size(); i++) {
      Token t = s.token(i);
      boolean both = t.lemma().equals("both");
      if (!(t.lemma().equals("two") || both) || i == 0 && !both) {
        continue;
      }
      if (!both && !s.token(i - 1).lemma().equals("the")) {
        continue;
      }
      int j = i + 1;
      while (j < s.tokens().size() && s.token(j).isAdjective()) {
        j++;
      }
      if (j >= s.tokens().size() || !s.token(j).pos().endsWith("S") || isTaken(taken, j, j)) {
        continue;
      }
      Token noun = s.token(j);
      int first = both ? i : i - 1;
      Span span = s.spanOf(first, j);
      if (STATE_GROUP_NOUNS.contains(noun.lemma())
          || PERSON_GROUP_NOUNS.contains(noun.lemma())
          || noun.pos().equals("NNPS")) {
        ActorSieve sieve =
            STATE_GROUP_NOUNS.contains(noun.lemma())
                ? ActorSieve.GROUP_OF_STATES
                : PERSON_GROUP_NOUNS.contains(noun.lemma())
                    ? ActorSieve.GROUP_OF_PEOPLE
                    : ActorSieve.GROUP;
        String rule =
            sieve == ActorSieve.GROUP_OF_STATES
                ? "group:states"
                : sieve == ActorSieve.GROUP_OF_PEOPLE ? "group:people" : "group:" + noun.word();
        out.add(
            new Mention(
                s.index(),
                first,
                j,
                span,
                span.of(text),
                Actor.Kind.GROUP,
                null,
                null,
                sieve,
                rule));
        mark(taken, first, j);
      }
    }
  }

  /**
   * "IMF envoy Abdel-Shakour Shaalan": a name the tagger missed after a title is a person, coded
   * later from the title like any other. The title is a state office or one of inherited sector
   * ("official", "spokesman") with its owner named before it; the name is the capitalised proper
   * nouns right after it that the parse makes the title's head, at least two words of them, none
   * known or tagged as anything else.
   */
  private static void addUntaggedTitledNames(
      String text,
      Sentence s,
      List<Hit> hits,
      List<Hit> agents,
      List<Mention> out,
      boolean[] taken) {
    for (Hit a : agents) {
      String sector = a.name.agent().sector();
      if (sector != null && !STATE_SECTORS.contains(sector)) {
        continue; // "market leader Best Buy", "retailer Foo Bar": a company's name, not a person's
      }
      int first = a.last + 1;
      int last = first - 1;
      int words = 0;
      while (last + 1 < s.tokens().size() && isUntaggedNameWord(s.token(last + 1))) {
        last++;
        words += s.token(last).pos().equals("HYPH") ? 0 : 1;
      }
      if (words < 2
          || s.token(first).pos().equals("HYPH")
          || s.token(last).pos().equals("HYPH")
          || !modifies(s, a.last, last, last)
          || isTaken(taken, first, last)
          || overlapsHit(hits, first, last)
          || !ownedTitle(s, hits, a)) {
        continue;
      }
      Span span = s.spanOf(first, last);
      out.add(
          new Mention(
              s.index(),
              first,
              last,
              span,
              span.of(text),
              Actor.Kind.PERSON,
              null,
              null,
              null,
              null));
      mark(taken, first, last);
    }
  }

  /**
   * Capitalised words alone after "the" that nothing else claims: candidates for an organisation's
   * short name, kept only where the article named the organisation before.
   */
  private static void addShortNameCandidates(
      String text, Sentence s, List<Hit> hits, List<Mention> out, boolean[] taken) {
    for (int i = 1; i < s.tokens().size(); i++) {
      boolean alone = i + 1 == s.tokens().size() || !s.token(i + 1).isProperNoun();
      Token t = s.token(i);
      // The tagger may read a capitalised short name as a common noun: "the Community" is NN.
      boolean nameWord =
          (t.pos().equals("NNP") || t.pos().equals("NN"))
              && t.ner().equals("O")
              && Character.isUpperCase(t.word().charAt(0))
              && !t.word().equals(t.word().toUpperCase(Locale.ROOT));
      if (s.token(i - 1).lemma().equals("the")
          && alone
          && nameWord
          && !isTaken(taken, i, i)
          && !overlapsHit(hits, i, i)) {
        Span span = s.token(i).span();
        out.add(
            new Mention(
                s.index(),
                i,
                i,
                span,
                span.of(text),
                Actor.Kind.ORGANIZATION,
                null,
                null,
                ActorSieve.ORGANIZATION_ANAPHOR,
                ORGANIZATION_ANAPHOR));
        mark(taken, i, i);
      }
    }
  }

  /** Whether an organisation or country is named in the title words before role noun {@code a}. */
  private static boolean ownedTitle(Sentence s, List<Hit> hits, Hit a) {
    int start = leftChainStart(s, a.first);
    for (Hit h : hits) {
      if (h.name.isActorName() && h.first >= start && h.last < a.first) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlapsHit(List<Hit> hits, int first, int last) {
    for (Hit h : hits) {
      if (h.first <= last && h.last >= first) {
        return true;
      }
    }
    return false;
  }

  /** A word of a name: capitalised, not an acronym, and not tagged as any entity. */
  private static boolean isUntaggedNameWord(Token t) {
    if (t.pos().equals("HYPH")) {
      return true;
    }
    String w = t.word();
    return t.pos().equals("NNP")
        && t.ner().equals("O")
        && Character.isUpperCase(w.charAt(0))
        && !w.equals(w.toUpperCase(Locale.ROOT));
  }

  /** "an EU member", "NATO countries": the organisation's member states, not the organisation. */
  private static final Set<String> MEMBER_STATE_NOUNS = ActorWords.SHIPPED.of("member-state-noun");

  /**
   * The role noun at {@code a} together with the organisation written before it from {@code owner}
   * ("EU leaders", "the Tory spokesman") as one mention coded {@code code}; the organisation's own
   * mention becomes part of it.
   */
  private static void addOwnedRoleNoun(
      String text,
      Sentence s,
      Hit a,
      int owner,
      ActorCode code,
      ActorCode organization,
      List<Mention> out,
      boolean[] taken) {
    out.removeIf(m -> m.first() >= owner && m.last() < a.first);
    out.add(
        Mention.roleNoun(
            text,
            s,
            owner,
            a.last,
            code,
            a.name.agent().id(),
            "role-noun:" + a.name.agent().id() + " of " + organization,
            List.of()));
    mark(taken, owner, a.last);
  }

  /**
   * Role nouns that name an actor together with a country: "Chinese officials", "the Russian army".
   */
  private void addRoleNounMentions(
      String text,
      Sentence s,
      List<Hit> hits,
      List<Hit> agents,
      List<Mention> out,
      boolean[] taken) {
    boolean dyad = dyadConventions();
    for (Hit a : agents) {
      boolean issuer = dyad && issuesStatement(s, a.last);
      if (isTaken(taken, a.first, a.last)
          || !s.token(a.last).isNoun()
          || isModifier(s, a.last) && !issuer) {
        continue;
      }
      String country = null;
      String ownerPlace = null;
      ActorCode igo = null;
      ActorCode nationalOrg = null;
      int orgFirst = -1;
      int first = a.first;
      for (int k = a.first - 1; k >= 0; k--) {
        Token t = s.token(k);
        if (!(t.isAdjective()
            || t.isProperNoun()
            || t.pos().equals("POS")
            || t.pos().equals("HYPH")
            || t.isNoun())) {
          break;
        }
        Hit h = hitAt(hits, k);
        Hit place = h == null && dyad ? placeHitAt(hits, k) : null;
        if (h != null && h.name.country() != null && h.name.kind() != DictionaryName.Kind.METONYM) {
          country = h.name.country().iso3();
          first = h.first;
          k = h.first;
        } else if (place != null
            && !isTaken(taken, place.first, place.last)
            && ownedByPlace(s, a)) {
          // "Ohio voters", "Aleppo residents", "Texas officials": a place owns as its country does.
          country = place.name.place().country();
          ownerPlace = place.name.place().id();
          first = place.first;
          k = place.first;
        } else if (h != null
            && h.name.organization() != null
            && !h.name.organization().code().isState()) {
          igo = h.name.organization().code();
          first = h.first;
          k = h.first;
        } else if (dyad
            && h != null
            && h.name.kind() == DictionaryName.Kind.ORGANIZATION
            && h.name.organization().code().isState()
            && h.name.organization().code().sector() != null
            && nationalOrg == null) {
          nationalOrg = h.name.organization().code();
          orgFirst = h.first;
          k = h.first;
        }
      }
      if (country == null
          && igo == null
          && nationalOrg != null
          && !isTaken(taken, a.first, a.last)) {
        // "the Tory spokesman", "a Labour MP", "CBI director general": a national organisation
        // written before a role noun owns it; the role noun's own sector if it has one (an MP is a
        // legislator), the organisation's otherwise (a party's spokesman speaks for the party).
        String sector =
            a.name.agent().sector() == null ? nationalOrg.sector() : a.name.agent().sector();
        addOwnedRoleNoun(
            text,
            s,
            a,
            orgFirst,
            ActorCode.of(nationalOrg.country(), sector),
            nationalOrg,
            out,
            taken);
        continue;
      }
      if (country == null
          && igo != null
          && !MEMBER_STATE_NOUNS.contains(s.token(a.last).lemma())
          && !isTaken(taken, a.first, a.last)) {
        // "EU leaders", "NATO commanders": the organisation's own code; the organisation's name
        // becomes part of the role noun's phrase.
        addOwnedRoleNoun(text, s, a, first, igo, igo, out, taken);
        continue;
      }
      // "US officials", "the North Korean leader": a role noun that takes its sector from what it
      // belongs to
      // is the government's when it belongs to a country directly.
      String sector = a.name.agent().sector() == null ? "GOV" : a.name.agent().sector();
      if (country == null && igo == null) {
        // "the leaders of Sri Lanka", "the president of France", "soldiers from Gondor": the
        // country follows in an "of" or "from" phrase.
        int k = a.last + 1;
        if (k + 1 < s.tokens().size()
            && ActorWords.SHIPPED.of("country-after-preposition").contains(s.token(k).lemma())) {
          Hit h =
              possessed(
                  s, hits, hitAt(hits, s.token(k + 1).pos().equals("DT") ? k + 2 : k + 1), dyad);
          if (h != null
              && h.name.country() != null
              && h.name.kind() == DictionaryName.Kind.COUNTRY
              && !isTaken(taken, a.first, k)
              && !insideLongerName(out, h)) {
            // The country's own mention becomes part of the role noun's phrase.
            out.removeIf(m -> m.first() >= h.first && m.last() <= h.last);
            String ofSector = a.name.agent().sector() == null ? "GOV" : a.name.agent().sector();
            out.add(
                Mention.roleNoun(
                    text,
                    s,
                    a.first,
                    h.last,
                    ActorCode.of(h.name.country().iso3(), ofSector),
                    a.name.agent().id(),
                    "role-noun:" + a.name.agent().id() + " of " + h.name.country().id(),
                    List.of()));
            mark(taken, a.first, h.last);
            continue;
          }
          // "infantry and armour of the Revolutionary Guards", "a spokesman of Xinhua": a
          // national organisation after "of"/"from" gives its country, and its sector to a role
          // noun that has none of its own. (PETRARCH composes the organisation's whole code.)
          if (dyad
              && h != null
              && h.name.kind() == DictionaryName.Kind.ORGANIZATION
              && h.name.organization().code().isState()
              && h.name.organization().code().sector() != null
              && !isTaken(taken, a.first, k)
              && !insideLongerName(out, h)) {
            ActorCode org = h.name.organization().code();
            String ofSector =
                a.name.agent().sector() == null ? org.sector() : a.name.agent().sector();
            out.removeIf(m -> m.first() >= h.first && m.last() <= h.last);
            out.add(
                Mention.roleNoun(
                    text,
                    s,
                    a.first,
                    h.last,
                    ActorCode.of(org.country(), ofSector),
                    a.name.agent().id(),
                    "role-noun:" + a.name.agent().id() + " of " + h.name.organization().id(),
                    List.of()));
            mark(taken, a.first, h.last);
            continue;
          }
        }
      }
      if (country == null) {
        // "the government", "ministers", "police": a state institution named without its country is
        // the article's country's, which is known only once every sentence has been read.
        String own = a.name.agent().sector();
        // "the government", "this government" (a speaker's own), and "his government" (the
        // finance minister's), which in a story is nearly always the government the story is about.
        boolean definite =
            a.first > 0
                    && (s.token(a.first - 1).lemma().equals("the")
                        || s.token(a.first - 1).lemma().equals("this")
                        || s.token(a.first - 1).pos().equals("PRP$"))
                // "the environment select committee": the determiner before its common-noun
                // modifiers
                || definiteBefore(s, a.first);
        boolean bare = a.first == 0 || !s.token(a.first - 1).pos().equals("DT");
        // "The regime" is the government the story is against, seldom the story's own: left
        // uncoded.
        // PETRARCH has no article's country: its role noun takes the actor of its own phrase
        // (composeAgents), or none.
        boolean institution =
            own != null
                && !s.token(a.last).lemma().equals("regime")
                && (STATE_SECTORS.contains(own)
                    || NATIONAL_POLITICS_SECTORS.contains(own)
                    || INSURGENT_SECTORS.contains(own))
                && (definite
                    || issuer
                    || bare && s.token(a.last).pos().equals("NNS")
                    // "police" is plural whatever its tag: "clashed with police in Hong Kong"
                    || bare && "COP".equals(own));
        // Gunmen, bombers and militants no one names are coded where they strike ("Gunmen
        // kidnapped three aid workers in Somalia", "A suicide bomber killed 12 people in Kabul"),
        // else as the story's country's, as CAMEO codes unidentified armed forces.
        boolean unnamedArmed =
            "UAF".equals(own)
                && (bare
                    || s.token(a.first - 1).lemma().equals("a")
                    || s.token(a.first - 1).lemma().equals("an")
                    || definite);
        institution = institution || unnamedArmed;
        // "the committee" after "the environment select committee": a body named by its kind
        // alone is the one of that kind named before, once every sentence is read (else no one: a
        // kind alone says no sector).
        boolean kindAlone =
            own == null && a.first > 0 && s.token(a.first - 1).lemma().equals("the");
        if (dyad && (institution || kindAlone) && !isTaken(taken, a.first, a.last)) {
          out.add(
              Mention.roleNoun(
                      text,
                      s,
                      a.first,
                      a.last,
                      null,
                      a.name.agent().id(),
                      "role-noun:" + a.name.agent().id(),
                      List.of())
                  .awaiting(Awaiting.ARTICLE_COUNTRY));
          mark(taken, a.first, a.last);
        } else if (dyad
            && !isTaken(taken, a.first, a.last)
            && GroupSettingSieve.isGroup(s, a.first, a.last, own)) {
          // "voters", "protesters", "the families": where the story puts them, once read. The
          // words that qualify them belong to the group's name ("regional analysts").
          int groupFirst = a.first;
          while (groupFirst > 0
              && (s.token(groupFirst - 1).isAdjective() || s.token(groupFirst - 1).isNoun())
              && modifies(s, groupFirst - 1, groupFirst, a.last)
              && !isTaken(taken, groupFirst - 1, groupFirst - 1)
              && !overlapsHit(hits, groupFirst - 1, groupFirst - 1)) {
            groupFirst--;
          }
          out.add(
              Mention.roleNoun(
                      text,
                      s,
                      groupFirst,
                      a.last,
                      null,
                      a.name.agent().id(),
                      "role-noun:" + a.name.agent().id(),
                      List.of())
                  .awaiting(Awaiting.STORY_SETTING));
          mark(taken, groupFirst, a.last);
        }
        continue;
      }
      if (isTaken(taken, first, a.last)) {
        // "China's foreign ministry": the possessor is an actor of its own; the role noun phrase
        // after it is another, of the same country. Only a true possessive splits so.
        int k = a.first - 1;
        while (k >= 0 && s.token(k).isAdjective()) {
          k--;
        }
        if (!dyad || k < 0 || !s.token(k).pos().equals("POS")) {
          continue;
        }
        first = a.first;
        while (first > 0
            && s.token(first - 1).isAdjective()
            && !isTaken(taken, first - 1, first - 1)) {
          first--;
        }
        if (isTaken(taken, first, a.last)) {
          continue;
        }
      }
      out.add(
          Mention.roleNoun(
              text,
              s,
              first,
              a.last,
              ActorCode.of(country, sector),
              a.name.agent().id(),
              "role-noun:" + a.name.agent().id() + (ownerPlace == null ? "" : " of " + ownerPlace),
              List.of()));
      mark(taken, first, a.last);
    }
  }

  /**
   * Whether a country's name is only part of another name: the "Japan" of "the president of the
   * Japan Chamber of Commerce" owns nothing.
   */
  private static boolean insideLongerName(List<Mention> out, Hit h) {
    Mention m = mentionCovering(out, h.first);
    return m != null && (m.first() < h.first || m.last() > h.last);
  }

  private static Hit hitAt(List<Hit> hits, int token) {
    for (Hit h : hits) {
      if (h.name.isActorName() && h.first <= token && token <= h.last) {
        return h;
      }
    }
    return null;
  }

  /**
   * Codes a name the dictionary does not know from the words around it: the title before it and an
   * apposition after it give a country and a sector, as an organisation's own name does ({@link
   * NameSectorSieve}); a state institution with no country named belongs to the country the article
   * is about, and a company, union, charity or person of another sector ("X, a union leader") to
   * the one it is set in ({@code setting}, may be null).
   */
  private Mention codeFromContext(
      Mention m,
      Sentence s,
      List<Hit> hits,
      List<Hit> agents,
      String salient,
      StorySetting setting,
      Hit description) {
    if (m.kind() == Actor.Kind.GROUP) {
      return m;
    }
    if (m.awaiting() == Awaiting.ARTICLE_COUNTRY) {
      if (salient == null) {
        return m;
      }
      String sector = null;
      for (Hit a : agents) {
        if (a.first == m.first() && a.last == m.last()) {
          sector = a.name.agent().sector();
        }
      }
      if (sector == null) {
        return m; // "the committee" with no committee named before: which, the words do not say
      }
      return m.withCode(ActorCode.of(salient, sector));
    }
    int leftStart = leftChainStart(s, m.first());
    int[] appos = apposition(s, m.last());
    String country = null;
    String sector = null;
    String evidence = null;
    boolean byArticleCountry = false;
    // Country: nearest in the title, else within an organisation's own name, else the apposition.
    int titleStart =
        m.kind() == Actor.Kind.PERSON ? coordinatedTitlesStart(s, leftStart, agents) : leftStart;
    // A place counts as its country: "Ohio Gov. John Kasich", "the University of Texas"; not
    // where something happened to the named ("Benghazi victim Sean Smith").
    for (int k = m.first() - 1; k >= titleStart && country == null; k--) {
      Hit place = placeHitAt(hits, k);
      if (place != null && sufferedThere(s, agents, place.last + 1, m.first() - 1)) {
        continue;
      }
      country = countryAt(hits, k);
      evidence = "title";
    }
    if (country == null && m.kind() == Actor.Kind.ORGANIZATION) {
      for (Hit h : hits) {
        if (h.first >= m.first() && h.last <= m.last() && countryOrPlace(h) != null) {
          country = countryOrPlace(h);
          evidence = "name";
          break;
        }
      }
    }
    if (country == null && appos != null) {
      for (Hit h : hits) {
        // A place says where the named is from ("a teacher from Houston", "the Las Vegas casino
        // magnate", "D-S.D."), not where another person named after it is ("mother of Benghazi
        // victim Sean Smith").
        boolean placed = !isPlace(h) || !personNamedAfter(s, h.last + 1, appos[1]);
        if (h.first >= appos[0] && h.last <= appos[1] && countryOrPlace(h) != null && placed) {
          country = countryOrPlace(h);
          evidence = "apposition";
          break;
        }
      }
    }
    // The organisation named in the title or apposition ("Asia director of Human Rights Watch", "a
    // Labour
    // Party spokesman"): its code is the person's when nothing more specific is said.
    ActorCode employer = null;
    for (Hit h : hits) {
      boolean inTitle = h.first >= leftStart && h.last < m.first();
      boolean inAppos = appos != null && h.first >= appos[0] && h.last <= appos[1];
      if (h.name.organization() != null && (inTitle || inAppos) && m.kind() == Actor.Kind.PERSON) {
        employer = h.name.organization().code();
        break;
      }
    }
    if (country == null && employer != null && !employer.isState()) {
      return m.codedBy(ActorSieve.EMPLOYER, employer, "context:employer " + employer, null);
    }
    if (country == null && m.kind() == Actor.Kind.ORGANIZATION) {
      // "the Korean Peninsula Future Forum in Seoul": where an organisation is based names its
      // country.
      int k = m.last() + 1;
      if (k < s.tokens().size()
          && ActorWords.SHIPPED.of("based-preposition").contains(s.token(k).lemma())) {
        for (Hit h : hits) {
          if (h.first > k
              && h.first <= k + 3
              && countryOrPlace(h) != null
              && h.name.kind() != DictionaryName.Kind.ADJECTIVE) {
            country = countryOrPlace(h);
            evidence = "location";
            break;
          }
        }
      }
    }
    // Sector: the role noun nearest the name that has one.
    List<Hit> roleNouns = new ArrayList<>();
    for (Hit a : agents) {
      boolean inTitle = a.first >= leftStart && a.last < m.first();
      boolean inName =
          m.kind() == Actor.Kind.ORGANIZATION && a.first >= m.first() && a.last <= m.last();
      boolean inAppos = appos != null && a.first >= appos[0] && a.last <= appos[1];
      if (inTitle || inName || inAppos) {
        roleNouns.add(a);
      }
    }
    roleNouns.sort(Comparator.comparingInt(a -> distance(a, m)));
    String sectorRule = null;
    String sectorRole = null; // the role noun's id that gave the sector
    NameSectorSieve.Match named =
        m.kind() == Actor.Kind.ORGANIZATION
            ? nameSectors.match(s, m.first(), m.last(), m.text())
            : null;
    // A longer role noun inside the name outranks shorter name words: "the Iranian National News
    // Agency" is a news agency, "the Central Bank of Egypt" a central bank.
    for (Hit a : roleNouns) {
      if (named != null
          && a.first >= m.first()
          && a.last <= m.last()
          && a.name.agent().sector() != null
          && a.last - a.first > named.last() - named.first()) {
        named = null;
      }
    }
    if (named != null) {
      sector = named.sector();
      sectorRule = named.rule();
    }
    for (Hit a : roleNouns) {
      if (sector == null && a.name.agent().sector() != null) {
        sector = a.name.agent().sector();
        sectorRule = a.name.agent().id();
        sectorRole = a.name.agent().id();
        break;
      }
    }
    if (sector == null && description != null) {
      sector = description.name.agent().sector();
      sectorRule = "description the " + description.name.form();
    }
    for (int k = leftStart; k < m.first(); k++) {
      if (s.token(k).lemma().equals("shadow") && sector != null && STATE_SECTORS.contains(sector)) {
        sector = "OPP"; // the Westminster opposition's front bench: "shadow foreign secretary"
        sectorRule = sectorRule + " shadow";
      }
      if (FORMER.contains(s.token(k).word().toLowerCase(Locale.ROOT))
          && sector != null
          && STATE_SECTORS.contains(sector)) {
        sector = "ELI";
        sectorRule = sectorRule + " former";
      }
    }
    if (country == null
        && sector != null
        && (STATE_SECTORS.contains(sector) || sector.equals("ELI"))
        && salient != null) {
      country = salient;
      evidence = "article-country";
      byArticleCountry = true;
    }
    // A company may be foreign wherever it acts ("General Electric said it would build a power
    // plant in Baghdad"): only a story that names no other country gives it its own.
    if (country == null
        && sector != null
        && !STATE_SECTORS.contains(sector)
        && setting != null
        && setting.country() != null
        && (!sector.equals("BUS") || setting.namesNoOtherCountry())) {
      country = setting.country();
      evidence = setting.rule();
    }
    if (country == null) {
      return m;
    }
    if (sector == null
        && employer != null
        && employer.isState()
        && employer.country().equals(country)) {
      sector = employer.sector();
      sectorRule = "employer " + employer;
    }
    String rule = "context:" + evidence + (sectorRule == null ? "" : " " + sectorRule);
    ActorSieve by = byArticleCountry ? ActorSieve.ARTICLE_COUNTRY : ActorSieve.CONTEXT;
    return m.codedBy(by, ActorCode.of(country, sector), rule, sectorRole);
  }

  private static int distance(Hit a, Mention m) {
    return a.last < m.first() ? m.first() - a.last : Math.abs(a.first - m.last());
  }

  /** The country of an actor's name or of a place; null for agents, peoples and IGOs. */
  private static String countryOrPlace(Hit h) {
    if (isPlace(h)) {
      return h.name.place().country();
    }
    return h.name.isActorName() ? countryOf(h) : null;
  }

  private static String countryOf(Hit h) {
    if (h.name.country() != null) {
      return h.name.country().iso3();
    }
    if (h.name.organization() != null && h.name.organization().code().isState()) {
      return h.name.organization().code().country();
    }
    return null;
  }

  /**
   * First token of the title words directly before a name ("Foreign Ministry spokesman", "Secretary
   * of State").
   */
  static int leftChainStart(Sentence s, int first) {
    int k = first - 1;
    while (k >= 0) {
      Token t = s.token(k);
      boolean ofInTitle = t.lemma().equals("of") && k > 0 && s.token(k - 1).isProperNoun();
      if (t.isNoun()
          || t.isAdjective()
          || t.pos().equals("POS")
          || t.pos().equals("HYPH")
          || ofInTitle
          || (t.pos().equals("VBN")
              && k + 1 < first
              && s.token(k + 1).isNoun()
              && !s.hasChild(k, "nsubj"))) {
        // A participle with a subject of its own is a clause's verb ("whether ministers approved
        // Mr Mubanga's transfer"), not part of a title ("jailed opposition leader X").
        k--;
      } else {
        break;
      }
    }
    return k + 1;
  }

  /**
   * "Kuwait's Crown Prince and Prime Minister Sheikh Saad": titles joined by "and" before a
   * person's name are all the holder's, so the country of the first is the name's. The first token
   * of the first such title, or {@code leftStart} when no title (a role noun outside any other
   * name: not the "Consortium" of "the British Retail Consortium and accountants KPMG") ends right
   * before the "and".
   */
  private static int coordinatedTitlesStart(Sentence s, int leftStart, List<Hit> agents) {
    int start = leftStart;
    while (start >= 2
        && s.token(start - 1).lemma().equals("and")
        && endsTitle(s, agents, start - 2)) {
      start = leftChainStart(s, start - 1);
    }
    return start;
  }

  private static boolean endsTitle(Sentence s, List<Hit> agents, int token) {
    for (Hit a : agents) {
      String ner = s.token(token).ner();
      if (a.last == token && (ner.equals("O") || ner.equals("PERSON"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The words of an apposition after a name: ", senior fellow at … in Seoul, South Korea," up to
   * the verb or the next clause.
   */
  static int[] apposition(Sentence s, int last) {
    int k = last + 1;
    if (k + 1 >= s.tokens().size() || !s.token(k).word().equals(",")) {
      return null;
    }
    Token first = s.token(k + 1);
    if (!(first.pos().equals("DT") || first.isAdjective() || first.isNoun())) {
      return null;
    }
    int end = k + 1;
    while (end + 1 < s.tokens().size()) {
      Token t = s.token(end + 1);
      if (t.pos().equals("VBD")
          || t.pos().equals("VBZ")
          || t.pos().equals("VBP")
          || t.pos().equals("MD")
          || t.word().equals("''")
          || t.word().equals("\u201d")
          || t.word().equals("\"")
          || s.parents(end + 1).stream().anyMatch(d -> d.baseRelation().equals("mark"))) {
        // A finite verb, a closing quote, or a clause opener ("…, years after crowds burned …")
        // ends the noun phrase.
        break;
      }
      end++;
    }
    return new int[] {k + 1, end};
  }

  private ActorAnalysis merge(
      AnnotatedArticle article,
      List<List<Mention>> mentions,
      Map<Integer, List<Place>> places,
      List<List<Hit>> agentHits,
      List<List<Hit>> allHits) {
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
                    headOf(s, m.first(), m.last())));
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
              b.sieve == null ? null : b.sieve.id));
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
      for (Hit h : allHits.get(i)) {
        if (h.name.country() != null
            && (h.name.kind() == DictionaryName.Kind.ADJECTIVE
                || h.name.kind() == DictionaryName.Kind.COUNTRY)) {
          countryWords
              .computeIfAbsent(i, k -> new ArrayList<>())
              .add(new Place(h.name.form(), h.name.country().iso3(), h.span));
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
      for (Hit h : allHits.get(i)) {
        int sentence = i;
        boolean insideMention =
            resolved.getOrDefault(sentence, List.of()).stream()
                .anyMatch(m -> m.span().contains(h.span.begin()));
        if (dyadConventions()
            && h.name.kind() == DictionaryName.Kind.ADJECTIVE
            && !insideMention // "Chinese police" is CHNCOP's, no separate China
            && !states.contains(h.name.country().iso3())) {
          adjectiveOnly
              .computeIfAbsent(h.name.country().iso3(), k -> new ArrayList<>())
              .add(h.span);
          names.put(h.name.country().iso3(), h.name.country().name());
          entries.put(h.name.country().iso3(), h.name.country().id());
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
                    ActorSieve.NATIONALITY_ONLY.id)));
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

    private static String canonicalName(Mention m) {
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

  private static Builder builderFor(Mention m, List<Builder> builders) {
    // A partial person name joins the most recent person whose name contains it.
    if (m.kind() == Actor.Kind.PERSON) {
      List<String> words = m.words();
      for (int i = builders.size() - 1; i >= 0; i--) {
        Builder b = builders.get(i);
        if (b.kind == Actor.Kind.PERSON
            && !b.words.equals(words)
            && b.words.containsAll(words)
            && words.size() < b.words.size()) {
          return b;
        }
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
    for (int k = leftChainStart(s, m.first()); k < m.first(); k++) {
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
          && b.code.country().equals(m.code().country())) {
        return b;
      }
    }
    return null;
  }

  /** The two most recent states or people before a group reference. */
  private List<Builder> groupMembers(Mention m, List<Builder> builders) {
    List<Builder> out = new ArrayList<>();
    if (m.dictionary() != null) {
      // "the two Koreas": every country whose name contains the word.
      String word = m.dictionary().form().toLowerCase(Locale.ROOT);
      for (CountryEntry c : lexicon.countries()) {
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
      List<List<Hit>> agentHits,
      Map<Integer, List<ResolvedMention>> resolved) {
    Map<Integer, List<ResolvedMention>> out = new HashMap<>();
    String text = article.text();
    for (Sentence s : article.sentences()) {
      for (Hit a : agentHits.get(s.index())) {
        if (!s.token(a.last).isNoun()) {
          continue;
        }
        int first = a.first;
        while (first > 0
            && (s.token(first - 1).isAdjective()
                || s.token(first - 1).pos().equals("DT")
                || s.token(first - 1).isNoun()
                || s.token(first - 1).pos().equals("CD"))) {
          first--;
        }
        Span span = s.spanOf(first, a.last);
        out.computeIfAbsent(s.index(), k -> new ArrayList<>())
            .add(new ResolvedMention(List.of(), List.of(), span, span.of(text), a.last));
      }
    }
    return out;
  }

  private static void mark(boolean[] taken, int first, int last) {
    for (int i = first; i <= last; i++) {
      taken[i] = true;
    }
  }

  private static boolean isTaken(boolean[] taken, int first, int last) {
    for (int i = first; i <= last; i++) {
      if (taken[i]) {
        return true;
      }
    }
    return false;
  }
}
