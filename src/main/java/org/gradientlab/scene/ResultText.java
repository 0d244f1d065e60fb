package org.gradientlab.scene;

import java.util.ArrayList;
import java.util.List;
import org.gradientlab.format.Numbers;
import org.gradientlab.hyper.OuterLoop;
import org.gradientlab.net.TrainingSnapshot;
import org.gradientlab.run.OutcomeText;
import org.gradientlab.run.Trajectory;

/**
 * How a run of any workspace ended, in the lines the command line prints and {@code --check-lessons}
 * lists: one per optimizer of a race, one for a net's training, one for an outer loop.
 */
public final class ResultText {

  private ResultText() {}

  public static List<String> lines(WorkspaceResult r) {
    List<String> out = new ArrayList<>();
    if (r instanceof SceneResult lab) {
      for (Trajectory t : lab.trajectories()) {
        out.add(t.optimizer().kind().label() + ": " + OutcomeText.summary(t, lab.view()));
      }
    } else if (r instanceof NetRun net) {
      for (var k : net.scene().optimizers()) {
        out.add(net(net.of(k)));
      }
    } else if (r instanceof HyperRun hyper) {
      out.add(hyper(hyper));
    }
    return out;
  }

  private static String net(NetRun r) {
    TrainingSnapshot last = r.last();
    String who = r.scene().optimizer().label() + " on " + r.scene().dataName() + ", "
        + r.scene().layout().describe();
    if (r.divergedAt() >= 0) {
      return who + ": diverged at update " + r.divergedAt() + " (the loss is no longer a finite number)";
    }
    String validation = r.scene().validation() == 0 ? ""
        : "; validation loss " + Numbers.compact(last.validationLoss()) + ", accuracy "
            + Numbers.compact(last.validationAccuracy() * 100) + " %";
    return who + ": after " + last.updates() + " updates (" + Numbers.compact(last.epochs()) + " epochs)"
        + " loss " + Numbers.compact(last.loss()) + ", accuracy " + Numbers.compact(last.accuracy() * 100) + " %"
        + validation;
  }

  private static String hyper(HyperRun r) {
    String verdict = switch (r.verdict()) {
      case RUNNING -> "still running";
      case CONVERGED -> "converged";
      case AT_LOWER_END -> "stopped at the lower end of the range";
      case AT_UPPER_END -> "stopped at the upper end of the range";
    };
    List<OuterLoop.Iterate> its = r.iterates();
    String c = its.isEmpty() ? "" : ", C = " + Numbers.compact(its.get(its.size() - 1).validationLoss());
    return r.scene().method().name() + " on " + r.scene().problem() + ": " + its.size()
        + " outer iterations, log λ = " + Numbers.compact(Math.round(Math.log(r.acceptedLambda()) * 1000) / 1000.0)
        + c + " (" + verdict + ")";
  }
}
