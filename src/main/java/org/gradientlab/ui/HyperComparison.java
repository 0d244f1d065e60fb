package org.gradientlab.ui;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import org.gradientlab.format.Numbers;
import org.gradientlab.hyper.OuterLoop;
import org.gradientlab.viewmodel.HyperModel;

/**
 * Hypergradient descent (so far) beside grid and random search on the same problem: trials, the
 * inner L-BFGS iterations and CG iterations they spent, wall time, and the best λ and C(λ) found.
 */
public final class HyperComparison extends GridPane {

  private static final String[] HEADERS = {"method", "λ tried", "inner its", "CG its", "ms", "best λ",
      "best C"};

  private final HyperModel model;

  public HyperComparison(HyperModel model) {
    this.model = model;
    getStyleClass().add("hyper-comparison");
    setHgap(12);
    setVgap(3);
    for (int i = 0; i < HEADERS.length; i++) {
      ColumnConstraints c = new ColumnConstraints();
      c.setHalignment(i == 0 ? HPos.LEFT : HPos.RIGHT);
      getColumnConstraints().add(c);
    }
    model.curvesProperty().addListener((o, a, b) -> refresh());
    model.stateProperty().addListener((o, a, b) -> refresh());
    model.iterates().addListener((ListChangeListener<OuterLoop.Iterate>) c -> refresh());
    refresh();
  }

  private void refresh() {
    getChildren().clear();
    for (int i = 0; i < HEADERS.length; i++) {
      Label h = new Label(HEADERS[i]);
      h.getStyleClass().add("table-header");
      add(h, i, 0);
    }
    int row = 1;
    List<OuterLoop.Iterate> its = model.iterates();
    HyperModel.LoopState st = model.stateProperty().get();
    String name = "hypergradient (" + (model.modeProperty().get() == OuterLoop.Mode.HOAG ? "HOAG" : "exact")
        + (model.objectiveProperty().get() == org.gradientlab.hyper.OuterObjective.TRAINING
            ? ") on the training loss" : "), so far");
    if (its.isEmpty() || st == null) {
      addRow(row++, name, "0", "0", "0", "0", "—", "—");
    } else {
      OuterLoop.Iterate best = its.get(0);
      for (OuterLoop.Iterate it : its) {
        if (it.outerValue() < best.outerValue()) {
          best = it;
        }
      }
      addRow(row++, name, Integer.toString(its.size()), Long.toString(st.innerIterations()),
          Long.toString(st.cgIterations()), ms(st.millis()), n(best.lambda()), n(best.outerValue()));
    }
    HyperModel.Curves c = model.curvesProperty().get();
    if (c == null || c.problem() != model.problemProperty().get()) {
      addRow(row, "grid and random search", "computing…", "", "", "", "", "");
      return;
    }
    for (HyperModel.Baseline b : c.baselines()) {
      addRow(row++, b.method(), Integer.toString(b.trials()), Long.toString(b.innerIterations()), "—",
          ms(b.millis()), n(b.bestLambda()), n(b.bestValue()));
    }
    int best = c.validation().argmin();
    addRow(row, "reference: dense curve", Integer.toString(c.validation().values().length), "", "", "",
        n(Math.exp(c.validation().logLambdas()[best])), n(c.validation().values()[best]));
  }

  private void addRow(int row, String... cells) {
    for (int i = 0; i < cells.length; i++) {
      Label l = new Label(cells[i]);
      l.getStyleClass().add(i == 0 ? "table-name" : "table-cell");
      add(l, i, row);
    }
  }

  private static String ms(double millis) {
    return millis < 10 ? Numbers.compact(Math.round(millis * 10) / 10.0) : Long.toString(Math.round(millis));
  }

  private static String n(double v) {
    return Numbers.compact(HeatmapPainter.round3(v));
  }
}
