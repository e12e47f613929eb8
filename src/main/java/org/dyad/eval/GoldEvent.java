package org.dyad.eval;

/**
 * One hand-coded event: who did what to whom, in which sentence.
 *
 * @param source CAMEO actor code of the source; only its first three letters are scored
 * @param target CAMEO actor code of the target, or null for a one-sided event (a protest with no
 *     named target, violence against no actor); only its first three letters are scored
 * @param cameo CAMEO event code, 2–4 digits; only the root (first two) is scored
 * @param trigger the words that express the action, for people reading reports
 * @param sentence the start of the sentence as in the text (quotes and white space are folded)
 * @param date ISO date the event must carry, or null when it is not checked
 * @param mode mode label the event must carry ("asserted", ...), or null when it is not checked
 * @param knownFailure why Dyad does not produce it yet, or null
 */
public record GoldEvent(
    String source,
    String target,
    String cameo,
    String trigger,
    String sentence,
    String date,
    String mode,
    String knownFailure) {
  public GoldEvent {
    if (cameo == null || !cameo.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("\"cameo\" must be 2-4 digits: " + cameo);
    }
    if (source == null || !source.matches("[A-Z]{3}[A-Z]*")) {
      throw new IllegalArgumentException("\"source\" must be a CAMEO actor code: " + source);
    }
    if (target != null && !target.matches("[A-Z]{3}[A-Z]*")) {
      throw new IllegalArgumentException("\"target\" must be a CAMEO actor code: " + target);
    }
    if (sentence == null || sentence.isBlank()) {
      throw new IllegalArgumentException("\"sentence\" must give the start of the sentence");
    }
  }

  public String root() {
    return cameo.substring(0, 2);
  }

  public String sourceCountry() {
    return source.substring(0, 3);
  }

  /** The target's country (or IGO, NGO, IMG), or null for a one-sided event. */
  public String targetCountry() {
    return target == null ? null : target.substring(0, 3);
  }

  public boolean oneSided() {
    return target == null;
  }

  /** "GBRGOV 040 USAGOV 'met'" ("-" for no target), for reports. */
  public String describe() {
    return source + " " + cameo + " " + (target == null ? "-" : target) + " '" + trigger + "'";
  }
}
