package org.dyad.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.lexicon.DictionaryName;
import org.dyad.lexicon.PersonEntry;
import org.dyad.model.Actor;
import org.dyad.model.Sentence;

/**
 * Sieve {@code A.find.named-entity}: the names the tagger finds (people and organisations) that no
 * dictionary name covers, uncoded until the coding sieves read their context; a name that contains
 * a dictionary name keeps the longer name ("Chinese Academy of Agricultural Sciences" is one
 * organisation, "Duyeon Kim" is not the "Kim" of the dictionary). With rule {@code
 * A.rule.surname-office-holder} on, a bare surname is the one dictionary person of that surname in
 * office on the article's date in a country the article names. Immutable.
 */
final class NamedEntitySieve implements FindingSieve {
  private final NameSectorSieve nameSectors;
  private final Map<String, List<PersonEntry>> bySurname;
  private final boolean surnameOfficeHolder;
  private final boolean surnameAnywhere;

  NamedEntitySieve(
      NameSectorSieve nameSectors,
      List<PersonEntry> people,
      boolean surnameOfficeHolder,
      boolean surnameAnywhere) {
    this.nameSectors = nameSectors;
    this.surnameOfficeHolder = surnameOfficeHolder;
    this.surnameAnywhere = surnameAnywhere;
    Map<String, List<PersonEntry>> index = new HashMap<>();
    for (PersonEntry p : people) {
      String[] words = p.name().split("\\s+");
      if (words.length >= 2) {
        index
            .computeIfAbsent(
                words[words.length - 1].toLowerCase(Locale.ROOT), k -> new ArrayList<>())
            .add(p);
      }
    }
    this.bySurname = Map.copyOf(index);
  }

