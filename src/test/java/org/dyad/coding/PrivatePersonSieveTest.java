package org.dyad.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.lexicon.DictionaryName;
import org.dyad.lexicon.PersonEntry;
import org.dyad.model.Actor;
import org.dyad.model.ActorCode;
import org.dyad.model.CodedArticle;
import org.dyad.model.Span;
import org.junit.jupiter.api.Test;

/** {@link PrivatePersonSieve} and {@link BareSurnameSieve} on hand-made sentences. */
class PrivatePersonSieveTest {
  private static Actor named(CodedArticle c, String name) {
    return c.actors().stream()
        .filter(a -> a.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not among " + c.actors()));
  }

  @Test
  void aPersonNothingElseCodesIsAPrivateCitizenOfAOneCountryStory() {
    CodedArticle c =
        StageFixtures.code(
            "Viktor Makarov, 50, said the queues in Moscow were long. Russia raised prices.",
            LocalDate.of(2019, 3, 1));
    Actor makarov = named(c, "Viktor Makarov");
    assertEquals("RUSCVL", makarov.code().code());
    assertEquals(PrivatePersonSieve.RULE, makarov.rule());
    assertEquals(ActorSieve.PRIVATE_PERSON.id, makarov.sieve(), "the actor names its sieve");
  }

  @Test
  void aBareSurnameAfterAnotherPersonsFullNameIsThatPerson() {
    CodedArticle c =
        StageFixtures.code(
            "Merck's head of research Peter Kim spoke on Friday. \"We acted,\" Mr Kim said.",
            LocalDate.of(2005, 1, 15));
    Actor kim = named(c, "Peter Kim");
    assertNotEquals("dictionary", String.valueOf(kim.rule()).split(":")[0], kim.rule());
    assertEquals(2, kim.mentions().size(), "Mr Kim joins Peter Kim");
  }

  /** A hand-built article: an unlisted full name, then a one-word dictionary name. */
  private static List<List<Mention>> article(String fullName, String surname, PersonEntry p) {
    Mention full =
        new Mention(
            0,
            0,
            1,
            new Span(0, fullName.length()),
            fullName,
            Actor.Kind.PERSON,
            null,
            null,
            null,
            null);
    DictionaryName d =
        new DictionaryName(DictionaryName.Kind.PERSON, surname, null, null, null, p, null);
    Mention bare =
        new Mention(
            1,
            1,
            1,
            new Span(50, 50 + surname.length()),
            surname,
            Actor.Kind.PERSON,
            d,
            ActorCode.of("USA", "ELI"),
            ActorSieve.DICTIONARY_BASE,
            "dictionary:" + p.id() + " base");
    List<List<Mention>> mentions = new ArrayList<>();
    mentions.add(new ArrayList<>(List.of(full)));
    mentions.add(new ArrayList<>(List.of(bare)));
    return mentions;
  }

  @Test
  void aBareSurnameIsThePersonNamedBeforeUnlessHisNameIsTheEntrysOwn() {
    PersonEntry bush =
        new PersonEntry(
            "P.george-w-bush",
            List.of("George W. Bush", "Bush"),
            ActorCode.of("USA", "ELI"),
            List.of(),
            "-");
    List<List<Mention>> sameMan = article("George W Bush", "Bush", bush);
    BareSurnameSieve.apply(sameMan, Set.of("gen"));
    assertEquals(bush.id(), sameMan.get(1).get(0).dictionary().person().id(), "his own name");
    List<List<Mention>> another = article("Laura Bush", "Bush", bush);
    BareSurnameSieve.apply(another, Set.of("gen"));
    Mention plain = another.get(1).get(0);
    assertNull(plain.dictionary(), "Laura Bush's surname is hers");
    assertNull(plain.code());
    // Regression: "Gen Pinochet" then "Pinochet" lost Pinochet's entry (CHLELI) to his title.
    List<List<Mention>> titled = article("Gen Bush", "Bush", bush);
    BareSurnameSieve.apply(titled, Set.of("gen"));
    assertEquals(bush.id(), titled.get(1).get(0).dictionary().person().id(), "a title is no name");
  }
}
