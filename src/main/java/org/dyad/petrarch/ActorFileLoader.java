package org.dyad.petrarch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.lexicon.CountryEntry;
import org.dyad.lexicon.DateRange;
import org.dyad.lexicon.OrganizationEntry;
import org.dyad.lexicon.PersonEntry;
import org.dyad.model.ActorCode;

/**
 * Reads a PETRARCH/TABARI actor dictionary into the entries Dyad's name index matches.
 *
 * <p>An entry is a name ({@code _} joins its words, a trailing {@code _} only marks the word's
 * end), {@code +} lines naming the same actor, and codes in brackets on the same or the following
 * lines, each with an optional date restriction: {@code [HOB < 950601]} before a day, {@code
 * [HOBREB > 990816]} after it, {@code [HOBGOV 19950601 - 19990815]} between two days inclusive
 * (TABARI's six-digit days are read by {@link #day}). An entry becomes:
 *
 * <ul>
 *   <li>with a date-restricted code: a {@link PersonEntry} whose roles are the restricted codes, in
 *       the order written (the first that holds on a day wins, as in PETRARCH), and whose base is
 *       the unrestricted code;
 *   <li>with one three-letter code: a {@link CountryEntry} with that code, so that role nouns
 *       combine with it ("Arnor cleric" is ARN + REL);
 *   <li>with a longer code: an {@link OrganizationEntry};
 *   <li>with several actors at once ({@code [ELR/GAL]}, undated): an {@link OrganizationEntry} with
 *       the first code and the others as its {@code alsoCodes}.
 * </ul>
 *
 * Codes are upper-cased. PETRARCH's null code {@code ---} is an uncoded role; codes Dyad's actor
 * codes cannot hold ({@code ITHTV}, {@code +++}) are reported through {@code warn} and left out.
 * Stateless.
 */
final class ActorFileLoader {
  private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");
  private static final Pattern RESTRICTION =
      Pattern.compile("(\\S+?)\\s*(?:(<|>)\\s*(\\d{6,8})|(\\d{6,8})\\s*-\\s*(\\d{6,8}))?");

  /** The entries read, by kind. */
  record Actors(
      List<CountryEntry> countries,
      List<OrganizationEntry> organizations,
      List<PersonEntry> people) {
    Actors {
      countries = List.copyOf(countries);
      organizations = List.copyOf(organizations);
      people = List.copyOf(people);
    }
  }

  private ActorFileLoader() {}

  static Actors load(DictionaryLines file, Consumer<String> warn) {
    List<CountryEntry> countries = new ArrayList<>();
    List<OrganizationEntry> organizations = new ArrayList<>();
    List<PersonEntry> people = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    int start = 0;
    for (DictionaryLines.Line line : file.lines()) {
      String t = line.text().strip();
      if (t.isEmpty()) {
        continue;
      }
      boolean continuation = t.startsWith("+") || t.startsWith("[");
      if (!continuation) {
        add(file, start, names, codes, countries, organizations, people, warn);
        names.clear();
        codes.clear();
        start = line.number();
      }
      String rest = t.startsWith("+") ? t.substring(1) : t;
      Matcher m = CODE.matcher(rest);
      int firstCode = rest.length();
      while (m.find()) {
        firstCode = Math.min(firstCode, m.start());
        codes.add(m.group(1).strip());
      }
      String name = rest.substring(0, firstCode).strip();
      if (!name.isEmpty()) {
        names.add(name(name));
      }
    }
    add(file, start, names, codes, countries, organizations, people, warn);
    return new Actors(countries, organizations, people);
  }

  /** "CARAS GALADHON", "THE_HERMIT_KINGDOM", "ARNOR_" as the name index reads them. */
  static String name(String written) {
    String n = written.replace('_', ' ').strip().replaceAll("\\s+", " ");
    // Lower case matches the text in any case; PETRARCH matches regardless of case too.
    return n.toLowerCase(Locale.ROOT);
  }

  private static void add(
      DictionaryLines file,
      int line,
      List<String> names,
      List<String> codes,
      List<CountryEntry> countries,
      List<OrganizationEntry> organizations,
      List<PersonEntry> people,
      Consumer<String> warn) {
    if (names.isEmpty()) {
      return;
    }
    String where = file.origin() + ":" + line;
    if (codes.isEmpty()) {
      warn.accept(where + ": actor " + names.get(0) + " has no code; left out");
      return;
    }
    String id = "PA." + line;
    ActorCode base = null;
    List<ActorCode> alsoCodes = new ArrayList<>();
    boolean baseSeen = false;
    List<PersonEntry.Role> roles = new ArrayList<>();
    for (String written : codes) {
      Matcher m = RESTRICTION.matcher(written);
      if (!m.matches()) {
        warn.accept(where + ": unreadable code [" + written + "]; left out");
        continue;
      }
      String code = m.group(1).toUpperCase(Locale.ROOT);
      ActorCode actorCode = null;
      if (code.contains("/") && m.group(2) == null && m.group(4) == null) {
        // Several actors at once: "THE_SHIRE [FRO/BIL/SAM]".
        List<ActorCode> several = new ArrayList<>();
        try {
          for (String part : code.split("/")) {
            several.add(new ActorCode(part));
          }
        } catch (IllegalArgumentException e) {
          warn.accept(where + ": code [" + written + "] is not a Dyad actor code; left out");
          continue;
        }
        base = several.get(0);
        alsoCodes = several.subList(1, several.size());
        baseSeen = true;
        continue;
      }
      if (!code.equals("---")) {
        try {
          actorCode = new ActorCode(code);
        } catch (IllegalArgumentException e) {
          warn.accept(where + ": code [" + written + "] is not a Dyad actor code; left out");
          continue;
        }
      }
      DateRange dates = null;
      try {
        if (m.group(2) != null) {
          LocalDate day = day(m.group(3));
          dates =
              m.group(2).equals("<")
                  ? new DateRange(null, day)
                  : new DateRange(day.plusDays(1), null);
        } else if (m.group(4) != null) {
          dates = new DateRange(day(m.group(4)), day(m.group(5)).plusDays(1));
        }
      } catch (IllegalArgumentException | java.time.DateTimeException e) {
        throw new PetrarchFormatException(file.origin(), line, "bad date in [" + written + "]");
      }
      if (dates == null) {
        base = actorCode;
        baseSeen = true;
      } else {
        roles.add(new PersonEntry.Role(actorCode, dates, "PETRARCH date restriction " + written));
      }
    }
    if (!roles.isEmpty()) {
      people.add(new PersonEntry(id, names, base, roles, where));
    } else if (!baseSeen || base == null) {
      if (baseSeen) {
        warn.accept(where + ": actor " + names.get(0) + " has only the null code; left out");
      }
    } else if (base.code().length() == 3 && alsoCodes.isEmpty()) {
      countries.add(new CountryEntry(id, base.code(), names, List.of(), List.of(), List.of()));
    } else {
      organizations.add(new OrganizationEntry(id, base, names, where, alsoCodes));
    }
  }

  /** {@code 19950601}, or TABARI's {@code 950601}: two-digit years from 30 on are 19YY. */
  static LocalDate day(String digits) {
    String d = digits;
    if (d.length() == 6) {
      d = (Integer.parseInt(d.substring(0, 2)) >= 30 ? "19" : "20") + d;
    }
    return LocalDate.parse(d, java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
  }
}
