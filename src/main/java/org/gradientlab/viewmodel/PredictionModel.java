package org.gradientlab.viewmodel;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.gradientlab.format.Numbers;
import org.gradientlab.lesson.Expected;
import org.gradientlab.lesson.LessonProgress;
import org.gradientlab.lesson.Prediction;
import org.gradientlab.math.Point;
import org.gradientlab.optimizer.Hyperparameter;
import org.gradientlab.optimizer.OptimizerKind;

/**
 * The prediction of the lesson step on screen: the run is held hidden ({@link PlaybackModel#hold})
 * until the student answers; an answer is judged against the engine's, the feedback says how far it
 * was with the lesson's why line, the run plays, and the first answer goes to the progress. The
 * student may answer again (each answer gets its own feedback) and ask for the hints one by one.
 */
public final class PredictionModel {

  private final LabModel lab;
  private final ReadOnlyObjectWrapper<Prediction> prediction = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Expected> expected = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Prediction.Feedback> feedback = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyIntegerWrapper hintsShown = new ReadOnlyIntegerWrapper(0);
  private final ReadOnlyBooleanWrapper answered = new ReadOnlyBooleanWrapper(false);
  private final ObjectProperty<Point> picked = new SimpleObjectProperty<>();
  private LessonProgress progress = LessonProgress.inMemory();
  private String lesson;
  private int step = -1;
  /** Plays the run once answered: the playback's own timer, or a test's stand-in. */
  private java.util.function.Consumer<PlaybackModel> play = PlaybackModel::play;

  PredictionModel(LabModel lab) {
    this.lab = lab;
  }

  /** For tests without a toolkit, whose animation timer {@link PlaybackModel#play} needs. */
  void playWith(java.util.function.Consumer<PlaybackModel> how) {
    this.play = how;
  }

  void useProgress(LessonProgress p) {
    this.progress = p;
  }

  /** The prediction of the step on screen, or null. */
  public ReadOnlyObjectProperty<Prediction> predictionProperty() {
    return prediction.getReadOnlyProperty();
  }

  /** The engine's answer once computed (null while it is). */
  public ReadOnlyObjectProperty<Expected> expectedProperty() {
    return expected.getReadOnlyProperty();
  }

  /** How the last answer compared, or null before the first. */
  public ReadOnlyObjectProperty<Prediction.Feedback> feedbackProperty() {
    return feedback.getReadOnlyProperty();
  }

  public ReadOnlyIntegerProperty hintsShownProperty() {
    return hintsShown.getReadOnlyProperty();
  }

  /** Whether the student has answered (and the run is shown). */
  public ReadOnlyBooleanProperty answeredProperty() {
    return answered.getReadOnlyProperty();
  }

  /** The point clicked on the landscape for a point prediction, or null. */
  public ReadOnlyObjectProperty<Point> pickedProperty() {
    return picked;
  }

  /** Whether step {@code index} of {@code lessonId} is the one asked now. */
  boolean isAsking(String lessonId, int index) {
    return prediction.get() != null && lessonId.equals(lesson) && index == step;
  }

  /** Asks {@code p}, step {@code index} of {@code lessonId}: the run is hidden until an answer. */
  void ask(String lessonId, int index, Prediction p) {
    end();
    lesson = lessonId;
    step = index;
    prediction.set(p);
    lab.playback().hold();
    if (p.kind() == Prediction.Kind.POINT) {
      lab.pointPickerProperty().set(at -> {
        picked.set(at);
        lab.guessProperty().set(at);
      });
    }
  }

  /** The engine's answer for the prediction asked; ignored when another is asked by now. */
  void expected(Prediction p, Expected e) {
    if (prediction.get() == p) {
      expected.set(e);
    }
  }

  /** No prediction on screen any more: the run shows and clicks move the start again. */
  void end() {
    if (lab.pointPickerProperty().get() != null) {
      lab.pointPickerProperty().set(null);
    }
    if (lab.playback().isHeld()) {
      lab.playback().release();
      lab.playback().showAll();
    }
    lab.guessProperty().set(null);
    prediction.set(null);
    expected.set(null);
    feedback.set(null);
    hintsShown.set(0);
    answered.set(false);
    picked.set(null);
    lesson = null;
    step = -1;
  }

  /** The next hint, if there is one. */
  public void showHint() {
    Prediction p = prediction.get();
    if (p != null && hintsShown.get() < p.hints().size()) {
      hintsShown.set(hintsShown.get() + 1);
    }
  }

  /** Whether an answer can be judged now: a prediction is asked and its answer computed. */
  public boolean ready() {
    return prediction.get() != null && expected.get() != null;
  }

  /** A number typed by the student ("0.03", "−0.125", "1e-3"). */
  public void answerNumber(String text) {
    double v;
    try {
      v = Numbers.parse(text.strip());
    } catch (IllegalArgumentException e) {
      v = Double.NaN;
    }
    if (!Double.isFinite(v)) {
      feedback.set(new Prediction.Feedback(false, "'" + text.strip() + "' is not a number: type one, like 0.5 or -1e-3."));
      return;
    }
    double guess = v;
    judge(p -> p.judge(expected.get(), guess));
  }

  /** One of the options. */
  public void answerChoice(String option) {
    judge(p -> p.judge(expected.get(), option));
  }

  /** The point clicked on the landscape. */
  public void answerPoint() {
    Point at = picked.get();
    if (at == null) {
      feedback.set(new Prediction.Feedback(false, "Click on the landscape first, where you expect it."));
      return;
    }
    judge(p -> p.judge(expected.get(), new double[] {at.x(), at.y()}));
  }

  /** The η the student set on the slider. */
  public void answerSlider() {
    double eta = sliderValue();
    judge(p -> p.judge(expected.get(), eta));
  }

  /** Fires when a hyperparameter changes: the η a slider answer reads may have. */
  public javafx.beans.value.ObservableValue<?> sliderChanges() {
    return lab.settingsProperty();
  }

  /** The η of the prediction's optimizer now on the slider. */
  public double sliderValue() {
    Prediction p = prediction.get();
    OptimizerKind k = p == null ? null : p.answer().subject();
    String key = Hyperparameter.LEARNING_RATE.key();
    // The settings, not the optimizer's own control: a linked slider sets the settings alone.
    return k == null ? lab.etaProperty().get() : lab.settingsProperty().get().value(k, key);
  }

  private void judge(java.util.function.Function<Prediction, Prediction.Feedback> how) {
    Prediction p = prediction.get();
    Expected e = expected.get();
    if (p == null) {
      return;
    }
    if (e == null) {
      feedback.set(new Prediction.Feedback(false, "The engine is still working out the answer; try again in a moment."));
      return;
    }
    if (!e.defined()) {
      feedback.set(new Prediction.Feedback(false, "This prediction has no well-defined answer: " + e.problem()));
      return;
    }
    Prediction.Feedback f = how.apply(p);
    progress.answered(lesson, step, f.right());
    if (!answered.get()) {
      answered.set(true);
      // The run is shown, played from its start; clicks still pick, for another answer.
      lab.playback().release();
      play.accept(lab.playback());
    }
    feedback.set(f);
  }
}
