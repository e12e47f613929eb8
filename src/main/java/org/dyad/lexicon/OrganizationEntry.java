package org.dyad.lexicon;

import java.util.List;
import org.dyad.model.ActorCode;

/** A named organisation (news agency, IGO, NGO, party, armed group) with its fixed actor code. */
public record OrganizationEntry(String id, ActorCode code, List<String> names, String note) {
  public OrganizationEntry {
    names = List.copyOf(names);
  }

  public String name() {
    return names.get(0);
  }
}
