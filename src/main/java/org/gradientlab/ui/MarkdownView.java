package org.gradientlab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.Parser;
import org.gradientlab.lesson.FormulaBreaks;
import org.gradientlab.lesson.LatexStructure;
import org.gradientlab.lesson.MarkdownNesting;
import org.gradientlab.lesson.MathSpans;

/**
 * Lesson text on screen: Markdown (paragraphs, emphasis, lists, quotes, code) with LaTeX formulas
 * typeset by JLaTeXMath, inline ones sitting on the text's baseline, display ones centred on their
 * own line. A formula that cannot be typeset shows its source in red with the reason; the rest of
 * the text is unaffected.
 */
public final class MarkdownView extends VBox {

  /**
   * Lists and quotes inside each other drawn as nested boxes; deeper ones are left out with a note.
   * Lesson files are held to the same bound when they load, so this guards text from elsewhere.
   */
  public static final int MAX_NESTING = MarkdownNesting.MAX_LEVELS;

  private static final Pattern PLACEHOLDER = MathSpans.PLACEHOLDER;
  private static final Parser PARSER = Parser.builder().build();
  /** Display formulas are typeset this much larger than the body text. */
  static final double DISPLAY_SIZE = 1.2;

  private final FormulaRenderer formulas;
  private final double fontSize;
  private final Color color;
  private List<MathSpans.Span> spans = List.of();

  public MarkdownView(String markdown, double fontSize, Color color) {
    this(new FormulaRenderer(), markdown, fontSize, color);
  }

  MarkdownView(FormulaRenderer formulas, String markdown, double fontSize, Color color) {
    this.formulas = formulas;
    this.fontSize = fontSize;
    this.color = color;
    getStyleClass().add("markdown-view");
    setSpacing(fontSize * 0.6);
    setFillWidth(true);
    MathSpans extracted;
    try {
      extracted = MathSpans.extract(markdown);
    } catch (IllegalArgumentException e) {
      extracted = new MathSpans(markdown, List.of());
    }
    spans = extracted.spans();
    org.commonmark.node.Node doc = PARSER.parse(extracted.text());
    for (org.commonmark.node.Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
      getChildren().add(block(n, 0));
    }
  }

  /** {@code depth}: how many lists and quotes {@code n} is inside; {@code nodes}: how many blocks. */
  private Node block(org.commonmark.node.Node n, int depth) {
    return block(n, depth, 0);
  }

  private Node block(org.commonmark.node.Node n, int depth, int nodes) {
    if ((MarkdownNesting.isLevel(n) && depth >= MAX_NESTING) || nodes > MarkdownNesting.MAX_NODES) {
      Text note = styled("… (nested too deep to show)", font(FontWeight.NORMAL, FontPosture.ITALIC, 0.9));
      note.getStyleClass().add("formula-error");
      return new TextFlow(note);
    }
    if (n instanceof Paragraph p) {
      Node display = displayFormula(p);
      return display != null ? display : flow(p, font(FontWeight.NORMAL, FontPosture.REGULAR, 1));
    }
    if (n instanceof Heading h) {
      return flow(h, font(FontWeight.BOLD, FontPosture.REGULAR, h.getLevel() <= 2 ? 1.3 : 1.1));
    }
    if (n instanceof BulletList || n instanceof OrderedList) {
      VBox list = new VBox(fontSize * 0.25);
      int number = n instanceof OrderedList o && o.getMarkerStartNumber() != null
          ? o.getMarkerStartNumber() : 1;
      for (org.commonmark.node.Node item = n.getFirstChild(); item != null; item = item.getNext()) {
        Text marker = new Text(n instanceof OrderedList ? (number++) + "." : "•");
        marker.setFont(font(FontWeight.NORMAL, FontPosture.REGULAR, 1));
        marker.setFill(color);
        VBox body = new VBox(fontSize * 0.3);
        for (org.commonmark.node.Node c = item.getFirstChild(); c != null; c = c.getNext()) {
          body.getChildren().add(block(c, depth + 1, nodes + 2));
        }
        HBox row = new HBox(fontSize * 0.5, marker, body);
        row.setAlignment(Pos.TOP_LEFT);
        list.getChildren().add(row);
      }
      return list;
    }
    if (n instanceof BlockQuote) {
      VBox quote = new VBox(fontSize * 0.4);
      quote.getStyleClass().add("markdown-quote");
      for (org.commonmark.node.Node c = n.getFirstChild(); c != null; c = c.getNext()) {
        quote.getChildren().add(block(c, depth + 1, nodes + 1));
      }
      return quote;
    }
    if (n instanceof FencedCodeBlock f) {
      return code(f.getLiteral());
    }
    if (n instanceof IndentedCodeBlock c) {
      return code(c.getLiteral());
    }
    if (n instanceof ListItem) {
      VBox box = new VBox();
      for (org.commonmark.node.Node c = n.getFirstChild(); c != null; c = c.getNext()) {
        box.getChildren().add(block(c, depth, nodes + 1));
      }
      return box;
    }
    return flow(n, font(FontWeight.NORMAL, FontPosture.REGULAR, 1));
  }

