package org.gradientlab.formula;

import java.util.Locale;

/** The kinds of formula node: numbers, variables, operators and functions. */
final class Nodes {

  private Nodes() {}

  record Constant(double c, int offset) implements Node {
    @Override
    public double value(double x, double y) {
      return c;
    }

    @Override
    public Jet jet(Jet x, Jet y) {
      return Jet.constant(c);
    }

    @Override
    public boolean uses(int variable) {
      return false;
    }

    @Override
    public String print() {
      if (c == Math.PI) {
        return "pi";
      }
      if (c == Math.E) {
        return "e";
      }
      String s = Double.toString(c);
      if (s.endsWith(".0")) {
        s = s.substring(0, s.length() - 2);
      }
      return s.toLowerCase(Locale.ROOT);
    }
  }

  record Variable(int index, int offset) implements Node {
    @Override
    public double value(double x, double y) {
      return index == 0 ? x : y;
    }

    @Override
    public Jet jet(Jet x, Jet y) {
      return index == 0 ? x : y;
    }

    @Override
    public boolean uses(int variable) {
      return variable == index;
    }

    @Override
    public String print() {
      return index == 0 ? "x" : "y";
    }
  }

  record Negate(Node a, int offset) implements Node {
    @Override
    public double value(double x, double y) {
      return -a.value(x, y);
    }

    @Override
    public Jet jet(Jet x, Jet y) {
      return a.jet(x, y).negate();
    }

    @Override
    public boolean uses(int variable) {
      return a.uses(variable);
    }

    @Override
    public String print() {
      return "(-" + a.print() + ")";
    }
  }

  enum Op {
    ADD('+'), SUB('-'), MUL('*'), DIV('/'), POW('^');

    final char symbol;

    Op(char symbol) {
      this.symbol = symbol;
    }
  }

  record Binary(Op op, Node a, Node b, int offset) implements Node {
    @Override
    public double value(double x, double y) {
      double u = a.value(x, y);
      double w = b.value(x, y);
      return switch (op) {
        case ADD -> u + w;
        case SUB -> u - w;
        case MUL -> u * w;
        case DIV -> u / w;
        case POW -> Math.pow(u, w);
      };
    }

    @Override
    public Jet jet(Jet x, Jet y) {
      Jet u = a.jet(x, y);
      return switch (op) {
        case ADD -> u.plus(b.jet(x, y));
        case SUB -> u.minus(b.jet(x, y));
        case MUL -> u.times(b.jet(x, y));
        case DIV -> u.dividedBy(b.jet(x, y));
        case POW -> b.uses(0) || b.uses(1) ? u.pow(b.jet(x, y)) : u.pow(b.value(0, 0));
      };
    }

    @Override
    public boolean uses(int variable) {
      return a.uses(variable) || b.uses(variable);
    }

    @Override
    public String print() {
      return "(" + a.print() + " " + op.symbol + " " + b.print() + ")";
    }
  }

  /** The functions a student can type, with their first and second derivatives. */
  enum Function {
    SIN, COS, TAN, EXP, LOG, SQRT, ABS, TANH;

    double apply(double t) {
      return switch (this) {
        case SIN -> Math.sin(t);
        case COS -> Math.cos(t);
        case TAN -> Math.tan(t);
        case EXP -> Math.exp(t);
        case LOG -> Math.log(t);
        case SQRT -> Math.sqrt(t);
        case ABS -> Math.abs(t);
        case TANH -> Math.tanh(t);
      };
    }

    Jet apply(Jet u) {
      double t = u.v();
      return switch (this) {
        case SIN -> u.chain(Math.sin(t), Math.cos(t), -Math.sin(t));
        case COS -> u.chain(Math.cos(t), -Math.sin(t), -Math.cos(t));
        case TAN -> {
          double tan = Math.tan(t);
          double sec2 = 1 + tan * tan;
          yield u.chain(tan, sec2, 2 * sec2 * tan);
        }
        case EXP -> {
          double e = Math.exp(t);
          yield u.chain(e, e, e);
        }
        case LOG -> u.chain(Math.log(t), 1 / t, -1 / (t * t));
        case SQRT -> {
          double s = Math.sqrt(t);
          yield u.chain(s, 0.5 / s, -0.25 / (s * t));
        }
        // |t|' = sign(t); at the kink t = 0 we take 0, the centre of the subdifferential [−1, 1].
        case ABS -> u.chain(Math.abs(t), Math.signum(t), 0);
        case TANH -> {
          double th = Math.tanh(t);
          double d = 1 - th * th;
          yield u.chain(th, d, -2 * th * d);
        }
      };
    }

    String printName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  record Call(Function f, Node a, int offset) implements Node {
    @Override
    public double value(double x, double y) {
      return f.apply(a.value(x, y));
    }

    @Override
    public Jet jet(Jet x, Jet y) {
      return f.apply(a.jet(x, y));
    }

    @Override
    public boolean uses(int variable) {
      return a.uses(variable);
    }

    @Override
    public String print() {
      return f.printName() + "(" + a.print() + ")";
    }
  }

  /**
   * min(a, b) and max(a, b). Where a ≠ b the derivative is the chosen argument's; at a tie the
   * first argument's (a one-sided derivative; the function has a kink there).
   */
  record MinMax(boolean max, Node a, Node b, int offset) implements Node {
    @Override
    public double value(double x, double y) {
      double u = a.value(x, y);
      double w = b.value(x, y);
      return max ? Math.max(u, w) : Math.min(u, w);
    }

    @Override
    public Jet jet(Jet x, Jet y) {
      Jet u = a.jet(x, y);
      Jet w = b.jet(x, y);
      boolean first = max ? u.v() >= w.v() : u.v() <= w.v();
      return first ? u : w;
    }

    @Override
    public boolean uses(int variable) {
      return a.uses(variable) || b.uses(variable);
    }

    @Override
    public String print() {
      return (max ? "max(" : "min(") + a.print() + ", " + b.print() + ")";
    }
  }
}
