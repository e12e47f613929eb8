package org.dyad.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence: its tokens and dependency graph.
 *
 * <p>Immutable; the lookup helpers scan the small edge list, which is faster than building indexes
 * for sentences of typical news length.
 */
public record Sentence(int index, Span span, List<Token> tokens, List<Dependency> dependencies) {
  public Sentence {
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  /** Dependencies whose governor is {@code head}. */
  public List<Dependency> children(int head) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.governor() == head) {
        out.add(d);
      }
    }
    return out;
  }

  /** Dependencies whose dependent is {@code token}. */
  public List<Dependency> parents(int token) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.dependent() == token) {
        out.add(d);
      }
    }
    return out;
  }

  /**
   * Token indexes of the first child of {@code head} whose relation equals or starts with {@code
   * rel:}.
   */
  public List<Integer> childrenOf(int head, String relation) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.governor() == head
          && (d.relation().equals(relation) || d.relation().startsWith(relation + ":"))) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  public boolean hasChild(int head, String relation) {
    return !childrenOf(head, relation).isEmpty();
  }

  /**
   * The token indexes of the basic-tree subtree under {@code head}, as a contiguous range [min,
   * max].
   */
  public int[] subtreeRange(int head) {
    int min = head;
    int max = head;
    boolean[] seen = new boolean[tokens.size()];
    ArrayList<Integer> stack = new ArrayList<>();
    stack.add(head);
    seen[head] = true;
    while (!stack.isEmpty()) {
      int t = stack.remove(stack.size() - 1);
      min = Math.min(min, t);
      max = Math.max(max, t);
      for (Dependency d : dependencies) {
        // Enhanced graphs add edges that leave the tree (xsubj, conj propagation): follow only
        // edges that
        // point "down" inside the basic tree, which in CoreNLP's enhanced++ are the non-propagated
        // ones.
        if (d.governor() == t
            && !seen[d.dependent()]
            && !d.relation().endsWith(":xsubj")
            && !d.relation().equals("ref")) {
          seen[d.dependent()] = true;
          stack.add(d.dependent());
        }
      }
    }
    return new int[] {min, max};
  }

  public Span spanOf(int firstToken, int lastToken) {
    return new Span(tokens.get(firstToken).span().begin(), tokens.get(lastToken).span().end());
  }

  /** Index of the token whose span contains {@code offset}, or -1. */
  public int tokenAt(int offset) {
    for (Token t : tokens) {
      if (t.span().begin() <= offset && offset < t.span().end()) {
        return t.index();
      }
    }
    return -1;
  }
}