  private Node code(String literal) {
    Label l = new Label(restoreMath(literal.stripTrailing()));
    l.getStyleClass().add("markdown-code-block");
    l.setFont(Font.font("DejaVu Sans Mono", fontSize * 0.9));
    l.setWrapText(true);
    l.setMaxWidth(Double.MAX_VALUE);
    return l;
  }

  /** A paragraph that is just one display formula, centred. */
  private Node displayFormula(Paragraph p) {
    if (p.getFirstChild() instanceof org.commonmark.node.Text t && t.getNext() == null) {
      Matcher m = PLACEHOLDER.matcher(t.getLiteral().trim());
      MathSpans.Span span = m.matches() ? span(m) : null;
      if (span != null) {
        Node formula = formula(span.latex(), true);
        if (formula instanceof javafx.scene.layout.StackPane pane
            && pane.getChildren().get(0) instanceof ImageView image) {
          List<List<ImageView>> layouts = new ArrayList<>();
          layouts.add(List.of(image));
          List<List<String>> breaks = FormulaBreaks.layouts(span.latex());
          for (List<String> lines : breaks.subList(1, breaks.size())) {
            addLayout(layouts, lines);
          }
          return new FittedFormula(layouts, span.latex(), 1 / DISPLAY_SIZE, fontSize * 0.3);
        }
        HBox box = new HBox(formula);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("display-formula");
        return box;
      }
    }
    return null;
  }

  /** The formula typeset as {@code lines}, one image each, if it breaks there and every line typesets. */
  private void addLayout(List<List<ImageView>> layouts, List<String> lines) {
    if (lines.size() <= layouts.get(layouts.size() - 1).size()) {
      return;
    }
    List<ImageView> images = new ArrayList<>();
    for (String line : lines) {
      if (LatexStructure.check(line) != null) {
        return;
      }
      try {
        FormulaRenderer.Formula f = formulas.render(line, fontSize * DISPLAY_SIZE, color, true);
        ImageView view = new ImageView(f.image());
        view.setFitWidth(f.width());
        view.setFitHeight(f.height());
        view.setSmooth(true);
        images.add(view);
      } catch (RuntimeException | StackOverflowError e) {
        return; // this break does not typeset: the formula keeps its other layouts
      }
    }
    layouts.add(images);
  }

  /**
   * A display formula, centred, fitted to the width it gets without ever being smaller than the
   * body text: a formula wider than the panel is first shrunk (down to the body size), then broken
   * between its equations, then before its relation signs, then before + and − ({@link
   * FormulaBreaks}); a line still too wide scrolls sideways.
   * (Shrinking alone made lesson 4's update rules about 8 px high in a narrow panel.)
   */
  static final class FittedFormula extends javafx.scene.layout.Region {
    private final List<List<ImageView>> layouts;
    private final double minScale;
    private final double gap;
    private final javafx.scene.Group lines = new javafx.scene.Group();
    private final javafx.scene.control.ScrollBar bar = new javafx.scene.control.ScrollBar();
    private final javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();

    /**
     * @param layouts the formula on one line, then broken ever finer; images at their natural size
     * @param minScale the smallest shrink allowed (body size ÷ display size)
     */
    FittedFormula(List<List<ImageView>> layouts, String latex, double minScale, double gap) {
      this.layouts = List.copyOf(layouts);
      this.minScale = minScale;
      this.gap = gap;
      for (List<ImageView> l : layouts) {
        for (ImageView v : l) {
          v.setPreserveRatio(false);
          v.setUserData(new double[] {v.getFitWidth(), v.getFitHeight()});
        }
      }
      bar.setOrientation(javafx.geometry.Orientation.HORIZONTAL);
      bar.setVisible(false);
      bar.valueProperty().addListener((o, a, b) -> requestLayout());
      getChildren().addAll(lines, bar);
      setClip(clip);
      getStyleClass().addAll("display-formula", "formula");
      setUserData(latex);
    }

