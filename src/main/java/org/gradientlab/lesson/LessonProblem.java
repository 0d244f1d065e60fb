package org.gradientlab.lesson;

/** A lesson file that did not load, with where and why: shown to the teacher, never thrown. */
public record LessonProblem(String file, int line, String reason) {

  public static LessonProblem of(LessonFormatException e) {
    return new LessonProblem(e.file(), e.line(), e.reason());
  }

  @Override
  public String toString() {
    return file + ":" + line + ": " + reason;
  }
}
