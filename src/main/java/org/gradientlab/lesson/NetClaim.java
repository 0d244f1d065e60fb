package org.gradientlab.lesson;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gradientlab.format.Numbers;
import org.gradientlab.net.TrainingSnapshot;
import org.gradientlab.optimizer.OptimizerCatalog;
import org.gradientlab.optimizer.OptimizerKind;
import org.gradientlab.scene.NetRun;
import org.gradientlab.scene.Workspace;
import org.gradientlab.scene.WorkspaceResult;

/**
 * A claim about a net scene's training, checked against the same updates the workspace shows.
 *
 * <p>Grammar (one per line, case-insensitive; U an update count, P a percentage, K a layer counted
 * from the input, 1 = the weights into the first hidden layer):
 * <pre>
 *   accuracy reaches P % within U updates
 *   accuracy ends above P %            |  accuracy ends below P %
 *   the loss falls below V within U updates
 *   the loss ends below V              |  the loss ends above V
 *   the loss is below V at update U                        (or above)
 *   the validation loss ends below V   |  the validation loss ends above V
 *   validation accuracy ends above P % |  validation accuracy ends below P %
 *   the gradient norm of layer K is below V at update U   (or above)
 *   the loss rises at more than N updates                 (or fewer: updates after which the
 *                                                          full training loss is higher than
 *                                                          before: the noise of small batches)
 *   training diverges [within U updates]
 *   training does not diverge
 * </pre>
 * The loss is the training loss the optimizer minimises (the L2 term included); the validation loss
 * is the cross-entropy on the examples the scene holds out ({@code validation:}), which no update
 * sees. A claim is about the race's first optimizer unless it starts "with K, " (K an optimizer of
 * the race): "with GD, the loss ends above 0.3".
 *
 * @param optimizer the optimizer the claim is about, or null for the race's first
 */
