package org.gradientlab.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gradientlab.format.Numbers;

/**
 * A student's own data from a CSV file, read for one use: two features and a 0/1 label (a net or
 * logistic regression in the plane) or x and y (a line fit). Unlike {@link CsvDatasets}, which
 * reads the shipped files and stops at the first fault, this reads the whole file and reports
 * every bad row with its line number and reason, so a student can fix them all at once; the first
 * rows are kept for a preview.
 *
 * <p>The format: one example per line, values separated by commas; an optional first line of
 * column names (any line whose cells are not all numbers); blank lines and lines starting with
 * {@code #} skipped; a UTF-8 byte-order mark accepted.
 */
public final class CsvImport {

  /** Files larger than this are refused before they are read (a few hundred thousand rows). */
  public static final long MAX_BYTES = 8L << 20;
  /** Rows kept for the preview. */
  public static final int PREVIEW_ROWS = 8;
  /** Problems listed one by one; beyond this they are counted. */
  public static final int MAX_LISTED = 30;

  /** What the file must hold. */
  public enum Shape {
    /** x₁, x₂ and a label 0 or 1: a net or logistic regression in the plane. */
    CLASSIFICATION("two features and a 0/1 label", List.of("x₁", "x₂", "label"), 4),
    /** x and y: a line fit y ≈ a·x + b. */
    LINE("x and y", List.of("x", "y"), 2);

    private final String description;
    private final List<String> columns;
    private final int minRows;

    Shape(String description, List<String> columns, int minRows) {
      this.description = description;
      this.columns = columns;
      this.minRows = minRows;
    }

    public String description() {
      return description;
    }

    /** The default column names, the target last. */
    public List<String> columns() {
      return columns;
    }

    public int columnCount() {
      return columns.size();
    }

    public int minRows() {
      return minRows;
    }
  }

  /** A fault of the file, at its 1-based line (0: the file as a whole). */
  public record Problem(int line, String reason) {
    @Override
    public String toString() {
      return line > 0 ? "line " + line + ": " + reason : reason;
    }
  }

  /**
   * What reading found: the dataset (null when there is any problem), the column names (from the
   * header or the defaults), the first rows as written (for a preview), how many data rows the file
   * has, and every problem (at most {@link #MAX_LISTED} listed, {@code unlisted} more counted).
   */
  public record Result(Shape shape, String source, Dataset dataset, List<String> columns,
      List<List<String>> preview, int rows, List<Problem> problems, int unlisted) {

    public Result {
      columns = List.copyOf(columns);
      preview = List.copyOf(preview);
      problems = List.copyOf(problems);
    }

    public boolean ok() {
      return dataset != null;
    }

    /** Every problem on its own line, and how many more there are. */
    public String problemText() {
      List<String> lines = new ArrayList<>();
      for (Problem p : problems) {
        lines.add(p.toString());
      }
      if (unlisted > 0) {
        lines.add("… and " + unlisted + " more");
      }
      return String.join("\n", lines);
    }
  }

  private CsvImport() {}

