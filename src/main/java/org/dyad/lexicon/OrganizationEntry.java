package org.dyad.lexicon;

import java.util.List;
import org.dyad.model.ActorCode;

/**
 * A named organisation (news agency, IGO, NGO, party, armed group) with its fixed actor code.
 *
 * @param alsoCodes the other actors the name stands for at once, each coded as an actor of its own
 *     (PETRARCH's {@code [ELR/GAL]}); usually none
 */
public record OrganizationEntry(
    String id, ActorCode code, List<String> names, String note, List<ActorCode> alsoCodes) {
  public OrganizationEntry {
    names = List.copyOf(names);
    alsoCodes = List.copyOf(alsoCodes);
  }

  public OrganizationEntry(String id, ActorCode code, List<String> names, String note) {
    this(id, code, names, note, List.of());
  }

  public String name() {
    return names.get(0);
  }
}
