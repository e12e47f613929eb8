package org.dyad.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.TestEngine;
import org.dyad.lexicon.Lexicon;
import org.dyad.lexicon.LexiconFile;
import org.dyad.lexicon.LexiconFormatException;
import org.dyad.lexicon.LexiconLoader;
import org.dyad.lexicon.NameIndex;
import org.dyad.lexicon.SieveOrder;
import org.dyad.model.Actor;
import org.dyad.model.ActorCode;
import org.dyad.model.Article;
import org.junit.jupiter.api.Test;

/**
 * The order and on/off set of the actor coder's sieves ({@code lexicon/actor-sieves.tsv}): the
 * lines it is read from, the ids it must hold, and a profile's switch reaching the coder.
 */
class ActorSievesTest {
  private static LexiconFile file(String rows) {
    return LexiconFile.read(
        "a.tsv",
        new ByteArrayInputStream(
            ("#! dyad-lexicon actor-sieves 1\n" + rows).getBytes(StandardCharsets.UTF_8)),
        "actor-sieves",
        4);
  }

  /** The shipped order with {@code id}'s profiles replaced, or without it when profiles is null. */
  private static SieveOrder shippedWith(String id, Set<String> profiles) {
    List<SieveOrder.Row> rows = new ArrayList<>();
    for (SieveOrder.Row r : ActorSieves.SHIPPED.sieves()) {
      if (!r.id().equals(id)) {
        rows.add(r);
      } else if (profiles != null) {
        rows.add(new SieveOrder.Row(id, r.stage(), profiles));
      }
    }
    return new SieveOrder(rows);
  }

  @Test
  void aLineBecomesASieveOfItsStageAndProfiles() {
    SieveOrder order =
        ActorSieves.read(
            file(
                "A.find.named-entity\tfind\tdyad|petrarch\tnames\n"
                    + "A.find.composed-agent\tfind\tpetrarch\tPETRARCH's phrases\n"
                    + "A.rule.place\trule\t-\toff in both\n"));
    assertEquals(
        new SieveOrder.Row("A.find.named-entity", "find", Set.of("dyad", "petrarch")),
        order.sieves().get(0));
    assertEquals(List.of("A.find.named-entity"), order.enabled("find", "dyad"));
    assertEquals(
        List.of("A.find.named-entity", "A.find.composed-agent"), order.enabled("find", "petrarch"));
    assertEquals(List.of(), order.enabled("rule", "dyad"));
  }

  @Test
  void aLineOfAnotherCoderOrStageIsRejected() {
    var prefix =
        assertThrows(
            LexiconFormatException.class, () -> ActorSieves.read(file("Q.after\tfind\tdyad\t-\n")));
    assertTrue(prefix.getMessage().contains("must start with A."), prefix.getMessage());
    var stage =
        assertThrows(
            LexiconFormatException.class,
            () -> ActorSieves.read(file("A.find.place\tdirect\tdyad\t-\n")));
    assertTrue(
        stage.getMessage().startsWith("a.tsv:2: unknown stage 'direct'"), stage.getMessage());
  }

  @Test
  void aMisspeltIdFailsInsteadOfSwitchingASieveOff() {
    List<SieveOrder.Row> rows = new ArrayList<>(ActorSieves.SHIPPED.sieves());
    rows.add(new SieveOrder.Row("A.find.role-nouns", "find", Set.of("dyad")));
    var e =
        assertThrows(
            IllegalArgumentException.class, () -> ActorSieves.of(new SieveOrder(rows), "dyad"));
    assertEquals(
        "lexicon/actor-sieves.tsv: A.find.role-nouns is no actor sieve of stage find",
        e.getMessage());
  }

  @Test
  void anIdUnderAnotherStageIsRejected() {
    List<SieveOrder.Row> rows = new ArrayList<>(shippedWith("A.code.context", null).sieves());
    rows.add(new SieveOrder.Row("A.code.context", "find", Set.of("dyad")));
    var e =
        assertThrows(
            IllegalArgumentException.class, () -> ActorSieves.of(new SieveOrder(rows), "dyad"));
    assertTrue(e.getMessage().contains("A.code.context is no actor sieve of stage find"));
  }

