package org.gradientlab.data;

import java.nio.file.Path;

/**
 * A dataset a student brought, with where it came from: the file's path as a scene writes it
 * ({@code data: moons.csv}). The examples themselves are kept, so a session or a scene that holds
 * them does not depend on the file staying as it was.
 */
public record ImportedData(String source, Dataset dataset) {

  public ImportedData {
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("imported data need the file they came from");
    }
  }

  /**
   * Reads {@code file} as {@code shape}; every bad row is in the exception's message, one per line
   * ("line 7: the label (column 3) must be 0 or 1, was 2").
   */
  public static ImportedData read(Path file, CsvImport.Shape shape, int maxRows) {
    CsvImport.Result r = CsvImport.read(file, shape, maxRows);
    if (!r.ok()) {
      throw new IllegalArgumentException(file + ": " + r.problemText().replace("\n", "; "));
    }
    return new ImportedData(file.toString(), r.dataset());
  }

  /** The name a status line shows, e.g. "moons.csv (120 points)". */
  public String describe() {
    int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
    return source.substring(slash + 1) + " (" + dataset.size() + " points)";
  }
}