    private static double width(ImageView v) {
      return ((double[]) v.getUserData())[0];
    }

    private static double height(ImageView v) {
      return ((double[]) v.getUserData())[1];
    }

    private static double widest(List<ImageView> layout) {
      return layout.stream().mapToDouble(FittedFormula::width).max().orElse(0);
    }

    /** The layout shown at {@code width}: the first that fits at no less than the body size. */
    int layoutFor(double width) {
      if (width <= 0) {
        return 0;
      }
      for (int i = 0; i < layouts.size(); i++) {
        if (widest(layouts.get(i)) * minScale <= width) {
          return i;
        }
      }
      return layouts.size() - 1;
    }

    /** The shrink at {@code width}: 1 when it fits, never below the body size. */
    double scaleFor(double width) {
      if (width <= 0) {
        return 1;
      }
      return Math.max(minScale, Math.min(1, width / widest(layouts.get(layoutFor(width)))));
    }

    /** Whether the formula at {@code width} is wider than that even broken, and scrolls. */
    boolean scrolls(double width) {
      return width > 0 && widest(layouts.get(layoutFor(width))) * scaleFor(width) > width + 0.5;
    }

    /** The lines shown now (for tests). */
    List<ImageView> shownLines() {
      List<ImageView> out = new ArrayList<>();
      lines.getChildren().forEach(n -> out.add((ImageView) n));
      return out;
    }

    @Override
    public javafx.geometry.Orientation getContentBias() {
      return javafx.geometry.Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
      return 0;
    }

    @Override
    protected double computePrefWidth(double height) {
      return widest(layouts.get(0));
    }

    @Override
    protected double computePrefHeight(double width) {
      List<ImageView> layout = layouts.get(layoutFor(width));
      double k = scaleFor(width);
      double h = gap * (layout.size() - 1);
      for (ImageView v : layout) {
        h += height(v) * k;
      }
      return h + (scrolls(width) ? bar.prefHeight(-1) : 0);
    }

    @Override
    protected double computeMinHeight(double width) {
      return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
      double w = getWidth();
      List<ImageView> layout = layouts.get(layoutFor(w));
      double k = scaleFor(w);
      if (!lines.getChildren().equals(layout)) {
        lines.getChildren().setAll(layout);
      }
      boolean scrolls = scrolls(w);
      double overflow = Math.max(0, widest(layout) * k - w);
      bar.setVisible(scrolls);
      bar.setMin(0);
      bar.setMax(overflow);
      bar.setVisibleAmount(overflow * w / Math.max(1, widest(layout) * k));
      double shift = scrolls ? Math.min(bar.getValue(), overflow) : 0;
      double y = 0;
      for (ImageView v : layout) {
        v.setFitWidth(width(v) * k);
        v.setFitHeight(height(v) * k);
        double x = scrolls ? -shift : (w - width(v) * k) / 2;
        v.relocate(x, y);
        y += height(v) * k + gap;
      }
      if (scrolls) {
        double bh = bar.prefHeight(-1);
        bar.resizeRelocate(0, getHeight() - bh, w, bh);
      }
      clip.setWidth(w);
      clip.setHeight(getHeight());
    }
  }

  private TextFlow flow(org.commonmark.node.Node n, Font base) {
    TextFlow flow = new TextFlow();
    flow.setLineSpacing(fontSize * 0.15);
    inline(n, flow, base, 0);
    flow.setMaxWidth(Double.MAX_VALUE);
    return flow;
  }

  private void inline(org.commonmark.node.Node n, TextFlow flow, Font f, int nesting) {
    if (nesting > MarkdownNesting.MAX_NODES) {
      flow.getChildren().add(styled("… (nested too deep to show)", f));
      return;
    }
    int depth = nesting + 1;
    for (org.commonmark.node.Node c = n.getFirstChild(); c != null; c = c.getNext()) {
      if (c instanceof org.commonmark.node.Text t) {
        text(t.getLiteral(), flow, f);
      } else if (c instanceof Emphasis) {
        inline(c, flow, Font.font(f.getFamily(), weight(f), FontPosture.ITALIC, f.getSize()), depth);
      } else if (c instanceof StrongEmphasis) {
        inline(c, flow, Font.font(f.getFamily(), FontWeight.BOLD, posture(f), f.getSize()), depth);
      } else if (c instanceof Code code) {
        Text t = new Text(restoreMath(code.getLiteral()));
        t.setFont(Font.font("DejaVu Sans Mono", f.getSize() * 0.92));
        t.setFill(color.deriveColor(0, 1, 1, 0.9));
        t.getStyleClass().add("markdown-code");
        flow.getChildren().add(t);
      } else if (c instanceof SoftLineBreak) {
        flow.getChildren().add(styled(" ", f));
      } else if (c instanceof HardLineBreak) {
        flow.getChildren().add(styled("\n", f));
      } else if (c instanceof Link) {
        inline(c, flow, f, depth);
      } else {
        inline(c, flow, f, depth);
      }
    }
  }

