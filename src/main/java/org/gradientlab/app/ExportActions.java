package org.gradientlab.app;

import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.gradientlab.export.Fx;
import org.gradientlab.export.GifExport;
import org.gradientlab.export.ImageExport;
import org.gradientlab.export.Progress;
import org.gradientlab.export.WorkspaceCsv;
import org.gradientlab.landscape.LandscapeCatalog;
import org.gradientlab.scene.SceneCodec;
import org.gradientlab.scene.Workspace;
import org.gradientlab.scene.WorkspaceResult;
import org.gradientlab.scene.WorkspaceRunner;
import org.gradientlab.scene.WorkspaceScene;
import org.gradientlab.scene.WorkspaceSceneCodec;
import org.gradientlab.ui.WorkspacePictures;
import org.gradientlab.viewmodel.Background;
import org.gradientlab.viewmodel.DisplayModel;
import org.gradientlab.viewmodel.WorkspacesModel;

/**
 * The Export menu, for the workspace on screen: a picture (PNG file or clipboard) of its slide,
 * main plot, charts or the whole window at 1×, 2× or 4×, optionally on a light background; its
 * animation as a GIF (frames, speed and scale chosen); its numbers as CSV with a JSON sidecar.
 * Long work runs off the FX thread behind a progress window with Cancel.
 */
final class ExportActions {

  private static final System.Logger LOG = System.getLogger(ExportActions.class.getName());

  private final Node window;
  private final Supplier<WorkspacePictures> shown;
  private final WorkspacesModel workspaces;
  private final DisplayModel display;
  private final java.util.function.Consumer<String> notify;
  /** Exports run one after another here, never on the FX thread. */
  private final java.util.concurrent.Executor worker;
  private final java.util.concurrent.Executor publisher;

  /** Exports of {@code shown}, the workspace on screen in {@code window}. */
  ExportActions(Node window, Supplier<WorkspacePictures> shown, WorkspacesModel workspaces,
      DisplayModel display, Background background, java.util.function.Consumer<String> notify) {
    this.worker = background.worker("export");
    this.publisher = background.publisher();
    this.window = window;
    this.shown = shown;
    this.workspaces = workspaces;
    this.display = display;
    this.notify = notify;
  }

  void fill(MenuButton menu) {
    MenuItem picture = new MenuItem("Picture (PNG or clipboard)…");
    picture.setId("export-picture");
    picture.setOnAction(e -> askPicture());
    MenuItem gif = new MenuItem("Animated GIF…");
    gif.setId("export-gif");
    gif.setOnAction(e -> askGif());
    MenuItem table = new MenuItem("Numbers as CSV (+ JSON settings)…");
    table.setId("export-csv");
    table.setOnAction(e -> askCsv());
    menu.getItems().setAll(picture, new SeparatorMenuItem(), gif, table);
  }

  /** The choice of what to picture, in this workspace's words. */
  static ChoiceBox<WorkspacePictures.Part> partChoice(WorkspacePictures w) {
    ChoiceBox<WorkspacePictures.Part> target = new ChoiceBox<>();
    for (WorkspacePictures.Part p : WorkspacePictures.Part.values()) {
      if (w.offers(p)) {
        target.getItems().add(p);
      }
    }
    target.setConverter(new StringConverter<>() {
      @Override
      public String toString(WorkspacePictures.Part p) {
        return p == null ? "" : w.label(p);
      }

      @Override
      public WorkspacePictures.Part fromString(String s) {
        return null;
      }
    });
    target.setValue(WorkspacePictures.Part.SLIDE);
    target.setId("export-what");
    return target;
  }

  private void askPicture() {
    WorkspacePictures w = shown.get();
    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.setTitle("Export a picture of the " + w.pictureName());
    ChoiceBox<WorkspacePictures.Part> target = partChoice(w);
    ChoiceBox<Integer> scale = new ChoiceBox<>();
    scale.getItems().setAll(1, 2, 4);
    scale.setValue(2);
    CheckBox light = new CheckBox("light background (projectors, print)");
    light.setSelected(display.lightProperty().get());
    CheckBox legend = new CheckBox("title and legend on the main plot or 3-D surface");
    legend.setSelected(true);
    legend.disableProperty().bind(target.valueProperty().isNotEqualTo(WorkspacePictures.Part.MAIN_PLOT)
        .and(target.valueProperty().isNotEqualTo(WorkspacePictures.Part.SURFACE)));
    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(8);
    grid.addRow(0, new Label("What"), target);
    grid.addRow(1, new Label("Scale"), scale);
    grid.add(light, 1, 2);
    grid.add(legend, 1, 3);
    dialog.getDialogPane().setContent(grid);
    ButtonType save = new ButtonType("Save PNG…");
    ButtonType copy = new ButtonType("Copy to clipboard");
    dialog.getDialogPane().getButtonTypes().addAll(save, copy, ButtonType.CANCEL);
    ButtonType answer = dialog.showAndWait().orElse(ButtonType.CANCEL);
    if (answer == ButtonType.CANCEL) {
      return;
    }
    Path out = null;
    if (answer == save) {
      File file = chooser("PNG image", "*.png", "gradient-lab.png").showSaveDialog(window.getScene().getWindow());
      if (file == null) {
        return;
      }
      out = file.toPath();
    }
    ProgressDialog progress = new ProgressDialog(window.getScene().getWindow(), "Exporting a picture");
    progress.show();
    picture(w, target.getValue(), new WorkspacePictures.Options(scale.getValue(), null, !legend.isSelected()),
        light.isSelected(), out, progress).thenAccept(m -> {
          progress.close();
          notify.accept(m);
        });
  }

