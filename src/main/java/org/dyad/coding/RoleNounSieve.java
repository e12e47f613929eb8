package org.dyad.coding;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.lexicon.DictionaryName;
import org.dyad.model.ActorCode;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Sieve {@code A.find.role-noun}: role nouns that name an actor with its owner ("Chinese
 * officials", "the Russian army", "the president of France", "EU leaders"), and, with rule {@code
 * A.rule.unowned-role-noun} on, those with no owner named, which wait for the article's country
 * ("the government") or the story's setting ("voters"). Rules {@code A.rule.statement-issuer},
 * {@code A.rule.place-owner}, {@code A.rule.organization-owner}, {@code A.rule.possessive-split}
 * and {@code A.rule.party-dissent} switch the Dyad readings named after them. Immutable.
 */
final class RoleNounSieve implements FindingSieve {
  /** "a foreign ministry statement": the ministry issued it. */
  private final boolean statementIssuer;

  /** "Ohio voters", "Texas officials": a place owns a role noun as its country does. */
  private final boolean placeOwner;

  /** "the Tory spokesman", "a spokesman of Xinhua": a national organisation owns a role noun. */
  private final boolean organizationOwner;

  /** "the government", "voters": a role noun with no owner awaits the story. */
  private final boolean unownedRoleNoun;

  /** "China's foreign ministry": a possessor and the role noun after it are two actors. */
  private final boolean possessiveSplit;

  /** "a party spokesman": one who speaks for a body is coded as the body even after "a". */
  private final boolean sectorModifier;

  /** "a spokesman for the Home Office": found uncoded, for sieve A.recode.speaks-for. */
  private final boolean speaksFor;

  /** "Labour rebels", "Tory dissidents": a party's or legislature's own members, not REB/OPP. */
  private final boolean partyDissent;

  /** Role nouns of dissent that a party or legislature before them keeps inside it. */
  private static final Set<String> DISSENT_NOUNS = ActorWords.SHIPPED.of("dissent-noun");

  /** Sectors of the bodies whose dissenters are their own members. */
  private static final Set<String> DISSENT_OWNERS = Set.of("PTY", "LEG");

  private static boolean isDissentInside(Sentence s, DictionaryHit a, ActorCode owner) {
    return DISSENT_OWNERS.contains(owner.sector())
        && DISSENT_NOUNS.contains(s.token(a.last()).lemma().toLowerCase(Locale.ROOT));
  }

  RoleNounSieve(
      boolean statementIssuer,
      boolean placeOwner,
      boolean organizationOwner,
      boolean unownedRoleNoun,
      boolean possessiveSplit,
      boolean sectorModifier,
      boolean speaksFor,
      boolean partyDissent) {
    this.statementIssuer = statementIssuer;
    this.placeOwner = placeOwner;
    this.organizationOwner = organizationOwner;
    this.unownedRoleNoun = unownedRoleNoun;
    this.possessiveSplit = possessiveSplit;
    this.sectorModifier = sectorModifier;
    this.speaksFor = speaksFor;
    this.partyDissent = partyDissent;
  }

  @Override
  public void find(SentenceDraft d) {
    addRoleNounMentions(d.text(), d.s(), d.hits(), d.agents(), d.out(), d.taken());
  }

  /** Role nouns that name an actor only with an owner written before them: "the US-led forces". */
  private static final Set<String> OWNED_ONLY = ActorWords.SHIPPED.of("owned-only-first-word");

  /** "an EU member", "NATO countries": the organisation's member states, not the organisation. */
  private static final Set<String> MEMBER_STATE_NOUNS = ActorWords.SHIPPED.of("member-state-noun");

