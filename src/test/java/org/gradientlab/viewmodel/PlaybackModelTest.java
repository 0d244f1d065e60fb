package org.gradientlab.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaybackModelTest {

  private final PlaybackModel p = new PlaybackModel();

  @Test
  void aNewResultIsShownWholeUnlessTheStudentSteppedIntoIt() {
    p.resultChanged(100);
    assertThat(p.getFrame()).isEqualTo(100);
    p.reset();
    p.step();
    p.step();
    p.resultChanged(50);
    assertThat(p.getFrame()).isEqualTo(2);
    p.resultChanged(1);
    assertThat(p.getFrame()).isEqualTo(1);
  }

  @Test
  void aHeldRunShowsOnlyTheStartPointWhateverComesUntilReleased() {
    p.resultChanged(100);
    p.hold();
    assertThat(p.getFrame()).isZero();
    p.resultChanged(80);
    p.step();
    p.showAll();
    assertThat(p.getFrame()).isZero();
    assertThat(p.lastFrameProperty().get()).isEqualTo(80);
    p.release();
    p.step();
    assertThat(p.getFrame()).isEqualTo(1);
  }

  @Test
  void steppingAtTheEndStartsAgainAtTheFirstStep() {
    p.resultChanged(10);
    p.step();
    assertThat(p.getFrame()).isEqualTo(1);
  }

  @Test
  void playingAdvancesBySpeedTimesTimeAndStopsAtTheEnd() {
    p.resultChanged(100);
    p.speedProperty().set(20);
    p.reset();
    p.playingForTests().set(true); // as play() does, without an FX animation timer
    p.advance(0.5);
    assertThat(p.getFrame()).isEqualTo(10);
    p.advance(0.01);
    p.advance(0.04);
    assertThat(p.getFrame()).isEqualTo(11);
    p.advance(100);
    assertThat(p.getFrame()).isEqualTo(100);
    assertThat(p.isPlaying()).isFalse();
  }
}
