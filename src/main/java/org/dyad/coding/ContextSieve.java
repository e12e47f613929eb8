package org.dyad.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.lexicon.DictionaryName;
import org.dyad.model.Actor;
import org.dyad.model.ActorCode;
import org.dyad.model.Sentence;

/**
 * Sieve {@code A.code.context}: a name the dictionary does not know is coded from the words around
 * it (the title before it, an apposition after it, its own name's words); a state institution with
 * no country named belongs to the country the article is about. Thread-safe: holds only the
 * immutable name-sector dictionary.
 */
final class ContextSieve implements CodingSieve {
  private final NameSectorSieve nameSectors;

  ContextSieve(NameSectorSieve nameSectors) {
    this.nameSectors = nameSectors;
  }

  @Override
  public Decision code(Mention m, Sentence s, List<Mention> before, ArticleDraft d) {
    if (m.code() != null) {
      return null;
    }
    return new Decision(
        codeFromContext(
            m,
            s,
            d.allHits.get(s.index()),
            d.agentHits.get(s.index()),
            d.salient,
            d.setting,
            d.described.get(m)));
  }

  /**
   * An uncoded mention coded from its context as the country of {@code possessor}'s, which owns it
   * ("its forces", "rebels" fighting that state); null when there is no possessor.
   */
  Decision ownedBy(Mention m, Sentence s, ArticleDraft d, Mention possessor) {
    if (m.code() != null || possessor == null) {
      return null;
    }
    return new Decision(
        codeFromContext(
                m,
                s,
                d.allHits.get(s.index()),
                d.agentHits.get(s.index()),
                possessor.code().country(),
                null,
                null)
            .withRuleOf(m.settledBy(" of " + possessor.text())));
  }

