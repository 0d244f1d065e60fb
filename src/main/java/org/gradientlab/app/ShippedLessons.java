package org.gradientlab.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Puts the lessons shipped in the image into the user's lessons folder, where teachers edit them.
 * Each shipped file is offered once: it is copied if no file of that name is there, and its name is
 * written to a record beside the folder. A file already there is never overwritten, and a lesson
 * the teacher deleted does not come back; a newer version of the app brings its new lessons only.
 */
public final class ShippedLessons {

  private ShippedLessons() {}

  /** What one start did: the files copied, and those left alone because the folder had its own. */
  public record Report(Path folder, List<String> copied, List<String> kept) {

    public Report {
      copied = List.copyOf(copied);
      kept = List.copyOf(kept);
    }

    /** A sentence for the status bar, or "" when nothing happened. */
    public String message() {
      List<String> parts = new ArrayList<>();
      if (!copied.isEmpty()) {
        parts.add("Copied " + count(copied.size(), "shipped lesson") + " to " + folder
            + " — edit them there");
      }
      if (!kept.isEmpty()) {
        parts.add("kept your own " + String.join(", ", kept) + " (not overwritten)");
      }
      return String.join("; ", parts);
    }

    private static String count(int n, String noun) {
      return n + " " + noun + (n == 1 ? "" : "s");
    }
  }

  /**
   * Offers every {@code *.md} of {@code shipped} not yet in {@code record} to {@code folder}
   * (created if missing). Copies are the user's: plain files, writable, whatever the image's
   * permissions.
   */
  public static Report seed(Path shipped, Path folder, Path record) throws IOException {
    Set<String> offered = readRecord(record);
    List<String> names;
    try (Stream<Path> s = Files.list(shipped)) {
      names = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).sorted().toList();
    }
    Files.createDirectories(folder);
    List<String> copied = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    for (String name : names) {
      if (offered.contains(name)) {
        continue;
      }
      Path target = folder.resolve(name);
      try {
        // CREATE_NEW: a file that appeared meanwhile is still never replaced.
        Files.write(target, Files.readAllBytes(shipped.resolve(name)), StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE);
        copied.add(name);
      } catch (FileAlreadyExistsException e) {
        kept.add(name);
      }
      offered.add(name);
    }
    if (!copied.isEmpty() || !kept.isEmpty()) {
      writeRecord(record, offered);
    }
    return new Report(folder, copied, kept);
  }

  private static Set<String> readRecord(Path record) throws IOException {
    Set<String> names = new LinkedHashSet<>();
    if (!Files.exists(record)) {
      return names;
    }
    for (String line : Files.readAllLines(record, StandardCharsets.UTF_8)) {
      String name = line.trim();
      if (!name.isEmpty() && !name.startsWith("#")) {
        names.add(name);
      }
    }
    return names;
  }

  private static void writeRecord(Path record, Set<String> names) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("# Shipped lessons Gradient Lab has copied into your lessons folder once.");
    lines.add("# It never copies these again: delete a line to get that lesson back.");
    lines.addAll(names);
    Files.createDirectories(record.toAbsolutePath().getParent());
    Path tmp = record.resolveSibling(record.getFileName() + ".tmp");
    Files.write(tmp, lines, StandardCharsets.UTF_8);
    Files.move(tmp, record, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
