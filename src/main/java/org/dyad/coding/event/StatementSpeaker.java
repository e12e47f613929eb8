package org.dyad.coding.event;

import java.util.List;
import java.util.Locale;
import org.dyad.lexicon.AttributionCues;
import org.dyad.model.Actor;
import org.dyad.model.Dependency;
import org.dyad.model.Quote;
import org.dyad.model.Sentence;
import org.dyad.model.Span;

/**
 * Who a statement speaks for: its speaker when the article codes them; else the actor the speaker's
 * words name, which the attributor left uncoded ("said director Kate Allen": {@link
 * EventRule#ARG_UNCODED_SPEAKER_NAMED}); else, for a document or a body nothing codes ("the
 * report", "a statement", "his message", "the committee"), whoever issued it ({@link
 * EventRule#ARG_DOCUMENT_SPEAKER}). The issuer is written on the document itself (its possessor,
 * "by", "of" or "from" phrase, or a name before it: "the committee's report", "a Foreign Office
 * statement"), or on the same document named earlier in the article ("A report by two Commons
 * committees called for … The report said …", "the report was drawn up by …", "the committee
 * published a report"), or, for a body, is the body the article named in full before ("the Commons
 * home affairs committee … the committee said"). Takes the article's context and a statement;
 * returns the speaking side as an {@link Arg} named where the statement names its speaker, or null
 * when nothing codes it. Stateless, thread-safe.
 */
final class StatementSpeaker {
  private StatementSpeaker() {}

  /** How many phrases deep an issuer may be written: "a report of a committee of MPs". */
  private static final int ISSUER_DEPTH = 3;

  /** The side {@code statement} speaks for, or null when nothing codes its speaker. */
  static Arg of(CodingContext cx, Quote statement) {
    if (statement == null || statement.speaker() == null) {
      return null;
    }
    Quote.Speaker sp = statement.speaker();
    if (sp.actor() != null && sp.code() != null) {
      return new Arg(sp.actor(), sp.code(), sp.name(), sp.span());
    }
    if (sp.span() == null) {
      return null;
    }
    Sentence s = cx.article().sentences().get(cx.article().sentenceOf(sp.span().begin()));
    int head = headOf(s, sp.span());
    if (head < 0) {
      return null;
    }
    if (cx.on(EventRule.ARG_UNCODED_SPEAKER_NAMED)) {
      // "said director Kate Allen": the title the attributor took for the speaker names her.
      Arg named = titled(cx, s, head);
      if (named != null) {
        return new Arg(named.actor(), named.code(), sp.name(), sp.span());
      }
    }
    if (!cx.on(EventRule.ARG_DOCUMENT_SPEAKER)) {
      return null;
    }
    Arg issuer = issuer(cx, s, head);
    if (issuer == null && s.token(head).lemma().equalsIgnoreCase("it")) {
      // "Thursday's report was drawn up by two committees. It said …"
      issuer = documentBefore(cx, s);
    }
    return issuer == null ? null : new Arg(issuer.actor(), issuer.code(), sp.name(), sp.span());
  }

  /**
   * The coded actor the speaker's words name: at its head (a title the parser hangs a name on, a
   * pronoun), or the name a title is written before ("director Kate Allen", parsed as a compound of
   * the name); null when none.
   */
  private static Arg titled(CodingContext cx, Sentence s, int head) {
    Arg named = firstCoded(ActorsAt.argsAt(cx, s, head));
    for (Dependency up : s.parents(head)) {
      if (named == null && up.relation().equals("compound") && up.governor() >= 0) {
        named = firstCoded(ActorsAt.argsAt(cx, s, up.governor()));
      }
    }
    return named;
  }

  /**
   * The issuer of the document the sentence before {@code s} is about: its main clause's subject,
   * when that is a document or body ("Thursday's report was drawn up by …"); null otherwise.
   */
  private static Arg documentBefore(CodingContext cx, Sentence s) {
    Sentence before = Syntax.previousSentence(cx.article(), s);
    if (before == null) {
      return null;
    }
    for (int clause : Syntax.mainClauses(before)) {
      for (Dependency d : before.children(clause)) {
        if (d.relation().equals("nsubj") || d.relation().equals("nsubj:pass")) {
          Arg issuer = issuer(cx, before, d.dependent());
          if (issuer != null) {
            return issuer;
          }
        }
      }
    }
    return null;
  }

