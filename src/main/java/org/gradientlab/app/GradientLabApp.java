package org.gradientlab.app;

import atlantafx.base.theme.PrimerDark;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.gradientlab.landscape.LandscapeCatalog;
import org.gradientlab.viewmodel.LabModel;

/** The desktop application: one window, the lab. */
public final class GradientLabApp extends Application {

  public static final String TITLE = "Gradient Lab";
  public static final double WIDTH = 1400;
  public static final double HEIGHT = 900;

  @Override
  public void start(Stage stage) {
    MainWindow window = new MainWindow(new LabModel(LandscapeCatalog.standard()));
    stage.setTitle(TITLE);
    stage.getIcons().add(new Image(Assets.icon()));
    stage.setScene(scene(window));
    stage.setOnHidden(e -> window.dispose());
    stage.show();
  }

  /** A scene with the app's theme and stylesheet around {@code root}: the app, tests and exports. */
  public static Scene scene(Parent root) {
    Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
    Scene scene = new Scene(root, WIDTH, HEIGHT);
    scene.getStylesheets().add(Assets.stylesheet());
    return scene;
  }
}
