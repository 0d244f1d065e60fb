package org.gradientlab.ui;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import org.gradientlab.format.Numbers;
import org.gradientlab.hyper.OuterLoop;
import org.gradientlab.hyper.Work;
import org.gradientlab.viewmodel.HyperModel;

/**
 * Hypergradient descent (so far) beside grid and random search on the same problem, in one unit
 * for all: passes over the training rows as the engine counted them — loss+gradient evaluations,
 * Hessian-vector products and full Hessians apart — then the best λ each found, judged by the
 * validation loss there, with the training loss there apart. (Wall time is noise at these sizes
 * and is not shown; HyperBench reports medians.)
 */
public final class HyperComparison extends GridPane {

  static final String[] HEADERS = {"method", "λ tried", "L+∇L", "Hv", "∇²L", "best λ", "C_val",
      "L_train"};

  private static final String[] TIPS = {"how λ was chosen", "values of λ tried",
      "training loss+gradient evaluations (passes over the training rows)",
      "Hessian-vector products (conjugate gradient)", "full Hessians (Newton, Cholesky)",
      "the best λ the method found", "validation loss at that λ", "training loss at that λ"};

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
      h.setMinWidth(Region.USE_PREF_SIZE);
      h.setTooltip(new javafx.scene.control.Tooltip(TIPS[i]));
      add(h, i, 0);
    }
    int row = 1;
    List<OuterLoop.Iterate> its = model.iterates();
    HyperModel.LoopState st = model.stateProperty().get();
    boolean training = model.objectiveProperty().get() == org.gradientlab.hyper.OuterObjective.TRAINING;
    String name = "hypergradient (" + (model.modeProperty().get() == OuterLoop.Mode.HOAG ? "HOAG" : "exact")
        + (training ? ") on the training loss" : "), so far");
    if (its.isEmpty() || st == null) {
      addRow(row++, name, "0", "0", "0", "0", "—", "—", "—");
    } else {
      // Its best λ by its own objective; the validation loss there is what every row is judged by.
      OuterLoop.Iterate best = its.get(0);
      for (OuterLoop.Iterate it : its) {
        if (it.outerValue() < best.outerValue()) {
          best = it;
        }
      }
      Work w = st.work();
      addRow(row++, name + shortNote(st.shortSolves()), Integer.toString(its.size()),
          Long.toString(w.gradients()), Long.toString(w.hessianVectors()), Long.toString(w.hessians()),
          n(best.lambda()), n(best.validationLoss()), n(best.trainLoss()));
    }
    HyperModel.Curves c = model.curvesProperty().get();
    if (c == null || c.problem() != model.problemProperty().get()) {
      addRow(row, "grid and random search", "computing…", "", "", "", "", "", "");
      return;
    }
    for (HyperModel.Baseline b : c.baselines()) {
      addRow(row++, b.method() + shortNote(b.shortSolves()), Integer.toString(b.trials()),
          Long.toString(b.work().gradients()), "0", "0", n(b.bestLambda()), n(b.validationLoss()),
          n(b.trainLoss()));
    }
    int best = c.validation().argmin();
    addRow(row, "reference: dense curve", Integer.toString(c.validation().values().length), "", "", "",
        n(Math.exp(c.validation().logLambdas()[best])), n(c.validation().values()[best]),
        n(c.training().values()[best]));
  }

  /** Says how many inner solves stopped short of their tolerance (iteration cap or rounding floor). */
  static String shortNote(int shortSolves) {
    return shortSolves == 0 ? "" : "  (" + shortSolves + (shortSolves == 1 ? " solve" : " solves")
        + " short of tolerance)";
  }

  private void addRow(int row, String... cells) {
    for (int i = 0; i < cells.length; i++) {
      Label l = new Label(cells[i]);
      l.getStyleClass().add(i == 0 ? "table-name" : "table-cell");
      if (i > 0) {
        l.setMinWidth(Region.USE_PREF_SIZE);
      }
      l.setId("comparison-" + row + "-" + i);
      add(l, i, row);
    }
  }

  private static String n(double v) {
    return Numbers.compact(HeatmapPainter.round3(v));
  }
}
