package org.gradientlab.data;

import java.util.Arrays;
import java.util.List;

/**
 * A small table of examples: n rows of p features and one target each (a real number for
 * regression, 0/1 for binary classification). Immutable: arrays are copied in, and read through
 * accessors; hot loops copy what they need once at construction.
 */
public final class Dataset {

  private final String name;
  private final double[][] features;
  private final double[] targets;
  private final List<String> featureNames;

  public Dataset(String name, double[][] features, double[] targets, List<String> featureNames) {
    if (features.length != targets.length) {
      throw new IllegalArgumentException(
          name + ": " + features.length + " rows of features but " + targets.length + " targets");
    }
    int p = features.length == 0 ? featureNames.size() : features[0].length;
    for (double[] row : features) {
      if (row.length != p) {
        throw new IllegalArgumentException(name + ": rows of different lengths");
      }
    }
    if (featureNames.size() != p) {
      throw new IllegalArgumentException(
          name + ": " + p + " features but " + featureNames.size() + " names");
    }
    this.name = name;
    this.features = new double[features.length][];
    for (int i = 0; i < features.length; i++) {
      this.features[i] = features[i].clone();
    }
    this.targets = targets.clone();
    this.featureNames = List.copyOf(featureNames);
  }

  public String name() {
    return name;
  }

  /** n, the number of examples. */
  public int size() {
    return targets.length;
  }

  /** p, the number of features per example. */
  public int featureCount() {
    return featureNames.size();
  }

  public double feature(int row, int column) {
    return features[row][column];
  }

  public double target(int row) {
    return targets[row];
  }

  /** Row i's features as a new array. */
  public double[] row(int i) {
    return features[i].clone();
  }

  /** All features as a new n × p array. */
  public double[][] featureMatrix() {
    double[][] copy = new double[features.length][];
    for (int i = 0; i < features.length; i++) {
      copy[i] = features[i].clone();
    }
    return copy;
  }

  /** All targets as a new array. */
  public double[] targetVector() {
    return targets.clone();
  }

  public List<String> featureNames() {
    return featureNames;
  }

  /** The rows at {@code indices}, in that order. */
  public Dataset subset(String subsetName, int[] indices) {
    double[][] x = new double[indices.length][];
    double[] y = new double[indices.length];
    for (int k = 0; k < indices.length; k++) {
      x[k] = features[indices[k]];
      y[k] = targets[indices[k]];
    }
    return new Dataset(subsetName, x, y, featureNames);
  }

  @Override
  public String toString() {
    return "Dataset[" + name + ", n=" + size() + ", p=" + featureCount() + ", features="
        + (featureCount() <= 6 ? featureNames : featureNames.subList(0, 6) + "…") + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Dataset d
        && d.name.equals(name)
        && Arrays.deepEquals(d.features, features)
        && Arrays.equals(d.targets, targets)
        && d.featureNames.equals(featureNames);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + Arrays.hashCode(targets);
  }
}
