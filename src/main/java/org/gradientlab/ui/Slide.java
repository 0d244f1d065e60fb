package org.gradientlab.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.transform.Transform;
import org.gradientlab.viewmodel.DisplayModel;

/**
 * A lecture slide of any workspace, 1600 × 900 logical pixels: a title, one line of the settings
 * that produced it, the workspace's plots, and a legend. Laid out before the plots are drawn, so
 * each workspace draws them at exactly the room left ({@link #contentWidth} × {@link
 * #contentHeight}) and at the slide's scale: nothing on a slide is a scaled-up bitmap. Plots are in
 * presentation size whatever the screen shows: a slide is for the room.
 */
public final class Slide {

  public static final double WIDTH = 1600;
  public static final double HEIGHT = 900;
  static final double TITLE_SIZE = 40;
  static final double TEXT_SIZE = 22;
  private static final Insets PADDING = new Insets(28, 40, 24, 40);
  private static final double SPACING = 10;

  private final PlotStyle style;
  private final VBox slide;
  private final Region placeholder = new Region();
  private final double contentHeight;

  /** The slide's frame; {@code keys} may be empty (a plot that carries its own legend). */
  Slide(PlotStyle screen, String title, String settings, List<PlotLegend.Key> keys) {
    this.style = styleFor(screen);
    Color text = style.text();
    Label heading = label(title, TITLE_SIZE, FontWeight.BOLD, text);
    heading.setId("slide-title");
    Label sub = label(settings, TEXT_SIZE, FontWeight.NORMAL, text.deriveColor(0, 1, 1, 0.85));
    sub.setId("slide-settings");
    FlowPane legend = new FlowPane(28, 8);
    legend.setId("slide-legend");
    legend.getChildren().setAll(PlotLegend.nodes(keys, style, TEXT_SIZE));
    legend.setPrefWrapLength(contentWidth());
    slide = new VBox(SPACING, heading, sub, placeholder);
    if (!keys.isEmpty()) {
      slide.getChildren().add(legend);
    }
    slide.setPadding(PADDING);
    slide.setPrefSize(WIDTH, HEIGHT);
    slide.setMinSize(WIDTH, HEIGHT);
    slide.setMaxSize(WIDTH, HEIGHT);
    slide.setStyle("-fx-background-color: " + OptimizerColors.css(style.background()) + ";");
    new Scene(slide, WIDTH, HEIGHT);
    slide.applyCss();
    double used = PADDING.getTop() + PADDING.getBottom() + SPACING * (slide.getChildren().size() - 1)
        + heading.prefHeight(contentWidth()) + sub.prefHeight(contentWidth())
        + (keys.isEmpty() ? 0 : legend.prefHeight(contentWidth()));
    // Long outcome sentences take lines from the plots, never from the 16:9 frame.
    contentHeight = Math.max(200, Math.floor(HEIGHT - used));
  }

  /** A slide's plot style: the screen's colours in presentation size. */
  static PlotStyle styleFor(PlotStyle screen) {
    return screen.scaled(DisplayModel.PRESENTATION_SCALE);
  }

  PlotStyle style() {
    return style;
  }

  double contentWidth() {
    return WIDTH - PADDING.getLeft() - PADDING.getRight();
  }

  double contentHeight() {
    return contentHeight;
  }

  /** An image drawn at {@code scale} shown at its logical size (w × h). */
  static ImageView view(Image image, double scale) {
    ImageView v = new ImageView(image);
    v.setFitWidth(image.getWidth() / scale);
    v.setFitHeight(image.getHeight() / scale);
    return v;
  }

  /** The slide with {@code content} (at most contentWidth × contentHeight) in place, at {@code scale}. */
  WritableImage render(Node content, double scale) {
    int at = slide.getChildren().indexOf(placeholder);
    slide.getChildren().set(at, content);
    slide.applyCss();
    slide.layout();
    SnapshotParameters params = new SnapshotParameters();
    params.setTransform(Transform.scale(scale, scale));
    params.setFill(style.background());
    return slide.snapshot(params, null);
  }

  /** A label of slide text: wraps rather than being cut off. */
  static Label label(String s, double size, FontWeight weight, Color color) {
    Label l = new Label(s);
    l.setFont(Font.font("DejaVu Sans", weight, size));
    l.setTextFill(color);
    l.setWrapText(true);
    l.setMaxWidth(WIDTH - 80);
    l.setMinHeight(Region.USE_PREF_SIZE);
    return l;
  }
}
