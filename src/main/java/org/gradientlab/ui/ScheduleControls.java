package org.gradientlab.ui;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.gradientlab.optimizer.LearningRateSchedule;
import org.gradientlab.viewmodel.LabModel;

/**
 * The learning-rate schedule of the race: its kind and the parameters that kind uses (decay G,
 * every K, η_min, warm-up W). The controls follow the model (a lesson scene sets them) and write
 * a new schedule when moved.
 */
final class ScheduleControls extends VBox {

  private final LabModel model;
  private final ComboBox<LearningRateSchedule.Kind> kind = new ComboBox<>();
  private final DoubleProperty decay = new SimpleDoubleProperty();
  private final DoubleProperty every = new SimpleDoubleProperty();
  private final DoubleProperty etaMin = new SimpleDoubleProperty();
  private final DoubleProperty warmup = new SimpleDoubleProperty();
  private final NumberControl decayControl;
  private final NumberControl everyControl;
  private final NumberControl etaMinControl;
  /** Set while the controls show the model's schedule, so showing it does not write it back. */
  private boolean following;

  ScheduleControls(LabModel model) {
    super(6);
    this.model = model;
    setId("schedule-controls");
    kind.setId("schedule-kind");
    kind.getItems().setAll(LearningRateSchedule.Kind.values());
    kind.setMaxWidth(Double.MAX_VALUE);
    kind.setCellFactory(l -> new KindCell());
    kind.setButtonCell(new KindCell());
    kind.setTooltip(new Tooltip("How η changes with the step t, as torch.optim.lr_scheduler does it"));
    kind.setAccessibleText("learning-rate schedule");
    decayControl = new NumberControl("decay G", decay, 1e-4, 1, SliderScale.LOG, false);
    decayControl.setId("schedule-decay");
    everyControl = new NumberControl("every K steps", every, 1, ControlsPane.STEPS_MAX, SliderScale.LOG, true);
    everyControl.setId("schedule-every");
    etaMinControl = new NumberControl("η_min", etaMin, 1e-6, 1, SliderScale.LOG_WITH_ZERO, false);
    etaMinControl.setId("schedule-eta-min");
    NumberControl warmupControl = new NumberControl("warm-up W steps", warmup, 0, 1000, SliderScale.LINEAR, true);
    warmupControl.setId("schedule-warmup");
    getChildren().addAll(kind, decayControl, everyControl, etaMinControl, warmupControl);
    show(model.scheduleProperty().get());
    model.scheduleProperty().addListener((o, a, s) -> show(s));
    kind.valueProperty().addListener((o, a, b) -> write());
    for (DoubleProperty p : new DoubleProperty[] {decay, every, etaMin, warmup}) {
      p.addListener((o, a, b) -> write());
    }
  }

  private void show(LearningRateSchedule s) {
    following = true;
    try {
      kind.setValue(s.kind());
      decay.set(s.decay());
      every.set(s.every());
      etaMin.set(s.etaMin());
      warmup.set(s.warmup());
    } finally {
      following = false;
    }
    LearningRateSchedule.Kind k = s.kind();
    visible(decayControl, k == LearningRateSchedule.Kind.STEP || k == LearningRateSchedule.Kind.EXPONENTIAL
        || k == LearningRateSchedule.Kind.INVERSE_TIME);
    visible(everyControl, k == LearningRateSchedule.Kind.STEP);
    visible(etaMinControl, k == LearningRateSchedule.Kind.COSINE);
  }

  private void write() {
    if (following || kind.getValue() == null) {
      return;
    }
    try {
      model.scheduleProperty().set(new LearningRateSchedule(kind.getValue(), decay.get(),
          (int) Math.round(every.get()), etaMin.get(), (int) Math.round(warmup.get())));
    } catch (IllegalArgumentException e) {
      show(model.scheduleProperty().get()); // a value the schedule refuses: keep the last good one
    }
  }

  private static void visible(NumberControl c, boolean on) {
    c.setVisible(on);
    c.setManaged(on);
  }

  /** The kind with its formula. */
  private static final class KindCell extends ListCell<LearningRateSchedule.Kind> {
    @Override
    protected void updateItem(LearningRateSchedule.Kind k, boolean empty) {
      super.updateItem(k, empty);
      setText(empty || k == null ? "" : switch (k) {
        case CONSTANT -> "constant η";
        case STEP -> "step  η·G^⌊t/K⌋";
        case EXPONENTIAL -> "exponential  η·Gᵗ";
        case INVERSE_TIME -> "inverse time  η/(1 + G·t)";
        case COSINE -> "cosine  η_min + (η − η_min)(1 + cos πt/N)/2";
      });
    }
  }
}
