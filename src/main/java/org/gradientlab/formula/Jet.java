package org.gradientlab.formula;

/**
 * A value with its exact first and second derivatives in x and y: second-order forward-mode
 * automatic differentiation. Arithmetic follows the product and chain rules, e.g. for g(u):
 * ∂ₐg = g'(u) ∂ₐu and ∂ₐ∂ᵦg = g''(u) ∂ₐu ∂ᵦu + g'(u) ∂ₐ∂ᵦu. No finite differences anywhere.
 */
public record Jet(double v, double dx, double dy, double dxx, double dxy, double dyy) {

  public static Jet constant(double c) {
    return new Jet(c, 0, 0, 0, 0, 0);
  }

  public static Jet x(double x) {
    return new Jet(x, 1, 0, 0, 0, 0);
  }

  public static Jet y(double y) {
    return new Jet(y, 0, 1, 0, 0, 0);
  }

  public Jet plus(Jet o) {
    return new Jet(v + o.v, dx + o.dx, dy + o.dy, dxx + o.dxx, dxy + o.dxy, dyy + o.dyy);
  }

  public Jet minus(Jet o) {
    return new Jet(v - o.v, dx - o.dx, dy - o.dy, dxx - o.dxx, dxy - o.dxy, dyy - o.dyy);
  }

  public Jet negate() {
    return new Jet(-v, -dx, -dy, -dxx, -dxy, -dyy);
  }

  /** (uw)'' = u''w + u'w' + w'u' + uw''. */
  public Jet times(Jet o) {
    return new Jet(
        v * o.v,
        dx * o.v + v * o.dx,
        dy * o.v + v * o.dy,
        dxx * o.v + 2 * dx * o.dx + v * o.dxx,
        dxy * o.v + dx * o.dy + dy * o.dx + v * o.dxy,
        dyy * o.v + 2 * dy * o.dy + v * o.dyy);
  }

  public Jet dividedBy(Jet o) {
    return times(o.chain(1 / o.v, -1 / (o.v * o.v), 2 / (o.v * o.v * o.v)));
  }

  /** g(this) given g, g' and g'' at this value. */
  public Jet chain(double g, double g1, double g2) {
    return new Jet(
        g,
        g1 * dx,
        g1 * dy,
        g2 * dx * dx + g1 * dxx,
        g2 * dx * dy + g1 * dxy,
        g2 * dy * dy + g1 * dyy);
  }

  /** this^c for a constant c: g' = c t^(c−1), g'' = c (c−1) t^(c−2) (negative t fine for whole c). */
  public Jet pow(double c) {
    if (c == 0) {
      return constant(1);
    }
    if (c == 1) {
      return this;
    }
    if (c == 2) {
      return times(this);
    }
    return chain(Math.pow(v, c), c * Math.pow(v, c - 1), c * (c - 1) * Math.pow(v, c - 2));
  }

  /** this^o for a varying exponent: exp(o · ln this), defined for this &gt; 0. */
  public Jet pow(Jet o) {
    Jet log = chain(Math.log(v), 1 / v, -1 / (v * v));
    Jet e = o.times(log);
    double ex = Math.exp(e.v);
    return e.chain(ex, ex, ex);
  }
}
