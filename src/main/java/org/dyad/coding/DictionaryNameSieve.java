package org.dyad.coding;

import java.util.List;
import java.util.Set;
import org.dyad.lexicon.DictionaryName;
import org.dyad.lexicon.PersonEntry;
import org.dyad.model.Actor;
import org.dyad.model.ActorCode;
import org.dyad.model.Dependency;
import org.dyad.model.Place;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;

/**
 * Sieve {@code A.find.dictionary-name}: the names the dictionaries know, coded by their entry: a
 * person by the role held on the article's date, an organisation, a country or capital (or, owning
 * the role noun after it, that role: "the Tehran leadership"), a metonym, and a nationality noun
 * heading its phrase ("the Chinese"; "three Britons" are people). With rule {@code A.rule.place}
 * on, a country after "in" or in the dateline is a place, not an actor; with rule {@code
 * A.rule.organization-named-for-person} on, "the Carter Center" is the organisation, not the
 * person. Immutable.
 */
final class DictionaryNameSieve implements FindingSieve {
  private final NameSectorSieve nameSectors;
  private final boolean places;
  private final boolean organizationNamedForPerson;

  DictionaryNameSieve(
      NameSectorSieve nameSectors, boolean places, boolean organizationNamedForPerson) {
    this.nameSectors = nameSectors;
    this.places = places;
    this.organizationNamedForPerson = organizationNamedForPerson;
  }

