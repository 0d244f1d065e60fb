package org.gradientlab.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a dataset from CSV: one example per line, the target in the last column. The first line is
 * either column names (the last one naming the target) or scikit-learn's header "n,p,class0,class1"
 * (rows, features, class names), in which case the features are named x1 … xp. A malformed file is
 * reported with its name, line and reason.
 */
public final class CsvDatasets {

  private CsvDatasets() {}

  /** A dataset of the app's classpath, e.g. "/assets/datasets/diabetes.csv". */
  public static Dataset resource(String path, String name) {
    InputStream in = CsvDatasets.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalArgumentException(path + ": no such dataset on the classpath");
    }
    try (in) {
      return read(in, path, name);
    } catch (IOException e) {
      throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
    }
  }

  public static Dataset read(InputStream in, String source, String name) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String header = r.readLine();
    if (header == null || header.isBlank()) {
      throw new IllegalArgumentException(source + ":1: the file is empty");
    }
    String[] head = header.split(",");
    List<String> featureNames = new ArrayList<>();
    int expectedRows = -1;
    if (isNumber(head[0].trim())) {
      if (head.length < 2 || !isNumber(head[1].trim())) {
        throw new IllegalArgumentException(source + ":1: a numeric header is 'rows,features,…'");
      }
      expectedRows = Integer.parseInt(head[0].trim());
      int p = Integer.parseInt(head[1].trim());
      for (int j = 1; j <= p; j++) {
        featureNames.add("x" + j);
      }
    } else {
      for (int j = 0; j < head.length - 1; j++) {
        featureNames.add(head[j].trim());
      }
    }
    int columns = featureNames.size() + 1;
    List<double[]> rows = new ArrayList<>();
    List<Double> targets = new ArrayList<>();
    String line;
    int number = 1;
    while ((line = r.readLine()) != null) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split(",");
      if (cells.length != columns) {
        throw new IllegalArgumentException(source + ":" + number + ": expected " + columns
            + " values, found " + cells.length);
      }
      double[] row = new double[columns - 1];
      for (int j = 0; j < columns; j++) {
        double v;
        try {
          v = Double.parseDouble(cells[j].trim());
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(source + ":" + number + ": column " + (j + 1)
              + " is not a number: '" + cells[j].trim() + "'");
        }
        if (!Double.isFinite(v)) {
          throw new IllegalArgumentException(source + ":" + number + ": column " + (j + 1) + " is not finite");
        }
        if (j < columns - 1) {
          row[j] = v;
        } else {
          targets.add(v);
        }
      }
      rows.add(row);
    }
    if (expectedRows >= 0 && rows.size() != expectedRows) {
      throw new IllegalArgumentException(source + ": the header promises " + expectedRows
          + " rows, the file has " + rows.size());
    }
    double[] y = new double[targets.size()];
    for (int i = 0; i < y.length; i++) {
      y[i] = targets.get(i);
    }
    return new Dataset(name, rows.toArray(new double[0][]), y, featureNames);
  }

  private static boolean isNumber(String s) {
    try {
      Double.parseDouble(s);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
