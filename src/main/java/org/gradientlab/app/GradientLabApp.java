package org.gradientlab.app;

import atlantafx.base.theme.PrimerDark;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.gradientlab.landscape.LandscapeCatalog;
import org.gradientlab.lesson.LessonLibrary;
import org.gradientlab.lesson.LessonParser;
import org.gradientlab.lesson.LessonWriter;
import org.gradientlab.scene.SceneCodec;
import org.gradientlab.scene.WorkspaceRunner;
import org.gradientlab.viewmodel.DisplayModel;
import org.gradientlab.viewmodel.Background;
import org.gradientlab.viewmodel.LabModel;
import org.gradientlab.viewmodel.LessonsModel;
import org.gradientlab.viewmodel.WorkspacesModel;

/** The desktop application: one window, the lab, with lessons beside it. */
public final class GradientLabApp extends Application {

  public static final String TITLE = "Gradient Lab";
  public static final double WIDTH = 1400;
  public static final double HEIGHT = 900;
  /** System property naming the lessons folder; default: ./lessons. */
  public static final String LESSONS_PROPERTY = "gradientlab.lessons";

  @Override
  public void start(Stage stage) {
    MainWindow window = createWindow(lessonsFolder());
    stage.setTitle(TITLE);
    stage.getIcons().add(new Image(Assets.icon()));
    stage.setScene(scene(window));
    stage.setOnHidden(e -> window.dispose());
    stage.show();
  }

  /** The whole window, wired: lab, lessons of {@code lessonsFolder} (may be null), display. */
  public static MainWindow createWindow(Path lessonsFolder) {
    LandscapeCatalog catalog = LandscapeCatalog.standard();
    SceneCodec codec = new SceneCodec(catalog);
    // The one place the app's background threads and the FX thread are chosen.
    Background background = Background.threads(Platform::runLater);
    LabModel lab = new LabModel(catalog, background);
    WorkspacesModel workspaces = WorkspacesModel.on(lab, background);
    LessonsModel lessons = new LessonsModel(workspaces, new LessonLibrary(new LessonParser(codec)),
        new LessonWriter(codec), new WorkspaceRunner(catalog), background);
    if (lessonsFolder != null && Files.isDirectory(lessonsFolder)) {
      lessons.loadFolder(lessonsFolder);
    }
    return new MainWindow(workspaces, lessons, new DisplayModel(), background);
  }

  static Path lessonsFolder() {
    return Path.of(System.getProperty(LESSONS_PROPERTY, "lessons"));
  }

  /** A scene with the app's theme and stylesheet around {@code root}: the app, tests and exports. */
  public static Scene scene(Parent root) {
    Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
    Scene scene = new Scene(root, WIDTH, HEIGHT);
    scene.getStylesheets().add(Assets.stylesheet());
    return scene;
  }
}
