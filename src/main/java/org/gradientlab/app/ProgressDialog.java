package org.gradientlab.app;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.gradientlab.export.Progress;

/** A small window with a progress bar and a Cancel button for long exports. */
final class ProgressDialog implements Progress {

  private final Stage stage = new Stage();
  private final ProgressBar bar = new ProgressBar(0);
  private final Label message = new Label("starting…");
  private final AtomicBoolean cancelled = new AtomicBoolean();

  ProgressDialog(Window owner, String title) {
    stage.initOwner(owner);
    stage.initModality(Modality.WINDOW_MODAL);
    stage.setTitle(title);
    bar.setPrefWidth(320);
    Button cancel = new Button("Cancel");
    cancel.setId("progress-cancel");
    cancel.setOnAction(e -> {
      cancelled.set(true);
      message.setText("cancelling…");
    });
    VBox box = new VBox(10, message, bar, cancel);
    box.setPadding(new Insets(16));
    javafx.scene.Scene scene = new javafx.scene.Scene(box);
    if (owner != null && owner.getScene() != null) {
      scene.getStylesheets().setAll(owner.getScene().getStylesheets());
    }
    stage.setScene(scene);
  }

  void show() {
    stage.show();
  }

  void close() {
    stage.close();
  }

  @Override
  public void update(double fraction, String text) {
    Platform.runLater(() -> {
      bar.setProgress(fraction);
      message.setText(text);
    });
  }

  @Override
  public boolean cancelled() {
    return cancelled.get();
  }
}
