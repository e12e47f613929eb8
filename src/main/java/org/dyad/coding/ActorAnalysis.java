package org.dyad.coding;

import java.util.List;
import java.util.Map;
import org.dyad.model.Actor;
import org.dyad.model.Place;
import org.dyad.model.Sentence;

/**
 * The actors of one article and where they are named: the output of {@link ActorResolver}, read by the quote
 * attributor and the event coder.
 *
 * <p>Immutable.
 */
public final class ActorAnalysis {
  private final List<Actor> actors;
  private final Map<Integer, List<ResolvedMention>> mentionsBySentence;
  private final Map<Integer, List<Place>> placesBySentence;
  private final Map<Integer, List<ResolvedMention>> descriptionsBySentence;
  private final List<Sentence> sentences;

  ActorAnalysis(
      List<Actor> actors,
      Map<Integer, List<ResolvedMention>> mentionsBySentence,
      Map<Integer, List<Place>> placesBySentence,
      Map<Integer, List<ResolvedMention>> descriptionsBySentence,
      List<Sentence> sentences) {
    this.actors = List.copyOf(actors);
    this.mentionsBySentence = Map.copyOf(mentionsBySentence);
    this.placesBySentence = Map.copyOf(placesBySentence);
    this.descriptionsBySentence = Map.copyOf(descriptionsBySentence);
    this.sentences = sentences;
  }

  public List<Actor> actors() {
    return actors;
  }

  public Actor actor(String id) {
    for (Actor a : actors) {
      if (a.id().equals(id)) {
        return a;
      }
    }
    return null;
  }

  public List<ResolvedMention> mentions(int sentence) {
    return mentionsBySentence.getOrDefault(sentence, List.of());
  }

  /** The actor mention that contains {@code token}, or null. */
  public ResolvedMention mentionAt(int sentence, int token) {
    Sentence s = sentences.get(sentence);
    int offset = s.token(token).span().begin();
    for (ResolvedMention m : mentions(sentence)) {
      if (m.span().contains(offset)) {
        return m;
      }
    }
    return null;
  }

  /** An anonymous description ("a source", "regional analysts") whose head is {@code token}, or null. */
  public ResolvedMention descriptionAt(int sentence, int token) {
    for (ResolvedMention m : descriptionsBySentence.getOrDefault(sentence, List.of())) {
      if (m.head() == token) {
        return m;
      }
    }
    return null;
  }

  /** A place named at {@code token}, or null. */
  public Place placeAt(int sentence, int token) {
    int offset = sentences.get(sentence).token(token).span().begin();
    for (Place p : placesBySentence.getOrDefault(sentence, List.of())) {
      if (p.span().contains(offset)) {
        return p;
      }
    }
    return null;
  }

  /**
   * The person a third-person pronoun at {@code token} most likely refers to: the nearest person named before
   * it in the same or the three previous sentences.
   */
  public ResolvedMention personBefore(int sentence, int token) {
    int offset = sentences.get(sentence).token(token).span().begin();
    for (int s = sentence; s >= Math.max(0, sentence - 3); s--) {
      List<ResolvedMention> ms = mentions(s);
      for (int i = ms.size() - 1; i >= 0; i--) {
        ResolvedMention m = ms.get(i);
        if (m.span().begin() < offset && m.actors().size() == 1
            && actor(m.actors().get(0)).kind() == Actor.Kind.PERSON) {
          return m;
        }
      }
    }
    return null;
  }
}