  /** Title words that make the holder a former office-holder: CAMEO codes them as elites. */
  private static final Set<String> FORMER = ActorWords.SHIPPED.of("former-word");

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
      List<DictionaryHit> hits,
      List<DictionaryHit> agents,
      String salient,
      StorySetting setting,
      DictionaryHit description) {
    if (m.kind() == Actor.Kind.GROUP) {
      return m;
    }
    if (m.awaiting() == Awaiting.ARTICLE_COUNTRY) {
      if (salient == null) {
        return m;
      }
      String sector = null;
      for (DictionaryHit a : agents) {
        if (a.first() == m.first() && a.last() == m.last()) {
          sector = a.name().agent().sector();
        }
      }
      if (sector == null) {
        return m; // "the committee" with no committee named before: which, the words do not say
      }
      return m.withCode(ActorCode.of(salient, sector));
    }
    int leftStart = Phrases.leftChainStart(s, m.first());
    int[] appos = Phrases.apposition(s, m.last());
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
      DictionaryHit place = DictionaryHit.placeHitAt(hits, k);
      if (place != null && sufferedThere(s, agents, place.last() + 1, m.first() - 1)) {
        continue;
      }
      country = DictionaryHit.countryAt(hits, k);
      evidence = "title";
    }
    if (country == null && m.kind() == Actor.Kind.ORGANIZATION) {
      for (DictionaryHit h : hits) {
        if (h.first() >= m.first()
            && h.last() <= m.last()
            && DictionaryHit.countryOrPlace(h) != null) {
          country = DictionaryHit.countryOrPlace(h);
          evidence = "name";
          break;
        }
      }
    }
    if (country == null && appos != null) {
      for (DictionaryHit h : hits) {
        // A place says where the named is from ("a teacher from Houston", "the Las Vegas casino
        // magnate", "D-S.D."), not where another person named after it is ("mother of Benghazi
        // victim Sean Smith").
        boolean placed = !DictionaryHit.isPlace(h) || !personNamedAfter(s, h.last() + 1, appos[1]);
        if (h.first() >= appos[0]
            && h.last() <= appos[1]
            && DictionaryHit.countryOrPlace(h) != null
            && placed) {
          country = DictionaryHit.countryOrPlace(h);
          evidence = "apposition";
          break;
        }
      }
    }
    // The organisation named in the title or apposition ("Asia director of Human Rights Watch", "a
    // Labour
    // Party spokesman"): its code is the person's when nothing more specific is said.
    ActorCode employer = null;
    for (DictionaryHit h : hits) {
      boolean inTitle = h.first() >= leftStart && h.last() < m.first();
      boolean inAppos = appos != null && h.first() >= appos[0] && h.last() <= appos[1];
      if (h.name().organization() != null
          && (inTitle || inAppos)
          && m.kind() == Actor.Kind.PERSON) {
        employer = h.name().organization().code();
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
        for (DictionaryHit h : hits) {
          if (h.first() > k
              && h.first() <= k + 3
              && DictionaryHit.countryOrPlace(h) != null
              && h.name().kind() != DictionaryName.Kind.ADJECTIVE) {
            country = DictionaryHit.countryOrPlace(h);
            evidence = "location";
            break;
          }
        }
      }
    }
    // Sector: the role noun nearest the name that has one.
    List<DictionaryHit> roleNouns = new ArrayList<>();
    for (DictionaryHit a : agents) {
      boolean inTitle = a.first() >= leftStart && a.last() < m.first();
      boolean inName =
          m.kind() == Actor.Kind.ORGANIZATION && a.first() >= m.first() && a.last() <= m.last();
      boolean inAppos = appos != null && a.first() >= appos[0] && a.last() <= appos[1];
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
    for (DictionaryHit a : roleNouns) {
      if (named != null
          && a.first() >= m.first()
          && a.last() <= m.last()
          && a.name().agent().sector() != null
          && a.last() - a.first() > named.last() - named.first()) {
        named = null;
      }
    }
    if (named != null) {
      sector = named.sector();
      sectorRule = named.rule();
    }
    for (DictionaryHit a : roleNouns) {
      if (sector == null && a.name().agent().sector() != null) {
        sector = a.name().agent().sector();
        sectorRule = a.name().agent().id();
        sectorRole = a.name().agent().id();
        break;
      }
    }
    if (sector == null && description != null) {
      sector = description.name().agent().sector();
      sectorRule = "description the " + description.name().form();
    }
    for (int k = leftStart; k < m.first(); k++) {
      if (s.token(k).lemma().equals("shadow")
          && sector != null
          && Phrases.STATE_SECTORS.contains(sector)) {
        sector = "OPP"; // the Westminster opposition's front bench: "shadow foreign secretary"
        sectorRule = sectorRule + " shadow";
      }
      if (FORMER.contains(s.token(k).word().toLowerCase(Locale.ROOT))
          && sector != null
          && Phrases.STATE_SECTORS.contains(sector)) {
        sector = "ELI";
        sectorRule = sectorRule + " former";
      }
    }
    if (country == null
        && sector != null
        && (Phrases.STATE_SECTORS.contains(sector) || sector.equals("ELI"))
        && salient != null) {
      country = salient;
      evidence = "article-country";
      byArticleCountry = true;
    }
    // A company may be foreign wherever it acts ("General Electric said it would build a power
    // plant in Baghdad"): only a story that names no other country gives it its own.
    if (country == null
        && sector != null
        && !Phrases.STATE_SECTORS.contains(sector)
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

  private static int distance(DictionaryHit a, Mention m) {
    return a.last() < m.first() ? m.first() - a.last() : Math.abs(a.first() - m.last());
  }

  /**
   * "Kuwait's Crown Prince and Prime Minister Sheikh Saad": titles joined by "and" before a
   * person's name are all the holder's, so the country of the first is the name's. The first token
   * of the first such title, or {@code leftStart} when no title (a role noun outside any other
   * name: not the "Consortium" of "the British Retail Consortium and accountants KPMG") ends right
   * before the "and".
   */
  private static int coordinatedTitlesStart(Sentence s, int leftStart, List<DictionaryHit> agents) {
    int start = leftStart;
    while (start >= 2
        && s.token(start - 1).lemma().equals("and")
        && endsTitle(s, agents, start - 2)) {
      start = Phrases.leftChainStart(s, start - 1);
    }
    return start;
  }

  private static boolean endsTitle(Sentence s, List<DictionaryHit> agents, int token) {
    for (DictionaryHit a : agents) {
      String ner = s.token(token).ner();
      if (a.last() == token && (ner.equals("O") || ner.equals("PERSON"))) {
        return true;
      }
    }
    return false;
  }

  /** People something happened to: a place before them says where it happened. */
  private static final Set<String> SUFFERERS = ActorWords.SHIPPED.of("sufferer-noun");

  /** Whether a role noun among tokens [from, to] names someone something happened to. */
  private static boolean sufferedThere(Sentence s, List<DictionaryHit> agents, int from, int to) {
    for (DictionaryHit a : agents) {
      if (a.first() >= from && a.last() <= to && SUFFERERS.contains(s.token(a.last()).lemma())) {
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
}
