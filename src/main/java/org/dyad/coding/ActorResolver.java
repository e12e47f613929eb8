package org.dyad.coding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.dyad.lexicon.AgentEntry;
import org.dyad.lexicon.Lexicon;
import org.dyad.lexicon.NameIndex;
import org.dyad.lexicon.SieveOrder;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Sentence;

/**
 * Finds the actors of an article, codes them and merges their mentions, by the sieves of {@code
 * lexicon/actor-sieves.tsv} in its order, as the coding profile has them on.
 *
 * <p>Four stages: finding the mentions of each sentence ({@link MentionFinder}: dictionary names,
 * named entities, role nouns with their owners, groups); whole-article passes that need every
 * mention found (the story's setting, surnames of people named before); coding each mention, where
 * the first coding sieve that decides wins (an organisation's short name, a role named before, the
 * place of its phrase, its context); and merging the mentions into actors ({@link MentionMerger}).
 * Every code records the sieve that gave it. Thread-safe: holds only immutable dictionaries and
 * sieves.
 */
public final class ActorResolver {
  /** Words before a name that are no part of it ("Mr Straw" is "Straw"); shared with the quotes. */
  static final Set<String> HONORIFICS = ActorWords.SHIPPED.of("honorific");

  /**
   * The sieve id of a state the article names only by an adjective, which the event coder reads.
   */
  public static final String NATIONALITY_ONLY_SIEVE = ActorSieve.NATIONALITY_ONLY.id;

  private final MentionFinder finder;
  private final List<ArticleSieve> beforeCoding;
  private final List<CodingSieve> coding;
  private final List<ArticleSieve> afterCoding;
  private final MentionMerger merger;

  public ActorResolver(Lexicon lexicon, NameIndex names) {
    this(lexicon, names, firstName -> null);
  }

  /**
   * @param genderOfFirstName "MALE", "FEMALE" or null for a first name, so that "he" and "she" find
   *     the right person
   */
  public ActorResolver(
      Lexicon lexicon, NameIndex names, Function<String, String> genderOfFirstName) {
    this(lexicon, names, genderOfFirstName, ActorSieves.SHIPPED);
  }

