package org.gradientlab.app;

import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import org.gradientlab.export.Fx;
import org.gradientlab.export.GifExport;
import org.gradientlab.export.ImageExport;
import org.gradientlab.export.TrajectoryCsv;
import org.gradientlab.scene.SceneResult;
import org.gradientlab.ui.LabView;
import org.gradientlab.viewmodel.Background;
import org.gradientlab.viewmodel.DisplayModel;
import org.gradientlab.viewmodel.LabModel;

/**
 * The Export menu: pictures (PNG file or clipboard) of the landscape, the charts or the window at
 * 1×, 2× or 4×, optionally on a light background; the run as an animated GIF; the trajectories as
 * CSV with a JSON sidecar. Long work runs off the FX thread behind a cancellable progress window.
 */
final class ExportActions {

  private static final System.Logger LOG = System.getLogger(ExportActions.class.getName());

  private final Node window;
  private final LabView lab;
  private final LabModel model;
  private final DisplayModel display;
  private final TrajectoryCsv csv;
  private final java.util.function.Consumer<String> notify;
  /** Exports run one after another here, never on the FX thread. */
  private final java.util.concurrent.Executor worker;
  private final java.util.concurrent.Executor publisher;

  ExportActions(Node window, LabView lab, LabModel model, DisplayModel display, TrajectoryCsv csv,
      Background background, java.util.function.Consumer<String> notify) {
    this.worker = background.worker("export");
    this.publisher = background.publisher();
    this.window = window;
    this.lab = lab;
    this.model = model;
    this.display = display;
    this.csv = csv;
    this.notify = notify;
  }

  void fill(MenuButton menu) {
    MenuItem picture = new MenuItem("Picture (PNG or clipboard)…");
    picture.setId("export-picture");
    picture.setOnAction(e -> askPicture());
    MenuItem gif = new MenuItem("Animated GIF of the run…");
    gif.setId("export-gif");
    gif.setOnAction(e -> askGif());
    MenuItem table = new MenuItem("Trajectories as CSV (+ JSON settings)…");
    table.setId("export-csv");
    table.setOnAction(e -> askCsv());
    menu.getItems().setAll(picture, new SeparatorMenuItem(), gif, table);
  }

  private void askPicture() {
    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.setTitle("Export a picture");
    ChoiceBox<ImageExport.Target> target = new ChoiceBox<>();
    target.getItems().setAll(ImageExport.Target.values());
    target.setValue(ImageExport.Target.LANDSCAPE);
    ChoiceBox<Integer> scale = new ChoiceBox<>();
    scale.getItems().setAll(1, 2, 4);
    scale.setValue(2);
    CheckBox light = new CheckBox("light background (projectors, print)");
    light.setSelected(display.lightProperty().get());
    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(8);
    grid.addRow(0, new Label("What"), target);
    grid.addRow(1, new Label("Scale"), scale);
    grid.add(light, 1, 2);
    dialog.getDialogPane().setContent(grid);
    ButtonType save = new ButtonType("Save PNG…");
    ButtonType copy = new ButtonType("Copy to clipboard");
    dialog.getDialogPane().getButtonTypes().addAll(save, copy, ButtonType.CANCEL);
    ButtonType answer = dialog.showAndWait().orElse(ButtonType.CANCEL);
    if (answer == ButtonType.CANCEL) {
      return;
    }
    File file = null;
    if (answer == save) {
      FileChooser chooser = chooser("PNG image", "*.png", "gradient-lab.png");
      file = chooser.showSaveDialog(window.getScene().getWindow());
      if (file == null) {
        return;
      }
    }
    Path out = file == null ? null : file.toPath();
    boolean wasLight = display.lightProperty().get();
    boolean wantLight = light.isSelected();
    run("Exporting a picture", progress -> {
      try {
        Fx.call(() -> {
          display.lightProperty().set(wantLight);
          window.applyCss();
          if (window instanceof javafx.scene.Parent p) {
            p.layout();
          }
          return null;
        });
        WritableImage image = ImageExport.render(target.getValue(), window, lab, scale.getValue(), progress);
        if (out != null) {
          ImageExport.writePng(image, out);
          return "Saved " + (int) image.getWidth() + "×" + (int) image.getHeight() + " px to " + out;
        }
        Fx.call(() -> {
          ClipboardContent content = new ClipboardContent();
          content.putImage(image);
          Clipboard.getSystemClipboard().setContent(content);
          return null;
        });
        return "Copied a " + (int) image.getWidth() + "×" + (int) image.getHeight() + " px picture";
      } finally {
        Fx.call(() -> {
          display.lightProperty().set(wasLight);
          return null;
        });
      }
    });
  }

  private void askGif() {
    FileChooser chooser = chooser("Animated GIF", "*.gif", "gradient-lab.gif");
    File file = chooser.showSaveDialog(window.getScene().getWindow());
    if (file == null) {
      return;
    }
    run("Writing an animated GIF", progress -> {
      int frames = GifExport.write(lab, file.toPath(), 1, 80, progress);
      return "Saved a " + frames + "-frame GIF to " + file;
    });
  }

  private void askCsv() {
    SceneResult r = model.getResult();
    if (r == null) {
      return;
    }
    FileChooser chooser = chooser("CSV table", "*.csv", "trajectories.csv");
    File file = chooser.showSaveDialog(window.getScene().getWindow());
    if (file == null) {
      return;
    }
    run("Writing CSV", progress -> {
      Path json = csv.writeWithSidecar(r, file.toPath());
      return "Saved " + file + " and " + json.getFileName();
    });
  }

  private static FileChooser chooser(String description, String pattern, String name) {
    FileChooser chooser = new FileChooser();
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
    chooser.setInitialFileName(name);
    return chooser;
  }

  private interface Job {
    String run(org.gradientlab.export.Progress progress) throws Exception;
  }

  private void run(String title, Job job) {
    ProgressDialog dialog = new ProgressDialog(window.getScene().getWindow(), title);
    dialog.show();
    worker.execute(() -> {
      String message;
      try {
        message = job.run(dialog);
      } catch (CancellationException e) {
        message = "Export cancelled";
      } catch (Exception e) {
        LOG.log(System.Logger.Level.WARNING, "export failed: " + title, e);
        message = "Export failed: " + (e.getMessage() == null ? e.toString() : e.getMessage());
      }
      String m = message;
      publisher.execute(() -> {
        dialog.close();
        notify.accept(m);
      });
    });
  }
}
