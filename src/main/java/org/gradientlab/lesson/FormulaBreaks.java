package org.gradientlab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where a wide display formula may be broken into lines, as a typesetter breaks a long equation:
 * first between the equations a formula lists side by side ({@code a = b, \qquad c = d}), then
 * before a relation sign ({@code =}, {@code \le}, {@code \approx}, …), the relation starting the
 * new line. Only at the formula's top level: never inside braces, {@code \left…\right} or an
 * environment, so every line is a formula on its own.
 */
public final class FormulaBreaks {

  /** Relation signs a line may start with (TeX's class Rel, the common ones). */
  private static final Set<String> SPACES = Set.of("quad", "qquad", ";", ",", ":", "!", " ");

  private static final Set<String> RELATIONS = Set.of("le", "leq", "ge", "geq", "ne", "neq", "approx",
      "equiv", "sim", "simeq", "propto", "leftarrow", "gets", "rightarrow", "to", "mapsto", "Leftarrow",
      "Rightarrow", "iff", "ll", "gg", "in");

  private FormulaBreaks() {}

  /** {@code latex} split between the equations it lists (at top-level {@code \qquad}). */
  public static List<String> equations(String latex) {
    List<String> out = new ArrayList<>();
    List<String> pieces = split(latex, false);
    String pending = "";
    for (String p : pieces) {
      String line = pending.isEmpty() ? p : pending + "\\quad " + p;
      // A piece without a relation ("\text{so}") belongs to the equation after it, if one follows.
      if (!hasRelation(p)) {
        pending = line;
        continue;
      }
      out.add(line);
      pending = "";
    }
    if (!pending.isEmpty()) {
      out.add(pending); // a closing remark ("\text{(bias-corrected)}") is a line of its own
    }
    return out;
  }

  /** The equations, each also broken before every relation sign after its first. */
  public static List<String> relations(String latex) {
    List<String> out = new ArrayList<>();
    for (String eq : equations(latex)) {
      out.addAll(split(eq, true));
    }
    return out;
  }

  private static boolean hasRelation(String latex) {
    return firstRelation(latex) >= 0;
  }

  /** Index of the first top-level relation sign in {@code latex}, or −1. */
  private static int firstRelation(String latex) {
    int[] at = {-1};
    scan(latex, (i, kind) -> {
      if (kind == Kind.RELATION && at[0] < 0) {
        at[0] = i;
      }
    });
    return at[0];
  }

  private interface Visitor {
    void at(int index, Kind kind);
  }

  private enum Kind { QQUAD, RELATION, OPERATOR }

  /**
   * Calls {@code v} at each top-level {@code \qquad}, relation sign and + or − (outside braces,
   * brackets, parentheses, {@code \left…\right} and environments).
   */
  private static void scan(String s, Visitor v) {
    int depth = 0;
    boolean operand = false; // whether something stands before: a leading − is a sign, not a break
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        int j = i + 1;
        while (j < s.length() && Character.isLetter(s.charAt(j))) {
          j++;
        }
        String name = j == i + 1 ? String.valueOf(s.charAt(i + 1)) : s.substring(i + 1, j);
        if (name.equals("left") || name.equals("begin")) {
          depth++;
        } else if (name.equals("right") || name.equals("end")) {
          depth--;
        } else if (depth == 0 && name.equals("qquad")) {
          v.at(i, Kind.QQUAD);
          operand = false;
        } else if (depth == 0 && RELATIONS.contains(name)) {
          v.at(i, Kind.RELATION);
          operand = false;
        } else if (!SPACES.contains(name)) {
          operand = true;
        }
        i = j == i + 1 ? i + 1 : j - 1;
      } else if (c == '{' || c == '(' || c == '[') {
        depth++;
        operand = true;
      } else if (c == '}' || c == ')' || c == ']') {
        depth--;
      } else if (depth == 0 && (c == '=' || c == '<' || c == '>')) {
        v.at(i, Kind.RELATION);
        operand = false;
      } else if (depth == 0 && (c == '+' || c == '-') && operand && i > 0 && s.charAt(i - 1) != '^'
          && s.charAt(i - 1) != '_') {
        v.at(i, Kind.OPERATOR);
        operand = false;
      } else if (!Character.isWhitespace(c)) {
        operand = true;
      }
    }
  }

  /** How finely to cut. */
  private enum Cut { EQUATIONS, LATER_RELATIONS, RELATIONS, OPERATORS }

  /**
   * Pieces of {@code s} cut at top-level {@code \qquad} (EQUATIONS), before every relation sign
   * but the first (LATER_RELATIONS), before every relation sign (RELATIONS), or before every
   * relation sign and + or − (OPERATORS); spacing at the cuts trimmed.
   */
  private static List<String> split(String s, boolean relations) {
    return split(s, relations ? Cut.LATER_RELATIONS : Cut.EQUATIONS);
  }

  private static List<String> split(String s, Cut cut) {
    List<Integer> cuts = new ArrayList<>();
    List<Integer> skips = new ArrayList<>();
    int[] seen = {0};
    scan(s, (i, kind) -> {
      boolean at = switch (cut) {
        case EQUATIONS -> kind == Kind.QQUAD;
        case LATER_RELATIONS -> kind == Kind.RELATION && seen[0]++ > 0;
        case RELATIONS -> kind == Kind.RELATION && i > 0;
        case OPERATORS -> kind != Kind.QQUAD && i > 0;
      };
      if (at) {
        cuts.add(i);
        skips.add(kind == Kind.QQUAD ? i + "\\qquad".length() : i);
      }
    });
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int k = 0; k < cuts.size(); k++) {
      add(out, s.substring(from, cuts.get(k)));
      from = skips.get(k);
    }
    add(out, s.substring(from));
    return out;
  }

  /**
   * The ways to set {@code latex}, ever finer: on one line; one equation a line; then broken
   * before each relation sign after an equation's first; before each relation sign; and before
   * each + and − as well. A way that breaks nowhere new is left out.
   */
  public static List<List<String>> layouts(String latex) {
    List<List<String>> out = new ArrayList<>();
    out.add(List.of(latex.strip()));
    List<String> eqs = equations(latex);
    addIfFiner(out, eqs);
    for (Cut cut : new Cut[] {Cut.LATER_RELATIONS, Cut.RELATIONS, Cut.OPERATORS}) {
      List<String> lines = new ArrayList<>();
      for (String eq : eqs) {
        lines.addAll(split(eq, cut));
      }
      addIfFiner(out, lines);
    }
    return out;
  }

  private static void addIfFiner(List<List<String>> out, List<String> lines) {
    if (lines.size() > out.get(out.size() - 1).size()) {
      out.add(List.copyOf(lines));
    }
  }

  /** Adds {@code piece} without the spacing commands at its ends; nothing if that leaves nothing. */
  private static void add(List<String> out, String piece) {
    String p = piece.strip();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String space : List.of("\\qquad", "\\quad", "\\;", "\\,", "\\:", "\\!", "\\ ")) {
        if (p.endsWith(space)) {
          p = p.substring(0, p.length() - space.length()).strip();
          changed = true;
        }
        if (p.startsWith(space)) {
          p = p.substring(space.length()).strip();
          changed = true;
        }
      }
    }
    if (!p.isEmpty()) {
      out.add(p);
    }
  }
}
