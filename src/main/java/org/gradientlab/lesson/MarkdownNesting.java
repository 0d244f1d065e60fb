package org.gradientlab.lesson;

import java.util.ArrayDeque;
import java.util.Deque;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * How deeply lesson Markdown nests. The lesson view lays out one box per list or quote level, and
 * laying out hundreds of levels inside each other takes seconds to minutes: a lesson may nest lists
 * and quotes {@link #MAX_LEVELS} deep, and any Markdown element {@link #MAX_NODES} deep (emphasis
 * inside emphasis…), which is far more than text needs and cheap to draw.
 */
public final class MarkdownNesting {

  /** Lists and block quotes inside each other. */
  public static final int MAX_LEVELS = 8;
  /** Markdown elements of any kind inside each other. */
  public static final int MAX_NODES = 48;

  private static final Parser PARSER =
      Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

  private MarkdownNesting() {}

  /** Where the text first nests too deeply: the row (0-based line of the text) and what. */
  public record TooDeep(int row, String reason) {}

  /** Null when {@code markdown} nests within the bounds. */
  public static TooDeep find(String markdown) {
    Node doc;
    try {
      doc = PARSER.parse(markdown);
    } catch (StackOverflowError e) {
      return new TooDeep(0, "the text is nested too deeply to read");
    }
    // Depth-first without recursion: the tree may be thousands of levels deep.
    Deque<Node> nodes = new ArrayDeque<>();
    Deque<int[]> depths = new ArrayDeque<>(); // {levels, nodes, row}
    pushChildren(doc, new int[] {0, 0, 0}, nodes, depths);
    while (!nodes.isEmpty()) {
      Node n = nodes.pop();
      int[] parent = depths.pop();
      int row = n.getSourceSpans().isEmpty() ? parent[2] : n.getSourceSpans().get(0).getLineIndex();
      int levels = parent[0] + (isLevel(n) ? 1 : 0);
      int all = parent[1] + 1;
      if (levels > MAX_LEVELS) {
        return new TooDeep(row, "lists or quotes are nested more than " + MAX_LEVELS
            + " levels deep here; the lesson view shows at most " + MAX_LEVELS);
      }
      if (all > MAX_NODES) {
        return new TooDeep(row, "the text is nested more than " + MAX_NODES
            + " elements deep here (emphasis, links, lists inside each other)");
      }
      pushChildren(n, new int[] {levels, all, row}, nodes, depths);
    }
    return null;
  }

  /** Pushes the children last first, so that they come off the stack in document order. */
  private static void pushChildren(Node n, int[] depth, Deque<Node> nodes, Deque<int[]> depths) {
    for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) {
      nodes.push(c);
      depths.push(depth);
    }
  }

  /** A list or a quote: one level of boxes in the lesson view. */
  public static boolean isLevel(Node n) {
    return n instanceof BulletList || n instanceof OrderedList || n instanceof BlockQuote;
  }
}
