package org.gradientlab.app;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.gradientlab.viewmodel.DisplayModel;
import org.kordamp.ikonli.javafx.FontIcon;

/** The window's top bar: title, lessons, export, theme and presentation mode. */
final class TopBar extends HBox {

  final ToggleButton lessons = new ToggleButton("Lessons", icon("mdi2s-school-outline"));
  final ToggleButton optimizerLab = new ToggleButton("Optimizer lab", icon("mdi2c-chart-bell-curve"));
  final ToggleButton netLab = new ToggleButton("Neural nets", icon("mdi2g-graph-outline"));
  final ToggleButton hyperLab = new ToggleButton("Hypergradients", icon("mdi2t-tune-variant"));
  final org.controlsfx.control.SegmentedButton workspaces =
      new org.controlsfx.control.SegmentedButton(optimizerLab, netLab, hyperLab);
  final MenuButton export = new MenuButton("Export", icon("mdi2e-export-variant"));
  /** Sessions, the lessons folder, the log, reset to defaults, quit. */
  final MenuButton menu = new MenuButton(null, icon("mdi2m-menu"));

  TopBar(DisplayModel display) {
    getStyleClass().add("top-bar");
    setAlignment(Pos.CENTER_LEFT);
    setSpacing(8);
    setPadding(new Insets(6, 12, 6, 12));
    ImageView logo = new ImageView(new Image(Assets.icon(), 26, 26, true, true));
    Label title = new Label(GradientLabApp.TITLE);
    title.getStyleClass().add("app-title");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    lessons.setId("toggle-lessons");
    lessons.setTooltip(new Tooltip("Show the lessons (guided scenarios)"));
    export.setId("export-menu");
    ToggleButton light = new ToggleButton(null, icon("mdi2w-white-balance-sunny"));
    light.setId("toggle-light");
    light.setTooltip(new Tooltip("Light background, for projectors and printed slides"));
    light.selectedProperty().bindBidirectional(display.lightProperty());
    ToggleButton presentation = new ToggleButton("Present", icon("mdi2p-presentation"));
    presentation.setId("toggle-presentation");
    presentation.setTooltip(new Tooltip("Presentation mode: large fonts and thick lines (F5)"));
    presentation.selectedProperty().bindBidirectional(display.presentationProperty());
    optimizerLab.setId("workspace-lab");
    netLab.setId("workspace-nets");
    hyperLab.setId("workspace-hyper");
    hyperLab.setTooltip(new Tooltip("Choosing λ and η by gradient descent: implicit differentiation, HOAG, unrolling"));
    optimizerLab.setSelected(true);
    // One workspace is always shown: clicking the selected one keeps it.
    workspaces.getToggleGroup().selectedToggleProperty().addListener((o, was, now) -> {
      if (now == null && was != null) {
        was.setSelected(true);
      }
    });
    menu.setId("app-menu");
    menu.setTooltip(new Tooltip("Sessions, lessons folder, log, reset to defaults, quit (Ctrl+Q)"));
    menu.setAccessibleText("Menu");
    light.setAccessibleText("Light theme");
    workspaces.setFocusTraversable(false);
    getChildren().addAll(logo, title, workspaces, spacer, lessons, export, light, presentation, menu);
  }

  private static FontIcon icon(String literal) {
    FontIcon i = new FontIcon(literal);
    i.getStyleClass().add("lab-icon");
    return i;
  }
}