  /**
   * Role nouns that name an actor together with a country: "Chinese officials", "the Russian army".
   */
  private void addRoleNounMentions(
      String text,
      Sentence s,
      List<DictionaryHit> hits,
      List<DictionaryHit> agents,
      List<Mention> out,
      boolean[] taken) {

    for (DictionaryHit a : agents) {
      boolean issuer = statementIssuer && issuesStatement(s, a.last());
      if (Phrases.isTaken(taken, a.first(), a.last())
          || !s.token(a.last()).isNoun()
          || Phrases.isModifier(s, a.last()) && !issuer) {
        continue;
      }
      String country = null;
      String ownerPlace = null;
      ActorCode igo = null;
      ActorCode nationalOrg = null;
      int orgFirst = -1;
      int first = a.first();
      // "the US-led coalition": the state's own mention, joined by a hyphen, is part of the phrase
      boolean hyphenOwner = false;
      for (int k = a.first() - 1; k >= 0; k--) {
        Token t = s.token(k);
        if (!(t.isAdjective()
            || t.isProperNoun()
            || t.pos().equals("POS")
            || t.pos().equals("HYPH")
            || t.isNoun())) {
          break;
        }
        DictionaryHit h = DictionaryHit.hitAt(hits, k);
        DictionaryHit place = h == null && placeOwner ? DictionaryHit.placeHitAt(hits, k) : null;
        if (h != null
            && h.name().country() != null
            && h.name().kind() != DictionaryName.Kind.METONYM) {
          country = h.name().country().iso3();
          first = h.first();
          hyphenOwner = s.token(h.last() + 1).pos().equals("HYPH");
          k = h.first();
        } else if (place != null
            && !Phrases.isTaken(taken, place.first(), place.last())
            && ownedByPlace(s, a)) {
          // "Ohio voters", "Aleppo residents", "Texas officials": a place owns as its country does.
          country = place.name().place().country();
          ownerPlace = place.name().place().id();
          first = place.first();
          k = place.first();
        } else if (h != null
            && h.name().organization() != null
            && !h.name().organization().code().isState()) {
          igo = h.name().organization().code();
          first = h.first();
          k = h.first();
        } else if (organizationOwner
            && h != null
            && h.name().kind() == DictionaryName.Kind.ORGANIZATION
            && h.name().organization().code().isState()
            && h.name().organization().code().sector() != null
            && nationalOrg == null) {
          nationalOrg = h.name().organization().code();
          orgFirst = h.first();
          k = h.first();
        }
      }
      if (country == null
          && igo == null
          && nationalOrg != null
          && !Phrases.isTaken(taken, a.first(), a.last())) {
        // "the Tory spokesman", "a Labour MP", "CBI director general": a national organisation
        // written before a role noun owns it; the role noun's own sector if it has one (an MP is a
        // legislator), the organisation's otherwise (a party's spokesman speaks for the party).
        String sector =
            a.name().agent().sector() == null ? nationalOrg.sector() : a.name().agent().sector();
        if (partyDissent && isDissentInside(s, a, nationalOrg)) {
          // "Labour rebels", "Tory dissidents": dissent inside a party or a legislature names its
          // own members, not an armed group or the opposition.
          sector = nationalOrg.sector();
        }
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
          && !(igo.country().equals("IGO")
              && MEMBER_STATE_NOUNS.contains(s.token(a.last()).lemma()))
          && !Phrases.isTaken(taken, a.first(), a.last())) {
        // "EU leaders", "NATO commanders", "Isis members": the organisation's own code; the
        // organisation's name becomes part of the role noun's phrase. Only an intergovernmental
        // organisation has member states ("an EU member").
        addOwnedRoleNoun(text, s, a, first, igo, igo, out, taken);
        continue;
      }
      // "US officials", "the North Korean leader": a role noun that takes its sector from what it
      // belongs to
      // is the government's when it belongs to a country directly.
      String sector = a.name().agent().sector() == null ? "GOV" : a.name().agent().sector();
      if (country == null && igo == null) {
        // "the leaders of Sri Lanka", "the president of France", "soldiers from Gondor": the
        // country follows in an "of" or "from" phrase.
        int k = a.last() + 1;
        if (k + 1 < s.tokens().size()
            && ActorWords.SHIPPED.of("country-after-preposition").contains(s.token(k).lemma())
            && !(s.token(k).lemma().equals("from") && movedFrom(s, a.first(), a.last()))) {
          DictionaryHit h =
              possessed(
                  s,
                  hits,
                  DictionaryHit.hitAt(hits, s.token(k + 1).pos().equals("DT") ? k + 2 : k + 1),
                  organizationOwner);
          if (h != null
              && h.name().country() != null
              && h.name().kind() == DictionaryName.Kind.COUNTRY
              && !Phrases.isTaken(taken, a.first(), k)
              && !insideLongerName(out, h)) {
            // The country's own mention becomes part of the role noun's phrase.
            out.removeIf(m -> m.first() >= h.first() && m.last() <= h.last());
            String ofSector = a.name().agent().sector() == null ? "GOV" : a.name().agent().sector();
            out.add(
                Mention.roleNoun(
                    text,
                    s,
                    a.first(),
                    h.last(),
                    ActorCode.of(h.name().country().iso3(), ofSector),
                    a.name().agent().id(),
                    "role-noun:" + a.name().agent().id() + " of " + h.name().country().id(),
                    List.of()));
            Phrases.mark(taken, a.first(), h.last());
            continue;
          }
          // "infantry and armour of the Revolutionary Guards", "a spokesman of Xinhua": a
          // national organisation after "of"/"from" gives its country, and its sector to a role
          // noun that has none of its own. (PETRARCH composes the organisation's whole code.)
          if (organizationOwner
              && h != null
              && h.name().kind() == DictionaryName.Kind.ORGANIZATION
              && h.name().organization().code().isState()
              && h.name().organization().code().sector() != null
              && !Phrases.isTaken(taken, a.first(), k)
              && !insideLongerName(out, h)) {
            ActorCode org = h.name().organization().code();
            String ofSector =
                a.name().agent().sector() == null || partyDissent && isDissentInside(s, a, org)
                    ? org.sector()
                    : a.name().agent().sector();
            out.removeIf(m -> m.first() >= h.first() && m.last() <= h.last());
            out.add(
                Mention.roleNoun(
                    text,
                    s,
                    a.first(),
                    h.last(),
                    ActorCode.of(org.country(), ofSector),
                    a.name().agent().id(),
                    "role-noun:" + a.name().agent().id() + " of " + h.name().organization().id(),
                    List.of()));
            Phrases.mark(taken, a.first(), h.last());
            continue;
          }
        }
      }
      if (country == null
          && OWNED_ONLY.contains(s.token(a.first()).word().toLowerCase(Locale.ROOT))) {
        // "the Kurdish-led forces": led by no state, and so no state's forces.
        continue;
      }
      if (country == null) {
        // "the government", "ministers", "police": a state institution named without its country is
        // the article's country's, which is known only once every sentence has been read.
        String own = a.name().agent().sector();
        // "the government", "this government" (a speaker's own), and "his government" (the
        // finance minister's), which in a story is nearly always the government the story is about.
        boolean definite =
            a.first() > 0
                    && (s.token(a.first() - 1).lemma().equals("the")
                        || s.token(a.first() - 1).lemma().equals("this")
                        || s.token(a.first() - 1).pos().equals("PRP$"))
                // "the environment select committee": the determiner before its common-noun
                // modifiers
                || definiteBefore(s, a.first());
        boolean bare = a.first() == 0 || !s.token(a.first() - 1).pos().equals("DT");
        // "The regime" is the government the story is against, seldom the story's own: left
        // uncoded.
        // PETRARCH has no article's country: its role noun takes the actor of its own phrase
        // (composeAgents), or none.
        boolean institution =
            own != null
                && !s.token(a.last()).lemma().equals("regime")
                && (Phrases.STATE_SECTORS.contains(own)
                    || NATIONAL_POLITICS_SECTORS.contains(own)
                    || Phrases.INSURGENT_SECTORS.contains(own))
                && (definite
                    || issuer
                    // "Ministers rejected …": a plural capitalised at the start of a sentence
                    || bare && s.token(a.last()).pos().startsWith("NNS")
                    || bare && pluralAtStart(s, a)
                    // "a party spokesman", "a government source": one who speaks for the body
                    || sectorModifier
                        && indefinite(s, a.first())
                        && DescribedBodyHits.speaksFor(s, a)
                    // "police" is plural whatever its tag: "clashed with police in Hong Kong"
                    || bare && "COP".equals(own));
        // Gunmen, bombers and militants no one names are coded where they strike ("Gunmen
        // kidnapped three aid workers in Somalia", "A suicide bomber killed 12 people in Kabul"),
        // else as the story's country's, as CAMEO codes unidentified armed forces.
        boolean unnamedArmed =
            "UAF".equals(own)
                && (bare
                    || s.token(a.first() - 1).lemma().equals("a")
                    || s.token(a.first() - 1).lemma().equals("an")
                    || definite);
        institution = institution || unnamedArmed;
        // "the committee" after "the environment select committee": a body named by its kind
        // alone is the one of that kind named before, once every sentence is read (else no one: a
        // kind alone says no sector).
        boolean kindAlone =
            own == null && a.first() > 0 && s.token(a.first() - 1).lemma().equals("the");
        if (unownedRoleNoun
            && (institution || kindAlone)
            && !Phrases.isTaken(taken, a.first(), a.last())) {
          out.add(uncodedRoleNoun(text, s, a.first(), a).awaiting(Awaiting.ARTICLE_COUNTRY));
          Phrases.mark(taken, a.first(), a.last());
        } else if (speaksFor
            && own == null
            && !Phrases.isTaken(taken, a.first(), a.last())
            && SpeaksForSieve.speaksForName(s, a.first(), a.last())) {
          // "a spokesman for the Home Office": coded once whom it speaks for is.
          out.add(uncodedRoleNoun(text, s, a.first(), a));
          Phrases.mark(taken, a.first(), a.last());
        } else if (unownedRoleNoun
            && !Phrases.isTaken(taken, a.first(), a.last())
            && GroupSettingSieve.isGroup(s, a.first(), a.last(), own)) {
          // "voters", "protesters", "the families": where the story puts them, once read. The
          // words that qualify them belong to the group's name ("regional analysts").
          int groupFirst = a.first();
          while (groupFirst > 0
              && (s.token(groupFirst - 1).isAdjective() || s.token(groupFirst - 1).isNoun())
              && Phrases.modifies(s, groupFirst - 1, groupFirst, a.last())
              && !Phrases.isTaken(taken, groupFirst - 1, groupFirst - 1)
              && !DictionaryHit.overlapsHit(hits, groupFirst - 1, groupFirst - 1)) {
            groupFirst--;
          }
          out.add(uncodedRoleNoun(text, s, groupFirst, a).awaiting(Awaiting.STORY_SETTING));
          Phrases.mark(taken, groupFirst, a.last());
        }
        continue;
      }
      if (hyphenOwner && !Phrases.isTaken(taken, a.first(), a.last())) {
        int owner = first;
        out.removeIf(m -> m.first() >= owner && m.last() < a.first());
      } else if (Phrases.isTaken(taken, first, a.last())) {
        // "China's foreign ministry": the possessor is an actor of its own; the role noun phrase
        // after it is another, of the same country. Only a true possessive splits so.
        int k = a.first() - 1;
        while (k >= 0 && s.token(k).isAdjective()) {
          k--;
        }
        if (!possessiveSplit || k < 0 || !s.token(k).pos().equals("POS")) {
          continue;
        }
        first = a.first();
        while (first > 0
            && s.token(first - 1).isAdjective()
            && !Phrases.isTaken(taken, first - 1, first - 1)) {
          first--;
        }
        if (Phrases.isTaken(taken, first, a.last())) {
          continue;
        }
      }
      out.add(
          Mention.roleNoun(
              text,
              s,
              first,
              a.last(),
              ActorCode.of(country, sector),
              a.name().agent().id(),
              "role-noun:"
                  + a.name().agent().id()
                  + (ownerPlace == null ? "" : " of " + ownerPlace),
              List.of()));
      Phrases.mark(taken, first, a.last());
    }
  }

