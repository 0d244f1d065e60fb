package org.gradientlab.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gradientlab.data.ToyDatasets;
import org.gradientlab.net.Activation;
import org.gradientlab.net.Initialization;
import org.gradientlab.net.NetLayout;
import org.gradientlab.net.NetObjective;
import org.gradientlab.net.SliceObjective;
import org.gradientlab.net.TrainingSession;
import org.gradientlab.net.TrainingSnapshot;
import org.gradientlab.net.TrajectoryPlane;
import org.gradientlab.net.WeightSlice;
import org.gradientlab.optimizer.Adam;
import org.gradientlab.plot.FittedFrame;
import org.gradientlab.plot.Heatmap;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The net lab's engine figures: one full-batch Adam update on 200 spiral points, one chunk as the
 * app trains it (5 updates, the snapshot and the 120 × 120 decision picture), and the 200 × 200
 * weight-space slice, random (filter-normalised) and through the training path (the app's default,
 * for a path of the app's longest kept length), with the cost of choosing that plane. {@code hidden} "5,5" is the ~50-weight net of the targets (51 weights);
 * "12,12" (205 weights) is the app's default for spirals; "12,12,12,12,12,12" the 7-layer 829-weight net.
 * The coarse 60 × 60 slice is the first picture the app shows of a new slice.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NetBench {

  @Param({"5,5", "12,12", "12,12,12,12,12,12"})
  public String hidden;

  private NetObjective loss;
  private TrainingSession session;
  private SliceObjective slice;
  private NetLayout layout;
  private List<double[]> path;
  private SliceObjective pathSlice;

  @Setup
  public void setUp() {
    List<Integer> widths = java.util.Arrays.stream(hidden.split(",")).map(Integer::parseInt).toList();
    layout = new NetLayout(widths, Activation.TANH);
    loss = new NetObjective(layout, ToyDatasets.spirals(200, 0.05, 7), 0);
    double[] theta = layout.initialWeights(Initialization.XAVIER, 1);
    session = new TrainingSession(loss, Adam.withDefaults(0.02), 200, theta, 1);
    slice = new SliceObjective(loss, WeightSlice.filterNormalised(layout, theta, 3), 1);
    TrainingSession training = new TrainingSession(loss, Adam.withDefaults(0.02), 200, theta, 1);
    path = new java.util.ArrayList<>();
    path.add(theta);
    for (int i = 0; i < 2048; i++) { // NetModel.MAX_HISTORY: the longest path the app keeps
      path.add(training.advance(1).theta());
    }
    WeightSlice plane = TrajectoryPlane.through(layout, path, 3).slice();
    List<double[]> projected = path.stream().map(plane::project).toList();
    pathSlice = new SliceObjective(loss, plane, FittedFrame.around(projected, 0.25, 1e-6));
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public TrajectoryPlane slicePlaneThroughAPathOf2048Points() {
    return TrajectoryPlane.through(layout, path, 3);
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Heatmap sliceHeatmap200x200ThroughThePath() {
    return Heatmap.render(pathSlice, pathSlice.domain(), 200, 200, () -> false);
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Heatmap sliceHeatmap200x200ThroughThePathOneCore() {
    return Heatmap.render(pathSlice, pathSlice.domain(), 200, 200, () -> false, false);
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Heatmap sliceCoarse60x60ThroughThePath() {
    return Heatmap.render(pathSlice, pathSlice.domain(), 60, 60, () -> false, false);
  }

  @Benchmark
  public TrainingSnapshot oneFullBatchAdamUpdate() {
    return session.advance(1);
  }

  @Benchmark
  public float[] oneAppChunkOfFiveUpdatesWithTheDecisionPicture() {
    TrainingSnapshot s = session.advance(5);
    return loss.probabilityGrid(s.theta(), loss.inputFrame(), 120, 120);
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Heatmap sliceHeatmap200x200() {
    return Heatmap.render(slice, slice.domain(), 200, 200, () -> false);
  }

  /** The same on one core: what the slice costs while training holds the other. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Heatmap sliceHeatmap200x200OneCore() {
    return Heatmap.render(slice, slice.domain(), 200, 200, () -> false, false);
  }
}