  @Override
  public void find(SentenceDraft d) {
    String text = d.text();
    Sentence s = d.s();
    List<DictionaryHit> hits = d.hits();
    List<DictionaryHit> agents = d.agents();
    List<Mention> out = d.out();
    boolean[] taken = d.taken();
    // Named entities that contain dictionary names keep the longer name: "Chinese Academy of
    // Agricultural Sciences" is one organisation, "Duyeon Kim" is not the "Kim" of the dictionary.
    for (int[] ner : d.nerSpans()) {
      boolean dictionaryCovers = false;
      for (DictionaryHit h : hits) {
        if (h.name().isActorName() && h.first() <= ner[0] && h.last() >= ner[1]) {
          dictionaryCovers = true;
        }
      }
      String label = s.token(ner[0]).ner();
      if (dictionaryCovers || label.equals("PERSON") && isTitle(s, agents, ner[0], ner[1])) {
        continue;
      }
      if (!label.equals("PERSON") && DictionaryHit.placeCovers(hits, ner[0], ner[1])) {
        continue; // "Kurdish militias in Afrin": a place the tagger took for an organisation
      }
      if (namesLegislation(s, ner[0], ner[1])) {
        continue; // "the government's Gambling Bill", "the Terrorism Act": a text, not an actor
      }
      boolean containsCountryWordOnly = true;
      boolean containsActorName = false;
      for (DictionaryHit h : hits) {
        if (h.name().isActorName() && h.first() >= ner[0] && h.last() <= ner[1]) {
          containsActorName = true;
          if (h.name().kind() == DictionaryName.Kind.PERSON
              || h.name().kind() == DictionaryName.Kind.ORGANIZATION) {
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
      boolean orgNoun = DictionaryHit.endsWithAgent(agents, ner[1]);
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
      Phrases.mark(taken, ner[0], ner[1]);
      // "Dr Fox" in a British story is not Mexico's President Fox; "Mr Kennedy" in a British
      // story is Charles Kennedy, not the American justice then in office.
      PersonEntry holder =
          kind == Actor.Kind.PERSON && ner[0] == ner[1] && surnameOfficeHolder
              ? officeHolderBySurname(s.token(ner[0]).word(), d.date(), knownCountries(d))
              : null;
      if (holder == null
          && kind == Actor.Kind.PERSON
          && ner[0] == ner[1]
          && surnameOfficeHolder
          && surnameAnywhere
          && d.homeCountry() == null) {
        // "Sanders endorsed Clinton" in a 2016 story that names no country: the one holder.
        holder = officeHolderBySurname(s.token(ner[0]).word(), d.date(), null);
      }
      if (holder != null) {
        PersonEntry.Role role = holder.roleOn(d.date());
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
  }

  static List<int[]> nerSpans(Sentence s) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < s.tokens().size()) {
      String label = s.token(i).ner();
      if (label.equals("O")) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < s.tokens().size()
          && s.token(j + 1).ner().equals(label)
          && !(label.equals("PERSON")
              && isFiniteVerb(s.token(j + 1))
              && j + 2 < s.tokens().size()
              && s.token(j + 2).ner().equals(label))) {
        j++;
      }
      if (j + 1 < s.tokens().size() && s.token(j + 1).ner().equals(label)) {
        // A headline's "Chris Christie Calls Hillary Clinton": the tagger ran two names together
        // over the verb between them, which belongs to neither.
        addRun(s, label, i, j, out);
        i = j + 2;
        continue;
      }
      addRun(s, label, i, j, out);
      i = j + 1;
    }
    return out;
  }

  /** A finite verb's tag: a name holds none. */
  private static boolean isFiniteVerb(org.dyad.model.Token t) {
    return t.pos().equals("VBZ") || t.pos().equals("VBD") || t.pos().equals("VBP");
  }

  /** Adds the run [i, j] of {@code label}, trimmed. */
  private static void addRun(Sentence s, String label, int i, int j, List<int[]> out) {
    // Strip a possessive or punctuation the tagger swept in, and honorifics: "Ms Short" is
    // "Short".
    int end = j;
    while (end > i && !Character.isLetterOrDigit(s.token(end).word().charAt(0))) {
      end--;
    }
    int begin = i;
    while (begin < end
        && ActorResolver.HONORIFICS.contains(s.token(begin).word().toLowerCase(Locale.ROOT))) {
      begin++;
    }
    // No person's name opens with an article: the tagger's "An Eriadorian" is a nationality.
    while (begin < end && label.equals("PERSON") && s.token(begin).pos().equals("DT")) {
      begin++;
    }
    out.add(new int[] {begin, end});
  }

  /**
   * Whether [first, last] lies inside a role noun: the tagger's "Prince" of "Kuwait's Crown Prince"
   * is a title, no name, and the role noun's phrase is the actor. After an honorific it is a name
   * ("Mr King").
   */
  private static boolean isTitle(Sentence s, List<DictionaryHit> agents, int first, int last) {
    if (first > 0
        && ActorResolver.HONORIFICS.contains(s.token(first - 1).word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (DictionaryHit a : agents) {
      if (a.first() <= first && last <= a.last()) {
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
  private boolean namedForPerson(
      Sentence s, List<DictionaryHit> hits, int first, int last, String text) {
    int lastPerson = -1;
    for (DictionaryHit h : hits) {
      if (h.name().isActorName() && h.first() >= first && h.last() <= last) {
        if (h.name().kind() != DictionaryName.Kind.PERSON) {
          return false;
        }
        lastPerson = Math.max(lastPerson, h.last());
      }
    }
    NameSectorSieve.Match m = nameSectors.match(s, first, last, s.spanOf(first, last).of(text));
    return lastPerson >= 0
        && m != null
        && m.first() > lastPerson
        && !Phrases.STATE_SECTORS.contains(m.sector());
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

  /** The countries whose office holders a bare surname may name: those named, and the home. */
  private static Set<String> knownCountries(SentenceDraft d) {
    if (d.homeCountry() == null || d.countriesNamed().contains(d.homeCountry())) {
      return d.countriesNamed();
    }
    Set<String> known = new HashSet<>(d.countriesNamed());
    known.add(d.homeCountry());
    return known;
  }

  /**
   * "Mr Straw" in 2005: a bare surname names the one dictionary person with that surname who held a
   * role on the article's date in one of {@code countriesNamed} (any country when null), or nobody
   * when that is not unique.
   */
  private PersonEntry officeHolderBySurname(
      String surname, LocalDate date, Set<String> countriesNamed) {
    PersonEntry found = null;
    for (PersonEntry p : bySurname.getOrDefault(surname.toLowerCase(Locale.ROOT), List.of())) {
      PersonEntry.Role role = p.roleOn(date);
      if (role != null
          && (countriesNamed == null || countriesNamed.contains(role.code().country()))) {
        if (found != null) {
          return null;
        }
        found = p;
      }
    }
    return found;
  }
}