  /** Reads {@code file}; the dataset is named after the file (without ".csv"). */
  public static Result read(Path file, Shape shape, int maxRows) {
    String source = file.toString();
    String name = file.getFileName() == null ? source : file.getFileName().toString();
    if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
      name = name.substring(0, name.length() - 4);
    }
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_BYTES) {
        return failed(shape, source, "the file is larger than " + (MAX_BYTES >> 20) + " MB");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return failed(shape, source, "cannot read " + source + ": " + e.getMessage());
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return failed(shape, source, "the file is not UTF-8 text (save it as CSV, UTF-8)");
    }
    return read(text, source, name, shape, maxRows);
  }

  /** Reads CSV {@code text} from {@code source} into a dataset called {@code name}. */
  public static Result read(String text, String source, String name, Shape shape, int maxRows) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String[] lines = text.split("\\R", -1);
    int columns = shape.columnCount();
    List<String> names = shape.columns();
    List<Problem> problems = new ArrayList<>();
    int unlisted = 0;
    List<List<String>> preview = new ArrayList<>();
    List<double[]> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    boolean headerSeen = false;
    int rows = 0;
    for (int i = 0; i < lines.length; i++) {
      int line = i + 1;
      String row = lines[i].strip();
      if (row.isEmpty() || row.startsWith("#")) {
        continue;
      }
      String[] cells = row.split(",", -1);
      for (int j = 0; j < cells.length; j++) {
        cells[j] = unquote(cells[j].strip());
      }
      if (!headerSeen) {
        headerSeen = true;
        if (!allNumbers(cells)) {
          if (cells.length != columns) {
            problems.add(new Problem(line, "the header names " + cells.length + " columns; "
                + shape.description() + " are " + columns + " columns, e.g. "
                + String.join(",", shape.columns())));
          } else {
            names = List.of(cells);
          }
          continue;
        }
      }
      rows++;
      if (preview.size() < PREVIEW_ROWS) {
        preview.add(List.of(cells));
      }
      String fault = fault(cells, shape, names);
      if (fault == null && rows > maxRows) {
        fault = "more than " + maxRows + " rows: the file must have at most " + maxRows;
      }
      if (fault != null) {
        if (problems.size() < MAX_LISTED) {
          problems.add(new Problem(line, fault));
        } else {
          unlisted++;
        }
        continue;
      }
      double[] values = new double[columns];
      for (int j = 0; j < columns; j++) {
        values[j] = Numbers.parse(cells[j]);
      }
      x.add(java.util.Arrays.copyOf(values, columns - 1));
      y.add(values[columns - 1]);
    }
    if (problems.isEmpty()) {
      String whole = wholeFileFault(x, y, shape);
      if (whole != null) {
        problems.add(new Problem(0, whole));
      }
    }
    Dataset d = null;
    if (problems.isEmpty()) {
      double[] targets = new double[y.size()];
      for (int i = 0; i < targets.length; i++) {
        targets[i] = y.get(i);
      }
      d = new Dataset(name, x.toArray(new double[0][]), targets, names.subList(0, columns - 1));
    }
    return new Result(shape, source, d, names, preview, rows, problems, unlisted);
  }

  /** The reason a row is bad, or null. */
  private static String fault(String[] cells, Shape shape, List<String> names) {
    int columns = shape.columnCount();
    if (cells.length != columns) {
      String hint = cells.length == 1 && (cells[0].contains(";") || cells[0].contains("\t"))
          ? " (values must be separated by commas)" : "";
      return "expected " + columns + " values (" + String.join(", ", names) + "), found "
          + cells.length + hint;
    }
    for (int j = 0; j < columns; j++) {
      double v;
      try {
        v = Numbers.parse(cells[j]);
      } catch (NumberFormatException e) {
        return names.get(j) + " (column " + (j + 1) + ") is not a number: '" + cells[j] + "'";
      }
      if (!Double.isFinite(v)) {
        return names.get(j) + " (column " + (j + 1) + ") is not a finite number: '" + cells[j] + "'";
      }
      if (shape == Shape.CLASSIFICATION && j == columns - 1 && v != 0 && v != 1) {
        return "the label (column " + columns + ") must be 0 or 1, was " + cells[j];
      }
    }
    return null;
  }

  /** What makes the rows together unusable (too few, one class only, one x only), or null. */
  private static String wholeFileFault(List<double[]> x, List<Double> y, Shape shape) {
    if (x.size() < shape.minRows()) {
      return x.isEmpty() ? "the file has no data rows"
          : "the file has " + x.size() + " rows; at least " + shape.minRows() + " are needed";
    }
    if (shape == Shape.CLASSIFICATION) {
      boolean zero = y.contains(0.0);
      boolean one = y.contains(1.0);
      if (!zero || !one) {
        return "every label is " + (zero ? "0" : "1") + ": both classes must appear";
      }
    } else {
      double first = x.get(0)[0];
      if (x.stream().allMatch(r -> r[0] == first)) {
        return "every x is " + Numbers.compact(first) + ": a line needs at least two different x";
      }
    }
    return null;
  }

  private static boolean allNumbers(String[] cells) {
    for (String c : cells) {
      try {
        Numbers.parse(c);
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return true;
  }

  private static String unquote(String cell) {
    return cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")
        ? cell.substring(1, cell.length() - 1).strip() : cell;
  }

  private static Result failed(Shape shape, String source, String reason) {
    return new Result(shape, source, null, shape.columns(), List.of(), 0,
        List.of(new Problem(0, reason)), 0);
  }

  /**
   * {@code d} as CSV text that {@link #read} reads back to an equal dataset (same names, the
   * shortest decimal of every double): how a session can keep imported data without the file.
   */
  public static String text(Dataset d) {
    StringBuilder b = new StringBuilder();
    List<String> head = new ArrayList<>(d.featureNames());
    head.add(d.featureCount() == 1 ? "y" : "label");
    b.append(String.join(",", head)).append('\n');
    for (int i = 0; i < d.size(); i++) {
      for (int j = 0; j < d.featureCount(); j++) {
        b.append(Double.toString(d.feature(i, j))).append(',');
      }
      b.append(Double.toString(d.target(i))).append('\n');
    }
    return b.toString();
  }
}
