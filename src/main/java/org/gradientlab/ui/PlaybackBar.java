package org.gradientlab.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.gradientlab.viewmodel.PlaybackModel;

/**
 * Play / pause, single step, reset and "show all", with the speed and the step on screen.
 * Keyboard: Space plays or pauses, Right steps, R resets (see {@link LabView}).
 */
public final class PlaybackBar extends HBox {

  public PlaybackBar(PlaybackModel playback) {
    getStyleClass().add("playback-bar");
    Button play = new Button();
    play.setId("play");
    play.graphicProperty().bind(Bindings.createObjectBinding(
        () -> Icons.of(playback.isPlaying() ? "mdi2p-pause" : "mdi2p-play"),
        playback.playingProperty()));
    play.setTooltip(new Tooltip("Play / pause the iterates one at a time (Space)"));
    play.accessibleTextProperty().bind(Bindings.when(playback.playingProperty()).then("Pause").otherwise("Play"));
    play.setOnAction(e -> playback.togglePlay());
    Button step = new Button(null, Icons.of("mdi2s-skip-next"));
    step.setId("step");
    step.setTooltip(new Tooltip("One step forward (Right arrow)"));
    step.setAccessibleText("One step forward");
    step.setOnAction(e -> playback.step());
    Button reset = new Button(null, Icons.of("mdi2r-restore"));
    reset.setId("reset");
    reset.setTooltip(new Tooltip("Back to the start point (R)"));
    reset.setAccessibleText("Back to the start point");
    reset.setOnAction(e -> playback.reset());
    Button all = new Button(null, Icons.of("mdi2s-skip-forward"));
    all.setId("show-all");
    all.setTooltip(new Tooltip("Show every step"));
    all.setAccessibleText("Show every step");
    all.setOnAction(e -> playback.showAll());
    Label position = new Label();
    position.setId("frame-label");
    position.getStyleClass().add("frame-label");
    position.textProperty().bind(Bindings.createStringBinding(
        () -> playback.isHeld() ? "hidden"
            : "step " + playback.getFrame() + " / " + playback.lastFrameProperty().get(),
        playback.frameProperty(), playback.lastFrameProperty(), playback.heldProperty()));
    // While a prediction waits for its answer the run stays hidden (how long it is would tell).
    for (Button b : new Button[] {play, step, all}) {
      b.disableProperty().bind(playback.heldProperty());
    }
    position.setMinWidth(110);
    NumberControl speed = NumberControl.of("speed, steps/s", playback.speedProperty(),
        PlaybackModel.MIN_SPEED, PlaybackModel.MAX_SPEED, SliderScale.LOG);
    speed.setId("speed");
    speed.setPrefWidth(230);
    getChildren().addAll(play, step, reset, all, position, speed);
    setAlignment(Pos.CENTER_LEFT);
    setSpacing(6);
  }
}
