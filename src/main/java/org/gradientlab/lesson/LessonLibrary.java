package org.gradientlab.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The lessons of a folder: every {@code *.md} file, sorted by name. A file that does not parse is
 * reported as a {@link LessonProblem}; every other lesson still loads. Two files with the same
 * number ("01-a.md", "01-b.md") would make "lesson 01" ambiguous: the first by name is listed, the
 * other is reported.
 */
public final class LessonLibrary {

  private static final System.Logger LOG = System.getLogger(LessonLibrary.class.getName());
  private static final String TAKEN = "the lesson number ";

  private final LessonParser parser;

  public LessonLibrary(LessonParser parser) {
    this.parser = parser;
  }

  /**
   * What loading a folder produced.
   *
   * @param lessons the lessons listed, one per number, sorted by id
   * @param problems the files that did not load, and why
   * @param duplicates lessons that loaded but are not listed because their number is taken
   */
  public record Contents(List<Lesson> lessons, List<LessonProblem> problems, List<Lesson> duplicates) {
    public Contents {
      lessons = List.copyOf(lessons);
      problems = List.copyOf(problems);
      duplicates = List.copyOf(duplicates);
    }

    public Contents(List<Lesson> lessons, List<LessonProblem> problems) {
      this(lessons, problems, List.of());
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

    /** The listed lesson read from {@code source}, or null. */
    public Lesson bySource(String source) {
      for (Lesson l : lessons) {
        if (l.source().equals(source)) {
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
      LOG.log(System.Logger.Level.WARNING, "cannot list the lessons folder " + folder, e);
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
    return numbered(lessons, problems);
  }

  /**
   * The contents after {@code file} changed on disk (created, edited or deleted). A file that broke
   * keeps its last good version listed beside its problem, so an open lesson stays usable while the
   * teacher fixes it; a lesson held back as a duplicate is listed once its number is free.
   */
  public Contents reload(Contents before, Path file) {
    String source = file.toString();
    List<Lesson> all = new ArrayList<>(before.lessons());
    all.addAll(before.duplicates());
    List<LessonProblem> problems = new ArrayList<>();
    for (LessonProblem p : before.problems()) {
      if (!p.file().equals(source) && !p.reason().startsWith(TAKEN)) {
        problems.add(p);
      }
    }
    Lesson previous = null;
    for (Lesson l : all) {
      if (l.source().equals(source)) {
        previous = l;
      }
    }
    all.remove(previous);
    if (Files.exists(file)) {
      Object loaded = loadFile(file);
      if (loaded instanceof Lesson l) {
        all.add(l);
      } else {
        problems.add((LessonProblem) loaded);
        if (previous != null) {
          all.add(previous);
        }
      }
    }
    return numbered(all, problems);
  }

  /** Lists one lesson per number, the first by id; reports the others. */
  private static Contents numbered(List<Lesson> lessons, List<LessonProblem> problems) {
    List<Lesson> sorted = new ArrayList<>(lessons);
    sorted.sort(Comparator.comparing(Lesson::id));
    Map<String, Lesson> byNumber = new HashMap<>();
    List<Lesson> listed = new ArrayList<>();
    List<Lesson> duplicates = new ArrayList<>();
    List<LessonProblem> all = new ArrayList<>(problems);
    for (Lesson l : sorted) {
      Lesson first = byNumber.putIfAbsent(l.number(), l);
      if (first == null) {
        listed.add(l);
      } else {
        duplicates.add(l);
        all.add(new LessonProblem(l.source(), 1, TAKEN + l.number() + " is already used by "
            + Path.of(first.source()).getFileName() + ": give this file another number"));
      }
    }
    return new Contents(listed, all, duplicates);
  }

  /** A lesson, or the problem that kept it from loading. */
  public Object loadFile(Path file) {
    String name = file.getFileName().toString();
    String id = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    try {
      String text = LessonText.decode(Files.readAllBytes(file), file.toString());
      return parser.parse(id, file.toString(), text);
    } catch (LessonFormatException e) {
      return LessonProblem.of(e);
    } catch (NoSuchFileException e) {
      return new LessonProblem(file.toString(), 0, "the file is gone");
    } catch (IOException | RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "cannot read the lesson " + file, e);
      return new LessonProblem(file.toString(), 0, "cannot read the file: " + e);
    }
  }
}
