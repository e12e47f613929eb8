package org.dyad.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dyad.model.Mode;

/**
 * Which stored events a query selects; every field left null selects all. Immutable.
 *
 * <p>An actor argument is a CAMEO actor code when it is upper-case letter triples ({@code CHN}
 * matches {@code CHN}, {@code CHNGOV}, {@code CHNMIL}...) and otherwise a name, matched without
 * regard to case anywhere in the actor's canonical name or in the words of the event that name it.
 *
 * @param actor either side of the event
 * @param source the side that acts
 * @param target the side acted on
 * @param dyadSource with {@code dyadTarget}: events from one to the other
 * @param dyadTarget see {@code dyadSource}
 * @param eitherDirection the dyad also matches events from {@code dyadTarget} to {@code dyadSource}
 * @param cameo CAMEO event code prefix: {@code 04} matches 040, 042, 0431...
 * @param root CAMEO root code, two digits
 * @param plover PLOVER event type (case does not matter; one of {@link #PLOVER_TYPES})
 * @param quad quad class 1-4
 * @param mode asserted, negated, hypothetical or future
 * @param from earliest event date, inclusive
 * @param to latest event date, inclusive
 * @param text Lucene query over sentences and quotations: an event matches when its sentence or the
 *     quotation it was said in does
 * @param limit at most this many events (0: no limit)
 */
public record EventFilter(
    String actor,
    String source,
    String target,
    String dyadSource,
    String dyadTarget,
    boolean eitherDirection,
    String cameo,
    String root,
    String plover,
    Integer quad,
    Mode mode,
    LocalDate from,
    LocalDate to,
    String text,
    int limit) {
  private static final Pattern ACTOR_CODE = Pattern.compile("([A-Z]{3})+");

  /** PLOVER's sixteen event types (PLOVER manual, 2021), the values the store's column holds. */
  public static final List<String> PLOVER_TYPES =
      List.of(
          "AGREE",
          "CONSULT",
          "SUPPORT",
          "CONCEDE",
          "COOPERATE",
          "AID",
          "RETREAT",
          "REQUEST",
          "ACCUSE",
          "REJECT",
          "THREATEN",
          "PROTEST",
          "SANCTION",
          "MOBILIZE",
          "COERCE",
          "ASSAULT");

  public EventFilter {
    if ((dyadSource == null) != (dyadTarget == null)) {
      throw new IllegalArgumentException(
          "a dyad needs both sides: source=" + dyadSource + ", target=" + dyadTarget);
    }
    if (plover != null) {
      plover = plover.strip().toUpperCase(Locale.ROOT);
      if (!PLOVER_TYPES.contains(plover)) {
        throw new IllegalArgumentException(
            "no PLOVER event type \""
                + plover
                + "\"; the types are "
                + String.join(", ", PLOVER_TYPES));
      }
    }
    if (cameo != null && !cameo.matches("\\d{1,4}")) {
      throw new IllegalArgumentException("a CAMEO code is 1-4 digits: " + cameo);
    }
    if (root != null && !root.matches("\\d{2}")) {
      throw new IllegalArgumentException("a CAMEO root is 2 digits: " + root);
    }
    if (quad != null && (quad < 1 || quad > 4)) {
      throw new IllegalArgumentException("the quad class is 1-4: " + quad);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException(
          "the date range ends before it starts: " + from + ".." + to);
    }
    if (limit < 0) {
      throw new IllegalArgumentException("the limit must not be negative: " + limit);
    }
  }

  /** Selects every event. */
  public static EventFilter all() {
    return new EventFilter(
        null, null, null, null, null, false, null, null, null, null, null, null, null, null, 0);
  }

  public EventFilter withDyad(String from, String to, boolean either) {
    return new EventFilter(
        actor, source, target, from, to, either, cameo, root, plover, quad, mode, this.from,
        this.to, text, limit);
  }

  public EventFilter withActor(String a) {
    return new EventFilter(
        a,
        source,
        target,
        dyadSource,
        dyadTarget,
        eitherDirection,
        cameo,
        root,
        plover,
        quad,
        mode,
        from,
        to,
        text,
        limit);
  }

  public EventFilter withText(String query) {
    return new EventFilter(
        actor,
        source,
        target,
        dyadSource,
        dyadTarget,
        eitherDirection,
        cameo,
        root,
        plover,
        quad,
        mode,
        from,
        to,
        query,
        limit);
  }

  static boolean isActorCode(String s) {
    return ACTOR_CODE.matcher(s).matches();
  }

  /**
   * True for letter triples not written in upper case ({@code chn}, {@code Prk}): people type codes
   * that way, and names that way too ({@code israel}), so such a value is matched both as a code
   * and as a name.
   */
  static boolean mayBeActorCode(String s) {
    return !isActorCode(s) && isActorCode(s.toUpperCase(Locale.ROOT));
  }
}
