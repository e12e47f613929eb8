package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.model.Dependency;
import org.dyad.model.Span;
import org.dyad.model.Token;
import org.junit.jupiter.api.Test;

class ParseRepairsTest {
  private static List<Token> tokens(String... words) {
    List<Token> out = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < words.length; i++) {
      out.add(new Token(i, new Span(at, at + words[i].length()), words[i], words[i], "X", "O"));
      at += words[i].length() + 1;
    }
    return out;
  }

  @Test
  void aNounReadAsAVerbAfterAMovedObjectIsRepaired() {
    // Ankara rejected on Thursday a European Union appeal to release the journalists .
    List<Token> t =
        tokens(
            "Ankara",
            "rejected",
            "on",
            "Thursday",
            "a",
            "European",
            "Union",
            "appeal",
            "to",
            "release",
            "the",
            "journalists");
    List<Token> tagged = new java.util.ArrayList<>(t);
    tagged.set(7, new Token(7, t.get(7).span(), "appeal", "appeal", "VB", "O"));
    tagged.set(6, new Token(6, t.get(6).span(), "Union", "union", "NNP", "O"));
    tagged.set(1, new Token(1, t.get(1).span(), "rejected", "reject", "VBD", "O"));
    List<Dependency> misparsed =
        List.of(
            new Dependency(-1, 1, "root"),
            new Dependency(1, 0, "nsubj"),
            new Dependency(3, 2, "case"),
            new Dependency(1, 3, "obl:on"),
            new Dependency(6, 4, "det"),
            new Dependency(6, 5, "compound"),
            new Dependency(7, 6, "nsubj"),
            new Dependency(1, 7, "ccomp"),
            new Dependency(9, 8, "mark"),
            new Dependency(7, 9, "xcomp"),
            new Dependency(9, 6, "nsubj:xsubj"),
            new Dependency(11, 10, "det"),
            new Dependency(9, 11, "obj"));
    List<Dependency> repaired = ParseRepairs.apply(tagged, misparsed);
    assertEquals(
        Set.of(
            new Dependency(-1, 1, "root"),
            new Dependency(1, 0, "nsubj"),
            new Dependency(3, 2, "case"),
            new Dependency(1, 3, "obl:on"),
            new Dependency(6, 5, "compound"),
            new Dependency(7, 6, "compound"),
            new Dependency(7, 4, "det"),
            new Dependency(1, 7, "obj"),
            new Dependency(9, 8, "mark"),
            new Dependency(7, 9, "acl"),
            new Dependency(11, 10, "det"),
            new Dependency(9, 11, "obj")),
        new HashSet<>(repaired));
    assertEquals("NN", ParseRepairs.retag(tagged, misparsed, repaired).get(7).pos());
    // "the ministers appeal to …": a plural subject agrees with the bare verb; left alone.
    List<Token> plural = new java.util.ArrayList<>(tagged);
    plural.set(6, new Token(6, t.get(6).span(), "ministers", "minister", "NNS", "O"));
    assertEquals(new HashSet<>(misparsed), new HashSet<>(ParseRepairs.apply(plural, misparsed)));
  }

  @Test
  void aCallOnSomeoneToActIsRepaired() {
    // Liberty called on the government to release them .
    List<Token> t = tokens("Liberty", "called", "on", "the", "government", "to", "release", "them");
    List<Dependency> misparsed =
        List.of(
            new Dependency(-1, 1, "root"),
            new Dependency(1, 0, "nsubj"),
            new Dependency(6, 2, "mark"),
            new Dependency(4, 3, "det"),
            new Dependency(6, 4, "nsubj"),
            new Dependency(6, 5, "mark"),
            new Dependency(1, 6, "advcl:to"),
            new Dependency(6, 7, "obj"));
    Set<Dependency> repaired = new HashSet<>(ParseRepairs.apply(t, misparsed));
    assertEquals(
        Set.of(
            new Dependency(-1, 1, "root"),
            new Dependency(1, 0, "nsubj"),
            new Dependency(4, 3, "det"),
            new Dependency(6, 5, "mark"),
            new Dependency(6, 7, "obj"),
            new Dependency(1, 4, "obl:on"),
            new Dependency(4, 2, "case"),
            new Dependency(1, 6, "xcomp"),
            new Dependency(6, 4, "nsubj:xsubj")),
        repaired);
  }

  @Test
  void anObjectReadAsAClauseSubjectIsRepaired() {
    // Warships shelled a platform and forces boarded another .
    List<Token> t =
        tokens("Warships", "shelled", "a", "platform", "and", "forces", "boarded", "another");
    List<Dependency> misparsed =
        List.of(
            new Dependency(-1, 1, "root"),
            new Dependency(1, 0, "nsubj"),
            new Dependency(3, 2, "det"),
            new Dependency(6, 3, "nsubj"),
            new Dependency(5, 4, "cc"),
            new Dependency(3, 5, "conj:and"),
            new Dependency(6, 5, "nsubj"),
            new Dependency(1, 6, "ccomp"),
            new Dependency(6, 7, "obj"));
    Set<Dependency> repaired = new HashSet<>(ParseRepairs.apply(t, misparsed));
    assertEquals(
        Set.of(
            new Dependency(-1, 1, "root"),
            new Dependency(1, 0, "nsubj"),
            new Dependency(3, 2, "det"),
            new Dependency(1, 3, "obj"),
            new Dependency(6, 4, "cc"),
            new Dependency(6, 5, "nsubj"),
            new Dependency(1, 6, "conj:and"),
            new Dependency(6, 7, "obj")),
        repaired);
  }

  @Test
  void aConjunctReadAsAnUnlabelledDependentIsRepaired() {
    // He spoke to Bush , and the presidents .
    List<Token> t = tokens("He", "spoke", "to", "Bush", ",", "and", "the", "presidents");
    List<Dependency> misparsed =
        List.of(
            new Dependency(-1, 1, "root"),
            new Dependency(1, 0, "nsubj"),
            new Dependency(3, 2, "case"),
            new Dependency(1, 3, "obl:to"),
            new Dependency(1, 4, "punct"),
            new Dependency(1, 5, "dep"),
            new Dependency(7, 6, "det"),
            new Dependency(5, 7, "dep"));
    Set<Dependency> repaired = new HashSet<>(ParseRepairs.apply(t, misparsed));
    assertEquals(
        Set.of(
            new Dependency(-1, 1, "root"),
            new Dependency(1, 0, "nsubj"),
            new Dependency(3, 2, "case"),
            new Dependency(1, 3, "obl:to"),
            new Dependency(1, 4, "punct"),
            new Dependency(7, 5, "cc"),
            new Dependency(7, 6, "det"),
            new Dependency(3, 7, "conj:and"),
            new Dependency(1, 7, "obl:to")),
        repaired);
  }

  @Test
  void aVerbJoinedToAPhraseContinuesTheMainVerb() {
    // Ministers described the decision as unjustified and called on Ottawa .
    List<Token> t =
        tokens(
            "Ministers",
            "described",
            "the",
            "decision",
            "as",
            "unjustified",
            "and",
            "called",
            "on",
            "Ottawa");
    List<Token> tagged = new ArrayList<>(t);
    tagged.set(1, retag(t.get(1), "VBD"));
    tagged.set(5, retag(t.get(5), "JJ"));
    tagged.set(7, retag(t.get(7), "VBN"));
    List<Dependency> misparsed =
        List.of(
            new Dependency(-1, 1, "root"),
            new Dependency(1, 0, "nsubj"),
            new Dependency(3, 2, "det"),
            new Dependency(1, 3, "obj"),
            new Dependency(5, 4, "case"),
            new Dependency(3, 5, "nmod:as"),
            new Dependency(7, 6, "cc"),
            new Dependency(5, 7, "conj:and"),
            new Dependency(3, 7, "nmod:as"),
            new Dependency(9, 8, "case"),
            new Dependency(7, 9, "obl:on"));
    Set<Dependency> repaired = new HashSet<>(ParseRepairs.apply(tagged, misparsed));
    assertEquals(
        Set.of(
            new Dependency(-1, 1, "root"),
            new Dependency(1, 0, "nsubj"),
            new Dependency(3, 2, "det"),
            new Dependency(1, 3, "obj"),
            new Dependency(5, 4, "case"),
            new Dependency(3, 5, "nmod:as"),
            new Dependency(7, 6, "cc"),
            new Dependency(1, 7, "conj:and"),
            new Dependency(7, 0, "nsubj"),
            new Dependency(9, 8, "case"),
            new Dependency(7, 9, "obl:on")),
        repaired);
  }

  private static Token retag(Token t, String pos) {
    return new Token(t.index(), t.span(), t.word(), t.lemma(), pos, t.ner());
  }

  @Test
  void aSubjectReadAsPartOfTheDayItWasSaidIsRepaired() {
    // IRNA said on Sunday Iran had seized boats .
    List<Token> t = tokens("IRNA", "said", "on", "Sunday", "Iran", "had", "seized", "boats", ".");
    List<Token> tagged = new ArrayList<>(t);
    tagged.set(4, retag(t.get(4), "NNP"));
    List<Dependency> misparsed =
        List.of(
            new Dependency(1, 0, "nsubj"),
            new Dependency(6, 1, "csubj"),
            new Dependency(4, 2, "case"),
            new Dependency(4, 3, "compound"),
            new Dependency(1, 4, "obl:on"),
            new Dependency(6, 5, "aux"),
            new Dependency(-1, 6, "root"),
            new Dependency(6, 7, "obj"),
            new Dependency(6, 8, "punct"));
    Set<Dependency> repaired = new HashSet<>(ParseRepairs.apply(tagged, misparsed));
    assertEquals(
        Set.of(
            new Dependency(1, 0, "nsubj"),
            new Dependency(-1, 1, "root"),
            new Dependency(3, 2, "case"),
            new Dependency(1, 3, "obl:on"),
            new Dependency(6, 4, "nsubj"),
            new Dependency(6, 5, "aux"),
            new Dependency(1, 6, "ccomp"),
            new Dependency(6, 7, "obj"),
            new Dependency(1, 8, "punct")),
        repaired);
  }

  @Test
  void aSpeechVerbKeepsItsClause() {
    // He said Iran and Iraq had agreed .
    List<Token> t = tokens("He", "say", "Iran", "and", "Iraq", "agreed");
    List<Dependency> deps =
        List.of(
            new Dependency(-1, 1, "root"),
            new Dependency(1, 0, "nsubj"),
            new Dependency(5, 2, "nsubj"),
            new Dependency(4, 3, "cc"),
            new Dependency(2, 4, "conj:and"),
            new Dependency(5, 4, "nsubj"),
            new Dependency(1, 5, "ccomp"));
    assertEquals(Set.copyOf(deps), Set.copyOf(ParseRepairs.apply(t, deps)));
  }

  @Test
  void otherClausesAreLeftAlone() {
    // He left , on reflection , to rest : the particle is not right after the verb.
    List<Token> t = tokens("He", "left", ",", "on", "reflection", "to", "rest");
    List<Dependency> deps =
        List.of(
            new Dependency(-1, 1, "root"),
            new Dependency(1, 0, "nsubj"),
            new Dependency(6, 3, "mark"),
            new Dependency(6, 4, "nsubj"),
            new Dependency(6, 5, "mark"),
            new Dependency(1, 6, "advcl:to"));
    assertEquals(new HashSet<>(deps), new HashSet<>(ParseRepairs.apply(t, deps)));
  }

  @Test
  void aReportedClauseReadAsAnObjectAndALooseVerbIsRepaired() {
    // The Liberal Democrats claim Labour 's infighting is obstructing good government
    List<Token> t =
        new ArrayList<>(
            tokens(
                "The",
                "Liberal",
                "Democrats",
                "claim",
                "Labour",
                "'s",
                "infighting",
                "is",
                "obstructing",
                "good",
                "government"));
    t.set(3, new Token(3, t.get(3).span(), "claim", "claim", "VBP", "O"));
    t.set(7, new Token(7, t.get(7).span(), "is", "be", "VBZ", "O"));
    t.set(8, new Token(8, t.get(8).span(), "obstructing", "obstruct", "VBG", "O"));
    List<Dependency> misparsed =
        List.of(
            new Dependency(-1, 3, "root"),
            new Dependency(2, 0, "det"),
            new Dependency(2, 1, "amod"),
            new Dependency(3, 2, "nsubj"),
            new Dependency(6, 4, "nmod:poss"),
            new Dependency(4, 5, "case"),
            new Dependency(3, 6, "obj"),
            new Dependency(8, 7, "aux"),
            new Dependency(3, 8, "dep"),
            new Dependency(10, 9, "amod"),
            new Dependency(8, 10, "obj"));
    Set<Dependency> repaired = new HashSet<>(ParseRepairs.apply(t, misparsed));
    assertEquals(
        true, repaired.contains(new Dependency(8, 6, "nsubj")), "the object is the subject");
    assertEquals(true, repaired.contains(new Dependency(3, 8, "ccomp")), "the clause is reported");
    assertEquals(false, repaired.contains(new Dependency(3, 6, "obj")));
    // A verb that reports no clause keeps its object: "They kept the pressure is rising" is no
    // reading to repair into.
    List<Token> kept = new ArrayList<>(t);
    kept.set(3, new Token(3, t.get(3).span(), "kept", "keep", "VBD", "O"));
    assertEquals(new HashSet<>(misparsed), new HashSet<>(ParseRepairs.apply(kept, misparsed)));
  }

  @Test
  void aParticipleHungFromTheAddresseeIsTheVerbsClause() {
    // Howard wrote to Blair asking for help .
    String[][] words = {
      {"Howard", "NNP"},
      {"wrote", "VBD"},
      {"to", "IN"},
      {"Blair", "NNP"},
      {"asking", "VBG"},
      {"for", "IN"},
      {"help", "NN"},
      {".", "."}
    };
    List<Token> t = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < words.length; i++) {
      String w = words[i][0];
      t.add(new Token(i, new Span(at, at + w.length()), w, w, words[i][1], "O"));
      at += w.length() + 1;
    }
    List<Dependency> parsed =
        List.of(
            new Dependency(1, 0, "nsubj"),
            new Dependency(-1, 1, "root"),
            new Dependency(3, 2, "case"),
            new Dependency(1, 3, "obl:to"),
            new Dependency(3, 4, "acl"),
            new Dependency(6, 5, "case"),
            new Dependency(4, 6, "obl:for"),
            new Dependency(1, 7, "punct"));
    Set<Dependency> repaired = new HashSet<>(ParseRepairs.apply(t, parsed));
    Set<Dependency> expected = new HashSet<>(parsed);
    expected.remove(new Dependency(3, 4, "acl"));
    expected.add(new Dependency(1, 4, "advcl"));
    assertEquals(expected, repaired);
  }
}
