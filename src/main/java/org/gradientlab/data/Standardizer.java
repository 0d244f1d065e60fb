package org.gradientlab.data;

/**
 * Centres and scales every feature to mean 0 and standard deviation 1, with statistics from the
 * training split only (so nothing about the validation data leaks into the model).
 */
public final class Standardizer {

  private final double[] mean;
  private final double[] sd;

  private Standardizer(double[] mean, double[] sd) {
    this.mean = mean;
    this.sd = sd;
  }

  /** The statistics of {@code train}; a constant feature keeps scale 1. */
  public static Standardizer fit(Dataset train) {
    int p = train.featureCount();
    int n = train.size();
    double[] mean = new double[p];
    double[] sd = new double[p];
    for (int j = 0; j < p; j++) {
      double s = 0;
      for (int i = 0; i < n; i++) {
        s += train.feature(i, j);
      }
      mean[j] = s / n;
      double v = 0;
      for (int i = 0; i < n; i++) {
        double d = train.feature(i, j) - mean[j];
        v += d * d;
      }
      double std = Math.sqrt(v / n);
      sd[j] = std > 0 ? std : 1;
    }
    return new Standardizer(mean, sd);
  }

  public Dataset apply(Dataset d) {
    double[][] x = d.featureMatrix();
    for (double[] row : x) {
      for (int j = 0; j < row.length; j++) {
        row[j] = (row[j] - mean[j]) / sd[j];
      }
    }
    return new Dataset(d.name(), x, d.targetVector(), d.featureNames());
  }

  public double mean(int j) {
    return mean[j];
  }

  public double sd(int j) {
    return sd[j];
  }
}