  /**
   * The side that says the clause at {@code clause} when the attributor put it in no statement: the
   * coded subject of the reporting verb the clause hangs from ({@link
   * EventRule#ARG_REPORTING_VERB_SPEAKER}): "Mr Kennedy also argued that British troops … should be
   * replaced", parsed with the clause hanging loose from "argued"; null when there is none.
   */
  static Arg reporter(CodingContext cx, Sentence s, int clause) {
    if (!cx.on(EventRule.ARG_REPORTING_VERB_SPEAKER)) {
      return null;
    }
    AttributionCues cues = cx.lexicon().attributionCues();
    int node = clause;
    for (int hop = 0; hop < 3; hop++) {
      int up = -1;
      boolean reported = false;
      for (Dependency d : s.parents(node)) {
        String r = d.baseRelation();
        // "said stability was all important and any extra cash should be spent": through the
        // first conjunct of a reported clause
        if (d.governor() >= 0
            && (r.equals("ccomp") || r.equals("dep") || r.equals("parataxis") || r.equals("conj"))
            && up < 0) {
          up = d.governor();
          reported = !r.equals("conj");
        }
      }
      if (up < 0) {
        return null;
      }
      String lemma = s.token(up).lemma();
      if (reported
          && s.token(up).isVerb()
          && (cues.of(AttributionCues.Kind.SPEECH).contains(lemma)
              || cues.of(AttributionCues.Kind.INDIRECT).contains(lemma))) {
        for (int subject : s.childrenOf(up, "nsubj")) {
          Arg said = firstCoded(ActorsAt.argsAt(cx, s, subject));
          if (said != null) {
            return said;
          }
        }
        return null;
      }
      node = up;
    }
    return null;
  }

  /**
   * The rules that found the side {@link #of} gives for {@code statement}: none for a coded
   * speaker, {@link EventRule#ARG_DOCUMENT_SPEAKER} for an issuer.
   */
  static List<String> evidence(CodingContext cx, Quote statement) {
    Quote.Speaker sp = statement == null ? null : statement.speaker();
    if (sp == null || sp.actor() != null && sp.code() != null || sp.span() == null) {
      return List.of();
    }
    Sentence s = cx.article().sentences().get(cx.article().sentenceOf(sp.span().begin()));
    int head = headOf(s, sp.span());
    return head >= 0 && cx.on(EventRule.ARG_UNCODED_SPEAKER_NAMED) && titled(cx, s, head) != null
        ? List.of(EventRule.ARG_UNCODED_SPEAKER_NAMED.id())
        : List.of(EventRule.ARG_DOCUMENT_SPEAKER.id());
  }

  /** The issuer of the document or body headed by {@code noun}, or null. */
  private static Arg issuer(CodingContext cx, Sentence s, int noun) {
    EventWords w = cx.words();
    String lemma = s.token(noun).lemma().toLowerCase(Locale.ROOT);
    boolean document = w.documentNouns().contains(lemma);
    boolean body = w.bodyNouns().contains(lemma);
    if (!document && !body) {
      return null;
    }
    Arg written = writtenOn(cx, s, noun, ISSUER_DEPTH);
    if (written != null) {
      return written;
    }
    if (document) {
      Arg before = sameDocumentBefore(cx, s, noun, lemma);
      if (before != null) {
        return before;
      }
    }
    return body ? bodyNamedBefore(cx, s, noun) : null;
  }

  /**
   * The coded actor written on a document or body's own phrase: its possessor, "by", "of" or "from"
   * phrase or a name before it; an uncoded body found there is followed to its own issuer.
   */
  private static Arg writtenOn(CodingContext cx, Sentence s, int noun, int depth) {
    if (depth == 0) {
      return null;
    }
    for (Dependency d : s.children(noun)) {
      String r = d.relation();
      if (!(r.equals("nmod:poss")
          || r.equals("nmod:by")
          || r.equals("nmod:of")
          || r.equals("nmod:from")
          || r.equals("compound")
          || r.equals("amod"))) {
        continue;
      }
      Arg coded = firstCoded(ActorsAt.argsAt(cx, s, d.dependent()));
      if (coded != null) {
        return coded;
      }
      if (!r.equals("amod") && !r.equals("compound")) {
        Arg deeper = writtenOn(cx, s, d.dependent(), depth - 1);
        if (deeper == null && cx.words().bodyNouns().contains(lemmaOf(s, d.dependent()))) {
          deeper = bodyNamedBefore(cx, s, d.dependent());
        }
        if (deeper != null) {
          return deeper;
        }
      }
    }
    return null;
  }

