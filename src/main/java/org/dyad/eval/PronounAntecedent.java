package org.dyad.eval;

import java.util.List;
import org.dyad.model.Span;

/**
 * Whom the bare pronoun of one PolNeAR direct quotation means ("“…,” he said": Donald Trump), as a
 * reader of the article resolved it. One line of {@code eval/polnear-dev-pronoun-speakers.jsonl}.
 *
 * @param id stable entry id ({@code PS.001})
 * @param article the PolNeAR text file's name, without {@code .txt}
 * @param attribution the brat event id of the annotated attribution ({@code E6})
 * @param quote from the start of the annotated content to its end
 * @param pronoun the annotated source, a bare pronoun ("he")
 * @param pronounSpan where that pronoun is
 * @param names whom it means, as the article names them; two or more for a plural pronoun that
 *     stands for several named people ("they": Grassley and Leahy)
 * @param aliases other spellings the article uses for the same antecedent ("McLenney" beside
 *     "Tyresha McClenney"), matched as its names are
 * @param antecedentSpan the nearest full-name mention before the quotation, or null when the text
 *     never names them (an op-ed's "I")
 * @param note why the reading is not the obvious one, or null
 */
public record PronounAntecedent(
    String id,
    String article,
    String attribution,
    Span quote,
    String pronoun,
    Span pronounSpan,
    List<String> names,
    List<String> aliases,
    Span antecedentSpan,
    String note) {
  public PronounAntecedent {
    names = List.copyOf(names);
    aliases = List.copyOf(aliases);
    if (names.isEmpty()) {
      throw new IllegalArgumentException(id + ": no antecedent name");
    }
  }
}