public record NetClaim(String text, int line, Kind kind, double[] numbers, OptimizerKind optimizer)
    implements LessonClaim {

  public enum Kind {
    ACCURACY_REACHES, ACCURACY_ENDS_ABOVE, ACCURACY_ENDS_BELOW, LOSS_FALLS_BELOW, LOSS_ENDS_BELOW,
    LOSS_ENDS_ABOVE, LOSS_AT_BELOW, LOSS_AT_ABOVE, LAYER_NORM_BELOW, LAYER_NORM_ABOVE, RISES_MORE,
    RISES_FEWER, DIVERGES, DIVERGES_WITHIN, DOES_NOT_DIVERGE, VALIDATION_LOSS_ENDS_BELOW,
    VALIDATION_LOSS_ENDS_ABOVE, VALIDATION_ACCURACY_ENDS_ABOVE, VALIDATION_ACCURACY_ENDS_BELOW
  }

  private static final String NUM = Claim.NUM;
  private static final String UPDATES = "\\s+updates?";
  private static final Pattern ACCURACY_REACHES = Claim.p("accuracy reaches " + NUM + "\\s*% within " + NUM + UPDATES);
  private static final Pattern ACCURACY_ENDS = Claim.p("accuracy ends (above|below) " + NUM + "\\s*%");
  private static final Pattern LOSS_FALLS = Claim.p("the loss falls below " + NUM + " within " + NUM + UPDATES);
  private static final Pattern LOSS_ENDS = Claim.p("the loss ends (above|below) " + NUM);
  private static final Pattern LOSS_AT = Claim.p("the loss is (above|below) " + NUM + " at update " + NUM);
  private static final Pattern RISES = Claim.p("the loss rises at (more|fewer) than " + NUM + UPDATES);
  private static final Pattern VALIDATION_LOSS_ENDS = Claim.p("the validation loss ends (above|below) " + NUM);
  private static final Pattern VALIDATION_ACCURACY_ENDS = Claim.p("validation accuracy ends (above|below) "
      + NUM + "\\s*%");
  private static final Pattern WITH = Pattern.compile("(?i)\\s*with\\s+([^,\\s]+)\\s*,\\s*(.*)");
  private static final Pattern LAYER_NORM = Claim.p("the gradient norm of layer " + NUM
      + " is (above|below) " + NUM + " at update " + NUM);
  private static final Pattern DIVERGES_WITHIN = Claim.p("training diverges within " + NUM + UPDATES);
  private static final Pattern DIVERGES = Claim.p("training diverges");
  private static final Pattern NOT_DIVERGES = Claim.p("training does not diverge");

  public static NetClaim parse(String text, int line) {
    return parse(text, line, OptimizerCatalog.standard());
  }

  /** Reads a claim; "with K, " names K of {@code catalog}. */
  public static NetClaim parse(String text, int line, OptimizerCatalog catalog) {
    Matcher with = WITH.matcher(text);
    if (with.matches()) {
      OptimizerKind k = catalog.kind(with.group(1));
      NetClaim c = parse(with.group(2), line, catalog);
      return new NetClaim(text.trim(), line, c.kind, c.numbers, k);
    }
    Matcher m;
    if ((m = ACCURACY_REACHES.matcher(text)).matches()) {
      return of(text, line, Kind.ACCURACY_REACHES, percent(m.group(1)), Claim.steps(m.group(2)));
    }
    if ((m = ACCURACY_ENDS.matcher(text)).matches()) {
      return of(text, line, m.group(1).equalsIgnoreCase("above") ? Kind.ACCURACY_ENDS_ABOVE
          : Kind.ACCURACY_ENDS_BELOW, percent(m.group(2)));
    }
    if ((m = LOSS_FALLS.matcher(text)).matches()) {
      return of(text, line, Kind.LOSS_FALLS_BELOW, Claim.num(m.group(1)), Claim.steps(m.group(2)));
    }
    if ((m = LOSS_ENDS.matcher(text)).matches()) {
      return of(text, line, m.group(1).equalsIgnoreCase("above") ? Kind.LOSS_ENDS_ABOVE
          : Kind.LOSS_ENDS_BELOW, Claim.num(m.group(2)));
    }
    if ((m = LOSS_AT.matcher(text)).matches()) {
      return of(text, line, m.group(1).equalsIgnoreCase("above") ? Kind.LOSS_AT_ABOVE
          : Kind.LOSS_AT_BELOW, Claim.num(m.group(2)), Claim.steps(m.group(3)));
    }
    if ((m = RISES.matcher(text)).matches()) {
      return of(text, line, m.group(1).equalsIgnoreCase("more") ? Kind.RISES_MORE : Kind.RISES_FEWER,
          Claim.steps(m.group(2)));
    }
    if ((m = VALIDATION_LOSS_ENDS.matcher(text)).matches()) {
      return of(text, line, m.group(1).equalsIgnoreCase("above") ? Kind.VALIDATION_LOSS_ENDS_ABOVE
          : Kind.VALIDATION_LOSS_ENDS_BELOW, Claim.num(m.group(2)));
    }
    if ((m = VALIDATION_ACCURACY_ENDS.matcher(text)).matches()) {
      return of(text, line, m.group(1).equalsIgnoreCase("above") ? Kind.VALIDATION_ACCURACY_ENDS_ABOVE
          : Kind.VALIDATION_ACCURACY_ENDS_BELOW, percent(m.group(2)));
    }
    if ((m = LAYER_NORM.matcher(text)).matches()) {
      double layer = Claim.num(m.group(1));
      if (layer != Math.rint(layer) || layer < 1) {
        throw new IllegalArgumentException("a layer is counted from 1 (the weights into the first"
            + " hidden layer), not " + m.group(1));
      }
      return of(text, line, m.group(2).equalsIgnoreCase("above") ? Kind.LAYER_NORM_ABOVE
          : Kind.LAYER_NORM_BELOW, layer, Claim.num(m.group(3)), Claim.steps(m.group(4)));
    }
    if ((m = DIVERGES_WITHIN.matcher(text)).matches()) {
      return of(text, line, Kind.DIVERGES_WITHIN, Claim.steps(m.group(1)));
    }
    if (DIVERGES.matcher(text).matches()) {
      return of(text, line, Kind.DIVERGES);
    }
    if (NOT_DIVERGES.matcher(text).matches()) {
      return of(text, line, Kind.DOES_NOT_DIVERGE);
    }
    throw new IllegalArgumentException("cannot read the claim '" + text.trim() + "' about a net;"
        + " claims look like 'accuracy reaches 100 % within 300 updates', 'the loss ends below 0.1',"
        + " 'the loss is below 0.3 at update 50', 'the validation loss ends below 0.3',"
        + " 'with GD, the loss ends above 0.5', 'the gradient norm of layer 1 is below 1e-2 at update 100',"
        + " 'the loss rises at more than 100 updates', 'training does not diverge'");
  }

  private static double percent(String s) {
    double p = Claim.num(s);
    if (p < 0 || p > 100) {
      throw new IllegalArgumentException("a percentage is between 0 and 100, not " + s);
    }
    return p;
  }

  private static NetClaim of(String text, int line, Kind kind, double... numbers) {
    return new NetClaim(text.trim(), line, kind, numbers, null);
  }

  @Override
  public Workspace workspace() {
    return Workspace.NETS;
  }

  @Override
  public int stepNamed() {
    return switch (kind) {
      case ACCURACY_REACHES, LOSS_FALLS_BELOW, LOSS_AT_BELOW, LOSS_AT_ABOVE -> (int) numbers[1];
      case LAYER_NORM_BELOW, LAYER_NORM_ABOVE -> (int) numbers[2];
      case DIVERGES_WITHIN -> (int) numbers[0];
      default -> -1;
    };
  }

  @Override
  public Claim.Verdict check(WorkspaceResult result) {
    if (!(result instanceof NetRun race)) {
      return new Claim.Verdict(false, "this claim is about a neural-net scene");
    }
    if (optimizer != null && !race.scene().optimizers().contains(optimizer)) {
      return new Claim.Verdict(false, optimizer.label() + " does not train in this scene");
    }
    NetRun r = optimizer == null ? race : race.of(optimizer);
    TrainingSnapshot last = r.last();
    boolean validationClaim = kind.name().startsWith("VALIDATION");
    if (validationClaim && r.scene().validation() == 0) {
      return new Claim.Verdict(false, "this scene holds no examples out (validation: 0)");
    }
    return switch (kind) {
      case ACCURACY_REACHES -> {
        int at = first(r, (int) numbers[1], s -> s.accuracy() * 100 >= numbers[0] - 1e-9);
        yield new Claim.Verdict(at >= 0, at >= 0 ? "accuracy reaches " + percent(r.at(at).accuracy())
            + " at update " + at : "accuracy is at most " + percent(best(r, (int) numbers[1])) + " by update "
            + (int) numbers[1]);
      }
      case ACCURACY_ENDS_ABOVE -> new Claim.Verdict(last.accuracy() * 100 > numbers[0],
          "accuracy ends at " + percent(last.accuracy()));
      case ACCURACY_ENDS_BELOW -> new Claim.Verdict(last.accuracy() * 100 < numbers[0],
          "accuracy ends at " + percent(last.accuracy()));
      case LOSS_FALLS_BELOW -> {
        int at = first(r, (int) numbers[1], s -> s.loss() < numbers[0]);
        yield new Claim.Verdict(at >= 0, at >= 0 ? "the loss is " + Numbers.compact(r.at(at).loss())
            + " at update " + at : "the loss is " + Numbers.compact(r.at((int) numbers[1]).loss())
            + " at update " + (int) numbers[1]);
      }
      case LOSS_ENDS_BELOW -> new Claim.Verdict(last.loss() < numbers[0],
          "the loss ends at " + Numbers.compact(last.loss()));
      case LOSS_ENDS_ABOVE -> new Claim.Verdict(last.loss() > numbers[0],
          "the loss ends at " + Numbers.compact(last.loss()));
      case LOSS_AT_BELOW, LOSS_AT_ABOVE -> {
        double loss = r.at((int) numbers[1]).loss();
        yield new Claim.Verdict(kind == Kind.LOSS_AT_BELOW ? loss < numbers[0] : loss > numbers[0],
            "the loss is " + Numbers.compact(loss) + " at update " + (int) numbers[1]);
      }
      case VALIDATION_LOSS_ENDS_BELOW -> new Claim.Verdict(last.validationLoss() < numbers[0],
          "the validation loss ends at " + Numbers.compact(last.validationLoss()));
      case VALIDATION_LOSS_ENDS_ABOVE -> new Claim.Verdict(last.validationLoss() > numbers[0],
          "the validation loss ends at " + Numbers.compact(last.validationLoss()));
      case VALIDATION_ACCURACY_ENDS_ABOVE -> new Claim.Verdict(last.validationAccuracy() * 100 > numbers[0],
          "validation accuracy ends at " + percent(last.validationAccuracy()));
      case VALIDATION_ACCURACY_ENDS_BELOW -> new Claim.Verdict(last.validationAccuracy() * 100 < numbers[0],
          "validation accuracy ends at " + percent(last.validationAccuracy()));
      case LAYER_NORM_BELOW, LAYER_NORM_ABOVE -> layerNorm(r);
      case RISES_MORE, RISES_FEWER -> {
        int rises = rises(r);
        yield new Claim.Verdict(kind == Kind.RISES_MORE ? rises > numbers[0] : rises < numbers[0],
            "the loss rises at " + rises + " of " + (r.snapshots().length - 1) + " updates");
      }
      case DIVERGES -> new Claim.Verdict(r.divergedAt() >= 0, divergence(r));
      case DIVERGES_WITHIN -> new Claim.Verdict(r.divergedAt() >= 0 && r.divergedAt() <= numbers[0],
          divergence(r));
      case DOES_NOT_DIVERGE -> new Claim.Verdict(r.divergedAt() < 0, divergence(r));
    };
  }

  private Claim.Verdict layerNorm(NetRun r) {
    int layer = (int) numbers[0];
    int update = (int) numbers[2];
    double[] norms = r.at(update).layerGradientNorms();
    if (layer > norms.length) {
      return new Claim.Verdict(false, "the net has " + norms.length + " weight layers");
    }
    double norm = norms[layer - 1];
    boolean holds = kind == Kind.LAYER_NORM_BELOW ? norm < numbers[1] : norm > numbers[1];
    return new Claim.Verdict(holds, "the gradient norm of layer " + layer + " is " + Numbers.compact(norm)
        + " at update " + update);
  }

  private static String divergence(NetRun r) {
    return r.divergedAt() >= 0 ? "training diverged at update " + r.divergedAt()
        : "training stays finite for " + (r.snapshots().length - 1) + " updates";
  }

  /** Updates after which the full training loss is higher than before them (NaN never counts). */
  private static int rises(NetRun r) {
    int rises = 0;
    for (int k = 1; k < r.snapshots().length; k++) {
      if (r.at(k).loss() > r.at(k - 1).loss()) {
        rises++;
      }
    }
    return rises;
  }

  /** The first update ≤ {@code until} where {@code test} holds, or −1. */
  private static int first(NetRun r, int until, java.util.function.Predicate<TrainingSnapshot> test) {
    for (int k = 0; k <= until; k++) {
      if (test.test(r.at(k))) {
        return k;
      }
    }
    return -1;
  }

  private static double best(NetRun r, int until) {
    double best = 0;
    for (int k = 0; k <= until; k++) {
      best = Math.max(best, r.at(k).accuracy());
    }
    return best;
  }

  private static String percent(double fraction) {
    return Numbers.compact(fraction * 100) + " %";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NetClaim c && c.text.equals(text) && c.line == line && c.kind == kind
        && Arrays.equals(c.numbers, numbers) && java.util.Objects.equals(c.optimizer, optimizer);
  }

  @Override
  public int hashCode() {
    return text.hashCode() * 31 + line;
  }

  @Override
  public String toString() {
    return text;
  }
}
