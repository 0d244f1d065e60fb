package org.gradientlab.ui;

import javafx.application.Platform;

/**
 * Folds any number of redraw requests made in one turn of the FX thread into one redraw: a new
 * result and the playback frame that follows it repaint a canvas once, not twice.
 */
final class CoalescingRedraw {

  private final Runnable redraw;
  private boolean pending;

  CoalescingRedraw(Runnable redraw) {
    this.redraw = redraw;
  }

  void request() {
    if (!pending) {
      pending = true;
      Platform.runLater(
          () -> {
            pending = false;
            redraw.run();
          });
    }
  }
}
