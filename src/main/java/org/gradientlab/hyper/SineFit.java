package org.gradientlab.hyper;

import java.util.List;
import java.util.SplittableRandom;
import org.gradientlab.data.Dataset;
import org.gradientlab.data.Standardizer;

/**
 * The classic over-fitting picture: y = sin 2πx + noise at a few points, fitted by a degree-9
 * polynomial with ridge regression on features (x, x², …, x⁹), standardised with the training
 * statistics. With λ near 0 the curve threads every training point and swings wildly between them;
 * with a large λ it flattens toward the mean; a validation set tells the two failures apart.
 */
public final class SineFit {

  public static final int DEGREE = 9;
  public static final double NOISE = 0.25;

  private final double[] trainX;
  private final double[] trainY;
  private final double[] validationX;
  private final double[] validationY;
  private final Standardizer standardizer;
  private final RidgeProblem problem;

  public SineFit(int trainPoints, int validationPoints, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    trainX = new double[trainPoints];
    trainY = new double[trainPoints];
    validationX = new double[validationPoints];
    validationY = new double[validationPoints];
    for (int i = 0; i < trainPoints; i++) {
      trainX[i] = r.nextDouble();
      trainY[i] = Math.sin(2 * Math.PI * trainX[i]) + NOISE * r.nextGaussian();
    }
    for (int i = 0; i < validationPoints; i++) {
      validationX[i] = r.nextDouble();
      validationY[i] = Math.sin(2 * Math.PI * validationX[i]) + NOISE * r.nextGaussian();
    }
    Dataset train = polynomial("sine (train)", trainX, trainY);
    standardizer = Standardizer.fit(train);
    problem = new RidgeProblem("noisy sine, degree-9 polynomial",
        standardizer.apply(train), standardizer.apply(polynomial("sine (validation)", validationX, validationY)));
  }

  private static Dataset polynomial(String name, double[] xs, double[] ys) {
    double[][] f = new double[xs.length][];
    for (int i = 0; i < xs.length; i++) {
      f[i] = features(xs[i]);
    }
    List<String> names = new java.util.ArrayList<>();
    for (int d = 1; d <= DEGREE; d++) {
      names.add("x^" + d);
    }
    return new Dataset(name, f, ys, names);
  }

  private static double[] features(double x) {
    double[] f = new double[DEGREE];
    double p = 1;
    for (int d = 0; d < DEGREE; d++) {
      p *= x;
      f[d] = p;
    }
    return f;
  }

  public RidgeProblem problem() {
    return problem;
  }

  /** The fitted curve at x for weights w. */
  public double curve(double[] w, double x) {
    double[] f = features(x);
    for (int j = 0; j < f.length; j++) {
      f[j] = (f[j] - standardizer.mean(j)) / standardizer.sd(j);
    }
    return problem.predict(w, f);
  }

  public double[] trainX() {
    return trainX.clone();
  }

  public double[] trainY() {
    return trainY.clone();
  }

  public double[] validationX() {
    return validationX.clone();
  }

  public double[] validationY() {
    return validationY.clone();
  }
}
