package org.dyad.coding.quote;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Quote;
import org.dyad.model.QuoteSieve;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;

/**
 * {@code Q.indirect-object-clause}: "On Thursday, Mr. Clinton said the gathering in September would
 * be the foundation's last": an indirect cue verb without a clause of its own, whose parse took the
 * reported clause's subject for the verb's object and hung the rest elsewhere (the cue as subject
 * of "last"). When a finite verb or auxiliary follows the object, the object opens the reported
 * clause, which runs to the sentence's end (to the first comma in a relative clause: "Podesta, who
 * said the project was vetted by counsel, said …"). Takes the cue. Immutable.
 */
final class ObjectClauseSieve implements SentenceSieve {
  private final Speakers speakers;

  ObjectClauseSieve(Speakers speakers) {
    this.speakers = speakers;
  }

  @Override
  public QuoteSieve id() {
    return QuoteSieve.INDIRECT_OBJECT_CLAUSE;
  }

  @Override
  public List<Quote> find(SentenceScope scope) {
    List<Quote> out = new ArrayList<>();
    Sentence s = scope.sentence();
    for (Token t : scope.openTokens()) {
      if (!t.isVerb()
          || !speakers.words().indirect().contains(t.lemma())
          || s.hasChild(t.index(), "ccomp")
          || insideAnotherReport(s, t.index())) {
        continue;
      }
      List<Integer> objects = s.childrenOf(t.index(), "obj");
      if (objects.size() != 1 || objects.get(0) < t.index()) {
        continue;
      }
      int[] object = s.subtreeRange(objects.get(0));
      int next = pastAdverbs(s, pastModifiers(s, t.index(), object[1] + 1));
      if (object[0] != t.index() + 1 || next >= s.tokens().size() || !isFinite(s.token(next))) {
        continue;
      }
      List<Integer> subjects = Speakers.subjects(s, t.index());
      if (subjects.isEmpty() || subjects.get(0) > t.index()) {
        continue;
      }
      boolean relative = s.token(subjects.get(0)).pos().startsWith("W");
      int last = object[0];
      for (int k = object[0]; k < s.tokens().size(); k++) {
        Token w = s.token(k);
        if (relative && w.word().equals(",")
            || QuoteText.isQuoteMark(w.word()) && !aroundPartial(scope.direct(), w)) {
          break; // a direct quotation has its own attribution; a quoted phrase is woven in
        }
        last = k;
      }
      int[] ends = QuoteText.trimmed(s, object[0], last);
      if (ends[1] <= next) {
        continue;
      }
      Span content = s.spanOf(ends[0], ends[1]);
      if (QuoteText.overlapsDirectFromOutside(scope.direct(), content, null)) {
        continue;
      }
      Quote.Speaker speaker =
          speakers.subjectAt(scope.article(), scope.actors(), s, subjects.get(0));
      if (speaker == null) {
        continue;
      }
      out.add(QuoteText.indirect(scope.text(), content, speaker, t.word(), List.of(), id()));
      scope.attributed().set(t.index());
    }
    return out;
  }

  /**
   * Whether the quotation mark {@code mark} opens or closes a quoted phrase (a partial quotation),
   * which is part of the reported clause: "said it was "a mistake" to use private email" ({@code
   * Q.woven-quotation} for phrases).
   */
  private static boolean aroundPartial(List<Quote> quotes, Token mark) {
    for (Quote q : quotes) {
      if (q.kind() == Quote.Kind.PARTIAL
          && mark.span().end() >= q.span().begin() - 1
          && mark.span().begin() <= q.span().end() + 1) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the cue is in the clause another cue reports: "officials said they hoped the move will
   * …" is the officials' report, "hoped" and all.
   */
  private boolean insideAnotherReport(Sentence s, int cue) {
    for (org.dyad.model.Dependency d : s.parents(cue)) {
      if (d.relation().equals("ccomp")
          && d.governor() >= 0
          && speakers.words().indirect().contains(s.token(d.governor()).lemma())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first token from {@code next} on past the phrases the parse hung on the cue that belong to
   * the clause's subject: "said the gathering [in September] [in New York] would be …".
   */
  private static int pastModifiers(Sentence s, int cue, int next) {
    boolean moved = true;
    while (moved && next < s.tokens().size()) {
      moved = false;
      for (org.dyad.model.Dependency d : s.children(cue)) {
        int[] range = s.subtreeRange(d.dependent());
        if (d.relation().startsWith("obl") && range[0] == next) {
          next = range[1] + 1;
          moved = true;
        }
      }
    }
    return next;
  }

  /**
   * The first token from {@code next} on that is no adverb: "said the nonstop demands … sometimes
   * erase the barriers" has its finite verb after the clause's adverb.
   */
  private static int pastAdverbs(Sentence s, int next) {
    while (next < s.tokens().size() && s.token(next).pos().startsWith("RB")) {
      next++;
    }
    return next;
  }

  /** A modal, an auxiliary or a verb in a finite form: the reported clause's own verb. */
  private static boolean isFinite(Token t) {
    String pos = t.pos();
    return pos.equals("MD") || pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP");
  }
}