  /**
   * The role noun at {@code a} together with the organisation written before it from {@code owner}
   * ("EU leaders", "the Tory spokesman") as one mention coded {@code code}; the organisation's own
   * mention becomes part of it.
   */
  private static void addOwnedRoleNoun(
      String text,
      Sentence s,
      DictionaryHit a,
      int owner,
      ActorCode code,
      ActorCode organization,
      List<Mention> out,
      boolean[] taken) {
    out.removeIf(m -> m.first() >= owner && m.last() < a.first());
    out.add(
        Mention.roleNoun(
            text,
            s,
            owner,
            a.last(),
            code,
            a.name().agent().id(),
            "role-noun:" + a.name().agent().id() + " of " + organization,
            List.of()));
    Phrases.mark(taken, owner, a.last());
  }

  /**
   * The name an "of" phrase gives its role noun: the one written there, or, when that is a
   * country's possessive, the organisation it owns ("members of Britain's ruling Conservative
   * Party" are the party's); null when the country owns something no dictionary names.
   */
  private static DictionaryHit possessed(
      Sentence s, List<DictionaryHit> hits, DictionaryHit named, boolean organizationOwner) {
    if (named == null
        || !organizationOwner
        || !possessive(s, named.last())
        || named.name().country() == null) {
      return named;
    }
    int j = named.last() + 2;
    while (j < s.tokens().size() - 1
        && (s.token(j).isAdjective()
            || s.token(j).pos().equals("VBG") // "Britain's ruling Conservative Party"
            || s.token(j).pos().equals("VBN"))) {
      j++;
    }
    DictionaryHit owned = DictionaryHit.hitAt(hits, j);
    return owned != null && owned.name().kind() == DictionaryName.Kind.ORGANIZATION ? owned : null;
  }