  @Test
  void aSieveLeftOutIsAnErrorNotASwitch() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ActorSieves.of(shippedWith("A.code.context", null), "dyad"));
    assertTrue(e.getMessage().contains("lacks A.code.context"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> ActorSieves.shipped("dyad").on("A.code.contxt"));
    assertThrows(IllegalArgumentException.class, () -> ActorSieves.shipped("tabari"));
  }

  /**
   * The shipped file reproduces the one DYAD/PETRARCH flag it replaced: PETRARCH has on only the
   * sieves that ran whatever the conventions, and its own noun-phrase composition, which Dyad has
   * off.
   */
  @Test
  void theShippedProfilesAreTheConventionsTheyReplaced() {
    ActorSieves dyad = ActorSieves.shipped("dyad");
    ActorSieves petrarch = ActorSieves.shipped("petrarch");
    for (String id : ActorSieves.KNOWN.keySet()) {
      assertEquals(!id.equals("A.find.composed-agent"), dyad.on(id), id);
    }
    assertEquals(
        List.of(
            "A.find.named-entity",
            "A.find.dictionary-name",
            "A.find.place",
            "A.find.group",
            "A.find.untagged-titled-name",
            "A.find.role-noun",
            "A.find.composed-agent",
            "A.find.coordinated-owners",
            "A.find.coordinated-role-nouns",
            "A.code.organization-anaphor",
            "A.code.group-setting",
            "A.code.ethnic-group",
            "A.code.place-in-phrase",
            "A.code.context"),
        ActorSieves.KNOWN.keySet().stream().filter(petrarch::on).toList());
    assertEquals(ActorSieves.KNOWN.keySet().stream().toList(), ids(ActorSieves.SHIPPED));
  }

  private static List<String> ids(SieveOrder order) {
    return order.sieves().stream().map(SieveOrder.Row::id).toList();
  }

  /**
   * "MPs urged the government": the story's country (the publisher's here) codes the government;
   * with sieve A.article.story-setting off in the profile, nothing does.
   */
  @Test
  void aProfileThatSwitchesASieveOffCodesWithoutIt() {
    Lexicon lexicon = LexiconLoader.fromClasspath().load();
    NameIndex names = new NameIndex(lexicon);
    var article =
        TestEngine.annotator()
            .annotate(
                new Article(
                    "t",
                    LocalDate.of(2005, 1, 15),
                    "",
                    "MPs urged the government to redraft the bill.",
                    null,
                    null,
                    "test",
                    "GBR"));
    ActorResolver shipped = new ActorResolver(lexicon, names, f -> null, ActorSieves.SHIPPED);
    assertEquals(ActorCode.of("GBR", "GOV"), government(shipped.resolve(article).actors()).code());
    ActorResolver without =
        new ActorResolver(
            lexicon, names, f -> null, shippedWith("A.article.story-setting", Set.of("petrarch")));
    assertNull(government(without.resolve(article).actors()).code());
  }

  /**
   * A country named once in passing, and not as a subject, does not take the publisher's
   * institutions: "the government" in a BBC story that mentions Iraq once is still British.
   */
  @Test
  void onePassingMentionOfACountryLeavesTheGovernmentThePublishers() {
    Lexicon lexicon = LexiconLoader.fromClasspath().load();
    NameIndex names = new NameIndex(lexicon);
    String text = "MPs said the government had misled the country over Iraq.";
    var article =
        TestEngine.annotator()
            .annotate(
                new Article("t", LocalDate.of(2005, 1, 15), "", text, null, null, "test", "GBR"));
    ActorResolver shipped = new ActorResolver(lexicon, names, f -> null, ActorSieves.SHIPPED);
    assertEquals(ActorCode.of("GBR", "GOV"), government(shipped.resolve(article).actors()).code());
  }

  /**
   * "Cruz said" after Ted Cruz and, later, his wife Heidi Cruz: with rule A.rule.surname-most-named
   * the bare surname joins the Cruz named most often so far, without it the one named last.
   */
  @Test
  void aBareSurnameJoinsThePersonNamedMostOften() {
    Lexicon lexicon = LexiconLoader.fromClasspath().load();
    NameIndex names = new NameIndex(lexicon);
    String text =
        "Ted Cruz endorsed the nominee on Friday. Cruz had refused for months. Delegates"
            + " booed Cruz in July. The nominee once mocked his wife, Heidi Cruz. Cruz said he"
            + " would keep his pledge.";
    var article =
        TestEngine.annotator()
            .annotate(new Article("t", LocalDate.of(2016, 9, 24), "", text, null, null, "test"));
    int said = text.lastIndexOf("Cruz said");
    ActorResolver shipped = new ActorResolver(lexicon, names, f -> null, ActorSieves.SHIPPED);
    assertEquals("Ted Cruz", namedAt(shipped.resolve(article).actors(), said));
    ActorResolver without =
        new ActorResolver(
            lexicon,
            names,
            f -> null,
            shippedWith("A.rule.surname-most-named", Set.of("petrarch")));
    assertEquals("Heidi Cruz", namedAt(without.resolve(article).actors(), said));
  }

  /**
   * "Mr Kennedy" in a 2005 British story: with rule A.rule.surname-office-holder the bare surname
   * is the one dictionary Kennedy then in office whose country the story names (Charles Kennedy,
   * not the American justice Anthony Kennedy, also in office); without it, no dictionary person.
   */
  @Test
  void aBareSurnameIsTheOfficeHolderOfACountryTheStoryNames() {
    Lexicon lexicon = LexiconLoader.fromClasspath().load();
    NameIndex names = new NameIndex(lexicon);
    String text =
        "The government refused to set a date for withdrawal. Mr Kennedy said British troops"
            + " should leave Iraq.";
    var article =
        TestEngine.annotator()
            .annotate(
                new Article("t", LocalDate.of(2005, 1, 15), "", text, null, null, "test", "GBR"));
    int kennedy = text.indexOf("Kennedy");
    ActorResolver shipped = new ActorResolver(lexicon, names, f -> null, ActorSieves.SHIPPED);
    Actor found =
        shipped.resolve(article).actors().stream()
            .filter(a -> a.mentions().stream().anyMatch(m -> m.end() == kennedy + 7))
            .findFirst()
            .orElseThrow();
    assertEquals(ActorCode.of("GBR", "OPP"), found.code());
    ActorResolver without =
        new ActorResolver(
            lexicon,
            names,
            f -> null,
            shippedWith("A.rule.surname-office-holder", Set.of("petrarch")));
    assertTrue(
        without.resolve(article).actors().stream()
            .filter(a -> a.mentions().stream().anyMatch(m -> m.end() == kennedy + 7))
            .noneMatch(a -> ActorCode.of("GBR", "OPP").equals(a.code())));
  }

  private static String namedAt(List<Actor> actors, int offset) {
    return actors.stream()
        .filter(a -> a.mentions().stream().anyMatch(m -> m.begin() == offset))
        .map(Actor::name)
        .findFirst()
        .orElse(null);
  }

  private static Actor government(List<Actor> actors) {
    return actors.stream().filter(a -> a.name().equals("government")).findFirst().orElseThrow();
  }

  /**
   * "Sanders endorsed Clinton" in a 2016 story with no publisher's country and no country named:
   * with rule A.rule.surname-anywhere the bare surname is the one dictionary Sanders then in
   * office; without it, no dictionary person.
   */
  @Test
  void aBareSurnameIsTheOneOfficeHolderAnywhereWhenNoCountryIsGiven() {
    Lexicon lexicon = LexiconLoader.fromClasspath().load();
    NameIndex names = new NameIndex(lexicon);
    String text = "Sanders endorsed Clinton on Tuesday.";
    var article =
        TestEngine.annotator()
            .annotate(new Article("t", LocalDate.of(2016, 5, 10), "", text, null, null, "test"));
    ActorResolver shipped = new ActorResolver(lexicon, names, f -> null, ActorSieves.SHIPPED);
    assertEquals(ActorCode.of("USA", "LEG"), codeAt(shipped.resolve(article).actors(), 0));
    ActorResolver without =
        new ActorResolver(
            lexicon, names, f -> null, shippedWith("A.rule.surname-anywhere", Set.of("petrarch")));
    assertEquals(null, codeAt(without.resolve(article).actors(), 0));
  }

  private static ActorCode codeAt(List<Actor> actors, int offset) {
    return actors.stream()
        .filter(a -> a.mentions().stream().anyMatch(m -> m.begin() == offset))
        .findFirst()
        .map(Actor::code)
        .orElse(null);
  }
}
