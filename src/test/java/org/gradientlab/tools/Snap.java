package org.gradientlab.tools;

import atlantafx.base.theme.PrimerDark;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.gradientlab.app.Assets;
import org.gradientlab.app.MainWindow;
import org.gradientlab.math.Point;
import org.gradientlab.optimizer.OptimizerCatalog;
import org.gradientlab.optimizer.OptimizerKind;
import org.gradientlab.viewmodel.LabModel;

/**
 * Developer tool: renders the lab window headless (Monocle) for a scene given on the command line
 * and writes a PNG, to look at views without a display. Not a test.
 * Args: out.png landscape eta steps optimizers(comma) [startX startY] [key=value landscape params]
 */
public final class Snap {

  public static void main(String[] args) throws Exception {
    System.setProperty("glass.platform", "Monocle");
    System.setProperty("monocle.platform", "Headless");
    System.setProperty("prism.order", "sw");
    System.setProperty("prism.text", "t2k");
    System.setProperty("headless.geometry", "1920x1200-32");
    CountDownLatch started = new CountDownLatch(1);
    Platform.startup(started::countDown);
    started.await();
    CountDownLatch done = new CountDownLatch(1);
    Platform.runLater(() -> {
      try {
        Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        MainWindow window = org.gradientlab.app.GradientLabApp.createWindow(java.nio.file.Path.of("lessons"));
        LabModel model = window.labModel();
        Stage stage = new Stage();
        Scene scene = new Scene(window, 1400, 900);
        scene.getStylesheets().add(Assets.stylesheet());
        stage.setScene(scene);
        stage.show();
        boolean lessonOnly = args[1].equals("-");
        if (!lessonOnly) {
          model.selectLandscape(args[1]);
        }
        for (int i = 5; i < args.length; i++) {
          if (args[i].contains("=")) {
            String[] kv = args[i].split("=", 2);
            if (kv[0].equals("nets")) {
              ((javafx.scene.control.ToggleButton) window.lookup("#workspace-nets")).setSelected(true);
              String[] opts = kv[1].split(";");
              Platform.runLater(() -> {
                var v = (org.gradientlab.ui.NetView) window.lookup("#net-view");
                for (String o : opts) {
                  if (o.startsWith("train")) {
                    ((javafx.scene.control.Button) v.lookup("#net-play")).fire();
                  }
                }
              });
            } else if (kv[0].equals("hyper")) {
              // hyper=problem:2;objective:TRAINING;mode:EXACT;phases:9
              ((javafx.scene.control.ToggleButton) window.lookup("#workspace-hyper")).setSelected(true);
              String[] opts = kv[1].split(";");
              Platform.runLater(() -> {
                var hm = ((org.gradientlab.ui.HyperView) window.lookup("#hyper-view")).model();
                int phases = 0;
                for (String o : opts) {
                  String[] ov = o.split(":", 2);
                  switch (ov[0]) {
                    case "problem" -> hm.problemProperty().set(hm.problems().get(Integer.parseInt(ov[1])));
                    case "objective" -> hm.objectiveProperty().set(org.gradientlab.hyper.OuterObjective.valueOf(ov[1]));
                    case "mode" -> hm.modeProperty().set(org.gradientlab.hyper.OuterLoop.Mode.valueOf(ov[1]));
                    case "method" -> hm.unrolledMethodProperty().set(org.gradientlab.hyper.UnrolledMethod.valueOf(ov[1]));
                    case "phases" -> phases = Integer.parseInt(ov[1]);
                    default -> { }
                  }
                }
                int total = phases;
                new Thread(() -> {
                  for (int n = 0; n < total; n++) {
                    Platform.runLater(hm::advance);
                    try {
                      while (hm.steps().size() < n + 1) {
                        Thread.sleep(20);
                      }
                    } catch (InterruptedException e) {
                      return;
                    }
                  }
                }).start();
              });
            } else if (kv[0].equals("lesson")) {
              window.showLessons(true);
              var l = window.lessons().lessons().stream()
                  .filter(x -> x.number().equals(kv[1])).findFirst().orElseThrow();
              window.lessons().open(l);
            } else if (kv[0].equals("step")) {
              window.lessons().goTo(Integer.parseInt(kv[1]) - 1);
            } else if (kv[0].equals("light")) {
              window.display().lightProperty().set(true);
            } else if (kv[0].equals("present")) {
              window.display().presentationProperty().set(true);
            } else if (kv[0].equals("batch")) {
              int b = Integer.parseInt(kv[1]);
              Platform.runLater(() -> model.hyperparameterProperty("batch").set(b));
            } else if (kv[0].equals("type")) {
              String text = kv[1];
              Platform.runLater(() -> {
                var field = (javafx.scene.control.TextField) window.lookup("#formula-text");
                field.setText(text);
                field.fireEvent(new javafx.event.ActionEvent()); // Enter: applied now, not after the pause
              });
            } else if (kv[0].equals("lambda")) {
              model.lambdaProperty().set(Double.parseDouble(kv[1]));
            } else if (kv[0].equals("frame")) {
              Platform.runLater(() -> Platform.runLater(() -> { }));
            } else {
              model.setLandscapeParameter(kv[0], kv[1]);
            }
          }
        }
        if (!lessonOnly) {
          model.etaProperty().set(Double.parseDouble(args[2]));
          model.stepsProperty().set(Integer.parseInt(args[3]));
          List<OptimizerKind> kinds = new ArrayList<>();
          for (String k : args[4].split(",")) {
            kinds.add(OptimizerCatalog.standard().kind(k));
          }
          model.racing().clear();
          model.racing().addAll(kinds);
        }
        for (int i = 5; i < args.length; i++) {
          String[] kv = args[i].split("=", 2);
          if (kv[0].equals("step")) {
            window.lessons().goTo(Integer.parseInt(kv[1]) - 1);
          }
        }
        if (args.length > 6 && !args[5].contains("=") && !args[6].contains("=")) {
          model.moveStart(new Point(Double.parseDouble(args[5]), Double.parseDouble(args[6])));
        }
        new Thread(() -> {
          try {
            Thread.sleep(Long.getLong("snap.wait", 2500));
            Platform.runLater(() -> {
              try {
                WritableImage img = scene.snapshot(null);
                ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", new File(args[0]));
              } catch (Exception e) {
                e.printStackTrace();
              }
              done.countDown();
            });
          } catch (InterruptedException ignored) {
            Thread.currentThread().interrupt();
          }
        }).start();
      } catch (Exception e) {
        e.printStackTrace();
        done.countDown();
      }
    });
    done.await(30, TimeUnit.SECONDS);
    Platform.exit();
    System.exit(0);
  }
}
