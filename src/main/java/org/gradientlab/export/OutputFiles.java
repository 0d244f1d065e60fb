package org.gradientlab.export;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writing exports so that nothing is left half-written: each file is written to a temporary file in
 * its own folder and renamed over the target only once it is complete, so a killed or failed export
 * leaves the old file (or none) — never a truncated one — and several files are written all or none.
 * A path that cannot be written is refused before any work, with one line saying why.
 */
public final class OutputFiles {

  /** Writes the content of one output into {@code file}. */
  @FunctionalInterface
  public interface Content {
    void writeTo(Path file) throws Exception;
  }

  /** A path the user asked for that cannot be written, with the reason in words. */
  public static final class Refused extends IOException {
    public Refused(Path target, String why) {
      super("cannot write " + target + ": " + why);
    }
  }

  private static final Set<PosixFilePermission> DEFAULT_MODE = PosixFilePermissions.fromString("rw-r--r--");

  private OutputFiles() {}

  /** Refuses a target that is a folder, whose folder does not exist, or that is read-only. */
  public static void check(Path target) throws Refused {
    Path absolute = target.toAbsolutePath();
    if (Files.isDirectory(absolute)) {
      throw new Refused(target, "it is a folder");
    }
    Path folder = absolute.getParent();
    if (folder == null || !Files.exists(folder)) {
      throw new Refused(target, "the folder " + folder + " does not exist");
    }
    if (!Files.isDirectory(folder)) {
      throw new Refused(target, folder + " is not a folder");
    }
    if (!Files.isWritable(folder)) {
      throw new Refused(target, "no permission to write in " + folder);
    }
    if (Files.exists(absolute) && !Files.isWritable(absolute)) {
      throw new Refused(target, "the file is read-only");
    }
  }

  /** Writes one file completely or not at all. */
  public static void write(Path target, Content content) throws Exception {
    Map<Path, Content> one = new LinkedHashMap<>();
    one.put(target, content);
    writeAll(one);
  }

  /** Writes every file, or none of them: all are written to temporary files before any is renamed. */
  public static void writeAll(Map<Path, Content> outputs) throws Exception {
    for (Path target : outputs.keySet()) {
      check(target);
    }
    List<Path[]> written = new ArrayList<>();
    try {
      for (Map.Entry<Path, Content> e : outputs.entrySet()) {
        Path target = e.getKey().toAbsolutePath();
        Path temp;
        try {
          temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        } catch (IOException io) {
          throw new Refused(e.getKey(), reason(io));
        }
        written.add(new Path[] {temp, target});
        e.getValue().writeTo(temp);
        keepMode(temp, target);
      }
      for (Path[] w : written) {
        move(w[0], w[1]);
      }
    } finally {
      for (Path[] w : written) {
        Files.deleteIfExists(w[0]);
      }
    }
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new Refused(target, reason(e));
    }
  }

  /** A replaced file keeps its permissions; a new one gets the usual rw-r--r-- (temp files are 0600). */
  private static void keepMode(Path temp, Path target) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    view.setPermissions(Files.exists(target) ? Files.getPosixFilePermissions(target) : DEFAULT_MODE);
  }

  /** The reason of a file-system failure in words, without the exception's class name. */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason().toLowerCase(java.util.Locale.ROOT);
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
