package org.gradientlab.formula;

/**
 * Which operation of a formula makes f or its gradient undefined at a point: the innermost node
 * whose operands are finite but whose result is not (so for log(sqrt(x)) at x = −1 it is the sqrt,
 * not the log of its NaN). Only asked when a run cannot start, so it may allocate.
 */
final class Undefinedness {

  private Undefinedness() {}

  /** Why f or ∇f is not finite at (x, y), or "" when both are. */
  static String why(Node root, double x, double y) {
    String value = valueReason(root, x, y);
    if (!value.isEmpty()) {
      return value;
    }
    return slopeReason(root, Jet.x(x), Jet.y(y));
  }

  private static String valueReason(Node n, double x, double y) {
    if (n instanceof Nodes.Variable v) {
      double t = v.value(x, y);
      return Double.isFinite(t) ? "" : v.print() + " is not a finite number";
    }
    for (Node child : children(n)) {
      String inner = valueReason(child, x, y);
      if (!inner.isEmpty()) {
        return inner;
      }
    }
    if (Double.isFinite(n.value(x, y))) {
      return "";
    }
    if (n instanceof Nodes.Call c) {
      double t = c.a().value(x, y);
      return switch (c.f()) {
        case LOG -> t == 0 ? "log of 0" : "log of a negative number";
        case SQRT -> "sqrt of a negative number";
        case EXP -> "exp overflows (its argument is above 709)";
        default -> c.f().printName() + " is not finite at " + t;
      };
    }
    if (n instanceof Nodes.Binary b) {
      double u = b.a().value(x, y);
      double w = b.b().value(x, y);
      return switch (b.op()) {
        case DIV -> w == 0 ? (u == 0 ? "0 divided by 0" : "division by 0") : "overflow in a division";
        case POW -> u < 0 && w != Math.rint(w) ? "a negative number to a fractional power"
            : u == 0 && w < 0 ? "0 to a negative power" : "overflow in a power";
        default -> "overflow (a value beyond ±1.8e308)";
      };
    }
    return "overflow (a value beyond ±1.8e308)";
  }

  /** The innermost node whose first derivatives are not finite although its operands' are. */
  private static String slopeReason(Node n, Jet x, Jet y) {
    for (Node child : children(n)) {
      String inner = slopeReason(child, x, y);
      if (!inner.isEmpty()) {
        return inner;
      }
    }
    Jet j = n.jet(x, y);
    if (Double.isFinite(j.dx()) && Double.isFinite(j.dy())) {
      return "";
    }
    String what = n instanceof Nodes.Call c ? c.f().printName()
        : n instanceof Nodes.Binary b && b.op() == Nodes.Op.POW ? "a fractional power"
        : n.print();
    double at = n instanceof Nodes.Call c ? c.a().value(x.v(), y.v())
        : n instanceof Nodes.Binary b ? b.a().value(x.v(), y.v()) : Double.NaN;
    return "the slope of " + what + " is infinite" + (Double.isNaN(at) ? "" : " at " + format(at));
  }

  private static String format(double t) {
    return t == Math.rint(t) && Math.abs(t) < 1e15 ? Long.toString((long) t) : Double.toString(t);
  }

  private static Node[] children(Node n) {
    if (n instanceof Nodes.Negate g) {
      return new Node[] {g.a()};
    }
    if (n instanceof Nodes.Binary b) {
      return new Node[] {b.a(), b.b()};
    }
    if (n instanceof Nodes.Call c) {
      return new Node[] {c.a()};
    }
    if (n instanceof Nodes.MinMax m) {
      return new Node[] {m.a(), m.b()};
    }
    return new Node[0];
  }
}
