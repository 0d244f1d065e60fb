package org.gradientlab.app;

import javafx.scene.layout.BorderPane;
import org.gradientlab.ui.LabView;
import org.gradientlab.viewmodel.LabModel;

/** The main window's content: the live lab. */
public final class MainWindow extends BorderPane {

  private final LabView lab;

  public MainWindow(LabModel model) {
    getStyleClass().add("main-window");
    lab = new LabView(model);
    setCenter(lab);
  }

  public LabView lab() {
    return lab;
  }

  public void dispose() {
    lab.dispose();
  }
}