  @Override
  public void find(SentenceDraft draft) {
    String text = draft.text();
    Sentence s = draft.s();
    List<DictionaryHit> hits = draft.hits();
    List<DictionaryHit> agents = draft.agents();
    List<Mention> out = draft.out();
    boolean[] taken = draft.taken();
    for (DictionaryHit h : hits) {
      if (!h.name().isActorName() || Phrases.isTaken(taken, h.first(), h.last())) {
        continue;
      }
      DictionaryName d = h.name();
      String words = h.span().of(text);
      switch (d.kind()) {
        case PERSON -> {
          int orgEnd =
              organizationNamedForPerson ? organizationNamedFor(s, hits, h, text, taken) : -1;
          if (orgEnd >= 0) {
            // "the Carter Center" with no entity tagged: the organisation, not the person.
            Span span = s.spanOf(h.first(), orgEnd);
            out.add(
                new Mention(
                    s.index(),
                    h.first(),
                    orgEnd,
                    span,
                    span.of(text),
                    Actor.Kind.ORGANIZATION,
                    null,
                    null,
                    null,
                    null));
            Phrases.mark(taken, h.first(), orgEnd);
            continue;
          }
          PersonEntry p = d.person();
          PersonEntry.Role role = p.roleOn(draft.date());
          ActorCode code = role != null ? role.code() : p.base();
          String rule =
              role != null
                  ? "dictionary:" + p.id() + " role " + role.title()
                  : "dictionary:" + p.id() + (p.base() != null ? " base" : "");
          out.add(
              new Mention(
                  s.index(),
                  h.first(),
                  h.last(),
                  h.span(),
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
                    h.first(),
                    h.last(),
                    h.span(),
                    words,
                    Actor.Kind.ORGANIZATION,
                    d,
                    d.organization().code(),
                    ActorSieve.DICTIONARY,
                    "dictionary:" + d.organization().id(),
                    d.organization().alsoCodes()));
        case COUNTRY, CAPITAL -> {
          boolean dateline =
              s.index() == 0 && h.first() == 0 && h.last() == StorySetting.datelineEnd(s);
          // "Iraq hit out at Iran", "angry at Iran", "fired at Iran": a country after "at" is whom
          // something is aimed at, not where it happens; a capital or a site after "at" is a place.
          boolean aimedAt =
              d.kind() == DictionaryName.Kind.COUNTRY && Phrases.isAfterAt(s, h.first(), h.last());
          if (places && (Phrases.isLocative(s, h.first(), h.last()) && !aimedAt || dateline)) {
            draft.places().add(new Place(words, d.country().iso3(), h.span()));
            continue;
          }
          if (isPluralGroup(s, h)) {
            out.add(
                new Mention(
                    s.index(),
                    h.first(),
                    h.last(),
                    h.span(),
                    words,
                    Actor.Kind.GROUP,
                    d,
                    null,
                    ActorSieve.COUNTRIES_NAMED,
                    "group:countries named " + d.form()));
            Phrases.mark(taken, h.first(), h.last());
            continue;
          }
          String sector = d.kind() == DictionaryName.Kind.CAPITAL ? "GOV" : null;
          Mention owned =
              ownedRoleNoun(text, s, h, agents, ActorCode.of(d.country().iso3(), sector));
          if (owned != null) {
            out.add(owned);
            Phrases.mark(taken, owned.first(), owned.last());
            continue;
          }
          out.add(
              new Mention(
                  s.index(),
                  h.first(),
                  h.last(),
                  h.span(),
                  words,
                  Actor.Kind.STATE,
                  d,
                  ActorCode.of(d.country().iso3(), sector),
                  ActorSieve.DICTIONARY,
                  "dictionary:" + d.country().id() + (sector == null ? "" : " capital")));
        }
        case METONYM -> {
          Set<String> requires = d.metonym().requires();
          if (!requires.isEmpty()
              && requires.stream().noneMatch(draft.countriesNamed()::contains)) {
            continue;
          }
          if (places && Phrases.isLocative(s, h.first(), h.last())) {
            draft.places().add(new Place(words, d.country().iso3(), h.span()));
            continue;
          }
          Mention owned =
              ownedRoleNoun(
                  text, s, h, agents, ActorCode.of(d.country().iso3(), d.metonym().sector()));
          if (owned != null) {
            out.add(owned);
            Phrases.mark(taken, owned.first(), owned.last());
            continue;
          }
          out.add(
              new Mention(
                  s.index(),
                  h.first(),
                  h.last(),
                  h.span(),
                  words,
                  Actor.Kind.STATE,
                  d,
                  ActorCode.of(d.country().iso3(), d.metonym().sector()),
                  ActorSieve.DICTIONARY,
                  "dictionary:" + d.country().id() + " metonym"));
        }
        case ADJECTIVE -> {
          Token t = s.token(h.last());
          // A nationality word is an actor only when it heads its phrase: "the Chinese", "Britons".
          boolean head = t.isNoun() && !Phrases.isModifier(s, h.last());
          if (head && countedPeople(s, h.last())) {
            // "Hundreds of ethnic Serbs", "three Britons": people counted are the country's
            // people, not its state.
            out.add(
                new Mention(
                    s.index(),
                    h.first(),
                    h.last(),
                    h.span(),
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
                    h.first(),
                    h.last(),
                    h.span(),
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
      Phrases.mark(taken, h.first(), h.last());
    }
  }

  /**
   * The last token of an organisation named after the dictionary person {@code h} that the tagger
   * did not tag: capitalised words right after the name, untaken, ending in words that give a
   * sector ("the Carter Center"); -1 when there is none.
   */
  private int organizationNamedFor(
      Sentence s, List<DictionaryHit> hits, DictionaryHit h, String text, boolean[] taken) {
    int end = h.last();
    while (end + 1 < s.tokens().size()
        && Phrases.isUntaggedNameWord(s.token(end + 1))
        && !Phrases.isTaken(taken, end + 1, end + 1)
        && !DictionaryHit.overlapsHit(hits, end + 1, end + 1)) {
      end++;
    }
    if (end == h.last()) {
      return -1;
    }
    NameSectorSieve.Match m =
        nameSectors.match(s, h.first(), end, s.spanOf(h.first(), end).of(text));
    return m != null
            && m.first() > h.last()
            && m.last() == end
            && !Phrases.STATE_SECTORS.contains(m.sector())
        ? end
        : -1;
  }

  /**
   * "the Tehran leadership", "Washington officials", "Pentagon officials", "Iraq officials": a
   * country's name, capital or metonym written as a noun modifier of a role noun heading its phrase
   * makes one actor with the role noun, as a nationality adjective does ("the Iranian leadership").
   * A role noun of inherited sector ('*') takes the owner's (a capital's is GOV, the Pentagon's
   * MIL); a country's own name gives GOV, as "US officials" does. Null when {@code h} modifies no
   * role noun, or one a capital only places.
   */
  private static Mention ownedRoleNoun(
      String text, Sentence s, DictionaryHit h, List<DictionaryHit> agents, ActorCode owner) {
    for (DictionaryHit a : agents) {
      if (a.first() != h.last() + 1
          || !s.token(a.last()).isNoun()
          || Phrases.isModifier(s, a.last())
          || !Phrases.modifies(s, h.last(), a.first(), a.last())) {
        continue;
      }
      String sector = a.name().agent().sector();
      if (h.name().kind() != DictionaryName.Kind.COUNTRY && !standsForState(s, a, sector)
          || Phrases.TOPIC_NOUNS.contains(s.token(a.last()).lemma())) {
        return null;
      }
      ActorCode code =
          sector != null
              ? ActorCode.of(owner.country(), sector)
              : owner.sector() != null ? owner : ActorCode.of(owner.country(), "GOV");
      String of =
          switch (h.name().kind()) {
            case CAPITAL -> " of capital " + h.name().form();
            case METONYM -> " of metonym " + h.name().form();
            default -> " of " + h.name().country().id();
          };
      return Mention.roleNoun(
          text,
          s,
          h.first(),
          a.last(),
          code,
          a.name().agent().id(),
          "role-noun:" + a.name().agent().id() + of,
          List.of());
    }
    return null;
  }

  /**
   * A capital or a government building stands for the state's government, its forces and the media
   * it speaks through ("Tehran radio"), not for whatever is merely there ("a Tehran mosque").
   */
  private static boolean standsForState(Sentence s, DictionaryHit a, String sector) {
    return !Phrases.STATIONED_NOUNS.contains(s.token(a.last()).lemma())
        && (sector == null || Phrases.STATE_SECTORS.contains(sector) || sector.equals("MED"));
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

  /**
   * "the two Koreas": a plural country name is a group of countries, handled with the plural
   * references.
   */
  private static boolean isPluralGroup(Sentence s, DictionaryHit h) {
    return s.token(h.last()).pos().equals("NNPS")
        && s.token(h.last()).word().endsWith("s")
        && !h.name().form().endsWith("s");
  }
}
