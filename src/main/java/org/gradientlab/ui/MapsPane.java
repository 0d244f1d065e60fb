package org.gradientlab.ui;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.gradientlab.optimizer.Hyperparameter;
import org.gradientlab.viewmodel.MapsModel;

/**
 * The convergence maps, a pane beside the landscape: momentum's rate over (η, α), gradient
 * descent's over (η, κ), and the race's measured outcomes over (η, a hyperparameter). Shown with
 * the lab's rate-map panel; {@link #toggle()} is the button that shows it.
 */
public final class MapsPane extends VBox {

  private final MapsModel model;
  private final MomentumMapView momentum;
  private final GradientMapView gradient;
  private final OutcomeMapView measured;
  private final TabPane tabs;
  private final Tab measuredTab;

  public MapsPane(MapsModel model) {
    this.model = model;
    setId("maps-pane");
    getStyleClass().add("maps-pane");
    momentum = new MomentumMapView(model);
    gradient = new GradientMapView(model);
    measured = new OutcomeMapView(model);
    Tab m = new Tab("Momentum (η, α)", momentum);
    m.setId("momentum-tab");
    Tab g = new Tab("GD (η, κ)", gradient);
    g.setId("gradient-tab");
    measuredTab = new Tab("Measured", measuredPane());
    measuredTab.setId("measured-tab");
    tabs = new TabPane(m, g, measuredTab);
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    tabs.setId("maps-tabs");
    VBox.setVgrow(tabs, Priority.ALWAYS);
    getChildren().add(tabs);
    setMinWidth(300);
    visibleProperty().bind(model.shownProperty());
    managedProperty().bind(visibleProperty());
    // Runs are measured only while someone looks at them.
    model.measuredActiveProperty().bind(Bindings.createBooleanBinding(
        () -> model.shownProperty().get() && tabs.getSelectionModel().getSelectedItem() == measuredTab,
        model.shownProperty(), tabs.getSelectionModel().selectedItemProperty()));
  }

  private BorderPane measuredPane() {
    ComboBox<String> keys = new ComboBox<>(model.measuredKeys());
    keys.setId("measured-key");
    keys.setConverter(new StringConverter<>() {
      @Override
      public String toString(String key) {
        Hyperparameter h = model.hyperparameter(key);
        return key == null ? "" : h == null ? "none (η only)" : h.label();
      }

      @Override
      public String fromString(String s) {
        return null;
      }
    });
    keys.valueProperty().bindBidirectional(model.measuredKeyProperty());
    Label up = new Label("up the maps:");
    HBox bar = new HBox(8, up, keys);
    bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    bar.setPadding(new Insets(4, 8, 2, 8));
    BorderPane pane = new BorderPane(measured);
    pane.setTop(bar);
    return pane;
  }

  /** The button that shows or hides this pane (for the lab's header). */
  public ToggleButton toggle() {
    ToggleButton t = new ToggleButton("Rate maps", Icons.of("mdi2c-chart-scatter-plot-hexbin"));
    t.setId("maps-toggle");
    t.setTooltip(new Tooltip("Convergence maps: momentum's rate over (η, α), GD's over (η, κ), "
        + "and the race's measured outcomes. Drag or click on a map to set the race."));
    t.selectedProperty().bindBidirectional(model.shownProperty());
    return t;
  }

  /** Colours and scale of the three maps. */
  public void bindStyle(ObjectProperty<PlotStyle> style) {
    for (CanvasPlot p : List.of(momentum, gradient, measured)) {
      p.plotStyleProperty().bind(style);
    }
  }

  /** Shows the tab of {@code map} (0 momentum, 1 gradient descent, 2 measured). */
  public void select(int map) {
    tabs.getSelectionModel().select(map);
  }

  public MomentumMapView momentumView() {
    return momentum;
  }

  public GradientMapView gradientView() {
    return gradient;
  }

  public OutcomeMapView measuredView() {
    return measured;
  }
}
