package org.dyad.model;

/**
 * One token of a sentence with its annotations.
 *
 * @param index position in its sentence, from 0
 * @param span character offsets into the article text
 * @param word the token as written
 * @param lemma lower-case lemma
 * @param pos Penn Treebank part-of-speech tag
 * @param ner coarse named-entity class (PERSON, ORGANIZATION, LOCATION) or "O"
 */
public record Token(int index, Span span, String word, String lemma, String pos, String ner) {
  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }

  public boolean isAdjective() {
    return pos.startsWith("JJ");
  }

  public boolean isPronoun() {
    return pos.equals("PRP") || pos.equals("PRP$");
  }

  public boolean isCapitalized() {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }
}
