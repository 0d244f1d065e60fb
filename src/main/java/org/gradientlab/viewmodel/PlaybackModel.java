package org.gradientlab.viewmodel;

import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * Which step the views show, for watching iterates appear one at a time: play / pause / single step
 * / reset at an adjustable speed. While nothing is playing and the frame is at the end, a new result
 * is shown whole (dragging a slider is live); a student who stepped to frame k keeps frame k.
 * While {@link #hold held} (a lesson's prediction is not answered yet) only the start point shows
 * and nothing plays, whatever results come.
 */
public final class PlaybackModel {

  public static final double MIN_SPEED = 1;
  public static final double MAX_SPEED = 500;

  private final ReadOnlyIntegerWrapper frame = new ReadOnlyIntegerWrapper(0);
  private final ReadOnlyIntegerWrapper lastFrame = new ReadOnlyIntegerWrapper(0);
  private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper held = new ReadOnlyBooleanWrapper(false);
  private final DoubleProperty speed = new SimpleDoubleProperty(20);
  private double carry;
  private AnimationTimer timer;

  /** The last step drawn (0 = only the start point). */
  public ReadOnlyIntegerProperty frameProperty() {
    return frame.getReadOnlyProperty();
  }

  public int getFrame() {
    return frame.get();
  }

  /** The last step there is to show. */
  public ReadOnlyIntegerProperty lastFrameProperty() {
    return lastFrame.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty playingProperty() {
    return playing.getReadOnlyProperty();
  }

  public boolean isPlaying() {
    return playing.get();
  }

  /** Steps per second while playing. */
  public DoubleProperty speedProperty() {
    return speed;
  }

  /** Whether the run is hidden until {@link #release}: frame 0, nothing plays. */
  public ReadOnlyBooleanProperty heldProperty() {
    return held.getReadOnlyProperty();
  }

  public boolean isHeld() {
    return held.get();
  }

  /** Hides the run: back to the start point, paused, and kept there until {@link #release}. */
  public void hold() {
    pause();
    held.set(true);
    frame.set(0);
  }

  /** Lets the run be shown again (paused at the start point; {@link #play} shows it). */
  public void release() {
    held.set(false);
  }

  /** A new result has {@code last} as its last step. */
  public void resultChanged(int last) {
    if (held.get()) {
      lastFrame.set(Math.max(0, last));
      frame.set(0);
      return;
    }
    boolean atEnd = frame.get() >= lastFrame.get();
    lastFrame.set(Math.max(0, last));
    if (atEnd && !playing.get()) {
      frame.set(lastFrame.get());
    } else {
      frame.set(Math.min(frame.get(), lastFrame.get()));
    }
  }

  /** Play from here; from the start when already at the end. */
  public void play() {
    if (held.get()) {
      return;
    }
    if (frame.get() >= lastFrame.get()) {
      frame.set(0);
    }
    carry = 0;
    playing.set(true);
    startTimer();
  }

  public void pause() {
    playing.set(false);
    stopTimer();
  }

  public void togglePlay() {
    if (playing.get()) {
      pause();
    } else {
      play();
    }
  }

  /** One step forward; at the end, the first step again (θ₀ → θ₁). */
  public void step() {
    pause();
    if (held.get()) {
      return;
    }
    frame.set(frame.get() >= lastFrame.get() ? Math.min(1, lastFrame.get()) : frame.get() + 1);
  }

  /** Back to the start point, paused. */
  public void reset() {
    pause();
    frame.set(0);
  }

  /** Every step at once, paused. */
  public void showAll() {
    pause();
    if (held.get()) {
      return;
    }
    frame.set(lastFrame.get());
  }

  /** Advances by {@code seconds} of play time; stops at the end. Called by the animation timer. */
  public void advance(double seconds) {
    if (!playing.get()) {
      return;
    }
    carry += seconds * speed.get();
    int whole = (int) carry;
    carry -= whole;
    int next = Math.min(lastFrame.get(), frame.get() + whole);
    frame.set(next);
    if (next >= lastFrame.get()) {
      pause();
    }
  }

  private void startTimer() {
    if (timer == null) {
      timer =
          new AnimationTimer() {
            private long last = -1;

            @Override
            public void handle(long now) {
              if (last >= 0) {
                advance((now - last) / 1e9);
              }
              last = now;
            }

            @Override
            public void stop() {
              super.stop();
              last = -1;
            }
          };
    }
    timer.start();
  }

  private void stopTimer() {
    if (timer != null) {
      timer.stop();
    }
  }

  BooleanProperty playingForTests() {
    return playing;
  }

  IntegerProperty frameForTests() {
    return frame;
  }
}
