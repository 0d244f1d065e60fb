package org.gradientlab.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import org.gradientlab.export.TrajectoryCsv;
import org.gradientlab.scene.SceneCodec;
import org.gradientlab.ui.LabView;
import org.gradientlab.ui.LessonPanel;
import org.gradientlab.ui.HyperView;
import org.gradientlab.ui.NetView;
import org.gradientlab.viewmodel.HyperModel;
import org.gradientlab.viewmodel.NetModel;
import org.gradientlab.ui.PlotStyle;
import org.gradientlab.viewmodel.Background;
import org.gradientlab.viewmodel.DisplayModel;
import org.gradientlab.viewmodel.LabModel;
import org.gradientlab.viewmodel.LandscapeImageModel;
import org.gradientlab.viewmodel.LessonsModel;
import org.gradientlab.viewmodel.MapsModel;
import org.gradientlab.viewmodel.WorkspacesModel;
import org.gradientlab.scene.Workspace;

/**
 * The main window's content: the top bar, the live lab, the lesson panel on the right, and a
 * one-line message bar at the bottom for what exports and lessons report.
 */
public final class MainWindow extends BorderPane {

  private final WorkspacesModel workspaces;
  private final LabModel model;
  private final LabView lab;
  private final LandscapeImageModel landscapeImage;
  private final MapsModel maps;
  private final LessonPanel lessonPanel;
  private final DisplayModel display;
  private final LessonsModel lessons;
  private final Background background;
  private final Label message = new Label();
  private NetView netView;
  private HyperView hyperView;

  /** The neural-net lab, built the first time it is opened (its training starts then). */
  NetView nets() {
    if (netView == null) {
      netView = new NetView(workspaces.nets());
      netView.setId("net-view");
      netView.plotStyleProperty().bind(lab.plotStyleProperty());
    }
    return netView;
  }

  /** The hypergradient lab, built the first time it is opened (its background work starts then). */
  HyperView hyper() {
    if (hyperView == null) {
      hyperView = new HyperView(workspaces.hyper());
      hyperView.setId("hyper-view");
      hyperView.plotStyleProperty().bind(lab.plotStyleProperty());
    }
    return hyperView;
  }

  public MainWindow(WorkspacesModel workspaces, LessonsModel lessons, DisplayModel display,
      Background background) {
    this.workspaces = workspaces;
    this.model = workspaces.lab();
    this.background = background;
    this.landscapeImage = new LandscapeImageModel(background);
    this.display = display;
    this.lessons = lessons;
    getStyleClass().add("main-window");
    this.maps = new MapsModel(model, background);
    lab = new LabView(model, landscapeImage, maps);
    setCenter(lab);
    lessonPanel = new LessonPanel(lessons, display);
    lessonPanel.setId("lesson-panel");

    TopBar bar = new TopBar(display);
    setTop(bar);
    // The top bar's buttons choose the workspace; a lesson step can too: both go through the model.
    bar.netLab.selectedProperty().addListener((o, a, on) -> {
      if (on) {
        workspaces.currentProperty().set(Workspace.NETS);
      }
    });
    bar.hyperLab.selectedProperty().addListener((o, a, on) -> {
      if (on) {
        workspaces.currentProperty().set(Workspace.HYPER);
      }
    });
    bar.optimizerLab.selectedProperty().addListener((o, a, on) -> {
      if (on) {
        workspaces.currentProperty().set(Workspace.LAB);
      }
    });
    workspaces.currentProperty().addListener((o, a, w) -> show(bar, w));
    bar.lessons.selectedProperty().addListener((o, a, on) -> setRight(on ? lessonPanel : null));
    new ExportActions(this, lab, model, display, new TrajectoryCsv(new SceneCodec(model.catalog())),
        background,
        message::setText).fill(bar.export);

    message.setId("message");
    message.getStyleClass().addAll("hint", "message-bar");
    message.setMaxWidth(Double.MAX_VALUE);
    message.visibleProperty().bind(message.textProperty().isNotEmpty());
    message.managedProperty().bind(message.visibleProperty());
    setBottom(message);

    lab.plotStyleProperty().bind(Bindings.createObjectBinding(
        () -> (display.lightProperty().get() ? PlotStyle.LIGHT : PlotStyle.DARK).scaled(display.scale()),
        display.lightProperty(), display.presentationProperty()));
    display.lightProperty().addListener((o, a, b) -> applyTheme());
    display.presentationProperty().addListener((o, a, on) -> {
      if (on) {
        getStyleClass().add("presentation");
      } else {
        getStyleClass().remove("presentation");
      }
    });
    addEventFilter(KeyEvent.KEY_PRESSED, e -> {
      if (e.getCode() == KeyCode.F5) {
        display.presentationProperty().set(!display.presentationProperty().get());
        e.consume();
      }
    });
  }

  /** Puts workspace {@code w} in the centre and its button down. */
  private void show(TopBar bar, Workspace w) {
    switch (w) {
      case LAB -> {
        setCenter(lab);
        bar.optimizerLab.setSelected(true);
      }
      case NETS -> {
        setCenter(nets());
        bar.netLab.setSelected(true);
      }
      case HYPER -> {
        setCenter(hyper());
        bar.hyperLab.setSelected(true);
      }
    }
  }

  private void applyTheme() {
    Application.setUserAgentStylesheet(display.lightProperty().get()
        ? new PrimerLight().getUserAgentStylesheet()
        : new PrimerDark().getUserAgentStylesheet());
  }

  /** Shows or hides the lesson panel. */
  public void showLessons(boolean show) {
    ((TopBar) getTop()).lessons.setSelected(show);
  }

  public LabModel labModel() {
    return model;
  }

  public WorkspacesModel workspaces() {
    return workspaces;
  }

  public LessonsModel lessons() {
    return lessons;
  }

  public DisplayModel display() {
    return display;
  }

  public LabView lab() {
    return lab;
  }

  public LessonPanel lessonPanel() {
    return lessonPanel;
  }

  public void dispose() {
    landscapeImage.dispose();
    maps.dispose();
    if (netView != null) {
      netView.dispose();
    }
    if (hyperView != null) {
      hyperView.dispose();
    }
    lessons.dispose();
    workspaces.dispose();
  }
}
