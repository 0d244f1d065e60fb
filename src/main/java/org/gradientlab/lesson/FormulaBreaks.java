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
    scan(latex, (i, relation, qquad) -> {
      if (relation && at[0] < 0) {
        at[0] = i;
      }
    });
    return at[0];
  }

  private interface Visitor {
    void at(int index, boolean relation, boolean qquad);
  }

  /** Calls {@code v} at each top-level relation sign and {@code \qquad}. */
  private static void scan(String s, Visitor v) {
    int depth = 0;
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
          v.at(i, false, true);
        } else if (depth == 0 && RELATIONS.contains(name)) {
          v.at(i, true, false);
        }
        i = j == i + 1 ? i + 1 : j - 1;
      } else if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      } else if (depth == 0 && (c == '=' || c == '<' || c == '>')) {
        v.at(i, true, false);
      }
    }
  }

  /**
   * Pieces of {@code s} cut at top-level {@code \qquad} (relations false) or before every
   * top-level relation sign but the first (relations true), spacing at the cuts trimmed.
   */
  private static List<String> split(String s, boolean relations) {
    List<Integer> cuts = new ArrayList<>();
    List<Integer> skips = new ArrayList<>();
    int[] seen = {0};
    scan(s, (i, relation, qquad) -> {
      if (!relations && qquad) {
        cuts.add(i);
        skips.add(i + "\\qquad".length());
      } else if (relations && relation && seen[0]++ > 0) {
        cuts.add(i);
        skips.add(i);
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
