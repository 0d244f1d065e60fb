package org.gradientlab.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.gradientlab.viewmodel.LabModel;

/** The desktop application: one window, the lab. */
public final class GradientLabApp extends Application {

  public static final String TITLE = "Gradient Lab";

  @Override
  public void start(Stage stage) {
    LabModel model = new LabModel();
    MainWindow window = new MainWindow(model);
    Scene scene = new Scene(window, 1200, 800);
    scene.getStylesheets().add(Assets.stylesheet());
    stage.setTitle(TITLE);
    stage.getIcons().add(new Image(Assets.icon()));
    stage.setScene(scene);
    stage.show();
  }
}