  /**
   * The issuer of the same document named earlier in the article, nearest first: written on it, the
   * agent of its passive ("the report was drawn up by two committees"), or the subject of the verb
   * that issued it ("the committee published a report").
   */
  private static Arg sameDocumentBefore(CodingContext cx, Sentence here, int noun, String lemma) {
    int at = here.token(noun).span().begin();
    List<Sentence> sentences = cx.article().sentences();
    for (int i = here.index(); i >= 0; i--) {
      Sentence s = sentences.get(i);
      for (int t = s.tokens().size() - 1; t >= 0; t--) {
        if (s.token(t).span().begin() >= at || !lemmaOf(s, t).equals(lemma)) {
          continue;
        }
        Arg written = writtenOn(cx, s, t, ISSUER_DEPTH);
        if (written != null) {
          return written;
        }
        for (Dependency up : s.parents(t)) {
          if (up.governor() < 0) {
            continue;
          }
          if (up.relation().equals("nsubj:pass")) {
            for (int agent : s.childrenOf(up.governor(), "obl:agent")) {
              Arg by = firstCoded(ActorsAt.argsAt(cx, s, agent));
              if (by == null) {
                by = writtenOn(cx, s, agent, ISSUER_DEPTH);
              }
              if (by == null && cx.words().bodyNouns().contains(lemmaOf(s, agent))) {
                by = bodyNamedBefore(cx, s, agent);
              }
              if (by != null) {
                return by;
              }
            }
          }
          if (up.baseRelation().equals("obj")
              && cx.words().issuingVerbs().contains(s.token(up.governor()).lemma())) {
            for (int subject : s.childrenOf(up.governor(), "nsubj")) {
              Arg issuer = firstCoded(ActorsAt.argsAt(cx, s, subject));
              if (issuer != null) {
                return issuer;
              }
            }
          }
        }
      }
    }
    return null;
  }

  /**
   * The coded body the article named in full before, whose name ends in the same noun: "the Commons
   * home affairs committee" for "the committee".
   */
  private static Arg bodyNamedBefore(CodingContext cx, Sentence s, int noun) {
    String lemma = lemmaOf(s, noun);
    int at = s.token(noun).span().begin();
    String text = cx.article().text();
    Actor best = null;
    Span bestSpan = null;
    for (Actor a : cx.actors().actors()) {
      if (a.code() == null || a.kind() == Actor.Kind.PERSON || a.kind() == Actor.Kind.STATE) {
        continue;
      }
      for (Span m : a.mentions()) {
        if (m.begin() >= at || m.contains(at)) {
          continue;
        }
        String[] words = m.of(text).toLowerCase(Locale.ROOT).split("\\s+");
        String last = words[words.length - 1];
        if ((last.equals(lemma) || last.startsWith(lemma) && last.length() <= lemma.length() + 2)
            && (bestSpan == null || m.begin() > bestSpan.begin())) {
          best = a;
          bestSpan = m;
        }
      }
    }
    return best == null ? null : new Arg(best.id(), best.code(), bestSpan.of(text), bestSpan);
  }

  /** The token that heads the words of {@code span} in {@code s}, or -1. */
  static int headOf(Sentence s, Span span) {
    int head = -1;
    for (int t = 0; t < s.tokens().size(); t++) {
      if (!span.contains(s.token(t).span().begin())) {
        continue;
      }
      boolean inside = false;
      for (Dependency d : s.parents(t)) {
        if (d.governor() >= 0 && span.contains(s.token(d.governor()).span().begin())) {
          inside = true;
        }
      }
      if (!inside) {
        head = t;
      }
    }
    return head;
  }

  private static Arg firstCoded(List<Arg> args) {
    for (Arg a : args) {
      if (a.code() != null) {
        return a;
      }
    }
    return null;
  }

  private static String lemmaOf(Sentence s, int t) {
    return s.token(t).lemma().toLowerCase(Locale.ROOT);
  }
}