  /**
   * Whether a place before role noun {@code a} is whose it is: people and institutions of a sector
   * of their own and officials ("Ohio voters", "Texas officials"), not a body named for what it is
   * about ("his Benghazi committee") or its topic ("Iraq intelligence").
   */
  private static boolean ownedByPlace(Sentence s, DictionaryHit a) {
    String id = a.name().agent().id();
    return (a.name().agent().sector() != null
            || id.equals("A.official")
            || id.equals("A.senior-official")
            || id.equals("A.top-official")
            // "Welsh councils", "Texas councils": a place's councils are its local government.
            || id.equals("A.council"))
        && !Phrases.TOPIC_NOUNS.contains(s.token(a.last()).lemma());
  }

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

  /**
   * Whether a country's name is only part of another name: the "Japan" of "the president of the
   * Japan Chamber of Commerce" owns nothing.
   */
  private static boolean insideLongerName(List<Mention> out, DictionaryHit h) {
    Mention m = Phrases.mentionCovering(out, h.first());
    return m != null && (m.first() < h.first() || m.last() > h.last());
  }

  /** Whether a possessive "'s" follows token {@code last}. */
  private static boolean possessive(Sentence s, int last) {
    return last + 1 < s.tokens().size() && s.token(last + 1).pos().equals("POS");
  }

