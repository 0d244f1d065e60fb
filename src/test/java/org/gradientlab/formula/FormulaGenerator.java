package org.gradientlab.formula;

import java.util.Random;

/**
 * Random formulas as text, for property tests. Smooth ones use only operations that are
 * differentiable where finite (no abs/min/max kinks); division and logs get arguments kept away
 * from zero, so finite differences are a fair referee.
 */
final class FormulaGenerator {

  private final Random random;

  FormulaGenerator(long seed) {
    random = new Random(seed);
  }

  String smooth(int depth) {
    if (depth == 0 || random.nextInt(4) == 0) {
      return leaf();
    }
    return switch (random.nextInt(11)) {
      case 0 -> "(" + smooth(depth - 1) + " + " + smooth(depth - 1) + ")";
      case 1 -> "(" + smooth(depth - 1) + " - " + smooth(depth - 1) + ")";
      case 2, 3 -> "(" + smooth(depth - 1) + " * " + smooth(depth - 1) + ")";
      case 4 -> "(" + smooth(depth - 1) + " / (2 + cos(" + smooth(depth - 1) + ")))";
      case 5 -> "(" + smooth(depth - 1) + ")^" + (1 + random.nextInt(3));
      case 6 -> "sin(" + smooth(depth - 1) + ")";
      case 7 -> "tanh(" + smooth(depth - 1) + ")";
      case 8 -> "exp(0.3*sin(" + smooth(depth - 1) + "))";
      case 9 -> "log(1 + (" + smooth(depth - 1) + ")^2)";
      default -> "sqrt(2 + cos(" + smooth(depth - 1) + "))";
    };
  }

  private String leaf() {
    return switch (random.nextInt(5)) {
      case 0 -> "x";
      case 1 -> "y";
      case 2 -> "-x";
      case 3 -> Double.toString(Math.round((random.nextDouble() * 4 - 2) * 100) / 100.0);
      default -> random.nextBoolean() ? "pi" : "0.5*y";
    };
  }

  /** A valid formula with one random edit: a character deleted, inserted, doubled or swapped. */
  String mutated(String valid) {
    StringBuilder b = new StringBuilder(valid);
    String noise = "()+-*/^,.xyz0123456789 eEsinq!@#";
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits && b.length() > 0; e++) {
      int at = random.nextInt(b.length());
      switch (random.nextInt(4)) {
        case 0 -> b.deleteCharAt(at);
        case 1 -> b.insert(at, noise.charAt(random.nextInt(noise.length())));
        case 2 -> b.insert(at, b.charAt(at));
        default -> {
          int other = random.nextInt(b.length());
          char c = b.charAt(at);
          b.setCharAt(at, b.charAt(other));
          b.setCharAt(other, c);
        }
      }
    }
    return b.toString();
  }
}