  /**
   * Pictures {@code part} of workspace {@code w} — to {@code out}, or to the clipboard when it is
   * null — on the export worker, in the light or dark theme; completes (on the FX thread) with the
   * message shown to the user. The theme on screen is restored afterwards.
   */
  CompletableFuture<String> picture(WorkspacePictures w, WorkspacePictures.Part part,
      WorkspacePictures.Options options, boolean light, Path out, Progress progress) {
    boolean wasLight = display.lightProperty().get();
    return run("Exporting a picture", progress, () -> {
      try {
        Fx.call(() -> {
          display.lightProperty().set(light);
          window.applyCss();
          if (window instanceof javafx.scene.Parent p) {
            p.layout();
          }
          return null;
        });
        WritableImage image = ImageExport.render(w, part, options, window, progress);
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
    WorkspacePictures w = shown.get();
    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.setTitle("Animated GIF of the " + w.pictureName());
    Spinner<Integer> frames = new Spinner<>(2, 1000, GifExport.MAX_FRAMES, 10);
    frames.setEditable(true);
    frames.setId("gif-frames");
    Spinner<Double> fps = new Spinner<>(1.0, 50.0, GifExport.Options.DEFAULT.fps(), 2.5);
    fps.setEditable(true);
    fps.setId("gif-fps");
    ChoiceBox<Integer> scale = new ChoiceBox<>();
    scale.getItems().setAll(1, 2, 4);
    scale.setValue(1);
    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(8);
    grid.addRow(0, new Label("At most"), frames, new Label("frames"));
    grid.addRow(1, new Label("Speed"), fps, new Label("frames per second"));
    grid.addRow(2, new Label("Scale"), scale);
    dialog.getDialogPane().setContent(grid);
    ButtonType save = new ButtonType("Save GIF…");
    dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
    if (dialog.showAndWait().orElse(ButtonType.CANCEL) != save) {
      return;
    }
    File file = chooser("Animated GIF", "*.gif", "gradient-lab.gif").showSaveDialog(window.getScene().getWindow());
    if (file == null) {
      return;
    }
    GifExport.Options options = new GifExport.Options(frames.getValue(), fps.getValue(), scale.getValue());
    ProgressDialog progress = new ProgressDialog(window.getScene().getWindow(), "Writing an animated GIF");
    progress.show();
    gif(w, options, file.toPath(), progress).thenAccept(m -> {
      progress.close();
      notify.accept(m);
    });
  }

  /** The GIF of workspace {@code w} to {@code out}, on the export worker; completes with the message. */
  CompletableFuture<String> gif(WorkspacePictures w, GifExport.Options options, Path out, Progress progress) {
    return run("Writing an animated GIF", progress, () -> {
      int n = GifExport.write(w, out, options, progress);
      return "Saved a " + n + "-frame GIF (" + java.nio.file.Files.size(out) / 1024 + " KB) to " + out;
    });
  }

  private void askCsv() {
    Workspace current = workspaces.currentProperty().get();
    WorkspaceScene scene = workspaces.snapshot();
    FileChooser chooser = chooser("CSV table", "*.csv", current.key() + ".csv");
    File file = chooser.showSaveDialog(window.getScene().getWindow());
    if (file == null) {
      return;
    }
    ProgressDialog progress = new ProgressDialog(window.getScene().getWindow(), "Writing CSV");
    progress.show();
    run("Writing CSV", progress, () -> {
      // The lab's result is on screen; the other workspaces' runs are replayed from their scene,
      // exactly as a lesson or the command line runs them.
      WorkspaceResult r = current == Workspace.LAB ? Fx.call(() -> workspaces.lab().getResult())
          : new WorkspaceRunner(LandscapeCatalog.standard()).run(scene);
      if (r == null) {
        throw new IllegalStateException("nothing to write yet: the lab has no result");
      }
      Path json = WorkspaceCsv.writeWithSidecar(r, file.toPath(),
          new WorkspaceSceneCodec(new SceneCodec(LandscapeCatalog.standard())));
      return "Saved " + file + " and " + json.getFileName();
    }).thenAccept(m -> {
      progress.close();
      notify.accept(m);
    });
  }

  private static FileChooser chooser(String description, String pattern, String name) {
    FileChooser chooser = new FileChooser();
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
    chooser.setInitialFileName(name);
    return chooser;
  }

  private interface Job {
    String run() throws Exception;
  }

  /** Runs {@code job} on the export worker; the message (or why it failed) arrives on the FX thread. */
  private CompletableFuture<String> run(String title, Progress progress, Job job) {
    CompletableFuture<String> done = new CompletableFuture<>();
    worker.execute(() -> {
      String message;
      try {
        message = job.run();
      } catch (CancellationException e) {
        message = "Export cancelled";
      } catch (Exception e) {
        LOG.log(System.Logger.Level.WARNING, "export failed: " + title, e);
        message = "Export failed: " + (e.getMessage() == null ? e.toString() : e.getMessage());
      }
      String m = message;
      publisher.execute(() -> done.complete(m));
    });
    return done;
  }
}
