package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.ActorCode;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Sieve {@code A.find.coordinated-role-nouns}: coordinated role nouns share their owner ("Danish
 * media and government" are DNKMED and DNKGOV). Runs after {@link CoordinatedOwnersSieve}, whose
 * owners it shares out. Stateless.
 */
final class CoordinatedRoleNounsSieve implements FindingSieve {
  @Override
  public void find(SentenceDraft d) {
    distributeOverRoleNouns(d.text(), d.s(), d.agents(), d.out());
  }

  /**
   * Coordinated role nouns share their owner: "Danish media and government" are DNKMED and DNKGOV,
   * "lawmakers and officials in Fornost" FORLEG and FORGOV. A role noun joined by the parse's
   * conjunction to a role phrase, and with no country of its own (none, or only the article's),
   * takes the phrase's owners with its own sector.
   */
  private static void distributeOverRoleNouns(
      String text, Sentence s, List<DictionaryHit> agents, List<Mention> out) {
    for (DictionaryHit a : agents) {
      String sector = a.name().agent().sector();
      if (sector == null || !s.token(a.last()).isNoun()) {
        continue;
      }
      Mention own = Phrases.mentionCovering(out, a.last());
      if (own != null && !(own.code() == null && own.awaiting() == Awaiting.ARTICLE_COUNTRY)) {
        continue;
      }
      Mention partner = null;
      DictionaryHit partnerNoun = null;
      for (Mention r : out) {
        if (!Phrases.isRolePhrase(r)) {
          continue;
        }
        for (DictionaryHit b : agents) {
          if (b == a || !r.covers(b.last()) || b.name().agent().sector() == null) {
            continue;
          }
          if (Phrases.conjuncts(s, b.last()).contains(a.last())) {
            partner = r;
            partnerNoun = b;
          }
        }
      }
      if (partner == null) {
        continue;
      }
      String partnerSector = partnerNoun.name().agent().sector();
      List<ActorCode> codes = new ArrayList<>();
      codes.add(partner.code());
      codes.addAll(partner.alsoCodes());
      List<ActorCode> mine = new ArrayList<>();
      for (ActorCode c : codes) {
        String owner =
            c.code().length() > 3 && c.code().endsWith(partnerSector)
                ? c.code().substring(0, c.code().length() - partnerSector.length())
                : c.code().substring(0, 3);
        ActorCode code = Phrases.withSector(new ActorCode(owner), sector);
        if (!mine.contains(code)) {
          mine.add(code);
        }
      }
      out.remove(own);
      if (mine.equals(codes) && (own == null || own.code() == null)) {
        // "infantry and armour of the Revolutionary Guards", "soldiers and marines": coordinated
        // role nouns coded alike are one actor, so the phrase grows over both.
        int first = Math.min(a.first(), partner.first());
        int last = Math.max(a.last(), partner.last());
        if (first < partner.first()
            ? adjacentBefore(s, a.last(), partner.first(), out)
            : adjacentBefore(s, partner.last(), a.first(), out)) {
          out.remove(partner);
          out.add(
              Mention.roleNoun(
                      text,
                      s,
                      first,
                      last,
                      partner.code(),
                      partner.role(),
                      partner.explained() + " and " + a.name().agent().id(),
                      partner.alsoCodes())
                  .sievedAs(partner));
          continue;
        }
      }
      out.add(
          Mention.roleNoun(
              text,
              s,
              a.first(),
              a.last(),
              mine.get(0),
              a.name().agent().id(),
              "role-noun:" + a.name().agent().id() + " coordinated with " + partner.text(),
              mine.subList(1, mine.size())));
    }
  }

  /**
   * Whether only a coordinating conjunction or commas (no other actor) lie between tokens {@code
   * end} and {@code start}: "infantry and armour".
   */
  private static boolean adjacentBefore(Sentence s, int end, int start, List<Mention> out) {
    for (int k = end + 1; k < start; k++) {
      Token t = s.token(k);
      if (!(t.pos().equals("CC") || t.word().equals(","))
          || Phrases.mentionCovering(out, k) != null) {
        return false;
      }
    }
    return start > end + 1;
  }
}