  /** Plain text, with formula placeholders replaced by typeset formulas. */
  private void text(String literal, TextFlow flow, Font f) {
    Matcher m = PLACEHOLDER.matcher(literal);
    int last = 0;
    while (m.find()) {
      if (m.start() > last) {
        flow.getChildren().add(styled(literal.substring(last, m.start()), f));
      }
      MathSpans.Span span = span(m);
      flow.getChildren().add(span == null ? styled(m.group(), f) : formula(span.latex(), span.display()));
      last = m.end();
    }
    if (last < literal.length()) {
      flow.getChildren().add(styled(literal.substring(last), f));
    }
  }

  private Node formula(String latex, boolean display) {
    LatexStructure.Problem problem = LatexStructure.check(latex);
    if (problem != null) {
      return formulaError(latex, problem.reason());
    }
    try {
      FormulaRenderer.Formula f = formulas.render(latex, display ? fontSize * DISPLAY_SIZE : fontSize, color, display);
      ImageView view = new ImageView(f.image());
      view.setFitWidth(f.width());
      view.setFitHeight(f.height());
      view.setSmooth(true);
      // Sit on the text's baseline: the image reaches f.depth below it.
      javafx.scene.layout.StackPane pane = new javafx.scene.layout.StackPane(view) {
        @Override
        public double getBaselineOffset() {
          return f.height() - f.depth();
        }
      };
      pane.getStyleClass().add("formula");
      pane.setUserData(latex);
      return pane;
    } catch (RuntimeException | StackOverflowError e) {
      // Shown where the formula was, in red: the rest of the text is unaffected.
      return formulaError(latex, e instanceof StackOverflowError ? "nested too deeply to typeset" : e.getMessage());
    }
  }

  private Text formulaError(String latex, String why) {
    String source = latex.length() > 60 ? latex.substring(0, 57) + "…" : latex;
    Text t = new Text("$" + source + "$ (" + why + ")");
    t.setFill(Color.web("#f85149"));
    t.setFont(Font.font("DejaVu Sans Mono", fontSize * 0.9));
    t.getStyleClass().add("formula-error");
    return t;
  }

  private String restoreMath(String s) {
    Matcher m = PLACEHOLDER.matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      MathSpans.Span span = span(m);
      m.appendReplacement(b, Matcher.quoteReplacement(span == null ? m.group() : "$" + span.latex() + "$"));
    }
    m.appendTail(b);
    return b.toString();
  }

  /** The formula a placeholder stands for; null for one that is not ours (never in practice). */
  private MathSpans.Span span(Matcher m) {
    try {
      int i = Integer.parseInt(m.group(1));
      return i < spans.size() ? spans.get(i) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private Text styled(String s, Font f) {
    Text t = new Text(s.replace("\\$", "$"));
    t.setFont(f);
    t.setFill(color);
    return t;
  }

  private Font font(FontWeight w, FontPosture p, double scale) {
    return Font.font("DejaVu Sans", w, p, fontSize * scale);
  }

  private static FontWeight weight(Font f) {
    return f.getStyle().toLowerCase().contains("bold") ? FontWeight.BOLD : FontWeight.NORMAL;
  }

  private static FontPosture posture(Font f) {
    String s = f.getStyle().toLowerCase();
    return s.contains("italic") || s.contains("oblique") ? FontPosture.ITALIC : FontPosture.REGULAR;
  }

  /** The LaTeX of every formula shown, for tests. */
  public List<String> formulas() {
    List<String> out = new ArrayList<>();
    collect(this, out);
    return out;
  }

  private static void collect(Node n, List<String> out) {
    if (n.getStyleClass().contains("formula") && n.getUserData() instanceof String s) {
      out.add(s);
    }
    if (n instanceof javafx.scene.Parent p) {
      for (Node c : p.getChildrenUnmodifiable()) {
        collect(c, out);
      }
    }
  }
}
