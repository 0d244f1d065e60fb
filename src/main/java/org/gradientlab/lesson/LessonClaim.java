package org.gradientlab.lesson;

import org.gradientlab.optimizer.OptimizerCatalog;
import org.gradientlab.scene.Workspace;
import org.gradientlab.scene.WorkspaceResult;

/**
 * A checkable statement of a lesson step about the run of its scene: {@link Claim} for the
 * optimizer lab, {@link NetClaim} for the neural nets, {@link HyperClaim} for the hypergradients.
 * Checked by the tests, by {@code --check-lessons} and, live, next to the text in the app.
 */
public sealed interface LessonClaim permits Claim, NetClaim, HyperClaim {

  String text();

  int line();

  Workspace workspace();

  /** Checks the claim against a run of its step's scene. */
  Claim.Verdict check(WorkspaceResult r);

  /**
   * The step, update or outer iteration the claim needs the scene's run to reach, or −1; a claim
   * naming one the scene never reaches is refused when the lesson is read.
   */
  int stepNamed();

  /** Reads one claim about a scene of workspace {@code w}; the message says what the grammar expects. */
  static LessonClaim parse(String text, int line, Workspace w, OptimizerCatalog catalog) {
    return switch (w) {
      case LAB -> Claim.parse(text, line, catalog);
      case NETS -> NetClaim.parse(text, line, catalog);
      case HYPER -> HyperClaim.parse(text, line);
    };
  }
}
