package org.gradientlab.ui;

import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import org.gradientlab.format.Numbers;
import org.gradientlab.hyper.MethodComparison;

/**
 * Every way of choosing λ on the problem in one table (random search and BO: medians over seeds):
 * the λ tried, inner iterations, passes over the training rows (L+∇L; Hv and ∇²L apart), the best
 * λ and C there, and what it took to get within 1 % of the dense-grid best.
 */
final class MethodTable extends GridPane {

  static final String[] HEADERS = {"method", "λ tried", "inner it.", "L+∇L", "Hv · ∇²L", "best λ", "C_val",
      "to 1 %"};
  private static final String[] TIPS = {"how λ was chosen (random search and BO: medians over seeds)",
      "values of λ evaluated", "inner solver iterations (L-BFGS or Newton steps)",
      "training loss+gradient evaluations: passes over the training rows",
      "Hessian-vector products (HOAG's conjugate gradient) · full Hessians (exact: Newton, Cholesky)",
      "the best λ found", "validation loss at that λ (descent: an exact solve there)",
      "λ tried and L+∇L spent when it first stood within 1 % of the dense-grid best"};
  private final Label note = new Label();

  MethodTable() {
    getStyleClass().add("hyper-comparison");
    setHgap(10);
    setVgap(3);
    for (int i = 0; i < HEADERS.length; i++) {
      ColumnConstraints c = new ColumnConstraints();
      c.setHalignment(i == 0 ? HPos.LEFT : HPos.RIGHT);
      getColumnConstraints().add(c);
    }
    show(null, 0);
  }

  void show(MethodComparison.Table t, double progress) {
    getChildren().clear();
    for (int i = 0; i < HEADERS.length; i++) {
      Label h = new Label(HEADERS[i]);
      h.getStyleClass().add("table-header");
      h.setMinWidth(Region.USE_PREF_SIZE);
      h.setTooltip(new Tooltip(TIPS[i]));
      add(h, i, 0);
    }
    if (t == null) {
      cell(1, 0, "computing every method (" + Math.round(progress * 100) + " %)…");
      return;
    }
    int row = 1;
    StringBuilder seeds = new StringBuilder();
    for (MethodComparison.Row r : t.rows()) {
      cell(row, 0, CostBarChart.shortName(r.method()) + (r.runs() > 1 ? " *" : ""));
      cell(row, 1, whole(r.evaluations()));
      cell(row, 2, whole(r.innerIterations()));
      cell(row, 3, whole(r.gradients()));
      cell(row, 4, whole(r.hessianVectors()) + " · " + whole(r.hessians()));
      cell(row, 5, n(r.bestLambda()));
      cell(row, 6, n(r.bestValue()));
      cell(row, 7, r.reachedWithin() ? whole(r.evaluationsToReach()) + " λ, " + whole(r.gradientsToReach()) + " L+∇L"
          : "never");
      if (r.runs() > 1) {
        seeds.append(seeds.length() == 0 ? "" : ";  ").append(CostBarChart.shortName(r.method())).append(": ")
            .append(r.reached()).append(" of ").append(r.runs()).append(" seeds reached 1 %");
      }
      row++;
    }
    cell(row, 0, "dense curve (160 exact solves)");
    cell(row, 5, n(Math.exp(t.optimumLogLambda())));
    cell(row, 6, n(t.optimum()));
    note.setText("* medians over seeds, each column its own median (the λ and C of the median run by C);  " + seeds);
    note.setWrapText(true);
    note.setMaxWidth(520);
    note.getStyleClass().setAll("label", "caption");
    note.setId("methods-note");
    add(note, 0, row + 1, HEADERS.length, 1);
  }

  private void cell(int row, int col, String text) {
    Label l = new Label(text);
    l.getStyleClass().add(col == 0 ? "table-name" : "table-cell");
    l.setMinWidth(Region.USE_PREF_SIZE);
    l.setId("methods-" + row + "-" + col);
    add(l, col, row);
  }

  private static String whole(double v) {
    return Double.isNaN(v) ? "—" : Long.toString(Math.round(v));
  }

  private static String n(double v) {
    return Numbers.compact(HeatmapPainter.round3(v));
  }
}
