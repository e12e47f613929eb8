package org.dyad.coding.event;

import org.dyad.model.ActorCode;
import org.dyad.model.Participant;
import org.dyad.model.Span;

/**
 * One argument of an event: who (an article-local actor id), coded how (null when nothing codes
 * it), named by which words. Immutable.
 */
record Arg(String actor, ActorCode code, String text, Span span) {
  Participant participant() {
    return new Participant(actor, code, text, span);
  }
}