  /**
   * With the sieves of {@code order} that the lexicon's coding profile has on.
   *
   * @throws IllegalArgumentException when {@code order} names a sieve the coder does not have, or
   *     leaves one out
   */
  ActorResolver(
      Lexicon lexicon,
      NameIndex names,
      Function<String, String> genderOfFirstName,
      SieveOrder order) {
    ActorSieves on = ActorSieves.of(order, lexicon.profile().name());
    NameSectorSieve nameSectors = new NameSectorSieve(lexicon.nameSectors());
    Map<String, FindingSieve> find = new LinkedHashMap<>();
    find.put(
        "A.find.named-entity",
        new NamedEntitySieve(
            nameSectors,
            lexicon.people(),
            on.on("A.rule.surname-office-holder"),
            on.on("A.rule.surname-anywhere")));
    find.put(
        "A.find.dictionary-name",
        new DictionaryNameSieve(
            nameSectors, on.on("A.rule.place"), on.on("A.rule.organization-named-for-person")));
    find.put("A.find.chamber-members", new ChamberMembersSieve());
    find.put("A.find.place", new PlaceSieve(on.on("A.rule.place")));
    find.put("A.find.group", new GroupMentionSieve());
    find.put("A.find.untagged-titled-name", new UntaggedTitledNameSieve());
    find.put("A.find.short-name-candidate", new ShortNameCandidateSieve());
    find.put("A.find.ethnic-group", new EthnicGroupMentionSieve());
    find.put("A.find.person-staff", new PersonStaffSieve());
    find.put(
        "A.find.role-noun",
        new RoleNounSieve(
            on.on("A.rule.statement-issuer"),
            on.on("A.rule.place-owner"),
            on.on("A.rule.organization-owner"),
            on.on("A.rule.unowned-role-noun"),
            on.on("A.rule.possessive-split"),
            on.on("A.rule.sector-modifier"),
            on.on("A.recode.speaks-for"),
            on.on("A.rule.party-dissent")));
    find.put("A.find.composed-agent", new ComposedAgentSieve());
    find.put("A.find.coordinated-owners", new CoordinatedOwnersSieve());
    find.put("A.find.coordinated-role-nouns", new CoordinatedRoleNounsSieve());
    this.finder =
        new MentionFinder(
            new DictionaryHits(names), on.of("find", find), on.on("A.rule.sector-modifier"));

    Map<String, ArticleSieve> article = new LinkedHashMap<>();
    article.put("A.article.bare-surname", BareSurnameSieve.of(titleWords(lexicon)));
    article.put("A.article.story-setting", StorySetting.SIEVE);
    article.put("A.article.description", DescriptionSieve.SIEVE);
    this.beforeCoding = on.of("article", article);

    ContextSieve context = new ContextSieve(nameSectors);
    Map<String, CodingSieve> code = new LinkedHashMap<>();
    code.put("A.code.short-form", OrganizationShortNameSieve.SHORT_FORM);
    code.put("A.code.organization-anaphor", OrganizationShortNameSieve.ANAPHOR);
    code.put("A.code.same-role-before", RoleAntecedentSieve.SAME_ROLE);
    code.put("A.code.administration-before", RoleAntecedentSieve.ADMINISTRATION);
    code.put("A.code.possessor-subject", RoleAntecedentSieve.possessorSubject(context));
    code.put("A.code.state-opposed", new StateOpposedSieve(context));
    code.put("A.code.group-setting", GroupSettingSieve.SIEVE);
    code.put("A.code.ethnic-group", EthnicGroupSieve.SIEVE);
    code.put("A.code.place-in-phrase", new PlaceInPhraseSieve());
    code.put("A.code.context", context);
    this.coding = on.of("code", code);

    Map<String, ArticleSieve> recode = new LinkedHashMap<>();
    recode.put("A.recode.employer", EmployerSieve.SIEVE);
    recode.put("A.recode.speaks-for", SpeaksForSieve.SIEVE);
    recode.put(
        "A.recode.private-person",
        PrivatePersonSieve.of(on.on("A.rule.lone-name-not-person"), genderOfFirstName));
    recode.put("A.recode.person-staff", PersonStaffSieve.RECODE);
    this.afterCoding = on.of("recode", recode);

    this.merger =
        new MentionMerger(
            lexicon.countries(),
            genderOfFirstName,
            on.on("A.rule.nationality-only"),
            on.on("A.rule.surname-most-named"));
  }

  public ActorAnalysis resolve(AnnotatedArticle article) {
    ArticleDraft d = new ArticleDraft(article);
    finder.find(d);
    for (ArticleSieve sieve : beforeCoding) {
      sieve.apply(d);
    }
    for (Sentence s : d.sentences) {
      List<Mention> out = new ArrayList<>();
      d.coded.add(out);
      for (Mention m : d.perSentence.get(s.index())) {
        Mention coded = m;
        for (CodingSieve sieve : coding) {
          CodingSieve.Decision decision = sieve.code(m, s, out, d);
          if (decision != null) {
            coded = decision.mention();
            break;
          }
        }
        if (coded != null) {
          out.add(coded);
        }
      }
    }
    for (ArticleSieve sieve : afterCoding) {
      sieve.apply(d);
    }
    return merger.merge(article, d.coded, d.places, d.agentHits, d.allHits);
  }

  /** One-word titles and honorifics ("gen", "president", "mr"), lower case without a final dot. */
  private static Set<String> titleWords(Lexicon lexicon) {
    Set<String> titles = new HashSet<>(HONORIFICS);
    for (AgentEntry a : lexicon.agents()) {
      for (String noun : a.nouns()) {
        if (!noun.contains(" ")) {
          titles.add(BareSurnameSieve.bare(noun));
        }
      }
    }
    return Set.copyOf(titles);
  }
}
