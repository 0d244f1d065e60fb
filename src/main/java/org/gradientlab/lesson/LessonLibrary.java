package org.gradientlab.lesson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The lessons of a folder: every {@code *.md} file, sorted by name. A file that does not parse is
 * reported as a {@link LessonProblem}; every other lesson still loads.
 */
public final class LessonLibrary {

  private final LessonParser parser;

  public LessonLibrary(LessonParser parser) {
    this.parser = parser;
  }

  /** What loading a folder produced. */
  public record Contents(List<Lesson> lessons, List<LessonProblem> problems) {
    public Contents {
      lessons = List.copyOf(lessons);
      problems = List.copyOf(problems);
    }

    /** The lesson whose number ("01") or id ("01-learning-rate") is {@code name}, or null. */
    public Lesson find(String name) {
      for (Lesson l : lessons) {
        if (l.id().equals(name) || l.number().equals(name)) {
          return l;
        }
      }
      return null;
    }
  }

  public Contents load(Path folder) {
    List<Lesson> lessons = new ArrayList<>();
    List<LessonProblem> problems = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(folder)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".md"))
          .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
    } catch (IOException e) {
      System.getLogger(LessonLibrary.class.getName()).log(System.Logger.Level.WARNING, "cannot list " + folder, e);
      problems.add(new LessonProblem(folder.toString(), 0, "cannot list the folder: " + e.getMessage()));
      return new Contents(lessons, problems);
    }
    for (Path file : files) {
      Object loaded = loadFile(file);
      if (loaded instanceof Lesson l) {
        lessons.add(l);
      } else {
        problems.add((LessonProblem) loaded);
      }
    }
    return new Contents(lessons, problems);
  }

  /** A lesson, or the problem that kept it from loading. */
  public Object loadFile(Path file) {
    String name = file.getFileName().toString();
    String id = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      return parser.parse(id, file.toString(), text);
    } catch (LessonFormatException e) {
      return LessonProblem.of(e);
    } catch (IOException | RuntimeException e) {
      System.getLogger(LessonLibrary.class.getName()).log(System.Logger.Level.WARNING, "cannot read " + file, e);
      return new LessonProblem(file.toString(), 0, "cannot read the file: " + e.getMessage());
    }
  }
}
