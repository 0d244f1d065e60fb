package org.gradientlab.formula;

/**
 * A node of a parsed formula. {@link #value} is the fast path (heat maps evaluate it ~10⁶ times
 * per picture, so it allocates nothing); {@link #jet} gives exact derivatives for the optimizers.
 */
public interface Node {

  double value(double x, double y);

  Jet jet(Jet x, Jet y);

  /** Whether x (index 0) or y (index 1) occurs below this node. */
  boolean uses(int variable);

  /** The node as text that parses back to the same function, fully parenthesised where needed. */
  String print();

  /** Where the node's text starts in the source, for error messages. */
  int offset();
}
