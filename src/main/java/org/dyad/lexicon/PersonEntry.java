package org.dyad.lexicon;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.ActorCode;

/**
 * A person with the roles they held; a role's code applies only inside its dates, so "President
 * Bush" codes USAGOV in 2003 and falls back to the base code in 2015.
 *
 * @param base the code outside any role, or null
 */
public record PersonEntry(
    String id, List<String> names, ActorCode base, List<Role> roles, String note) {

  /** One office: its code, when it was held, and the title. */
  public record Role(ActorCode code, DateRange dates, String title) {}

  public PersonEntry {
    names = List.copyOf(names);
    roles = List.copyOf(roles);
  }

  public String name() {
    return names.get(0);
  }

  /** The first role held on {@code day}, or null. Roles are listed most important first. */
  public Role roleOn(LocalDate day) {
    for (Role r : roles) {
      if (r.dates().contains(day)) {
        return r;
      }
    }
    return null;
  }
}
