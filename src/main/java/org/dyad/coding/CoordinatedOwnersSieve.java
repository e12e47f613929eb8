package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import org.dyad.lexicon.DictionaryName;
import org.dyad.model.Actor;
import org.dyad.model.ActorCode;
import org.dyad.model.Sentence;
import org.dyad.model.Span;

/**
 * Sieve {@code A.find.coordinated-owners}: a role noun owned by coordinated countries belongs to
 * each ("the French and German governments" are FRAGOV and DEUGOV). Runs once the role nouns are
 * found, since it grows their phrases. Stateless.
 */
final class CoordinatedOwnersSieve implements FindingSieve {
  @Override
  public void find(SentenceDraft d) {
    distributeOverOwners(d.text(), d.s(), d.hits(), d.agents(), d.out());
  }

  /**
   * A role noun owned by coordinated countries belongs to each: "the ambassadors of Arnor,
   * Osgiliath and Gondor" are ARNGOV, OSGGOV and GONGOV, "the French and German governments" FRAGOV
   * and DEUGOV. The conjuncts are the parse's, of an owner word inside the role phrase (not of the
   * role noun itself: "the Danish government and Sweden" are two actors); each must be a country,
   * and the phrase grows over them.
   */
  private static void distributeOverOwners(
      String text,
      Sentence s,
      List<DictionaryHit> hits,
      List<DictionaryHit> agents,
      List<Mention> out) {
    for (Mention r : List.copyOf(out)) {
      if (!Phrases.isRolePhrase(r) || !r.alsoCodes().isEmpty()) {
        continue;
      }
      String sector = r.code().code().substring(3);
      List<ActorCode> also = new ArrayList<>();
      List<Mention> absorbed = new ArrayList<>();
      int first = r.first();
      int last = r.last();
      for (int k = r.first(); k <= r.last(); k++) {
        if (DictionaryHit.isAgentToken(agents, k)) {
          continue;
        }
        for (int c : Phrases.conjuncts(s, k)) {
          if (r.covers(c)) {
            continue;
          }
          Mention m = Phrases.mentionCovering(out, c);
          DictionaryHit h = DictionaryHit.hitAt(hits, c);
          String country;
          if (m != null) {
            // "the Paris, Amsterdam and Lisbon stock exchanges": a capital owns as its country
            // does.
            boolean plainCountry =
                m.kind() == Actor.Kind.STATE
                    && m.dictionary() != null
                    && m.code() != null
                    && (m.code().code().length() == 3
                        || m.dictionary().kind() == DictionaryName.Kind.CAPITAL);
            if (!plainCountry || absorbed.contains(m)) {
              continue;
            }
            country = m.code().country();
            absorbed.add(m);
            first = Math.min(first, m.first());
            last = Math.max(last, m.last());
          } else if (h != null
              && h.name().country() != null
              && (h.name().kind() == DictionaryName.Kind.COUNTRY
                  || h.name().kind() == DictionaryName.Kind.ADJECTIVE)) {
            country = h.name().country().iso3();
            first = Math.min(first, h.first());
            last = Math.max(last, h.last());
          } else {
            continue;
          }
          ActorCode code = Phrases.withSector(ActorCode.of(country, null), sector);
          if (!code.equals(r.code()) && !also.contains(code)) {
            also.add(code);
          }
        }
      }
      if (also.isEmpty()) {
        continue;
      }
      boolean clear = true;
      for (Mention m : out) {
        if (m != r && !absorbed.contains(m) && m.first() <= last && m.last() >= first) {
          clear = false; // another actor inside the grown phrase: leave it as it is
        }
      }
      if (!clear) {
        continue;
      }
      out.removeAll(absorbed);
      out.remove(r);
      Span span = s.spanOf(first, last);
      out.add(
          new Mention(
              s.index(),
              first,
              last,
              span,
              span.of(text),
              r.kind(),
              null,
              r.code(),
              r.sieve(),
              r.explained() + " distributed",
              also,
              Awaiting.NOTHING,
              r.role(),
              r.plusAgent()));
    }
  }
}