  /**
   * Whether one-word role noun {@code a} is a plural the tagger read as a name because it starts
   * the sentence: "Ministers rejected the plan" (its singular is a noun of the same entry).
   */
  private static boolean pluralAtStart(Sentence s, DictionaryHit a) {
    String w = s.token(a.last()).word().toLowerCase(Locale.ROOT);
    return a.first() == 0
        && a.first() == a.last()
        && s.token(a.last()).isProperNoun()
        && w.endsWith("s")
        && a.name().agent().nouns().contains(w.substring(0, w.length() - 1));
  }

  /**
   * Adjectives that pick out a sitting office-holder or body, after "the" ("the next government",
   * "the incumbent chancellor"); not "the former health secretary", not "the full military".
   */
  private static final Set<String> SITTING = ActorWords.SHIPPED.of("sitting-adjective");

  /** Whether "a" or "an" comes right before {@code first}, or before adjectives before it. */
  private static boolean indefinite(Sentence s, int first) {
    int k = first - 1;
    // "a senior government official"
    while (k > 0 && s.token(k).isAdjective()) {
      k--;
    }
    return k >= 0
        && (s.token(k).lemma().equalsIgnoreCase("a") || s.token(k).lemma().equalsIgnoreCase("an"));
  }

  /**
   * Whether "the" or "this" starts the phrase of common nouns and adjectives ending right before
   * {@code first}.
   */
  private static boolean definiteBefore(Sentence s, int first) {
    int k = first - 1;
    // "the environment select committee", "the next government"
    while (k >= 0
        && (s.token(k).isNoun() && !s.token(k).isProperNoun()
            || s.token(k).isAdjective()
                && SITTING.contains(s.token(k).lemma().toLowerCase(Locale.ROOT)))) {
      k--;
    }
    return k >= 0
        && k < first - 1
        && (s.token(k).lemma().equals("the") || s.token(k).lemma().equals("this"));
  }

  /**
   * The opposition and parties, which like the state's institutions belong to the article's country
   * when none is named: "the shadow chancellor", "the Tory spokesman", "the opposition".
   */
  private static final Set<String> NATIONAL_POLITICS_SECTORS = Set.of("OPP", "PTY");

  /**
   * The role noun of {@code a} from {@code first}, uncoded until a later sieve gives it a country:
   * the article's, the story's setting, or whom it speaks for.
   */
  private static Mention uncodedRoleNoun(String text, Sentence s, int first, DictionaryHit a) {
    String id = a.name().agent().id();
    return Mention.roleNoun(text, s, first, a.last(), null, id, "role-noun:" + id, List.of());
  }

  /**
   * Whether the role noun from {@code first} to {@code last} is moved away by a verb or noun of
   * {@code moved-from-word}, or owned by a possessive word: its "from" phrase then says where it
   * leaves ("withdraw its troops from Lebanon"), not whose it is ("soldiers from Gondor").
   */
  private static boolean movedFrom(Sentence s, int first, int last) {
    if (first > 0 && s.token(first - 1).pos().equals("PRP$")) {
      return true;
    }
    int head = Phrases.headOf(s, first, last);
    return s.parents(head).stream()
        .anyMatch(
            d ->
                d.governor() >= 0
                    && (d.relation().equals("obj") || d.relation().startsWith("nmod"))
                    && ActorWords.SHIPPED
                        .of("moved-from-word")
                        .contains(s.token(d.governor()).lemma()));
  }
}
